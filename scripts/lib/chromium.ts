// Finds Chromium for the browser tests: CHROMIUM_PATH, then /usr/bin/chromium; as root on Debian or Ubuntu it
// installs Debian's chromium package. It never downloads a browser of its own.
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { run } from './run.ts';

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export async function findChromium(): Promise<string> {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (existsSync(wanted)) return wanted;
    throw new Error(`CHROMIUM_PATH is set to ${wanted}, but there is no file there.`);
  }
  const system = '/usr/bin/chromium';
  if (existsSync(system)) return system;
  if (process.platform === 'linux' && userInfo().uid === 0 && isDebianLike()) {
    console.log("Chromium is not installed: installing Debian's chromium package for the browser tests...");
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (
      (await run('apt-get', ['update', '-qq'], env)) === 0 &&
      (await run('apt-get', ['install', '-y', '-qq', 'chromium'], env)) === 0 &&
      existsSync(system)
    ) {
      return system;
    }
    throw new Error('Installing chromium with apt-get failed: see the messages above.');
  }
  throw new Error(
    'The browser tests need Chromium. Install it (on Debian or Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
