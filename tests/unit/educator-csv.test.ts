import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '#lib/csv.ts';
import { cohortsTable, learnersTable, questionsTable, webinarsTable } from '#lib/educator/exports.ts';
import type { CohortLearner, QuizFigures } from '#lib/educator/types.ts';

/** CSV rows as a spreadsheet would read them (csv-parse, the sibling of csv-stringify). */
const parseCsv = (csv: string): string[][] => parse(csv, { bom: true });

const learner: CohortLearner = {
  user_id: '00000000-0000-4000-8000-000000000001',
  full_name: 'Siobhán O’Connor',
  email: 'siobhan@nhs.example',
  profession: 'Staff nurse, "acute" medicine',
  trust: 'King’s College Hospital',
  status: 'confirmed',
  waitlist_position: null,
  // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST).
  booked_at: '2026-05-31T23:30:00Z',
  lessons_done: 12,
  required_lessons: 12,
  quizzes_passed: 5,
  required_quizzes: 5,
  completed_at: '2027-01-15T17:00:00Z',
};
const waiting: CohortLearner = {
  ...learner,
  user_id: 'u2',
  full_name: '=HYPERLINK("https://evil.example","Click")',
  email: 'w@nhs.example',
  profession: '+SUM(A1:A2)',
  trust: '@cmd',
  status: 'waitlisted',
  waitlist_position: 2,
  lessons_done: 0,
  quizzes_passed: 0,
  completed_at: null,
};

describe('toCsv', () => {
  it('writes a UTF-8 BOM, a heading row and CRLF line endings, with empty cells for nulls', () => {
    const csv = toCsv({
      columns: ['A', 'B'],
      rows: [
        ['x', null],
        [1, 'y'],
      ],
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('A,B\r\nx,\r\n1,y\r\n');
  });

  it('neutralises formulas in text but leaves negative numbers alone', () => {
    const rows = parseCsv(toCsv({ columns: ['v'], rows: [['=1+1'], ['-2'], [-2], ['@x'], ['\tt'], ['+3']] }).slice(1));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=1+1", "'-2", '-2', "'@x", "'\tt", "'+3"]);
  });
});

describe('learnersTable', () => {
  const csv = toCsv(learnersTable([learner, waiting]));
  const rows = parseCsv(csv.slice(1));

  it('has one row per learner, with dates as London calendar days', () => {
    expect(rows[0]).toEqual([
      'Name',
      'E-mail',
      'Profession',
      'Trust',
      'Booking status',
      'Waiting list position',
      'Booked on',
      'Lessons done',
      'Required lessons',
      'Quizzes passed',
      'Required quizzes',
      'Completed on',
    ]);
    expect(rows[1]).toEqual([
      'Siobhán O’Connor',
      'siobhan@nhs.example',
      'Staff nurse, "acute" medicine',
      'King’s College Hospital',
      'Booked',
      '',
      '01/06/2026',
      '12',
      '12',
      '5',
      '5',
      '15/01/2027',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('shows a waiting-list place and guards learner text against formulas', () => {
    expect(rows[2]!.slice(0, 6)).toEqual([`'${waiting.full_name}`, 'w@nhs.example', "'+SUM(A1:A2)", "'@cmd", 'Waiting list', '2']);
    expect(rows[2]![11]).toBe('');
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes only the heading row for an empty cohort', () => {
    expect(parseCsv(toCsv(learnersTable([])).slice(1))).toHaveLength(1);
  });
});

describe('cohortsTable, questionsTable and webinarsTable', () => {
  it('lists cohorts with their dates in UK order', () => {
    const { rows } = cohortsTable([
      {
        cohortId: 'c-1',
        title: 'January 2027',
        startsOn: '2027-01-11',
        capacity: 20,
        booked: 18,
        waitlisted: 2,
        started: 10,
        completed: 4,
      },
    ]);
    expect(rows).toEqual([['c-1', 'January 2027', '11/01/2027', 20, 18, 2, 10, 4]]);
  });

  it('gives each question its correct rate as a percentage and flags the low ones', () => {
    const quiz: QuizFigures = {
      quizId: 'day-1',
      passMark: 70,
      learners: 3,
      attempts: 4,
      passRate: 0.667,
      questions: [
        { questionId: 'q1', prompt: 'Easy', answered: 4, correctRate: 1 },
        { questionId: 'q2', prompt: null, answered: 4, correctRate: 0.25 },
        { questionId: 'q3', prompt: 'Unseen', answered: 0, correctRate: null },
      ],
    };
    const { columns, rows } = questionsTable([quiz], (id) => `Quiz ${id}`);
    expect(columns).toContain('Correct (%)');
    expect(rows).toEqual([
      ['day-1', 'Quiz day-1', 1, 'q1', 'Easy', 4, 100, null],
      ['day-1', 'Quiz day-1', 2, 'q2', 'Question q2', 4, 25, 'Check this question'],
      ['day-1', 'Quiz day-1', 3, 'q3', 'Unseen', 0, null, null],
    ]);
  });

  it('names webinar series', () => {
    const { rows } = webinarsTable(
      [{ webinar_id: 'w', title: 'Haematology', series: 'imphs', viewers: 5, watched: 3, cpd_minutes_awarded: 180 }],
      () => 'IMPHS',
    );
    expect(rows).toEqual([['w', 'Haematology', 'IMPHS', 5, 3, 180]]);
  });
});
