import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { MAX_ACTIVITIES, MAX_ACTIVITY_NAME } from '../../../domain/links/plan-link.ts';
import { useAppStore } from '../../../state/store.ts';

/**
 * Adds the current result to a plan of several activities. One relationship can use different
 * ways for different activities, such as a partnership whose community education team only cooperates.
 */
export function PlanAdder({ code }: { code: string }) {
  const plan = useAppStore((s) => s.plan);
  const setPlan = useAppStore((s) => s.setPlan);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const full = plan.length >= MAX_ACTIVITIES;

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('Enter a name for this activity, such as “Community legal education”');
      return;
    }
    setError(null);
    setPlan([...plan, { name: trimmed, code }]);
    setName('');
    setStatus(`Added “${trimmed}” to your plan.`);
  }

  return (
    <details className="disclosure plan-adder">
      <summary>Planning more than one activity?</summary>
      <p>
        One relationship can use different ways of working for different activities. Add this result to a plan, then answer the questions
        again for the next activity.
      </p>
      {full ? (
        <p>Your plan has {MAX_ACTIVITIES} activities, the most it can hold.</p>
      ) : (
        <form onSubmit={submit} noValidate className={error !== null ? 'form-group has-error' : 'form-group'}>
          <label htmlFor={id} className="label">
            Name this activity
          </label>
          <p className="hint" id={`${id}-hint`}>
            The name goes into your plan's link if you share it.
          </p>
          {error !== null && (
            <p className="error-message" id={`${id}-error`}>
              <span className="visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="inline-field">
            <input
              id={id}
              type="text"
              maxLength={MAX_ACTIVITY_NAME}
              value={name}
              aria-describedby={`${id}-hint${error !== null ? ` ${id}-error` : ''}`}
              aria-invalid={error !== null}
              onChange={(e) => setName(e.target.value)}
              className="name-field"
            />
            <button type="submit" className="button-secondary">
              Add to your plan
            </button>
          </div>
        </form>
      )}
      <p role="status" className="status">
        {status}
      </p>
      {plan.length > 0 && (
        <p>
          <Link href="/plan/">
            See your plan ({plan.length} {plan.length === 1 ? 'activity' : 'activities'})
          </Link>
        </p>
      )}
    </details>
  );
}
