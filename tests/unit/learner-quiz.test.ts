// toLearnerQuiz: what the browser receives before submission holds no answer key, feedback or explanation.
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '#content/schemas/quiz.ts';
import { toLearnerQuiz } from '#lib/quizzes/types.ts';

const dir = new URL('../../content/quizzes/', import.meta.url);
const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml'));

describe('toLearnerQuiz', () => {
  it('finds the real quizzes to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: keeps what the learner needs and nothing that gives the answers away', async (file) => {
    const quiz = quizSchema.parse(parse(await readFile(new URL(file, dir), 'utf8')));
    const id = file.replace(/\.yaml$/, '');
    const learner = toLearnerQuiz(id, quiz);
    const json = JSON.stringify(learner);

    expect(json).not.toMatch(/"(correct|feedback|explanation)"/);
    for (const q of quiz.questions) {
      if (q.explanation) expect(json).not.toContain(JSON.stringify(q.explanation).slice(1, -1));
      for (const o of q.options) if (o.feedback) expect(json).not.toContain(JSON.stringify(o.feedback).slice(1, -1));
    }

    expect(learner).toMatchObject({ id, title: quiz.title, passMark: quiz.passMark, display: quiz.display });
    expect(learner.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    expect(learner.questions[0]!.options).toEqual(quiz.questions[0]!.options.map(({ id, text }) => ({ id, text })));
  });

  it('drops keys even when the authored object carries extra fields', () => {
    const quiz = quizSchema.parse({
      title: 'Test quiz',
      course: 'a-course',
      passMark: 50,
      questions: [
        {
          id: 'q1',
          type: 'true-false',
          prompt: 'The sky is blue.',
          explanation: 'Why',
          options: [
            { id: 't', text: 'True', correct: true, feedback: 'Yes' },
            { id: 'f', text: 'False', feedback: 'No' },
          ],
        },
      ],
    });
    const leaky = { ...quiz, secret: 'x', questions: quiz.questions.map((q) => ({ ...q, answer: 't' })) };
    expect(toLearnerQuiz('test', leaky)).toEqual({
      id: 'test',
      title: 'Test quiz',
      passMark: 50,
      attemptsAllowed: 3,
      display: 'one-at-a-time',
      shuffle: false,
      questions: [
        {
          id: 'q1',
          type: 'true-false',
          prompt: 'The sky is blue.',
          options: [
            { id: 't', text: 'True' },
            { id: 'f', text: 'False' },
          ],
        },
      ],
    });
  });
});
