import { useId, useMemo, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { decodeHands, encodeHands, handsSummary } from '../../domain/group.ts';
import { presentationOrder } from '../../domain/order.ts';
import { useAppStore, type HandsState } from '../../state/store.ts';
import { usePageFocus, Page } from '../page.tsx';
import { SharePanel } from '../share-panel.tsx';
import { GroupSummaryView } from './group-summary-view.tsx';
import { appUrl } from '../share-url.ts';
import { BadLinkPage } from '../bad-link-page.tsx';
import '../share.css';

type Step = { kind: 'people' } | { kind: 'statement'; id: string; text: string } | { kind: 'question'; id: string };

/** The steps of a show of hands: the room's size, each goal statement, each context question. */
function handsSteps(): Step[] {
  return [
    { kind: 'people' },
    ...presentationOrder(content.goals.statements).map((s): Step => ({ kind: 'statement', id: s.id, text: s.text })),
    ...content.context.questions.map((q): Step => ({ kind: 'question', id: q.id })),
  ];
}

function Count({ id, label, value, onChange }: { id: string; label: string; value: number; onChange: (n: number) => void }) {
  return (
    <div className="count-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={999}
        value={value === 0 ? '' : value}
        placeholder="0"
        onChange={(e) => {
          const n = Number(e.target.value);
          onChange(Number.isInteger(n) && n >= 0 && n <= 999 ? n : 0);
        }}
      />
    </div>
  );
}

/** One step of a show of hands, projector-sized: a statement or a question, and the counts. */
export function HandsStepPage({ index }: { index: number }) {
  const hands = useAppStore((s) => s.hands);
  const setHands = useAppStore((s) => s.setHands);
  const [, navigate] = useLocation();
  const steps = handsSteps();
  const step = steps[index];
  const id = useId();
  const heading =
    step === undefined
      ? ''
      : step.kind === 'people'
        ? 'How many people are in the room?'
        : step.kind === 'statement'
          ? step.text
          : (content.context.questions.find((q) => q.id === step.id)?.question ?? '');
  const ref = usePageFocus(`Show of hands: ${heading}`);
  if (step === undefined) return null;

  const update = (next: Partial<HandsState>) => setHands({ ...hands, ...next });
  const next = index + 1 < steps.length ? `/hands/${index + 1}` : '/hands/result';
  const back = index === 0 ? '/workshop' : `/hands/${index - 1}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(next);
  };

  return (
    <div className="hands">
      <Link href={back} className="back-link">
        Back
      </Link>
      <form onSubmit={submit}>
        <p className="caption">
          Show of hands: {index + 1} of {steps.length}
        </p>
        <h1 ref={ref} tabIndex={-1} className="hands-heading">
          {step.kind === 'statement' ? `“${heading}”` : heading}
        </h1>
        {step.kind === 'people' && (
          <Count id={id} label="People in the room" value={hands.people} onChange={(n) => update({ people: n })} />
        )}
        {step.kind === 'statement' && (
          <Count
            id={id}
            label="Hands raised for this statement"
            value={hands.picks[step.id] ?? 0}
            onChange={(n) => update({ picks: { ...hands.picks, [step.id]: n } })}
          />
        )}
        {step.kind === 'question' &&
          content.context.questions
            .find((q) => q.id === step.id)
            ?.options.map((o) => (
              <Count
                key={o.id}
                id={`${id}-${o.id}`}
                label={o.label}
                value={hands.context[step.id]?.[o.id] ?? 0}
                onChange={(n) => update({ context: { ...hands.context, [step.id]: { ...hands.context[step.id], [o.id]: n } } })}
              />
            ))}
        <div className="actions">
          <button type="submit" className="button">
            {index + 1 < steps.length ? 'Next' : 'See the group result'}
          </button>
          <Link href="/hands/result" className="button-secondary">
            Skip to the result
          </Link>
        </div>
      </form>
    </div>
  );
}

function HandsResult({ hands, shared }: { hands: HandsState; shared: boolean }) {
  const summary = useMemo(() => handsSummary(content, hands, hands.people), [hands]);
  const url = appUrl(`h/${encodeHands(content, hands, hands.people)}`);
  return (
    <Page
      title="Show of hands: the group result"
      lead={`From a show of hands in a room of ${hands.people} ${hands.people === 1 ? 'person' : 'people'}.`}
    >
      {shared && (
        <div className="notice no-print">
          <p>
            <strong>This show of hands was shared with you by link.</strong>
          </p>
        </div>
      )}
      <GroupSummaryView summary={summary} byPerson={false} />
      <SharePanel
        heading="Share and keep this result"
        privacy="The counts are saved only on this device. The link holds the counts, nothing else."
        url={url}
        title="Our show of hands"
        sentence="Where the room landed"
      />
      {!shared && (
        <div className="actions no-print">
          <Link href="/hands/0" className="button-secondary">
            Change the counts
          </Link>
        </div>
      )}
    </Page>
  );
}

export function HandsResultPage() {
  const hands = useAppStore((s) => s.hands);
  return <HandsResult hands={hands} shared={false} />;
}

export function SharedHandsPage({ code }: { code: string }) {
  const decoded = useMemo(() => decodeHands(content, code), [code]);
  if (!decoded.ok) {
    return (
      <BadLinkPage
        title="We can't open this show of hands link"
        message="This link is incomplete or has been changed, so we can't read the counts in it."
      />
    );
  }
  return <HandsResult hands={{ ...decoded.hands, people: decoded.people }} shared />;
}
