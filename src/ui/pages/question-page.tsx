import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { findStep, journeySteps, nextStepId, previousStepId, stepError, type Journey } from '../../domain/flow.ts';
import { presentationOrder } from '../../domain/order.ts';
import { useAppStore } from '../../state/store.ts';
import { ErrorSummary } from '../error-summary.tsx';
import { usePageFocus } from '../page.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * One question per page, in the GOV.UK pattern: the question is the page heading inside the
 * fieldset's legend; Back and Continue; earlier answers filled back in. Answers are saved as they
 * are chosen, so a reload or the browser's Back button finds the page as the user left it.
 */
export function QuestionPage({ journey, stepId, fromCheck }: { journey: Journey; stepId: string; fromCheck: boolean }) {
  const step = findStep(content, journey, stepId);
  if (step === undefined || step.kind === 'check') return <NotFoundPage />;
  return <Question journey={journey} step={step} fromCheck={fromCheck} />;
}

type AskStep = Exclude<NonNullable<ReturnType<typeof findStep>>, { kind: 'check' }>;

function Question({ journey, step, fromCheck }: { journey: Journey; step: AskStep; fromCheck: boolean }) {
  const answers = useAppStore((s) => s.answers);
  const setPicks = useAppStore((s) => s.setPicks);
  const setContext = useAppStore((s) => s.setContext);
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);

  const steps = journeySteps(content, journey).filter((s) => s.kind !== 'check');
  const number = steps.findIndex((s) => s.id === step.id) + 1;
  const heading = step.kind === 'picks' ? step.set.question : step.question.question;
  const hint = step.kind === 'picks' ? step.set.hint : step.question.hint;
  const headingRef = usePageFocus(`${error !== null ? 'Error: ' : ''}${heading}`);
  const back = previousStepId(content, journey, step.id, fromCheck);
  const fieldId = `${step.id}-field`;
  const errorId = `${step.id}-error`;
  const hintId = `${step.id}-hint`;
  const firstInputId =
    step.kind === 'picks'
      ? `${step.id}-${presentationOrder(step.set.statements)[0]?.id ?? ''}`
      : `${step.id}-${step.question.options[0]?.id ?? ''}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = stepError(step, answers);
    setError(problem);
    if (problem === null) navigate(`/${journey}/${nextStepId(content, journey, step.id, fromCheck)}`);
  }

  const describedBy = [hint !== undefined ? hintId : null, error !== null ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <>
      <Link href={back === null ? '/' : `/${journey}/${back}`} className="back-link">
        Back
      </Link>
      {error !== null && <ErrorSummary errors={[{ message: error, href: `#${firstInputId}` }]} />}
      <form onSubmit={onSubmit} noValidate>
        <div className={`form-group${error !== null ? ' has-error' : ''}`}>
          <fieldset id={fieldId} aria-describedby={describedBy}>
            <legend>
              <span className="caption">
                Question {number} of {steps.length}
              </span>
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
            {step.kind === 'picks' ? (
              <div className="checkboxes">
                {presentationOrder(step.set.statements).map((s) => {
                  const chosen = answers[step.id].includes(s.id);
                  const id = `${step.id}-${s.id}`;
                  return (
                    <div className="choice" key={s.id}>
                      <input
                        type="checkbox"
                        id={id}
                        name={step.id}
                        value={s.id}
                        checked={chosen}
                        onChange={(e) =>
                          setPicks(step.id, e.target.checked ? [...answers[step.id], s.id] : answers[step.id].filter((x) => x !== s.id))
                        }
                      />
                      <label htmlFor={id}>{s.text}</label>
                    </div>
                  );
                })}
              </div>
            ) : (
              <div className="radios">
                {step.question.options.map((o) => {
                  const id = `${step.id}-${o.id}`;
                  return (
                    <div className="choice" key={o.id}>
                      <input
                        type="radio"
                        id={id}
                        name={step.id}
                        value={o.id}
                        checked={answers.context[step.id] === o.id}
                        onChange={() => setContext(step.id, o.id)}
                      />
                      <label htmlFor={id}>{o.label}</label>
                    </div>
                  );
                })}
              </div>
            )}
          </fieldset>
        </div>
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </>
  );
}
