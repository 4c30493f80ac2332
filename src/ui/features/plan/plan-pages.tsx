import { useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../../content/content.ts';
import { wayOf } from '../../../content/lookups.ts';
import { explain } from '../../../domain/explain.ts';
import { encodeResult } from '../../../domain/links/result-link.ts';
import { decodePlan, encodePlan } from '../../../domain/links/plan-link.ts';
import type { NamedResult } from '../../../domain/links/named-results.ts';
import { decodeResult } from '../../../domain/links/result-link.ts';
import { recommend } from '../../../domain/recommend.ts';
import { useAppStore, type NamedCode } from '../../../state/store.ts';
import { ConfirmedAction } from '../../components/confirmed-action.tsx';
import { replaceAsk } from '../../lib/replace-ask.ts';
import { LinkProblemPage } from '../../components/link-problem.tsx';
import { NameText } from '../../components/name-text.tsx';
import { Page } from '../../components/page.tsx';
import { SharePanel } from '../../components/share-panel.tsx';
import { useHash, useHydrated } from '../../lib/hash.ts';
import { linkUrl } from '../../lib/urls.ts';
import './plan.css';

const LEAD =
  'Different activities in one relationship can need different ways of working. Here is each activity with its way and what it takes.';

/** Each activity of a plan with its way and what it takes. Names from a link are shown as quoted text, not headings. */
function PlanActivities({
  items,
  shared,
  onRemove,
}: {
  items: readonly NamedResult[];
  shared: boolean;
  onRemove?: (index: number) => void;
}) {
  return (
    <ol className="plan-list">
      {items.map((item, index) => {
        const r = recommend(content, item.result.answers);
        const start = r === null ? null : wayOf(content, r.start);
        const words =
          r === null ? null : explain(content, r, { journey: item.result.journey, voice: shared ? 'shared' : 'own', reviewDate: '' });
        const code = encodeResult(content, { journey: item.result.journey, answers: item.result.answers, token: item.result.token });
        return (
          <li key={`${index}-${code}`} className={`plan-item${start !== null ? ` way-${start.id}` : ''}`}>
            <h2>Activity {index + 1}</h2>
            <p>
              {shared ? (
                <>
                  <NameText name={item.name} /> <span className="hint-inline">(named by the person who shared this link)</span>
                </>
              ) : (
                <NameText name={item.name} />
              )}
            </p>
            {r === null || start === null || words === null ? (
              <p>This activity's answers no longer match this tool, so it has no result.</p>
            ) : (
              <>
                <p className="plan-way">
                  <strong>{words.short}</strong>
                </p>
                <h3>{words.headings.takes}</h3>
                <ul>
                  {start.inputs.map((i) => (
                    <li key={i.id}>{i.text}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="no-print">
              <Link href={`/r/#${code}`}>
                See the full result<span className="visually-hidden"> for activity {index + 1}</span>
              </Link>
              {onRemove !== undefined && (
                <>
                  {' '}
                  <button type="button" className="button-link" onClick={() => onRemove(index)}>
                    Remove<span className="visually-hidden"> activity {index + 1}</span> from the plan
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

/** The saved activities, decoded; any whose answers no longer open are left out. */
function decodeSaved(plan: readonly NamedCode[]): NamedResult[] {
  return plan.flatMap((a) => {
    const decoded = decodeResult(content, a.code);
    return decoded.ok ? [{ name: a.name, result: decoded.value }] : [];
  });
}

export function PlanPage() {
  return useHydrated() ? <OwnPlan /> : <Page title="Your plan" lead={LEAD} />;
}

function OwnPlan() {
  const plan = useAppStore((s) => s.plan);
  const setPlan = useAppStore((s) => s.setPlan);
  const clearAnswers = useAppStore((s) => s.clearAnswers);
  const [, navigate] = useLocation();
  const items = useMemo(() => decodeSaved(plan), [plan]);
  const url = linkUrl('plan', encodePlan(content, items));
  return (
    <Page title="Your plan" lead={LEAD}>
      {items.length === 0 ? (
        <p>Your plan is empty. Finish the questions for an activity, then use “Planning more than one activity?” on its result.</p>
      ) : (
        <>
          <SharePanel
            label="Share this plan"
            url={url}
            title="Our plan for working together"
            text={`${items.length} activities`}
            privacy="The plan is saved only on this device. Its link holds each activity's name and answers."
            qrLabel="QR code of the link to this plan"
            print={{ label: 'Print this plan' }}
          />
          <PlanActivities items={items} shared={false} onRemove={(i) => setPlan(plan.filter((_, n) => n !== i))} />
        </>
      )}
      <div className="actions page-end no-print">
        <button
          type="button"
          className="button"
          onClick={() => {
            clearAnswers();
            navigate('/begin/');
          }}
        >
          Add another activity
        </button>
      </div>
    </Page>
  );
}

export function SharedPlanPage() {
  const hash = useHash();
  const hydrated = useHydrated();
  const decoded = useMemo(() => (hydrated ? decodePlan(content, hash) : null), [hash, hydrated]);
  const own = useAppStore((s) => s.plan);
  const setPlan = useAppStore((s) => s.setPlan);
  const [, navigate] = useLocation();
  if (decoded === null) return <Page title="A shared plan" lead={LEAD} />;
  if (!decoded.ok) return <LinkProblemPage wording={content.wording} kind="plan" problem={decoded.problem} />;
  const activities = decoded.value;
  function keep() {
    setPlan(
      activities.map((a) => ({
        name: a.name,
        code: encodeResult(content, { journey: a.result.journey, answers: a.result.answers, token: a.result.token }),
      })),
    );
    navigate('/plan/');
  }
  return (
    <Page title="A shared plan" lead={LEAD}>
      <div className="notice">
        <p>
          <strong>Shared with you.</strong> This shows the plan in the link. Your own plan on this device has not changed.
        </p>
      </div>
      <PlanActivities items={activities} shared />
      <ConfirmedAction
        label="Keep this plan on this device"
        ask={replaceAsk('plan', own.length > 0, 'You already have a plan saved on this device. Keeping this one will replace it.')}
        onConfirm={keep}
      >
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print this plan
        </button>
      </ConfirmedAction>
    </Page>
  );
}
