import { Link } from 'wouter';
import { content } from '../../content/content.ts';
import { firstUnanswered, journeySteps, type Journey } from '../../domain/flow.ts';
import { statementIndex } from '../../domain/recommend.ts';
import { useAppStore } from '../../state/store.ts';
import { Page } from '../page.tsx';

const statements = statementIndex(content);

/** Check your answers: every answer with a Change link that comes back here. */
export function CheckPage({ journey }: { journey: Journey }) {
  const answers = useAppStore((s) => s.answers);
  const steps = journeySteps(content, journey);
  const missing = firstUnanswered(content, journey, answers);

  return (
    <Page title="Check your answers">
      <dl className="summary-list">
        {steps.map((step) => {
          if (step.kind === 'check') return null;
          const question = step.kind === 'picks' ? step.set.question : step.question.question;
          let answer: React.ReactNode;
          if (step.kind === 'picks') {
            const chosen = answers[step.id].map((id) => statements.get(id)?.text).filter((t): t is string => t !== undefined);
            answer =
              chosen.length === 0 ? (
                <span className="not-answered">Not answered</span>
              ) : (
                <ul>
                  {chosen.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              );
          } else {
            const option = step.question.options.find((o) => o.id === answers.context[step.id]);
            answer = option?.label ?? <span className="not-answered">Not answered</span>;
          }
          return (
            <div className="summary-row" key={step.id}>
              <dt>{question}</dt>
              <dd>{answer}</dd>
              <dd className="summary-action">
                <Link href={`/${journey}/${step.id}/change`}>
                  Change<span className="visually-hidden"> your answer to: {question}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      {missing === null ? (
        <p>
          <Link href={`/${journey}/result`} className="button">
            See your recommendation
          </Link>
        </p>
      ) : (
        <div className="callout">
          <p>You need to answer every question before you can see a recommendation.</p>
          <p>
            <Link href={`/${journey}/${missing}`}>Answer the next question</Link>
          </p>
        </div>
      )}
    </Page>
  );
}
