// The quiz as one plain form, for a browser without JavaScript: every question at once, posted to the quiz page,
// which has the database mark it. Rendered on the server only.
import type { Answers, LearnerQuiz } from '../../lib/quizzes/types.ts';
import { plainFieldName } from '../../lib/quizzes/form-answers.ts';
import QuestionFieldset, { missingAnswer } from './QuestionFieldset.tsx';
import QuizErrorSummary, { type Problem } from './QuizErrorSummary.tsx';

interface Props {
  quiz: LearnerQuiz;
  answers: Answers;
  unanswered: string[];
  error: string | null;
}

export default function PlainQuizForm({ quiz, answers, unanswered, error }: Props) {
  const numbered = quiz.questions.map((q, i) => ({ q, n: i + 1 }));
  const problems: Problem[] = [
    ...(error ? [{ text: error }] : []),
    ...numbered.filter(({ q }) => unanswered.includes(q.id)).map(({ q, n }) => ({ text: missingAnswer(q, n), target: plainFieldName(q.id) })),
  ];
  return (
    <form method="post" noValidate>
      {problems.length > 0 && <QuizErrorSummary id="plain-quiz-problems" problems={problems} />}
      {numbered.map(({ q, n }) => (
        <QuestionFieldset
          key={q.id} question={q} number={n} total={quiz.questions.length} domId={plainFieldName(q.id)}
          chosen={answers[q.id] ?? []} onChange={() => {}}
          error={unanswered.includes(q.id) ? missingAnswer(q, n) : null}
        />
      ))}
      <button className="nhsuk-button" type="submit">Submit answers</button>
    </form>
  );
}
