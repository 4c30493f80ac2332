import '../share.css';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { decodeLink } from '../../domain/share-link.ts';
import { decodePlan, encodePlan, type PlanActivity } from '../../domain/plan.ts';
import { recommend, type Recommendation } from '../../domain/recommend.ts';
import { useAppStore } from '../../state/store.ts';
import { wayOf } from '../headline.ts';
import { Page } from '../page.tsx';
import { SharePanel } from '../share-panel.tsx';
import { linkProblemMessage } from './shared-result-page.tsx';
import { BadLinkPage } from '../bad-link-page.tsx';
import { ConfirmReplace } from '../confirm-replace.tsx';
import { appUrl } from '../share-url.ts';

type Row = { name: string; code: string; recommendation: Recommendation | null };

function rows(activities: readonly PlanActivity[]): Row[] {
  return activities.map((a) => {
    const decoded = decodeLink(content, a.code);
    return { ...a, recommendation: decoded.ok ? recommend(content, decoded.shared.answers) : null };
  });
}

/** Each activity of a plan with its way and what it takes, one after another. */
function PlanActivities({ items, onRemove }: { items: Row[]; onRemove?: (index: number) => void }) {
  return (
    <ol className="plan-list">
      {items.map((row, index) => {
        const r = row.recommendation;
        const start = r === null ? null : wayOf(content, r.start);
        const aim = r === null ? null : wayOf(content, r.aim);
        return (
          <li key={`${index}-${row.code}`} className={`plan-item${start !== null ? ` way-${start.id}` : ''}`}>
            <h2>{row.name}</h2>
            {r === null || start === null || aim === null ? (
              <p>This activity's answers no longer match this tool, so it has no result.</p>
            ) : (
              <>
                <p className="plan-way">
                  {r.start === r.aim ? (
                    <>
                      <strong>{aim.name}</strong>: {aim.tagline}
                    </>
                  ) : (
                    <>
                      Start with <strong>{start.name.toLowerCase()}</strong>, work towards <strong>{aim.name.toLowerCase()}</strong>.
                    </>
                  )}
                </p>
                <h3>What {start.name.toLowerCase()} takes</h3>
                <ul>
                  {r.inputs.map((i) => (
                    <li key={i.id}>{i.text}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="no-print">
              <Link href={`/r/${row.code}`}>See the full result for {row.name}</Link>
              {onRemove !== undefined && (
                <>
                  {' '}
                  <button type="button" className="button-link" onClick={() => onRemove(index)}>
                    Remove<span className="visually-hidden"> {row.name}</span> from the plan
                  </button>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

const LEAD =
  'Different activities in one relationship can need different ways of working. Here is each activity with its way and what it takes.';

export function PlanPage() {
  const plan = useAppStore((s) => s.plan);
  const removeActivity = useAppStore((s) => s.removeActivity);
  const clearAnswers = useAppStore((s) => s.clearAnswers);
  const [, navigate] = useLocation();
  const items = useMemo(() => rows(plan), [plan]);
  const url = appUrl(`p/${encodePlan(plan)}`);

  return (
    <Page title="Your plan" lead={LEAD}>
      {items.length === 0 ? (
        <p>Your plan is empty. Finish the questions for an activity, then use “Add to your plan” on its result.</p>
      ) : (
        <PlanActivities items={items} onRemove={removeActivity} />
      )}
      <div className="actions no-print">
        <button
          type="button"
          className="button"
          onClick={() => {
            clearAnswers();
            navigate('/');
          }}
        >
          Add another activity
        </button>
      </div>
      {items.length > 0 && (
        <SharePanel
          heading="Share and keep this plan"
          privacy="The plan is saved only on this device. Its link contains each activity's name and answers, so anyone you send it to sees the same plan."
          url={url}
          title="Our plan for working together"
          sentence={items.map((i) => i.name).join(', ')}
        />
      )}
    </Page>
  );
}

export function SharedPlanPage({ code }: { code: string }) {
  const decoded = useMemo(() => decodePlan(content, code), [code]);
  const own = useAppStore((s) => s.plan);
  const replacePlan = useAppStore((s) => s.replacePlan);
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  if (!decoded.ok) {
    const problem = decoded.problem;
    const message =
      problem.kind === 'item'
        ? `Activity ${problem.index + 1} in this plan can't be opened. ${linkProblemMessage(problem.problem)}`
        : problem.kind === 'other-version'
          ? "This plan link was made by a different version of this tool, which this version can't read."
          : "This plan link is incomplete or has been changed, so we can't read it. It may have been cut off when it was copied.";
    return <BadLinkPage title="We can't open this plan link" message={message} />;
  }
  const items = rows(decoded.activities);
  const activities = decoded.activities;
  function keep() {
    replacePlan(activities.map(({ name, code: c }) => ({ name, code: c })));
    navigate('/plan');
  }
  return (
    <Page title="A shared plan" lead={LEAD}>
      <div className="notice no-print">
        <p>
          <strong>This plan was shared with you by link.</strong> Your own plan on this device has not been changed.
        </p>
      </div>
      <PlanActivities items={items} />
      {confirming && (
        <ConfirmReplace
          title="Replace your own plan?"
          text="You already have a plan saved on this device. Keeping this one will replace it."
          confirmLabel="Replace my plan"
          cancelLabel="Keep my plan"
          onConfirm={keep}
          onCancel={() => setConfirming(false)}
        />
      )}
      <div className="actions no-print">
        <button type="button" className="button-secondary" onClick={() => (own.length === 0 ? keep() : setConfirming(true))}>
          Keep this plan on this device
        </button>
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print this plan
        </button>
      </div>
    </Page>
  );
}
