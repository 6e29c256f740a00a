import { describe, expect, it } from 'vitest';
import { answersFromForm, plainFieldName } from '#lib/quizzes/form-answers.ts';
import { postedStep } from '#lib/quizzes/form-step.ts';
import type { LearnerQuiz } from '#lib/quizzes/types.ts';

const quiz: LearnerQuiz = {
  id: 'q',
  title: 'Quiz',
  passMark: 80,
  attemptsAllowed: 3,
  display: 'all-at-once',
  shuffle: false,
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: 'One?',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    },
    {
      id: 'q2',
      type: 'multiple',
      prompt: 'Two?',
      options: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
        { id: 'z', text: 'Z' },
      ],
    },
  ],
};

describe('answersFromForm', () => {
  it('reads each question, several options for a multiple choice, and nothing for one left blank', () => {
    const form = new FormData();
    form.append(plainFieldName('q2'), 'x');
    form.append(plainFieldName('q2'), 'z');
    expect(answersFromForm(form, quiz)).toEqual({ q1: [], q2: ['x', 'z'] });
  });

  it('ignores options and questions the quiz does not have', () => {
    const form = new FormData();
    form.append(plainFieldName('q1'), 'not-an-option');
    form.append(plainFieldName('q9'), 'a');
    expect(answersFromForm(form, quiz)).toEqual({ q1: [], q2: [] });
  });
});

describe('postedStep', () => {
  const step = (fields: [string, string][]) => {
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    return postedStep(form, quiz);
  };
  const unreadable = 'Your answers could not be read. Go back to the quiz and answer the questions again.';

  it('reads the button pressed, where the learner was and the answers so far', () => {
    expect(
      step([
        ['seed', '42'],
        ['index', '1'],
        ['intent', 'show:q2'],
        ['return', 'review'],
        [plainFieldName('q1'), 'b'],
      ]),
    ).toEqual({
      ok: true,
      data: { intent: { show: 'q2' }, seed: 42, index: 1, reviewing: false, returnToReview: true, answers: { q1: ['b'] } },
    });
  });

  it('refuses a missing or malformed seed, a field sent twice and a NUL byte', () => {
    for (const fields of [
      [['index', '0']],
      [
        ['seed', 'abc'],
        ['index', '0'],
      ],
      [
        ['seed', '1'],
        ['seed', '2'],
        ['index', '0'],
      ],
      [
        ['seed', '1'],
        ['index', '0'],
        ['intent', 'next\u0000'],
      ],
    ] as [string, string][][]) {
      expect(step(fields), JSON.stringify(fields)).toEqual({ ok: false, errors: [{ field: expect.any(String), message: unreadable }] });
    }
  });
});
