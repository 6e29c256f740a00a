import { describe, expect, it } from 'vitest';
import { barChartConfig, chartColours } from '#lib/educator/bar-chart-config.ts';
import { contentPrompts, quizTitles } from '#lib/educator/content.ts';
import { needsChecking, promptOf, withPrompts } from '#lib/educator/questions.ts';
import type { QuizFigures } from '#lib/educator/types.ts';

describe('questions to check', () => {
  it('flags a question answered correctly less than half the time', () => {
    expect(needsChecking({ answered: 20, correctRate: 0.49 })).toBe(true);
    expect(needsChecking({ answered: 20, correctRate: 0 })).toBe(true);
    expect(needsChecking({ answered: 20, correctRate: 0.5 })).toBe(false);
    expect(needsChecking({ answered: 20, correctRate: 1 })).toBe(false);
  });

  it('does not flag a question nobody has answered', () => {
    expect(needsChecking({ answered: 0, correctRate: null })).toBe(false);
  });
});

describe('prompts from content', () => {
  const content = [
    {
      id: 'day-1',
      data: {
        title: 'Day 1 quiz',
        questions: [
          { id: 'q1', prompt: 'From content' },
          { id: 'q2', prompt: 'Also from content' },
        ],
      },
    },
  ];
  const quizzes: QuizFigures[] = [
    {
      quizId: 'day-1',
      passMark: 70,
      learners: 1,
      attempts: 1,
      passRate: 1,
      questions: [
        { questionId: 'q1', prompt: 'From the database', answered: 1, correctRate: 1 },
        { questionId: 'q2', prompt: null, answered: 1, correctRate: 1 },
        { questionId: 'q3', prompt: ' ', answered: 1, correctRate: 1 },
      ],
    },
    { quizId: 'gone', passMark: 50, learners: 0, attempts: 0, passRate: null, questions: null },
  ];

  it('keeps the database prompt, fills a missing one from content, and falls back to the id', () => {
    const [quiz, gone] = withPrompts(quizzes, contentPrompts(content));
    expect(quiz!.questions!.map(promptOf)).toEqual(['From the database', 'Also from content', 'Question q3']);
    expect(gone!.questions).toEqual([]);
  });

  it('names quizzes from content', () => {
    const title = quizTitles(content);
    expect([title('day-1'), title('gone')]).toEqual(['Day 1 quiz', 'gone']);
  });
});

describe('bar chart configuration', () => {
  const data = {
    categories: ['Jan', 'Feb'],
    series: [{ label: 'Booked', values: [3, null], colour: chartColours.blue }],
    max: 100,
    unit: '%',
  };

  it('turns animation off for people who prefer reduced motion', () => {
    expect(barChartConfig(data, true).options?.animation).toBe(false);
    expect(barChartConfig(data, false).options?.animation).not.toBe(false);
  });

  it('draws each series in its NHS colour on a fixed axis', () => {
    const config = barChartConfig(data, true);
    expect(config.data.labels).toEqual(['Jan', 'Feb']);
    expect(config.data.datasets[0]).toMatchObject({ label: 'Booked', data: [3, null], backgroundColor: '#005eb8' });
    expect(config.options?.scales?.y?.max).toBe(100);
  });
});
