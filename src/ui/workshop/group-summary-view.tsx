import { content } from '../../content/content.ts';
import type { GroupSummary, StatementTally } from '../../domain/group.ts';
import { statementIndex } from '../../domain/recommend.ts';
import { FitChart } from '../fit-chart.tsx';
import { wayOf } from '../headline.ts';

const statements = statementIndex(content);

function TallyList({ items, prompt }: { items: StatementTally[]; prompt?: string }) {
  return (
    <ul className="tally-list">
      {items.map((s) => (
        <li key={s.id}>
          <span className="tally-count">
            {s.count} of {s.of}
          </span>{' '}
          {statements.get(s.id)?.text ?? s.id}
          {prompt !== undefined && <span className="todo-action">{prompt}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Where a group sits: how many landed on each way, what most chose, where it split (with a
 * prompt to discuss), and the joint recommendation from everyone's answers combined.
 */
export function GroupSummaryView({ summary, byPerson }: { summary: GroupSummary; byPerson: boolean }) {
  const joint = summary.joint;
  const most = Math.max(1, ...summary.byWay.map((w) => w.count));
  return (
    <>
      {byPerson && (
        <figure className="fit" aria-labelledby="landed-caption">
          <figcaption className="fit-caption" id="landed-caption">
            Where each person's goals point ({summary.people} {summary.people === 1 ? 'person' : 'people'})
          </figcaption>
          <ul className="fit-list">
            {summary.byWay.map((w) => (
              <li key={w.way} className={`fit-row way-${w.way}`}>
                <span className="fit-name">{wayOf(content, w.way).name}</span>
                <span className="fit-track" aria-hidden="true">
                  <span className="fit-bar" style={{ width: `${(w.count / most) * 100}%` }} />
                </span>
                <span className="fit-value">{w.count}</span>
              </li>
            ))}
          </ul>
        </figure>
      )}

      <h2>Joint recommendation</h2>
      {joint === null ? (
        <p>There are no answers yet.</p>
      ) : (
        <>
          <p className="lead">
            {joint.start === joint.aim
              ? `Together, your answers point to ${wayOf(content, joint.aim).name.toLowerCase()}.`
              : `Together, your goals call for ${wayOf(content, joint.aim).name.toLowerCase()}, but the room's most common answers about your situation suggest starting with ${wayOf(content, joint.start).name.toLowerCase()}, and reviewing in ${joint.reviewMonths} months.`}
          </p>
          {joint.closeTo !== null && (
            <p className="callout">It was close: the group also leans towards {wayOf(content, joint.closeTo).name.toLowerCase()}.</p>
          )}
          <FitChart fit={joint.fit} ways={content.ways} highlight={joint.aim} label="How well each way fits the group's combined answers" />
          <h3>What {wayOf(content, joint.start).name.toLowerCase()} takes</h3>
          <ul>
            {joint.inputs.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </>
      )}

      <h2>What most of you chose</h2>
      {summary.mostChosen.length === 0 ? <p>Nothing was chosen by half the group or more.</p> : <TallyList items={summary.mostChosen} />}

      <h2>Where the group split</h2>
      {summary.split.length === 0 ? (
        <p>No statement divided the group: each was chosen by most people or by few.</p>
      ) : (
        <>
          <p>Some of you chose these and some did not. They are worth talking about.</p>
          <TallyList
            items={summary.split}
            prompt="Discuss: is this part of what you want to do together, or something one service does on its own?"
          />
        </>
      )}
    </>
  );
}
