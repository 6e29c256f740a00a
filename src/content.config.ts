import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './content/schemas/course.ts';
import { lessonSchema } from './content/schemas/lesson.ts';
import { quizSchema } from './content/schemas/quiz.ts';
import { cohortSchema } from './content/schemas/cohort.ts';
import { webinarSchema } from './content/schemas/webinar.ts';
import { guidelineSchema } from './content/schemas/guideline.ts';
import { guidelineVersionSchema } from './content/schemas/guideline-version.ts';
import { pageSchema } from './content/schemas/page.ts';

const from = (folder: string, pattern: string) => glob({ base: `./content/${folder}`, pattern });

export const collections = {
  courses: defineCollection({ loader: from('courses', '*.mdx'), schema: courseSchema }),
  lessons: defineCollection({ loader: from('lessons', '**/*.mdx'), schema: lessonSchema }),
  quizzes: defineCollection({ loader: from('quizzes', '*.yaml'), schema: quizSchema }),
  cohorts: defineCollection({ loader: from('cohorts', '*.yaml'), schema: cohortSchema }),
  webinars: defineCollection({ loader: from('webinars', '*.mdx'), schema: webinarSchema }),
  guidelines: defineCollection({ loader: from('guidelines', '*.mdx'), schema: guidelineSchema }),
  // Ids keep the dot of the version (`lithium-monitoring/2.1`); the default id would slug it to `lithium-monitoring/21`.
  guidelineVersions: defineCollection({
    loader: glob({ base: './content/guideline-versions', pattern: '**/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: guidelineVersionSchema,
  }),
  pages: defineCollection({ loader: from('pages', '*.mdx'), schema: pageSchema }),
};
