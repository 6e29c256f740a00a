// npm run bench: every benchmark, each printing its figures. Pass names to run some: npm run bench -- rest start
import { isBuildCurrent } from '../scripts/lib/build-stamp.ts';
import { benchRestApi } from './rest-api.ts';
import { benchStartTime } from './start-time.ts';
import { benchSearch } from './search.ts';
import { benchBuild } from './build.ts';
import { benchLearning } from './learning.ts';
import { benchWebinarPlayer } from './webinar-player.ts';
import { benchDashboards } from './dashboards.ts';
import { benchPageJs } from './page-js.ts';
import { benchRls } from './rls.ts';
import { benchMailer } from './mailer.ts';
import { benchSignIn } from './sign-in.ts';

/** Benches that serve the built site wait for a build of the current sources. */
const needsBuild = (name: string, bench: () => Promise<void>) => async () => {
  if (!(await isBuildCurrent())) {
    console.log(`${name}: skipped, the site is not built from the current sources (run npm run build first)`);
    return;
  }
  await bench();
};

const benches: Record<string, () => Promise<void>> = {
  start: needsBuild('start', benchStartTime),
  pages: needsBuild('pages', benchPageJs),
  'sign-in': needsBuild('sign-in', benchSignIn),
  rest: benchRestApi,
  learning: benchLearning,
  player: benchWebinarPlayer,
  dashboards: benchDashboards,
  rls: benchRls,
  mailer: benchMailer,
  search: benchSearch,
  build: benchBuild,
};

const wanted = process.argv.slice(2);
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  await bench();
}
