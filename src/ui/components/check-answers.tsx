import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { usePageFocus } from './page.tsx';
import { SummaryList, type SummaryRow } from './summary-list.tsx';

/**
 * GOV.UK's check-answers page: a Back link to the last question, the heading, every answer with
 * a Change link, then the way on (or what is still missing). The rows appear once the page runs,
 * since they come from answers saved on this device.
 */
export function CheckAnswers({ backHref, rows, children }: { backHref: string; rows: readonly SummaryRow[] | null; children?: ReactNode }) {
  const ref = usePageFocus('Check your answers');
  return (
    <>
      <Link href={backHref} className="back-link">
        Back
      </Link>
      <h1 ref={ref} tabIndex={-1}>
        Check your answers
      </h1>
      {rows !== null && (
        <>
          <SummaryList rows={rows} />
          {children}
        </>
      )}
    </>
  );
}
