import { Link } from 'wouter';
import { content } from '../content/content.ts';
import type { Input } from '../content/schema.ts';
import type { Recommendation } from '../domain/recommend.ts';
import type { ReadinessOutcome } from '../domain/readiness.ts';
import { useAppStore } from '../state/store.ts';
import { FitChart } from './fit-chart.tsx';
import { wayOf } from './headline.ts';
import { limitLines, reasonLines } from './reasons.ts';

/**
 * Everything a result says, below its heading: the close call, the fit across the spectrum, the
 * reasons, the inputs checklist, the aim's inputs, what to expect, an example and next steps.
 * Used for the user's own result and for a result opened from a link.
 */
export function ResultView({
  recommendation: r,
  sentence,
  reviewMonths,
  readiness,
}: {
  recommendation: Recommendation;
  sentence: string;
  reviewMonths: number;
  /** The readiness check: where to take it, and its outcome once taken. Absent for shared results. */
  readiness?: { href: string; outcome: ReadinessOutcome | null };
}) {
  const start = wayOf(content, r.start);
  const aim = wayOf(content, r.aim);
  const staged = r.start !== r.aim;
  const reasons = reasonLines(content, r.contributions);
  const forAim = reasons.filter((l) => l.ways.some((w) => w.way === r.aim));
  const elsewhere = reasons.filter((l) => !l.ways.some((w) => w.way === r.aim));
  const lower = (s: string) => s.toLowerCase();

  return (
    <>
      <p className="lead">{sentence}</p>
      {r.closeTo !== null && (
        <p className="callout">
          It was close: your answers also point strongly to {lower(wayOf(content, r.closeTo).name)}. Read about both before you decide.
        </p>
      )}

      <FitChart fit={r.fit} ways={content.ways} highlight={r.aim} label="How well each way fits your answers, compared with the best fit" />

      <h2>Why</h2>
      <h3>What pointed to {lower(aim.name)}</h3>
      <ul className="reasons">
        {forAim.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ul>
      {elsewhere.length > 0 && (
        <>
          <h3>What pointed elsewhere</h3>
          <ul className="reasons">
            {elsewhere.map((l) => (
              <li key={l.key}>{l.text}</li>
            ))}
          </ul>
        </>
      )}
      {staged && (
        <>
          <h3>Why start with {lower(start.name)}</h3>
          <ul className="reasons">
            {limitLines(content, r.limits, r.start).map((l) => (
              <li key={l.key}>{l.text}</li>
            ))}
          </ul>
        </>
      )}

      {readiness !== undefined && <ReadinessSummary href={readiness.href} outcome={readiness.outcome} aimName={aim.name} />}

      <InputsChecklist wayName={start.name} inputs={r.inputs} />

      {staged && (
        <>
          <h2>What it will take to reach {lower(aim.name)}</h2>
          <ul>
            {r.aimInputs.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </>
      )}

      <h2>What to expect from {lower(start.name)}</h2>
      <ul>
        {start.expect.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>

      <h2>An example</h2>
      <div className={`example way-${start.id}`}>
        <h3>{start.example.title}</h3>
        <p>{start.example.text}</p>
      </div>

      <h2>Next steps</h2>
      <NeighbourWays startIndex={content.ways.findIndex((w) => w.id === start.id)} />
      <ul>
        {nextSteps(r, reviewMonths).map((step) => (
          <li key={step}>{step}</li>
        ))}
        <li>
          Read more about <Link href={`/ways/${start.id}`}>{lower(start.name)}</Link>
          {staged && (
            <>
              {' '}
              and <Link href={`/ways/${aim.id}`}>{lower(aim.name)}</Link>
            </>
          )}
          , or <Link href="/compare">compare all four ways</Link>.
        </li>
      </ul>
    </>
  );
}

/** One step lighter and one step deeper than the way to start with: what would have to be true to move. */
function NeighbourWays({ startIndex }: { startIndex: number }) {
  const start = content.ways[startIndex];
  const lighter = content.ways[startIndex - 1];
  const deeper = content.ways[startIndex + 1];
  if (start === undefined) return null;
  return (
    <div className="neighbours">
      {lighter !== undefined && start.toLighter !== undefined && (
        <div className={`neighbour way-${lighter.id}`}>
          <h3>One step lighter: {lighter.name.toLowerCase()}</h3>
          <p>
            <strong>When it makes sense:</strong> {start.toLighter}
          </p>
          <p>
            <Link href={`/ways/${lighter.id}`}>See what {lighter.name.toLowerCase()} takes</Link>
          </p>
        </div>
      )}
      {deeper !== undefined && start.toDeeper !== undefined && (
        <div className={`neighbour way-${deeper.id}`}>
          <h3>One step deeper: {deeper.name.toLowerCase()}</h3>
          <p>
            <strong>What would have to be true:</strong> {start.toDeeper}
          </p>
          <p>
            <Link href={`/ways/${deeper.id}`}>See what {deeper.name.toLowerCase()} takes</Link>
          </p>
        </div>
      )}
    </div>
  );
}

function ReadinessSummary({ href, outcome, aimName }: { href: string; outcome: ReadinessOutcome | null; aimName: string }) {
  const aim = aimName.toLowerCase();
  if (outcome === null) {
    return (
      <section className="readiness" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">Are you ready for {aim}?</h2>
        <p>A short, optional check of what is already in place. It may change where we suggest you start.</p>
        <p>
          <Link href={href} className="button-secondary">
            Check your readiness
          </Link>
        </p>
      </section>
    );
  }
  const { report, heldBackFrom, recommendation } = outcome;
  const total = report.inPlace.length + report.missing.length;
  return (
    <section className="readiness" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Your readiness for {aim}</h2>
      <p>
        {report.inPlace.length} of {total} things {aim} relies on are in place.
      </p>
      {heldBackFrom !== null && (
        <p className="callout">
          Because fewer than half of the things {heldBackFrom} relies on are in place yet, we suggest starting with {recommendation.start}{' '}
          and building up from there.
        </p>
      )}
      {report.missing.length > 0 && (
        <>
          <h3>Still to put in place</h3>
          <ul className="readiness-list">
            {report.missing.map((item) => (
              <li key={item.id}>
                {item.text} <span className="todo-action">What to do: {item.todo}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.inPlace.length > 0 && (
        <>
          <h3>Already in place</h3>
          <ul>
            {report.inPlace.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href={href}>Change your readiness answers</Link> · <Link href="/principles">What helps services work together</Link>
      </p>
    </section>
  );
}

/** The next steps in words, shared with the handout and the summary. */
export function nextSteps(r: Recommendation, reviewMonths: number): string[] {
  const aim = wayOf(content, r.aim);
  return [
    'Talk the result through with the other service, using the inputs as your agenda.',
    `Put in place what is missing, starting with what matters most to you both.`,
    `Review how you are working together in ${reviewMonths} months${r.start !== r.aim ? `, and whether you are ready to move towards ${aim.name.toLowerCase()}` : ''}.`,
  ];
}

function InputsChecklist({ wayName, inputs }: { wayName: string; inputs: readonly Input[] }) {
  const ticks = useAppStore((s) => s.ticks);
  const setTick = useAppStore((s) => s.setTick);
  const toDo = inputs.filter((i) => ticks[i.id] !== true);
  return (
    <section className="inputs" aria-labelledby="inputs-heading">
      <h2 id="inputs-heading">What {wayName.toLowerCase()} takes</h2>
      <fieldset>
        <legend>Tick what you already have in place</legend>
        <div className="checkboxes">
          {inputs.map((input) => (
            <div className="choice" key={input.id}>
              <input
                type="checkbox"
                id={`input-${input.id}`}
                checked={ticks[input.id] === true}
                onChange={(e) => setTick(input.id, e.target.checked)}
              />
              <label htmlFor={`input-${input.id}`}>{input.text}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite">
        <h3>What to put in place</h3>
        {toDo.length === 0 ? (
          <p>You have ticked everything {wayName.toLowerCase()} needs. You are ready to start.</p>
        ) : (
          <ul className="todo">
            {toDo.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
