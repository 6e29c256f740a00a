import { describe, expect, it } from 'vitest';
import { answersFromForm, plainFieldName } from '../../src/lib/quizzes/form-answers.ts';
import type { LearnerQuiz } from '../../src/lib/quizzes/types.ts';

const quiz: LearnerQuiz = {
  id: 'q', title: 'Quiz', passMark: 80, attemptsAllowed: 3, display: 'all-at-once', shuffle: false,
  questions: [
    { id: 'q1', type: 'single', prompt: 'One?', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] },
    { id: 'q2', type: 'multiple', prompt: 'Two?', options: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }, { id: 'z', text: 'Z' }] },
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
