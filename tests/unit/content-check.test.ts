// The content checker finds each kind of problem and names the file, the field and what was expected.
// Each case copies the small valid tree in tests/fixtures/content/valid/ and changes one thing.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '#lib/content/load-content.ts';
import { checkContent, type ContentProblem } from '#lib/content/check-content.ts';
import { checkFiles } from '#lib/content/check-files.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const fixtures = here('../fixtures/content');
const valid = join(fixtures, 'valid');

const LESSON = 'lessons/first-aid/day-1/the-4at.mdx';
const READING = 'lessons/first-aid/day-1/further-reading.mdx';
const COURSE = 'courses/first-aid.mdx';
const QUIZ = 'quizzes/first-aid-day-1.yaml';
const COHORT = 'cohorts/first-aid-2027-01.yaml';
const GUIDELINE = 'guidelines/lithium-monitoring.mdx';
const WEBINAR = 'webinars/lithium-talk.mdx';
const VERSION = 'guideline-versions/lithium-monitoring/2.1.mdx';

/** An earlier version of a guideline, as kept in content/guideline-versions/<guideline>/<version>.mdx. */
const versionFile = (guideline: string, version: string, date: string) =>
  `---\nguideline: ${guideline}\nversion: "${version}"\ndate: ${date}\n---\n\n## Indications\n\n- Earlier text.\n`;
/** The valid guideline with version 2.1 added to its changeLog. */
const LOGGED_2_1: Change = [
  GUIDELINE,
  '    summary: Added sick-day guidance.\n',
  '    summary: Added sick-day guidance.\n  - version: "2.1"\n    date: 2024-05-13\n    summary: Added calcium.\n',
];

/** Every problem in a content folder, as `npm run content:check` reports them. */
async function problemsIn(root: string): Promise<ContentProblem[]> {
  const { entries, errors } = await loadContent(root);
  return [...errors.map((e) => ({ file: e.file, field: '(file)', message: e.message })), ...checkContent(entries, errors)];
}

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

type Change = [file: string, from: string, to: string] | [file: string, text: string];

/** A copy of the valid tree with each change applied: replace `from` by `to` in a file, or write a whole file. */
async function treeWith(...changes: Change[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'content-check-'));
  made.push(root);
  await cp(valid, root, { recursive: true });
  for (const change of changes) {
    const path = join(root, change[0]);
    if (change.length === 2) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, change[1]);
      continue;
    }
    const text = await readFile(path, 'utf8');
    if (!text.includes(change[1])) throw new Error(`fixture ${change[0]} has no "${change[1]}"`);
    await writeFile(path, text.replace(change[1], change[2]));
  }
  return root;
}

const problemsWith = async (...changes: Change[]) => problemsIn(await treeWith(...changes));

describe('content checker', () => {
  it('finds no problems in a valid minimal tree', async () => {
    const { entries, errors } = await loadContent(valid);
    expect(errors).toEqual([]);
    expect(entries.map((e) => `${e.collection}/${e.id}`).sort()).toEqual([
      'cohorts/first-aid-2027-01',
      'courses/first-aid',
      'guidelines/lithium-monitoring',
      'lessons/first-aid/day-1/further-reading',
      'lessons/first-aid/day-1/the-4at',
      'pages/about',
      'quizzes/first-aid-day-1',
      'webinars/lithium-talk',
    ]);
    expect(checkContent(entries)).toEqual([]);
  });

  it('says a required field is missing, and what it expects', async () => {
    expect(
      await problemsWith(
        [QUIZ, 'passMark: 70\n', ''],
        [GUIDELINE, 'owner: Mood disorders specialist pharmacist (SLaM)\n', ''],
        [COHORT, '      name: "Online (Microsoft Teams)"\n', ''],
      ),
    ).toEqual([
      { file: QUIZ, field: 'passMark', message: 'required field is missing; expected number' },
      { file: COHORT, field: 'sessions.1.place.name', message: 'required field is missing; expected string' },
      { file: GUIDELINE, field: 'owner', message: 'required field is missing; expected string' },
    ]);
  });

  it('says a missing date is missing, and how to write one', async () => {
    expect(await problemsWith([GUIDELINE, 'lastReviewed: 2026-04-20\n', ''])).toEqual([
      { file: GUIDELINE, field: 'lastReviewed', message: 'required field is missing; expected a date written as YYYY-MM-DD' },
    ]);
  });

  it('rejects dates that do not exist or are not written as YYYY-MM-DD', async () => {
    expect(
      await problemsWith(
        [COHORT, 'start: 2027-01-11', 'start: 2027-13-45'],
        [COHORT, 'end: 2027-01-15', 'end: next Tuesday'],
        [GUIDELINE, 'nextReview: 2028-04-20', 'nextReview: "2028-02-30"'],
      ),
    ).toEqual([
      { file: COHORT, field: 'start', message: 'expected a date written as YYYY-MM-DD' },
      { file: COHORT, field: 'end', message: 'expected a date written as YYYY-MM-DD' },
      { file: GUIDELINE, field: 'nextReview', message: 'expected a date written as YYYY-MM-DD' },
    ]);
  });

  it('says to quote text that YAML reads as a number or true/false', async () => {
    expect(await problemsWith([GUIDELINE, 'version: "2.2"', 'version: 2.2'], [QUIZ, 'id: "true"', 'id: true'])).toEqual([
      { file: QUIZ, field: 'questions.2.options.0.id', message: 'expected text, but YAML read true/false; put the value in quotes' },
      { file: GUIDELINE, field: 'version', message: 'expected text, but YAML read a number; put the value in quotes' },
    ]);
  });

  describe('unknown references', () => {
    it("a lesson's course, listing the courses there are", async () => {
      expect(await problemsWith([READING, 'course: first-aid', 'course: first-aide'])).toEqual([
        { file: READING, field: 'course', message: 'unknown course "first-aide"; expected one of: first-aid' },
      ]);
    });

    it("a lesson's quiz", async () => {
      expect(await problemsWith([LESSON, 'quiz: first-aid-day-1', 'quiz: first-aid-day-9'])).toEqual([
        { file: LESSON, field: 'quiz', message: 'unknown quiz "first-aid-day-9"' },
      ]);
    });

    it("a cohort's course", async () => {
      expect(await problemsWith([COHORT, 'course: first-aid', 'course: first-aid-3-week'])).toEqual([
        { file: COHORT, field: 'course', message: 'unknown course "first-aid-3-week"; expected one of: first-aid' },
      ]);
    });

    it("a guideline's related guidelines, by position in the list", async () => {
      expect(await problemsWith([GUIDELINE, 'related: []', 'related: [lithium-monitoring, lithium-levels]'])).toEqual([
        { file: GUIDELINE, field: 'related.1', message: 'unknown guideline "lithium-levels"' },
      ]);
    });

    it("a webinar's related guidelines", async () => {
      expect(await problemsWith([WEBINAR, '  - lithium-monitoring', '  - lithium-toxicity'])).toEqual([
        { file: WEBINAR, field: 'relatedGuidelines.0', message: 'unknown guideline "lithium-toxicity"' },
      ]);
    });

    it("a course's required quizzes", async () => {
      expect(await problemsWith([COURSE, '    - first-aid-day-1', '    - first-aid-day-1\n    - first-aid-final'])).toEqual([
        { file: COURSE, field: 'completion.requiredQuizzes.1', message: 'unknown quiz "first-aid-final"' },
      ]);
    });
  });

  describe('earlier versions of a guideline', () => {
    it('accepts a version kept at <guideline>/<version>.mdx that is earlier and in the changeLog', async () => {
      expect(await problemsWith(LOGGED_2_1, [VERSION, versionFile('lithium-monitoring', '2.1', '2024-05-13')])).toEqual([]);
    });

    it('finds an unknown guideline, and a guideline that is not the folder name', async () => {
      expect(await problemsWith(LOGGED_2_1, [VERSION, versionFile('lithium-monitor', '2.1', '2024-05-13')])).toEqual([
        { file: VERSION, field: 'guideline', message: 'unknown guideline "lithium-monitor"' },
        {
          file: VERSION,
          field: 'guideline',
          message: 'the file is in the folder "lithium-monitoring", so expected guideline "lithium-monitoring"',
        },
      ]);
    });

    it('finds a version that is not the file name', async () => {
      expect(await problemsWith(LOGGED_2_1, [VERSION, versionFile('lithium-monitoring', '2.0', '2024-05-13')])).toEqual([
        { file: VERSION, field: 'version', message: 'the file is named "2.1.mdx", so expected version "2.1"' },
        {
          file: VERSION,
          field: 'version',
          message: 'version "2.0" is not in the changeLog of guideline "lithium-monitoring"; expected one of: 2.2, 2.1',
        },
      ]);
    });

    it('finds a version that is not earlier than the current one', async () => {
      const file = 'guideline-versions/lithium-monitoring/2.2.mdx';
      expect(await problemsWith([file, versionFile('lithium-monitoring', '2.2', '2026-04-20')])).toEqual([
        { file, field: 'version', message: `expected a version earlier than the guideline's current version "2.2"` },
      ]);
    });

    it('finds a version missing from the changeLog, and a date that differs from it', async () => {
      expect(await problemsWith([VERSION, versionFile('lithium-monitoring', '2.1', '2024-05-13')])).toEqual([
        {
          file: VERSION,
          field: 'version',
          message: 'version "2.1" is not in the changeLog of guideline "lithium-monitoring"; expected one of: 2.2',
        },
      ]);
      expect(await problemsWith(LOGGED_2_1, [VERSION, versionFile('lithium-monitoring', '2.1', '2024-05-14')])).toEqual([
        {
          file: VERSION,
          field: 'date',
          message: 'expected 2024-05-13, the date of version "2.1" in the changeLog of guideline "lithium-monitoring"',
        },
      ]);
    });

    it('says to quote a version that YAML reads as a number', async () => {
      const text = versionFile('lithium-monitoring', '2.1', '2024-05-13').replace('"2.1"', '2.1');
      expect(await problemsWith(LOGGED_2_1, [VERSION, text])).toEqual([
        { file: VERSION, field: 'version', message: 'expected text, but YAML read a number; put the value in quotes' },
      ]);
    });
  });

  it('reports a course with a problem of its own once, not again at every lesson, quiz and cohort', async () => {
    expect(await problemsWith([COURSE, 'cpdHours: 30', 'cpdHours: thirty'])).toEqual([
      { file: COURSE, field: 'cpdHours', message: 'Invalid input: expected number, received string' },
    ]);
    expect(await problemsWith([COURSE, 'title: Mental health first aid', 'title: Mental health: first aid'])).toEqual([
      { file: COURSE, field: '(file)', message: expect.stringMatching(/^invalid YAML at line 2, column 8: /) },
    ]);
  });

  it('finds two lessons with the same order in a module, naming the other file', async () => {
    // Files are read in name order, so the later name (the-4at) is the one reported.
    expect(await problemsWith([READING, 'order: 2', 'order: 1'])).toEqual([
      { file: LESSON, field: 'order', message: `order 1 is already used in module "day-1" by ${READING}` },
    ]);
  });

  it('finds a lesson in a module the course does not have, listing the modules there are', async () => {
    expect(await problemsWith([READING, 'module: day-1', 'module: day-2'])).toEqual([
      { file: READING, field: 'module', message: 'course "first-aid" has no module "day-2"; expected one of: day-1' },
    ]);
  });

  it('finds a single-choice question with two correct options', async () => {
    expect(await problemsWith([QUIZ, 'text: "A risk scale"', 'text: "A risk scale"\n        correct: true'])).toEqual([
      { file: QUIZ, field: 'questions.0', message: 'single-choice and true/false questions need exactly one correct option' },
    ]);
  });

  it('finds a cohort that ends before it starts', async () => {
    expect(await problemsWith([COHORT, 'end: 2027-01-15', 'end: 2027-01-10'])).toEqual([
      { file: COHORT, field: 'end', message: 'start must be on or before end' },
    ]);
  });

  it('finds an MDX file with no frontmatter', async () => {
    expect(await problemsWith([READING, '# Further reading\n\nOptional reading.\n'])).toEqual([
      { file: READING, field: '(file)', message: 'expected YAML frontmatter between --- lines at the top of the file' },
    ]);
  });

  it('gives the line in the file, on one line, for invalid YAML in MDX frontmatter', async () => {
    expect(await problemsWith([LESSON, 'title: Delirium and the 4AT', 'title: Delirium: the 4AT'])).toEqual([
      {
        file: LESSON,
        field: '(file)',
        message:
          'invalid YAML at line 2, column 8: Nested mappings are not allowed in compact mappings ' +
          '(put quotes around a value that contains a colon)',
      },
    ]);
  });

  it('finds a bare <, { or } in MDX text, giving the line in the file, but allows them in code', async () => {
    expect(
      await problemsWith(
        [LESSON, 'A quick test for delirium.', 'A score <4 is reassuring {usually}.\n\nIn code `a < b {c}` is fine.'],
        [READING, 'Optional reading.', '```\n<Callout> {x}\n```\n\nSodium under 130.'],
      ),
    ).toEqual([{ file: LESSON, field: '(body)', message: 'line 12: MDX reads a bare "<" as code; reword it or write &lt;' }]);
    expect(await problemsWith([READING, 'Optional reading.', 'See the } sign.'])).toEqual([
      { file: READING, field: '(body)', message: 'line 10: MDX reads a bare "}" as code; reword it or write &#125;' },
    ]);
  });

  it('finds a guideline without one of the four required H2 sections', async () => {
    expect(await problemsWith([GUIDELINE, '## Interactions', '### Interactions'])).toEqual([
      {
        file: GUIDELINE,
        field: '(body)',
        message:
          'missing the section "## Interactions"; every guideline has: ' +
          'Indications, Baseline and ongoing monitoring, Interactions, When to seek advice',
      },
    ]);
  });

  it('gives the line for invalid YAML in a YAML file', async () => {
    expect(await problemsWith([COHORT, 'capacity: 20', 'capacity: 20\ncapacity: 30'])).toEqual([
      { file: COHORT, field: '(file)', message: 'invalid YAML at line 20, column 1: Map keys must be unique' },
    ]);
  });
});

describe('the real content/ folder', () => {
  it('has no problems', async () => {
    const root = here('../../content');
    const { entries } = await loadContent(root);
    expect(entries.length).toBeGreaterThan(50);
    expect(await problemsIn(root)).toEqual([]);
  });
});

describe('npm run content:check', () => {
  it('prints one line per problem as <root>/<file>: <field>: <message> and exits with 1', () => {
    const run = spawnSync(process.execPath, ['scripts/content-check.ts', 'tests/fixtures/content/broken'], {
      cwd: here('../..'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'tests/fixtures/content/broken/cohorts/first-aid-2027-01.yaml: end: expected a date written as YYYY-MM-DD',
      'tests/fixtures/content/broken/lessons/first-aid/day-1/wrong-day.mdx: module: ' +
        'course "first-aid" has no module "day-9"; expected one of: day-1',
      '',
      '2 content problem(s) found.',
      '',
    ]);
  });

  it('says Content OK and exits with 0 for a valid tree', () => {
    const run = spawnSync(process.execPath, ['scripts/content-check.ts', 'tests/fixtures/content/valid'], {
      cwd: here('../..'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Content OK: 8 files checked.\n');
  });
});

describe('files content points at', () => {
  it('finds a webinar transcript that is missing, and a video that is not in public/', async () => {
    const root = await treeWith(
      [WEBINAR, 'captions: transcripts/lithium-talk.vtt', 'captions: transcripts/lithium-talk-2.vtt'],
      [WEBINAR, 'captions:', 'video: /webinars/lithium-talk.webm\ncaptions:'],
    );
    const { entries } = await loadContent(root);
    expect(await checkFiles(entries, root)).toEqual([
      { file: 'webinars/lithium-talk.mdx', field: 'captions', message: 'no file content/transcripts/lithium-talk-2.vtt' },
      { file: 'webinars/lithium-talk.mdx', field: 'video', message: 'no file public/webinars/lithium-talk.webm' },
    ]);
    const { entries: fine } = await loadContent(valid);
    expect(await checkFiles(fine, valid)).toEqual([]);
  });
});

describe('ids and links', () => {
  it('finds two questions with the same id in one quiz, naming the first', async () => {
    expect(await problemsWith([QUIZ, '  - id: q2\n', '  - id: q1\n'])).toEqual([
      { file: QUIZ, field: 'questions.1.id', message: 'question id "q1" is already used by question 1; each question needs its own id' },
    ]);
  });

  it('finds two entries of a collection whose ids differ only by case', async () => {
    const guideline = await readFile(join(valid, GUIDELINE), 'utf8');
    expect(await problemsWith(['guidelines/Lithium-Monitoring.mdx', guideline])).toEqual([
      {
        file: GUIDELINE,
        field: '(file)',
        message: 'the id "lithium-monitoring" differs only by case from guidelines/Lithium-Monitoring.mdx; rename one of them',
      },
    ]);
  });

  it('finds links in MDX to lessons, guidelines, programme pages and webinars that do not exist, with their line', async () => {
    const links = [
      'Fine: [a](/courses/first-aid), [b](/courses/first-aid/day-1/further-reading#why), [c](/guidelines/lithium-monitoring?print=1).',
      'Fine: [d](/programme/about), [e](/webinars/lithium-talk), [f](/guidelines/review), [g](/guidelines), [h](https://example.org/x).',
      'Broken: [i](/courses/first-aid/day-1/the-4at-b) and [j](/guidelines/lithium-monitorin).',
      'Broken: [k](/programme/abut) and [l](/webinars/lithium).',
    ];
    expect(await problemsWith([LESSON, 'A quick test for delirium.', `A quick test for delirium.\n\n${links.join('\n')}`])).toEqual([
      {
        file: LESSON,
        field: '(body)',
        message:
          'line 16: the link to /courses/first-aid/day-1/the-4at-b goes nowhere: there is no course or lesson "first-aid/day-1/the-4at-b"',
      },
      {
        file: LESSON,
        field: '(body)',
        message: 'line 16: the link to /guidelines/lithium-monitorin goes nowhere: there is no guideline "lithium-monitorin"',
      },
      { file: LESSON, field: '(body)', message: 'line 17: the link to /programme/abut goes nowhere: there is no programme page "abut"' },
      { file: LESSON, field: '(body)', message: 'line 17: the link to /webinars/lithium goes nowhere: there is no webinar "lithium"' },
    ]);
  });

  it("looks for a webinar's video in the site's public/ folder when the content folder is elsewhere", async () => {
    const root = await treeWith([WEBINAR, 'captions:', 'video: /webinars/integrated-care-project-overview.webm\ncaptions:']);
    const { entries } = await loadContent(root);
    expect(await checkFiles(entries, root)).toEqual([]);
    const run = spawnSync(process.execPath, ['scripts/content-check.ts', root], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
