import type { Way } from '../../../content/schema.ts';

/**
 * The one checklist of what a way takes, each thing marked as something you have or still need.
 * The state is in words as well as in the tick, so it reads the same aloud, in forced colours and
 * on paper. On a shared result it shows what the sender ticked, and cannot be changed.
 */
export function InputsChecklist({
  way,
  heading,
  ticks,
  onTick,
}: {
  way: Way;
  heading: string;
  ticks: Readonly<Record<string, boolean>>;
  onTick?: ((inputId: string, ticked: boolean) => void) | undefined;
}) {
  const have = way.inputs.filter((i) => ticks[i.id] === true).length;
  return (
    <section className="takes" aria-labelledby="takes">
      <h2 id="takes" tabIndex={-1}>
        {heading}
      </h2>
      {onTick !== undefined ? (
        <fieldset>
          <legend className="hint">Tick what you already have.</legend>
          <ul className="checklist">
            {way.inputs.map((input) => {
              const ticked = ticks[input.id] === true;
              return (
                <li key={input.id} className={ticked ? 'is-have' : 'is-need'}>
                  <div className="choice">
                    <input type="checkbox" id={`input-${input.id}`} checked={ticked} onChange={(e) => onTick(input.id, e.target.checked)} />
                    <label htmlFor={`input-${input.id}`}>
                      {input.text} <span className="state-tag">{ticked ? 'Have' : 'Need'}</span>
                    </label>
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : (
        <ul className="checklist is-read-only">
          {way.inputs.map((input) => {
            const ticked = ticks[input.id] === true;
            return (
              <li key={input.id} className={ticked ? 'is-have' : 'is-need'}>
                {input.text} <span className="state-tag">{ticked ? 'Have' : 'Need'}</span>
              </li>
            );
          })}
        </ul>
      )}
      <p aria-live="polite" className="takes-count">
        {have === way.inputs.length ? `All ${have} in place.` : `${have} of ${way.inputs.length} in place.`}
      </p>
    </section>
  );
}
