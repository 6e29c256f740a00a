// Every content collection, once: its folder under content/, the kind of file and its schema. src/content.config.ts
// hands these to Astro; content:check, the catalog sync and the search index use the same table.
import { courseSchema } from './schemas/course.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { quizSchema } from './schemas/quiz.ts';
import { cohortSchema } from './schemas/cohort.ts';
import { webinarSchema } from './schemas/webinar.ts';
import { guidelineSchema } from './schemas/guideline.ts';
import { guidelineVersionSchema } from './schemas/guideline-version.ts';
import { pageSchema } from './schemas/page.ts';

export const contentCollections = {
  courses: { folder: 'courses', extension: '.mdx', schema: courseSchema },
  lessons: { folder: 'lessons', extension: '.mdx', schema: lessonSchema },
  quizzes: { folder: 'quizzes', extension: '.yaml', schema: quizSchema },
  cohorts: { folder: 'cohorts', extension: '.yaml', schema: cohortSchema },
  webinars: { folder: 'webinars', extension: '.mdx', schema: webinarSchema },
  guidelines: { folder: 'guidelines', extension: '.mdx', schema: guidelineSchema },
  // Ids are paths without the extension, so a version keeps its dot: `lithium-monitoring/2.1`.
  guidelineVersions: { folder: 'guideline-versions', extension: '.mdx', schema: guidelineVersionSchema },
  pages: { folder: 'pages', extension: '.mdx', schema: pageSchema },
} as const;

export type CollectionName = keyof typeof contentCollections;
export const collectionNames = Object.keys(contentCollections) as CollectionName[];
