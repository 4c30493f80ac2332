import { Link } from 'wouter';
import { content } from '../content/content.ts';
import type { Input } from '../content/schema.ts';
import type { Recommendation } from '../domain/recommend.ts';
import { useAppStore } from '../state/store.ts';
import { FitChart } from './fit-chart.tsx';
import { wayOf } from './headline.ts';
import { limitLines, reasonLines } from './reasons.ts';

/**
 * Everything a result says, below its heading: the close call, the fit across the spectrum, the
 * reasons, the inputs checklist, the aim's inputs, what to expect, an example and next steps.
 * Used for the user's own result and for a result opened from a link.
 */
export function ResultView({ recommendation: r, sentence, reviewMonths }: { recommendation: Recommendation; sentence: string; reviewMonths: number }) {
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
              <input type="checkbox" id={`input-${input.id}`} checked={ticks[input.id] === true} onChange={(e) => setTick(input.id, e.target.checked)} />
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
