// The fault tests start `npm start`, which serves the built site: build it once first if the sources changed.
import { isBuildCurrent } from '../../scripts/lib/build-stamp.ts';
import { run } from '../../scripts/lib/run.ts';

export default async function setup() {
  if (await isBuildCurrent()) return;
  if ((await run('npm', ['run', 'build', '--silent'], { ASTRO_TELEMETRY_DISABLED: '1' })) !== 0)
    throw new Error('The build failed: see above.');
}
