// Last step of `npm run build`: records which sources dist/ was built from, so start, test and bench can tell.
import { writeBuildStamp } from './lib/build-stamp.ts';

await writeBuildStamp();
