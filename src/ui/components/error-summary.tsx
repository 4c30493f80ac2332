import { useEffect, useRef } from 'react';

/**
 * GOV.UK's error summary: it takes focus when it appears so keyboard and screen reader users
 * land on it, and each error links to the field it is about.
 */
export function ErrorSummary({ errors }: { errors: { message: string; href: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.href}>
            <a
              href={e.href}
              onClick={(event) => {
                // The href is a fragment inside a hash-routed app: move focus without changing the route.
                event.preventDefault();
                const target = document.getElementById(e.href.slice(1));
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
