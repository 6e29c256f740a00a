// What each content schema accepts (with the defaults it fills in) and what it rejects, with the message.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isoDate, entryId } from '#content/schemas/review.ts';
import { courseSchema } from '#content/schemas/course.ts';
import { lessonSchema } from '#content/schemas/lesson.ts';
import { quizSchema } from '#content/schemas/quiz.ts';
import { cohortSchema } from '#content/schemas/cohort.ts';
import { webinarSchema } from '#content/schemas/webinar.ts';
import { guidelineSchema } from '#content/schemas/guideline.ts';
import { pageSchema } from '#content/schemas/page.ts';

/** The problems zod finds, one `field: message` string each ("" when it accepts). */
function rejects(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const review = { owner: 'Mind & Body education team', lastReviewed: '2026-11-23', nextReview: '2027-11-23' };

describe('shared fields', () => {
  it('isoDate accepts a real YYYY-MM-DD date, and a YAML Date brought back to the same string', () => {
    expect(isoDate.parse('2028-02-29')).toBe('2028-02-29');
    expect(isoDate.parse(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
  });

  it('isoDate rejects impossible dates and other ways of writing them', () => {
    for (const bad of ['2027-13-45', '2027-02-29', 'next Tuesday', '23/11/2026', '2026-11-23T09:00', 20261123]) {
      expect(rejects(isoDate, bad)).toEqual([': expected a date written as YYYY-MM-DD']);
    }
  });

  it('entryId accepts lowercase slugs with folders, and rejects capitals, spaces and leading dashes', () => {
    expect(entryId.parse('mental-health-skills-5-day/day-1/delirium')).toBe('mental-health-skills-5-day/day-1/delirium');
    for (const bad of ['Lithium', 'lithium monitoring', '-lithium', '']) {
      expect(rejects(entryId, bad)).toEqual([': expected a lowercase id such as clozapine-monitoring']);
    }
  });
});

describe('course', () => {
  const course = {
    title: 'Mental health skills',
    summary: 'A five-day course for ward staff.',
    audience: ['Ward nurses'],
    format: '5-day',
    duration: '5 days',
    cpdHours: 30,
    outcomes: ['Use the 4AT.'],
    modules: [{ id: 'day-1', title: 'Day 1: Mind and body' }],
    certificateWording: 'has completed Mental health skills.',
    ...review,
  };

  it('accepts a course and fills in no required quizzes, no educators and status sample', () => {
    expect(courseSchema.parse(course)).toEqual({
      ...course,
      completion: { requiredQuizzes: [] },
      educators: [],
      status: 'sample',
    });
  });

  it('rejects an unknown format, no modules, a bad module id, a bad educator e-mail and an unknown status', () => {
    expect(
      rejects(courseSchema, {
        ...course,
        format: '4-day',
        modules: [],
        educators: ['educator'],
        status: 'draft',
      }),
    ).toEqual([
      'format: Invalid option: expected one of "5-day"|"3-week"',
      'modules: Too small: expected array to have >=1 items',
      'educators.0: Invalid email address',
      'status: Invalid option: expected one of "sample"|"approved"|"retired"',
    ]);
    expect(rejects(courseSchema, { ...course, modules: [{ id: 'Day 1', title: 'Day 1' }] })).toEqual([
      'modules.0.id: expected a lowercase id such as clozapine-monitoring',
    ]);
  });
});

describe('lesson', () => {
  const lesson = { title: 'Delirium and the 4AT', course: 'first-aid', module: 'day-1', order: 1, minutes: 20 };

  it('accepts a lesson and makes it required by default', () => {
    expect(lessonSchema.parse(lesson)).toEqual({ ...lesson, required: true });
    expect(lessonSchema.parse({ ...lesson, required: false, quiz: 'first-aid-day-1' })).toMatchObject({
      required: false,
      quiz: 'first-aid-day-1',
    });
  });

  it('rejects an order of 0, fractional minutes and a quiz id with capitals', () => {
    expect(rejects(lessonSchema, { ...lesson, order: 0, minutes: 7.5, quiz: 'Day-1' })).toEqual([
      'order: Too small: expected number to be >0',
      'minutes: Invalid input: expected int, received number',
      'quiz: expected a lowercase id such as clozapine-monitoring',
    ]);
  });
});

describe('quiz', () => {
  const option = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct });
  const quiz = {
    title: 'Day 1 quiz',
    course: 'first-aid',
    passMark: 70,
    questions: [{ id: 'q1', type: 'single', prompt: 'Which tool spots delirium?', options: [option('a', true), option('b')] }],
  };

  it('accepts a quiz and fills in 3 attempts, no shuffle, one question at a time and not final', () => {
    expect(quizSchema.parse(quiz)).toEqual({
      ...quiz,
      attemptsAllowed: 3,
      shuffle: false,
      display: 'one-at-a-time',
      final: false,
    });
  });

  it('accepts unlimited attempts (null), all-at-once display and a multiple-choice question with two answers', () => {
    const multiple = { id: 'q2', type: 'multiple', prompt: 'Select all that apply.', options: [option('a', true), option('b', true)] };
    expect(quizSchema.parse({ ...quiz, attemptsAllowed: null, display: 'all-at-once', questions: [multiple] })).toMatchObject({
      attemptsAllowed: null,
      display: 'all-at-once',
    });
  });

  it('rejects a pass mark over 100, zero attempts and an unknown display', () => {
    expect(rejects(quizSchema, { ...quiz, passMark: 101, attemptsAllowed: 0, display: 'paged' })).toEqual([
      'passMark: Too big: expected number to be <=100',
      'attemptsAllowed: Too small: expected number to be >0',
      'display: Invalid option: expected one of "one-at-a-time"|"all-at-once"',
    ]);
  });

  it('rejects questions with no correct option, two correct single or true/false options, or one option', () => {
    const question = (type: string, options: unknown[]) => ({ ...quiz, questions: [{ id: 'q1', type, prompt: 'A prompt', options }] });
    expect(rejects(quizSchema, question('multiple', [option('a'), option('b')]))).toEqual([
      'questions.0: every question needs at least one correct option',
    ]);
    expect(rejects(quizSchema, question('single', [option('a', true), option('b', true)]))).toEqual([
      'questions.0: single-choice and true/false questions need exactly one correct option',
    ]);
    expect(rejects(quizSchema, question('true-false', [option('true', true), option('false', true)]))).toEqual([
      'questions.0: single-choice and true/false questions need exactly one correct option',
    ]);
    expect(rejects(quizSchema, question('single', [option('a', true)]))).toEqual([
      'questions.0.options: Too small: expected array to have >=2 items',
    ]);
  });
});

describe('cohort', () => {
  const site = { kind: 'site', name: 'Education Centre', address: 'Denmark Hill, London SE5 8AZ' };
  const cohort = {
    course: 'first-aid',
    title: 'January 2027',
    start: '2027-01-11',
    end: '2027-01-15',
    sessions: [{ date: '2027-01-11', start: '09:30', end: '16:30', place: site }],
    capacity: 20,
    bookingOpens: '2026-11-02',
    bookingCloses: '2027-01-06',
    facilitator: 'Nurse educator',
  };

  it('accepts a cohort with a site or online session and fills in a waiting list of 20', () => {
    expect(cohortSchema.parse(cohort)).toEqual({ ...cohort, waitlistCapacity: 20 });
    const online = { kind: 'online', name: 'Online (Microsoft Teams)', link: 'https://teams.example/join' };
    expect(cohortSchema.parse({ ...cohort, waitlistCapacity: 0, sessions: [{ ...cohort.sessions[0], place: online }] })).toMatchObject({
      waitlistCapacity: 0,
    });
  });

  it('rejects 12-hour times, an http joining link, a site with no address and no sessions', () => {
    const session = cohort.sessions[0]!;
    expect(
      rejects(cohortSchema, {
        ...cohort,
        sessions: [
          { ...session, start: '9:30am' },
          { ...session, place: { kind: 'online', name: 'Online', link: 'http://teams.example/join' } },
          { ...session, place: { kind: 'site', name: 'Education Centre' } },
        ],
      }),
    ).toEqual([
      'sessions.0.start: expected a 24-hour time such as 09:30',
      'sessions.1.place.link: Invalid URL',
      'sessions.2.place.address: Invalid input: expected string, received undefined',
    ]);
    expect(rejects(cohortSchema, { ...cohort, sessions: [] })).toEqual(['sessions: Too small: expected array to have >=1 items']);
  });

  it('rejects an end before the start and booking that closes before it opens', () => {
    expect(rejects(cohortSchema, { ...cohort, end: '2027-01-10', bookingCloses: '2026-11-01' })).toEqual([
      'end: start must be on or before end',
      'bookingCloses: bookingOpens must be on or before bookingCloses',
    ]);
  });
});

describe('webinar', () => {
  const slide = (title: string) => ({ title });
  const webinar = {
    title: 'Haematology',
    summary: 'A consultant haematologist on the blood count.',
    series: 'physical-health-for-psychiatry',
    order: 3,
    speakers: [{ name: 'Dr Michael Adeyemi', role: 'Consultant haematologist' }],
    date: '2026-01-20',
    durationMinutes: 13,
    captions: 'transcripts/haematology.vtt',
    chapters: [{ start: '0:00', title: 'Welcome' }],
    slides: [slide('One'), slide('Two'), slide('Three')],
    cpdMinutes: 13,
    ...review,
  };

  it('accepts a webinar and fills in slide points, related guidelines, open access and status sample', () => {
    expect(webinarSchema.parse(webinar)).toEqual({
      ...webinar,
      slides: webinar.slides.map((s) => ({ ...s, points: [] })),
      relatedGuidelines: [],
      membersOnly: false,
      status: 'sample',
    });
    expect(webinarSchema.parse({ ...webinar, chapters: [{ start: '1:02:05', title: 'Late' }] })).toBeTruthy();
  });

  it('rejects an unknown series, captions that are not .vtt, a bad chapter time and fewer than 3 slides', () => {
    expect(
      rejects(webinarSchema, {
        ...webinar,
        series: 'grand-rounds',
        captions: 'transcripts/haematology.srt',
        chapters: [{ start: '90 seconds', title: 'Welcome' }],
        slides: [slide('One')],
      }),
    ).toEqual([
      'series: Invalid option: expected one of "physical-health-for-psychiatry"|"pharmacy-network"|"imphs"',
      'captions: expected transcripts/<name>.vtt',
      'chapters.0.start: expected a time such as 12:30 or 1:02:05',
      'slides: Too small: expected array to have >=3 items',
    ]);
    expect(rejects(webinarSchema, { ...webinar, captions: '/webinars/haematology.vtt' })).toEqual([
      'captions: expected transcripts/<name>.vtt',
    ]);
  });

  it('rejects more CPD minutes than the webinar lasts', () => {
    expect(rejects(webinarSchema, { ...webinar, cpdMinutes: 20 })).toEqual([
      'cpdMinutes: must not be more than durationMinutes: a CPD record may only count the time the webinar lasts',
    ]);
  });
});

describe('guideline', () => {
  const guideline = {
    title: 'Lithium monitoring',
    summary: 'Baseline checks and ongoing monitoring.',
    topic: 'mood-stabilisers',
    keyPoints: ['Take the level 12 hours after the last dose.', 'Check eGFR, thyroid function and calcium every 6 months.'],
    trusts: ['South London and Maudsley'],
    version: '2.2',
    changeLog: [{ version: '2.2', date: '2026-04-20', summary: 'Added sick-day guidance.' }],
    ...review,
  };

  it('accepts a guideline and fills in no drugs, conditions or related, open access and status sample', () => {
    expect(guidelineSchema.parse(guideline)).toEqual({
      ...guideline,
      drugs: [],
      conditions: [],
      related: [],
      membersOnly: false,
      status: 'sample',
    });
    expect(guidelineSchema.parse({ ...guideline, approver: 'Dr A Clinician', status: 'approved' })).toMatchObject({
      approver: 'Dr A Clinician',
      status: 'approved',
    });
  });

  it('rejects an unknown topic or trust, a version written as a number or 2.2.1, and an empty change log', () => {
    expect(
      rejects(guidelineSchema, {
        ...guideline,
        topic: 'lithium',
        trusts: ['Maudsley'],
        version: 2.2,
        changeLog: [],
      }),
    ).toEqual([
      expect.stringMatching(/^topic: Invalid option: expected one of "antipsychotics"\|/),
      `trusts.0: Invalid option: expected one of "South London and Maudsley"|"King's College Hospital"|"Guy's and St Thomas'"`,
      'version: Invalid input: expected string, received number',
      'changeLog: Too small: expected array to have >=1 items',
    ]);
    expect(rejects(guidelineSchema, { ...guideline, version: '2.2.1' })).toEqual(['version: expected a version such as 1.2']);
  });

  it('needs key points: 2 to 6 sentences the author writes', () => {
    const { keyPoints: _keyPoints, ...without } = guideline;
    expect(rejects(guidelineSchema, without)).toEqual([expect.stringMatching(/^keyPoints: /)]);
    expect(rejects(guidelineSchema, { ...guideline, keyPoints: ['Take the level 12 hours after the last dose.'] })).toEqual([
      'keyPoints: Too small: expected array to have >=2 items',
    ]);
  });
});

describe('page', () => {
  const page = { title: 'The pharmacy network', summary: 'A cross-trust network for pharmacists.', order: 4 };

  it('accepts a programme page', () => {
    expect(pageSchema.parse(page)).toEqual(page);
  });

  it('rejects a short summary and a missing order', () => {
    expect(rejects(pageSchema, { title: page.title, summary: 'Short' })).toEqual([
      'summary: Too small: expected string to have >=10 characters',
      'order: Invalid input: expected number, received undefined',
    ]);
  });
});
