import { Fragment } from 'react';
import { content } from '../../../content/content.ts';
import { statementOf, wayOf } from '../../../content/lookups.ts';
import { addMonths } from '../../../domain/calendar.ts';
import { explain, shortLabel, type Explanation } from '../../../domain/explain.ts';
import type { Journey } from '../../../domain/flow.ts';
import type { GroupSummary, Participant, StatementTally } from '../../../domain/group.ts';
import { MAX_PARTICIPANT_NAME } from '../../../domain/links/group-link.ts';
import type { Recommendation } from '../../../domain/recommend.ts';
import { NameText } from '../../components/name-text.tsx';
import { formatDate, today } from '../../lib/dates.ts';
import { choiceSections, discussPrompt, spreadNote } from './summary-words.ts';
// The chart's and lists' styles: needed wherever these show, on the slides too, not only on the workshop pages.
import './workshop.css';

/**
 * The group's joint recommendation in words, in the group's voice, with the review the joint
 * recommendation itself suggests (so it agrees with what each person sees for the same answers).
 */
export function jointWords(joint: Recommendation, journey: Journey | null): Explanation {
  return explain(content, joint, { journey, voice: 'group', reviewDate: formatDate(addMonths(today(), joint.review.months)) });
}

/**
 * How many people's results aim for each way: a bar for each, drawn in SVG (attributes, not
 * style, so it passes the Content Security Policy), with the count as text so it reads in forced
 * colours, on paper and aloud.
 */
export function SpreadChart({ summary, caption }: { summary: GroupSummary; caption: string }) {
  const most = Math.max(1, ...summary.byWay.map((w) => w.aim));
  return (
    <figure className="spread">
      <figcaption className="spread-caption">{caption}</figcaption>
      <ul className="spread-list">
        {summary.byWay.map((w) => {
          const way = wayOf(content, w.way);
          return (
            <li key={w.way} className={`spread-row way-${w.way}`}>
              <span className="spread-name">{way.name}</span>
              <svg className="spread-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect className="spread-bar" x="0" y="0" height="10" width={(w.aim / most) * 100} />
              </svg>
              <span className="spread-value">
                {w.aim} {w.aim === 1 ? 'person' : 'people'}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

export function TallyList({ items, discuss = false, notes = false }: { items: StatementTally[]; discuss?: boolean; notes?: boolean }) {
  return (
    <ul className="tally-list">
      {items.map((s) => (
        <li key={s.id}>
          <span className="tally-count">
            {s.count} of {s.of}
          </span>{' '}
          {statementOf(content, s.id)?.text ?? s.id}
          {discuss && <span className="tally-prompt">Discuss: {discussPrompt(s.id)}</span>}
          {notes && <span className="notes-space" aria-hidden="true" />}
        </li>
      ))}
    </ul>
  );
}

/** The joint recommendation: what it is, any tie or close call, why, and when to look again. */
export function JointResult({ summary, words }: { summary: GroupSummary; words: Explanation }) {
  const joint = summary.joint;
  if (joint === null) return null;
  const note = spreadNote(summary);
  return (
    <div className={`joint way-${joint.start}`}>
      <p className="lead">
        <strong>{words.title}.</strong>
      </p>
      {words.closeCall !== null && <p className="result-note joint-close">{words.closeCall}</p>}
      {note !== null && <p>{note}</p>}
      <h3>{words.headings.why}</h3>
      {words.why.map((w) => (
        <p key={w}>{w}</p>
      ))}
      {words.beyond.map((b) => (
        <p key={b} className="result-note">
          {b}
        </p>
      ))}
      <p>{words.review}</p>
      <h3>{words.headings.takes}</h3>
      <ul>
        {wayOf(content, joint.start).inputs.map((i) => (
          <li key={i.id}>{i.text}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Where a group sits: how people's results spread across the four ways, the joint
 * recommendation from everyone's answers combined (with its close call and reasons in plain
 * words), where the group split (each with a prompt to discuss), what most chose, and what few did.
 */
export function GroupSummaryView({ summary, notes = false }: { summary: GroupSummary; notes?: boolean }) {
  const joint = summary.joint;
  const words = joint === null ? null : jointWords(joint, summary.journey);
  return (
    <>
      {summary.byWay.length > 0 && (
        <SpreadChart
          summary={summary}
          caption={`Where each person's answers point (${summary.people} ${summary.people === 1 ? 'person' : 'people'})`}
        />
      )}
      <h2>Joint recommendation</h2>
      {words === null ? (
        <p>
          {summary.missing.length > 0 && summary.people > 0
            ? `To work out a joint recommendation, count answers to: ${summary.missing
                .map((id) => content.context.questions.find((q) => q.id === id)?.label.toLowerCase() ?? id)
                .join(', ')}.`
            : 'There are no answers yet.'}
        </p>
      ) : (
        <JointResult summary={summary} words={words} />
      )}
      {choiceSections(summary).map((section) =>
        section.kind === 'few' ? (
          <Fragment key={section.kind}>
            {/* On screen, tucked away; on paper, a list, since paper cannot open it. */}
            <details className="disclosure few no-print">
              <summary>{section.heading}</summary>
              <TallyList items={section.items} />
            </details>
            <div className="print-only">
              <h2>{section.heading}</h2>
              <TallyList items={section.items} />
            </div>
          </Fragment>
        ) : (
          <Fragment key={section.kind}>
            <h2>{section.heading}</h2>
            {section.text !== '' && <p>{section.text}</p>}
            {section.items.length > 0 && (
              <TallyList items={section.items} discuss={section.kind === 'split'} notes={notes && section.kind === 'split'} />
            )}
          </Fragment>
        ),
      )}
    </>
  );
}

/** Each person's result, with their optional name as plain text (or a field to type one on the facilitator's own group). */
export function ParticipantList({
  participants,
  results,
  onRename,
  onRemove,
}: {
  participants: readonly Participant[];
  results: readonly (Recommendation | null)[];
  onRename?: (i: number, name: string) => void;
  onRemove?: (i: number) => void;
}) {
  return (
    <table className="participants">
      <caption className="visually-hidden">Each person's result</caption>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Result</th>
          {onRemove !== undefined && (
            <th scope="col" className="no-print">
              <span className="visually-hidden">Remove</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {participants.map((p, i) => {
          const r = results[i] ?? null;
          const label = `Person ${i + 1}`;
          return (
            <tr key={`${i}-${p.result.token ?? ''}`}>
              <td>
                {onRename === undefined ? (
                  <>
                    {label}
                    {p.name !== '' && (
                      <>
                        {' '}
                        <NameText name={p.name} />
                      </>
                    )}
                  </>
                ) : (
                  <>
                    <label className="visually-hidden" htmlFor={`name-${i}`}>
                      Name or role of person {i + 1} (optional)
                    </label>
                    <input
                      id={`name-${i}`}
                      className="name-field"
                      type="text"
                      maxLength={MAX_PARTICIPANT_NAME}
                      placeholder={label}
                      value={p.name}
                      onChange={(e) => onRename(i, e.target.value)}
                    />
                  </>
                )}
              </td>
              <td>{r === null ? '–' : shortLabel(content, r)}</td>
              {onRemove !== undefined && (
                <td className="no-print">
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
