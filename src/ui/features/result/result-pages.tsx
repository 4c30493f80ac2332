import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import readinessContent from 'virtual:content/readiness';
import principles from 'virtual:content/principles';
import { content } from '../../../content/content.ts';
import { wayOf } from '../../../content/lookups.ts';
import { explain, fill, readinessText, updatedAdvice, type Explanation } from '../../../domain/explain.ts';
import { firstUnanswered, PICK_LIST, type Journey } from '../../../domain/flow.ts';
import { MAX_SERVICE_NAME, type SharedResult } from '../../../domain/links/result-link.ts';
import { v1Advice } from '../../../domain/links/v1-advice.ts';
import { readinessFor } from '../../../domain/readiness.ts';
import type { Recommendation } from '../../../domain/recommend.ts';
import { useRecommendation } from '../../../state/selectors.ts';
import { useAppStore } from '../../../state/store.ts';
import { ConfirmedAction } from '../../components/confirmed-action.tsx';
import { DrawnNext } from '../../components/drawn-next.tsx';
import { KeepPanel } from '../../components/keep-panel.tsx';
import { LinkProblemPage } from '../../components/link-problem.tsx';
import { NameText } from '../../components/name-text.tsx';
import { Page, usePageFocus } from '../../components/page.tsx';
import { SharePanel } from '../../components/share-panel.tsx';
import { SummaryList } from '../../components/summary-list.tsx';
import { answerRows } from '../../lib/answer-rows.ts';
import { formatDate, icsStamp, today } from '../../lib/dates.ts';
import { download } from '../../lib/download.ts';
import { useHydrated } from '../../lib/hash.ts';
import { linkUrl } from '../../lib/urls.ts';
import { replaceAsk } from '../../lib/replace-ask.ts';
import { reminderIcs, summaryText } from './keep.ts';
import { PlanAdder } from './plan-adder.tsx';
import { ResultDetails, ResultSkeleton, ResultSummary } from './result-view.tsx';
import { NotFinished, reviewDate, useOwnResult, useSharedResult } from './use-result.tsx';
import { SessionActions } from './session-actions.tsx';
import './result.css';

/** The person's own result, from the answers saved on this device. */
export function ResultPage({ journey }: { journey: Journey }) {
  return useHydrated() ? <OwnResult journey={journey} /> : <ResultSkeleton title="Your suggestion" />;
}

function OwnResult({ journey }: { journey: Journey }) {
  const { r, outcome, words, months, missing, code, ticks } = useOwnResult(journey);
  const setTick = useAppStore((s) => s.setTick);
  const session = useAppStore((s) => s.session);
  if (missing !== null || r === null || words === null || code === null)
    return <NotFinished journey={journey} missing={missing ?? 'check'} />;

  const url = linkUrl('result', code);
  const path = `/${journey}/result/`;
  const ready = readinessText(content, outcome, r.aim, readinessContent.threshold);
  return (
    <Page title={words.title}>
      {session !== null && <SessionActions session={session} url={url} />}
      <ResultSummary
        r={r}
        words={words}
        path={path}
        ticks={ticks}
        actions={
          // In a workshop, sending to the facilitator (above) is the way to share.
          session === null && (
            <ResultShare
              words={words}
              url={url}
              printHref={`/${journey}/handout/`}
              privacy="The link holds your answers and ticks, so whoever opens it sees this result. Nothing else leaves this device."
            />
          )
        }
      />
      <DrawnNext holdScreen>
        <ResultDetails r={r} words={words} ticks={ticks} onTick={setTick}>
          <p>
            {ready.done !== null && <>{ready.done} </>}
            {ready.heldBack !== null && <>{ready.heldBack} </>}
            <Link href={`/${journey}/readiness/`}>{ready.done === null ? ready.link : ready.change}</Link>
          </p>
          <KeepIt r={r} words={words} code={code} url={url} months={months} ticks={ticks} />
          <PlanAdder code={code} />
          <NameServices />
        </ResultDetails>
        <StartAgain journey={journey} />
      </DrawnNext>
    </Page>
  );
}

/** Sharing a result: its link (share sheet or copy), QR code and printable handout. */
function ResultShare({ words, url, printHref, privacy }: { words: Explanation; url: string; printHref: string; privacy: string }) {
  return (
    <SharePanel
      label="Share this result"
      url={url}
      title={words.title}
      text={words.why.join(' ')}
      privacy={privacy}
      qrLabel="QR code of the link to this result"
      print={{ href: printHref, label: 'Print' }}
    />
  );
}

/** The reminder and the summary: two ways to keep a result beyond the link. */
function KeepIt({
  r,
  words,
  code,
  url,
  months,
  ticks,
}: {
  r: Recommendation;
  words: Explanation;
  code: string;
  url: string;
  months: number;
  ticks: Readonly<Record<string, boolean>>;
}) {
  const setReviewMonths = useAppStore((s) => s.setReviewMonths);
  return (
    <KeepPanel
      months={months}
      onMonths={(n) => setReviewMonths(n === r.review.months ? null : n)}
      onReminder={() => download('review-reminder.ics', 'text/calendar', reminderIcs(words, code, url, today(), months, icsStamp()))}
      onSummary={() =>
        download('working-together-summary.txt', 'text/plain', summaryText(content, r, words, ticks, url, formatDate(today())))
      }
    />
  );
}

/** Names the two services on the link, so the person opening it knows whose result it is. Optional. */
function NameServices() {
  const services = useAppStore((s) => s.services);
  const setServices = useAppStore((s) => s.setServices);
  const id = useId();
  const value = services ?? { from: '', with: '' };
  const update = (next: { from: string; with: string }) => setServices(next.from === '' && next.with === '' ? null : next);
  const fields = [
    ['from', 'Your service'],
    ['with', 'The service you want to work with'],
  ] as const;
  return (
    <details className="disclosure">
      <summary>Name the two services (optional)</summary>
      <p className="hint">The names go into the link, so whoever opens it sees them. Leave them empty to keep them out.</p>
      {fields.map(([key, label]) => (
        <p key={key}>
          <label htmlFor={`${id}-${key}`} className="label">
            {label}
          </label>
          <input
            id={`${id}-${key}`}
            className="name-field"
            type="text"
            maxLength={MAX_SERVICE_NAME}
            value={value[key]}
            onChange={(e) => update({ ...value, [key]: e.target.value })}
          />
        </p>
      ))}
    </details>
  );
}

/** Change the answers, or clear them and start again, after asking. */
function StartAgain({ journey }: { journey: Journey }) {
  const clearAnswers = useAppStore((s) => s.clearAnswers);
  const [, navigate] = useLocation();
  return (
    <ConfirmedAction
      label="Clear answers and start again"
      linkStyle
      ask={{
        title: 'Clear your answers?',
        text: 'This clears your answers and ticks on this device. Your plan, group and any links you shared are not affected.',
        confirmLabel: 'Clear my answers',
        cancelLabel: 'Keep my answers',
      }}
      onConfirm={() => {
        clearAnswers();
        navigate('/');
      }}
    >
      <Link href={`/${journey}/check/`} className="button-secondary">
        Change your answers
      </Link>
    </ConfirmedAction>
  );
}

/** The optional readiness check for the way a result aims for: its own step. */
export function ReadinessPage({ journey }: { journey: Journey }) {
  return useHydrated() ? <Readiness journey={journey} /> : <ResultSkeleton title={readinessContent.title} />;
}

function Readiness({ journey }: { journey: Journey }) {
  const recommendation = useRecommendation(journey);
  const answers = useAppStore((s) => s.answers);
  const saved = useAppStore((s) => s.readiness);
  const setReadiness = useAppStore((s) => s.setReadiness);
  const [ticks, setTicks] = useState<Record<string, boolean>>(() => ({ ...(saved ?? {}) }));
  const [, navigate] = useLocation();
  const ref = usePageFocus(readinessContent.title);
  if (recommendation === null) return <NotFinished journey={journey} missing={firstUnanswered(content, journey, answers) ?? 'check'} />;
  const aim = wayOf(content, recommendation.aim);
  const items = readinessFor(readinessContent, recommendation.aim, {}).missing;
  const principleName = (id: string) => principles.principles.find((p) => p.id === id)?.name ?? id;

  function submit(event: FormEvent) {
    event.preventDefault();
    setReadiness(Object.fromEntries(items.map((i) => [i.id, ticks[i.id] === true])));
    navigate(`/${journey}/result/`);
  }

  return (
    <>
      <Link href={`/${journey}/result/`} className="back-link">
        Back to your result
      </Link>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>
            <span className="caption">{fill(content.wording.readiness.link, { aim: aim.term })}</span>
            <h1 ref={ref} tabIndex={-1}>
              {readinessContent.title}
            </h1>
          </legend>
          <p className="hint">{readinessContent.lead}</p>
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
          <Link href="/principles/">What helps services work together</Link>
        </div>
      </form>
    </>
  );
}

/** A result opened from a link, written for the person opening it. */
export function SharedResultPage() {
  const opened = useSharedResult();
  if (opened === null) return <ResultSkeleton title="A result shared with you" />;
  if (!opened.ok) return <LinkProblemPage wording={content.wording} kind="result" problem={opened.problem} />;
  return <SharedResultView shared={opened.shared} r={opened.r} code={opened.code} />;
}

function SharedResultView({ shared, r, code }: { shared: SharedResult; r: Recommendation; code: string }) {
  const own = useAppStore((s) => s.answers);
  const replaceAnswers = useAppStore((s) => s.replaceAnswers);
  const [, navigate] = useLocation();
  const words = explain(content, r, { journey: shared.journey, voice: 'shared', reviewDate: reviewDate(r.review.months, shared.madeOn) });
  const ticks = Object.fromEntries(shared.ticks.map((t) => [t, true]));
  const url = linkUrl('result', code);
  const links = content.wording.links;
  const missing = content.context.questions.filter((q) => shared.answers.context[q.id] === undefined);
  const was = shared.version === 1 ? v1Advice(shared.answers) : null;
  const updated = was !== null && (was.start !== r.start || was.aim !== r.aim);
  const list = PICK_LIST[shared.journey];
  const sameAsOwn =
    [...own[list]].sort().join() === [...shared.answers.picks].sort().join() &&
    JSON.stringify(Object.entries(own.context).sort()) === JSON.stringify(Object.entries(shared.answers.context).sort());
  const hasOwn = own.goals.length + own.outputs.length + Object.keys(own.context).length > 0;

  function adopt() {
    replaceAnswers({ ...own, [list]: [...shared.answers.picks], context: { ...shared.answers.context } }, ticks);
    navigate(`/${shared.journey}/check/`);
  }

  return (
    <Page title={words.title}>
      <div className="notice shared-notice">
        <p>
          <strong>Shared with you.</strong> This is worked out from the answers in the link
          {shared.madeOn === undefined ? '' : `, made on ${formatDate(shared.madeOn)}`}. Nothing on your device has changed.
        </p>
        {shared.services !== null && (
          <p>
            Between <NameText name={shared.services.from} /> and <NameText name={shared.services.with} />{' '}
            <span className="hint-inline">(named by the person who shared this link)</span>
          </p>
        )}
        {updated && <p>{updatedAdvice(content, was)}</p>}
        {missing.length > 0 && <p>{fill(links.missingQuestions, { count: String(missing.length) })}</p>}
        {shared.droppedTicks > 0 && <p>{links.droppedTicks}</p>}
      </div>
      <ResultSummary
        r={r}
        words={words}
        path="/r/"
        ticks={ticks}
        actions={
          <ResultShare
            words={words}
            url={url}
            printHref={`/r/handout/#${code}`}
            privacy="The link holds the answers and ticks, and nothing else."
          />
        }
      />
      <DrawnNext holdScreen>
        <ResultDetails r={r} words={words} ticks={ticks} />
        <section aria-labelledby="link-answers">
          <h2 id="link-answers">The answers in this link</h2>
          <SummaryList rows={answerRows(shared.journey, shared.answers)} />
        </section>
        <ConfirmedAction
          label="Start from these answers"
          ask={replaceAsk(
            'answers',
            hasOwn && !sameAsOwn,
            'You already have answers saved on this device. Using the answers from this link will replace them.',
          )}
          onConfirm={adopt}
        >
          <Link href="/" className="button-secondary">
            Start your own
          </Link>
        </ConfirmedAction>
      </DrawnNext>
    </Page>
  );
}
