import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { addMonths } from '../../domain/calendar.ts';
import { firstUnanswered, journeyAnswers, type Journey } from '../../domain/flow.ts';
import type { Recommendation } from '../../domain/recommend.ts';
import { encodeAnswers } from '../../domain/share-link.ts';
import { useRecommendation } from '../../state/selectors.ts';
import { useAppStore } from '../../state/store.ts';
import { formatDate, today } from '../dates.ts';
import { headline } from '../headline.ts';
import { Page } from '../page.tsx';
import { ResultView } from '../result-view.tsx';
import { readiness as readinessContent } from '../../content/readiness.ts';
import { applyReadiness } from '../../domain/readiness.ts';
import { PlanAdder } from '../plan-adder.tsx';
import { ResultSharePanel } from '../share-panel.tsx';

export function ResultPage({ journey }: { journey: Journey }) {
  const answers = useAppStore((s) => s.answers);
  const recommendation = useRecommendation(journey);
  const missing = firstUnanswered(content, journey, answers);
  if (missing !== null || recommendation === null) {
    return (
      <Page title="Your answers are not finished">
        <p>We need an answer to every question before we can suggest a way of working together.</p>
        <p>
          <Link href={`/${journey}/${missing ?? 'check'}`} className="button">
            Continue the questions
          </Link>
        </p>
      </Page>
    );
  }
  return <OwnResult journey={journey} recommendation={recommendation} />;
}

function OwnResult({ journey, recommendation: scored }: { journey: Journey; recommendation: Recommendation }) {
  const answers = useAppStore((s) => s.answers);
  const readiness = useAppStore((s) => s.readiness);
  const outcome = readiness === null ? null : applyReadiness(content, readinessContent, scored, readiness);
  const recommendation = outcome?.recommendation ?? scored;
  const chosenMonths = useAppStore((s) => s.reviewMonths);
  const reset = useAppStore((s) => s.reset);
  const [, navigate] = useLocation();
  const months = chosenMonths ?? recommendation.reviewMonths;
  const { title, sentence } = headline(content, recommendation, months, formatDate(addMonths(today(), months)));
  const code = encodeAnswers(content, journey, journeyAnswers(journey, answers));

  return (
    <Page title={title}>
      <ResultView
        recommendation={recommendation}
        sentence={sentence}
        reviewMonths={months}
        readiness={{ href: `/${journey}/readiness`, outcome }}
      />
      <PlanAdder code={code} />
      <ResultSharePanel
        code={code}
        handoutHref={`/${journey}/handout`}
        recommendation={recommendation}
        title={title}
        sentence={sentence}
        reviewMonths={months}
      />
      <div className="actions no-print">
        <Link href={`/${journey}/check`} className="button-secondary">
          Change your answers
        </Link>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            reset();
            navigate('/');
          }}
        >
          Clear answers and start again
        </button>
      </div>
    </Page>
  );
}
