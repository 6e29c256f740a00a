// npm start: builds the site if its sources changed, starts the embedded backend and serves everything on PORT.
import { resolve } from 'node:path';
import { isBuildCurrent } from './lib/build-stamp.ts';
import { startPlatform } from './lib/platform-server.ts';
import { run } from './lib/run.ts';

const port = Number(process.env.PORT ?? 4321);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const started = performance.now();

if (!(await isBuildCurrent())) {
  console.log('Building the site (only when the sources have changed)...');
  const code = await run('npm', ['run', 'build', '--silent'], { ASTRO_TELEMETRY_DISABLED: '1' });
  if (code !== 0) {
    console.error('\nThe build failed: see the messages above. Nothing was started.');
    process.exit(code);
  }
}

let platform;
try {
  platform = await startPlatform({ port, dataDir });
} catch (error) {
  console.error(`\nCould not start Mind & Body Learning: ${(error as Error).message}`);
  process.exit(1);
}

const { siteUrl, backend } = platform;
const demo = ['learner', 'pharmacist', 'champion', 'educator', 'admin'];
console.log(`
Mind & Body Learning is running (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)

  Site         ${siteUrl}
  API          ${siteUrl}  (Supabase API: /auth/v1 and /rest/v1)
  Anon key     ${backend.keys.anonKey}
  Outbox       ${siteUrl}/dev/outbox  (e-mails the platform would have sent)
  Data folder  ${dataDir}${backend.seeded ? '  (new: demo data loaded)' : ''}

  Demo accounts, all with the password Password123!
${demo.map((role) => `    ${role.padEnd(11)} ${role}@mindbody.example`).join('\n')}

Press Ctrl-C to stop. Your data is kept for the next start; \`npm run reset\` starts again from the demo data.
`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping...');
  await platform!.stop();
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
