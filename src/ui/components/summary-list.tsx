import { Link } from 'wouter';

export type SummaryRow = { key: string; question: string; answers: readonly string[]; changeHref?: string; emptyText?: string };

/** GOV.UK's check-answers list: each question, its answers, and (when there is one) a Change link back to it. */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-row" key={row.key}>
          <dt>{row.question}</dt>
          <dd>
            {row.answers.length === 0 ? (
              <span className="not-answered">{row.emptyText ?? 'Not answered'}</span>
            ) : row.answers.length === 1 ? (
              row.answers[0]
            ) : (
              <ul>
                {row.answers.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            )}
          </dd>
          {row.changeHref !== undefined && (
            <dd className="summary-action">
              <Link href={row.changeHref}>
                Change<span className="visually-hidden"> your answer to: {row.question}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
