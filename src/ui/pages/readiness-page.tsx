import '../share.css';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { principles } from '../../content/principles.ts';
import { readiness } from '../../content/readiness.ts';
import { type Journey } from '../../domain/flow.ts';
import { readinessFor } from '../../domain/readiness.ts';
import { useRecommendation } from '../../state/selectors.ts';
import { useAppStore } from '../../state/store.ts';
import { wayOf } from '../headline.ts';
import { Page } from '../page.tsx';
import { ResultPage } from './result-page.tsx';

/** The optional readiness check for the way a result aims for. */
export function ReadinessPage({ journey }: { journey: Journey }) {
  const recommendation = useRecommendation(journey);
  const saved = useAppStore((s) => s.readiness);
  const setReadiness = useAppStore((s) => s.setReadiness);
  const [ticks, setTicks] = useState<Record<string, boolean>>(() => ({ ...(saved ?? {}) }));
  const [, navigate] = useLocation();
  // Without a finished questionnaire there is nothing to check readiness for.
  if (recommendation === null) return <ResultPage journey={journey} />;

  const aim = wayOf(content, recommendation.aim);
  const items = [...readinessFor(readiness, recommendation.aim, {}).missing];
  const principleName = (id: string) => principles.principles.find((p) => p.id === id)?.name ?? id;

  function submit(event: FormEvent) {
    event.preventDefault();
    setReadiness(Object.fromEntries(items.map((i) => [i.id, ticks[i.id] === true])));
    navigate(`/${journey}/result`);
  }

  return (
    <>
      <Link href={`/${journey}/result`} className="back-link">
        Back to your result
      </Link>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>
            <span className="caption">Readiness for {aim.name.toLowerCase()} (optional)</span>
            <Page title={readiness.title} />
          </legend>
          <p className="hint">{readiness.lead}</p>
          <div className="checkboxes">
            {items.map((item) => (
              <div className="choice" key={item.id}>
                <input
                  type="checkbox"
                  id={`ready-${item.id}`}
                  checked={ticks[item.id] === true}
                  onChange={(e) => setTicks((t) => ({ ...t, [item.id]: e.target.checked }))}
                />
                <label htmlFor={`ready-${item.id}`}>
                  {item.text} <span className="tag-inline">{principleName(item.principle)}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button">
            Save and see your result
          </button>
          <Link href="/principles">What helps services work together</Link>
        </div>
      </form>
    </>
  );
}
