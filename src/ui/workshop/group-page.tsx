import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import {
  decodeGroup,
  encodeGroup,
  groupSummary,
  MAX_PARTICIPANT_NAME,
  pasteLinks,
  type Participant,
  type PasteReport,
} from '../../domain/group.ts';
import type { LinkProblem } from '../../domain/share-link.ts';
import type { Recommendation } from '../../domain/recommend.ts';
import { useAppStore } from '../../state/store.ts';
import { wayOf } from '../headline.ts';
import { Page } from '../page.tsx';
import { SharePanel } from '../share-panel.tsx';
import { linkProblemMessage } from '../pages/shared-result-page.tsx';
import { GroupSummaryView } from './group-summary-view.tsx';
import { useParticipants } from './use-participants.ts';
import { appUrl } from '../share-url.ts';
import { BadLinkPage } from '../bad-link-page.tsx';
import '../share.css';

function reason(problem: LinkProblem | { kind: 'not-a-link' } | { kind: 'group-full' }): string {
  if (problem.kind === 'not-a-link') return 'This is not a result link from this tool.';
  if (problem.kind === 'group-full') return 'The group is full.';
  return linkProblemMessage(problem);
}

function ParticipantList({
  participants,
  results,
  onRename,
  onRemove,
}: {
  participants: Participant[];
  /** Each participant's recommendation, as the group summary already worked it out. */
  results: readonly (Recommendation | null)[];
  onRename?: (i: number, name: string) => void;
  onRemove?: (i: number) => void;
}) {
  return (
    <table className="participants">
      <caption className="visually-hidden">Each participant's result</caption>
      <thead>
        <tr>
          <th scope="col">Participant</th>
          <th scope="col">Result</th>
          {onRemove !== undefined && (
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {participants.map((p, i) => {
          const r = results[i] ?? null;
          const label = p.name === '' ? `Participant ${i + 1}` : p.name;
          return (
            <tr key={p.code}>
              <td>
                {onRename === undefined ? (
                  label
                ) : (
                  <>
                    <label className="visually-hidden" htmlFor={`name-${i}`}>
                      Name or role of participant {i + 1} (optional)
                    </label>
                    <input
                      id={`name-${i}`}
                      className="name-field"
                      type="text"
                      maxLength={MAX_PARTICIPANT_NAME}
                      placeholder={`Participant ${i + 1}`}
                      value={p.name}
                      onChange={(e) => onRename(i, e.target.value)}
                    />
                  </>
                )}
              </td>
              <td>
                {r === null
                  ? '–'
                  : r.start === r.aim
                    ? wayOf(content, r.aim).name
                    : `Start with ${wayOf(content, r.start).name.toLowerCase()}, towards ${wayOf(content, r.aim).name.toLowerCase()}`}{' '}
                {/* A plain hash link: sixty router links would each subscribe to the location. */}
                <a href={`#/r/${p.code}`}>
                  <span className="visually-hidden">{label}'s </span>full result
                </a>
              </td>
              {onRemove !== undefined && (
                <td>
                  <button type="button" className="button-link" onClick={() => onRemove(i)}>
                    Remove<span className="visually-hidden"> {label}</span>
                  </button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The facilitator's group view: paste result links, see the group. */
export function GroupPage() {
  const participants = useParticipants();
  const setGroup = useAppStore((s) => s.setGroup);
  const [text, setText] = useState('');
  const [report, setReport] = useState<PasteReport | null>(null);
  const id = useId();
  const summary = useMemo(() => groupSummary(content, participants), [participants]);
  const save = (list: Participant[]) => setGroup(list.map(({ name, code }) => ({ name, code })));

  function add(event: FormEvent) {
    event.preventDefault();
    const result = pasteLinks(content, participants, text);
    setReport(result);
    save([...participants, ...result.added]);
    setText('');
  }

  const url = appUrl(`g/${encodeGroup(participants)}`);
  return (
    <Page
      title="Group view"
      lead="Paste the result links people send you: one, or many at once. Each person's answers are combined into one picture of the group."
    >
      <form onSubmit={add} className="no-print">
        <label htmlFor={id} className="label">
          Result links
        </label>
        <p className="hint" id={`${id}-hint`}>
          Paste links from an e-mail, a chat or a document. Anything that is not a link is ignored and reported.
        </p>
        <textarea id={id} rows={4} value={text} aria-describedby={`${id}-hint`} onChange={(e) => setText(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button">
            Add to the group
          </button>
          {participants.length > 0 && (
            <button type="button" className="button-secondary" onClick={() => save([])}>
              Clear the group
            </button>
          )}
        </div>
      </form>
      <div role="status" className="paste-report no-print">
        {report !== null && (
          <>
            <p>
              Added {report.added.length} {report.added.length === 1 ? 'result' : 'results'}.
              {report.duplicates.length > 0 &&
                ` ${report.duplicates.length} ${report.duplicates.length === 1 ? 'link was' : 'links were'} already in the group and not counted again.`}
            </p>
            {report.invalid.length > 0 && (
              <ul>
                {report.invalid.map((i, n) => (
                  <li key={n}>
                    <span className="not-answered">Not added:</span> “{i.text}”. {reason(i.problem)}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {participants.length === 0 ? (
        <p>
          No results yet. People can join from the <Link href="/workshop">workshop page</Link>.
        </p>
      ) : (
        <>
          <GroupSummaryView summary={summary} byPerson />
          <h2>Each person's result</h2>
          <p className="hint no-print">Names are optional and stay on this device unless you share the group's link.</p>
          <ParticipantList
            participants={participants}
            results={summary.results}
            onRename={(i, name) => save(participants.map((p, n) => (n === i ? { ...p, name } : p)))}
            onRemove={(i) => save(participants.filter((_, n) => n !== i))}
          />
          <SharePanel
            heading="Share and keep this group view"
            privacy="The group is saved only on this device. Its link holds each person's answers and any names you typed, so check before you share it."
            url={url}
            title="Where our group landed"
            sentence={`${participants.length} people's results`}
          />
        </>
      )}
    </Page>
  );
}

export function SharedGroupPage({ code }: { code: string }) {
  const decoded = useMemo(() => decodeGroup(content, code), [code]);
  const setGroup = useAppStore((s) => s.setGroup);
  const [, navigate] = useLocation();
  if (!decoded.ok) {
    const p = decoded.problem;
    return (
      <BadLinkPage
        title="We can't open this group link"
        message={
          p.kind === 'item'
            ? `Result ${p.index + 1} in this group can't be opened. ${linkProblemMessage(p.problem)}`
            : "This group link is incomplete or has been changed, so we can't read it."
        }
      />
    );
  }
  const summary = groupSummary(content, decoded.participants);
  return (
    <Page title="A shared group view">
      <div className="notice no-print">
        <p>
          <strong>This group view was shared with you by link.</strong> Nothing on this device has been changed.
        </p>
      </div>
      <GroupSummaryView summary={summary} byPerson />
      <h2>Each person's result</h2>
      <ParticipantList participants={decoded.participants} results={summary.results} />
      <div className="actions no-print">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setGroup(decoded.participants.map(({ name, code: c }) => ({ name, code: c })));
            navigate('/group');
          }}
        >
          Continue with this group on this device
        </button>
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print the group summary
        </button>
      </div>
    </Page>
  );
}
