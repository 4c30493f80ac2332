import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import type { Input, WayId } from '../../content/schema.ts';
import { firstUnanswered, type Journey } from '../../domain/flow.ts';
import type { Recommendation } from '../../domain/recommend.ts';
import { useRecommendation } from '../../state/selectors.ts';
import { useAppStore } from '../../state/store.ts';
import { FitChart } from '../fit-chart.tsx';
import { Page } from '../page.tsx';
import { limitLines, reasonLines } from '../reasons.ts';

function way(id: WayId) {
  const found = content.ways.find((w) => w.id === id);
  if (found === undefined) throw new Error(`content has no way "${id}"`);
  return found;
}

function monthsFromToday(months: number): string {
  const date = new Date();
  date.setMonth(date.getMonth() + months);
  return date.toLocaleDateString('en-AU', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function ResultPage({ journey }: { journey: Journey }) {
  const answers = useAppStore((s) => s.answers);
  const recommendation = useRecommendation(journey);
  const missing = firstUnanswered(content, journey, answers);
  if (missing !== null || recommendation === null) {
    return (
      <Page title="Your answers are not finished">
        <p>We need an answer to every question before we can suggest a way of working together.</p>
        <p>
          <Link href={`/${journey}/${missing ?? 'check'}`} className="button">
            Continue the questions
          </Link>
        </p>
      </Page>
    );
  }
  return <Result journey={journey} recommendation={recommendation} />;
}

function Result({ journey, recommendation: r }: { journey: Journey; recommendation: Recommendation }) {
  const start = way(r.start);
  const aim = way(r.aim);
  const staged = r.start !== r.aim;
  const reasons = reasonLines(content, r.contributions);
  const forAim = reasons.filter((l) => l.ways.some((w) => w.way === r.aim));
  const elsewhere = reasons.filter((l) => !l.ways.some((w) => w.way === r.aim));
  const title = staged ? `Start with ${start.name.toLowerCase()}, and work towards ${aim.name.toLowerCase()}` : `${aim.name} fits your answers best`;

  return (
    <Page title={title}>
      <div className="result-summary">
        {staged ? (
          <p className="lead">
            Your goals call for {aim.name.toLowerCase()}, but your situation right now supports {start.name.toLowerCase()}. Start there, and
            review how it is going in {r.reviewMonths} months, by {monthsFromToday(r.reviewMonths)}.
          </p>
        ) : (
          <p className="lead">
            We suggest {aim.name.toLowerCase()}: {aim.tagline.charAt(0).toLowerCase() + aim.tagline.slice(1)}
          </p>
        )}
        {r.closeTo !== null && (
          <p className="callout">
            It was close: your answers also point strongly to {way(r.closeTo).name.toLowerCase()}. Read about both before you decide.
          </p>
        )}
      </div>

      <FitChart fit={r.fit} ways={content.ways} highlight={r.aim} label="How well each way fits your answers, compared with the best fit" />

      <h2>Why</h2>
      <h3>What pointed to {aim.name.toLowerCase()}</h3>
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
          <h3>Why start with {start.name.toLowerCase()}</h3>
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
          <h2>What it will take to reach {aim.name.toLowerCase()}</h2>
          <ul>
            {r.aimInputs.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </>
      )}

      <h2>What to expect from {start.name.toLowerCase()}</h2>
      <ul>
        {start.expect.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>

      <h2>An example</h2>
      <div className="example">
        <h3>{start.example.title}</h3>
        <p>{start.example.text}</p>
      </div>

      <h2>Next steps</h2>
      <ul>
        <li>Talk the result through with the other service, using the inputs above as your agenda.</li>
        <li>
          Review how you are working together in {r.reviewMonths} months{staged ? `, and whether you are ready to move towards ${aim.name.toLowerCase()}` : ''}.
        </li>
        <li>
          Read more about <Link href={`/ways/${start.id}`}>{start.name.toLowerCase()}</Link>
          {staged && (
            <>
              {' '}
              and <Link href={`/ways/${aim.id}`}>{aim.name.toLowerCase()}</Link>
            </>
          )}
          , or <Link href="/compare">compare all four ways</Link>.
        </li>
      </ul>
      <ResultActions journey={journey} />
    </Page>
  );
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

function ResultActions({ journey }: { journey: Journey }) {
  const reset = useAppStore((s) => s.reset);
  const [, navigate] = useLocation();
  return (
    <div className="actions no-print">
      <Link href={`/${journey}/check`} className="button-secondary">
        Change your answers
      </Link>
      <button type="button" className="button-secondary" onClick={() => window.print()}>
        Print this result
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          reset();
          navigate('/');
        }}
      >
        Clear answers and start again
      </button>
    </div>
  );
}
