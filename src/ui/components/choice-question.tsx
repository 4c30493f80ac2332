import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import { ErrorSummary } from './error-summary.tsx';
import { usePageFocus } from './page.tsx';

export type Choice = { id: string; label: string; hint?: string | undefined };

type Props = {
  /** Used to build element ids; unique on the page. */
  name: string;
  heading: string;
  hint?: string | undefined;
  caption?: string | undefined;
  multiple: boolean;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** The error to show if Continue is pressed now, or null when the answer is acceptable. */
  validate: () => string | null;
  onContinue: () => void;
  backHref: string;
  /** Warms up whatever the next page needs, when Continue is about to be pressed. */
  onIntent?: (() => void) | undefined;
  /** Shown below the choices, above Continue: such as a way out when none fit. */
  after?: ReactNode;
};

/**
 * One question per page, in the GOV.UK pattern: the question is the page heading inside the
 * fieldset's legend, a hint, checkboxes or radios, Back and Continue, and an error summary that
 * takes focus. Choices are saved as they are made, so a reload or the browser's Back button
 * finds the page as the person left it.
 */
export function ChoiceQuestion(props: Props) {
  const { name, heading, hint, caption, multiple, choices, selected, onChange, validate, onContinue, backHref, onIntent, after } = props;
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const headingRef = usePageFocus(`${error !== null ? 'Error: ' : ''}${heading}`);
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const firstId = `${name}-${choices[0]?.id ?? ''}`;
  const describedBy = [hint !== undefined ? hintId : null, error !== null ? errorId : null].filter(Boolean).join(' ') || undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validate();
    setError(problem);
    setAttempt((n) => n + 1);
    if (problem === null) onContinue();
  }

  return (
    <>
      <Link href={backHref} className="back-link">
        Back
      </Link>
      <ErrorSummary errors={error === null ? [] : [{ message: error, href: `#${firstId}` }]} attempt={attempt} />
      <form onSubmit={submit} noValidate>
        <div className={`form-group${error !== null ? ' has-error' : ''}`}>
          <fieldset aria-describedby={describedBy}>
            <legend>
              {caption !== undefined && <span className="caption">{caption}</span>}
              <h1 ref={headingRef} tabIndex={-1}>
                {heading}
              </h1>
            </legend>
            {hint !== undefined && (
              <p className="hint" id={hintId}>
                {hint}
              </p>
            )}
            {error !== null && (
              <p className="error-message" id={errorId}>
                <span className="visually-hidden">Error:</span> {error}
              </p>
            )}
            <div className={multiple ? 'checkboxes' : 'radios'}>
              {choices.map((c) => {
                const id = `${name}-${c.id}`;
                const checked = selected.includes(c.id);
                return (
                  <div className="choice" key={c.id}>
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      id={id}
                      name={name}
                      value={c.id}
                      checked={checked}
                      aria-describedby={c.hint === undefined ? undefined : `${id}-hint`}
                      onChange={(e) => {
                        if (!multiple) onChange([c.id]);
                        else onChange(e.target.checked ? [...selected, c.id] : selected.filter((x) => x !== c.id));
                      }}
                    />
                    <label htmlFor={id}>{c.label}</label>
                    {c.hint !== undefined && (
                      <p className="choice-hint" id={`${id}-hint`}>
                        {c.hint}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        {after}
        <button type="submit" className="button" onFocus={onIntent} onPointerEnter={onIntent}>
          Continue
        </button>
      </form>
    </>
  );
}
