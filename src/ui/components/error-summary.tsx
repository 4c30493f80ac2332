import { useEffect, useRef } from 'react';

/**
 * GOV.UK's error summary: it takes focus when it appears, and again on each failed Continue, so
 * keyboard and screen reader users land on it; each error links to the field it is about.
 * It must not take focus on any other render: after an error, a person ticking a box or choosing
 * a radio stays on that control (the tests press keys after an error and check where focus is).
 */
export function ErrorSummary({ errors, attempt }: { errors: { message: string; href: string }[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.href}>
            <a
              href={e.href}
              onClick={(event) => {
                // Move focus to the field without changing the address.
                event.preventDefault();
                const target = document.getElementById(e.href.replace(/^.*#/, ''));
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
