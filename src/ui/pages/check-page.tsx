import { Link } from 'wouter';
import { content } from '../../content/content.ts';
import { firstUnanswered, journeySteps, type Journey } from '../../domain/flow.ts';
import { statementIndex } from '../../domain/recommend.ts';
import { useAppStore } from '../../state/store.ts';
import { Page } from '../page.tsx';
import { SummaryList } from '../summary-list.tsx';

const statements = statementIndex(content);

/** Check your answers: every answer with a Change link that comes back here. */
export function CheckPage({ journey }: { journey: Journey }) {
  const answers_ = useAppStore((s) => s.answers);
  const steps = journeySteps(content, journey);
  const missing = firstUnanswered(content, journey, answers_);

  return (
    <Page title="Check your answers">
      <SummaryList
        rows={steps.flatMap((step) => {
          if (step.kind === 'check') return [];
          const question = step.kind === 'picks' ? step.set.question : step.question.question;
          const answers =
            step.kind === 'picks'
              ? answers_[step.id].map((id) => statements.get(id)?.text).filter((t): t is string => t !== undefined)
              : [step.question.options.find((o) => o.id === answers_.context[step.id])?.label].filter((t): t is string => t !== undefined);
          return [{ key: step.id, question, answers, changeHref: `/${journey}/${step.id}/change` }];
        })}
      />
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
