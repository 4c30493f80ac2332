import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { content } from '../../../content/content.ts';
import { explain } from '../../../domain/explain.ts';
import type { Journey } from '../../../domain/flow.ts';
import { LinkProblemPage } from '../../components/link-problem.tsx';
import { formatDate, today } from '../../lib/dates.ts';
import { useHydrated } from '../../lib/hash.ts';
import { linkUrl } from '../../lib/urls.ts';
import { Handout } from './handout.tsx';
import { ResultSkeleton } from './result-view.tsx';
import { NotFinished, reviewDate, useOwnResult, useSharedResult } from './use-result.tsx';

/*
 * The printable handouts, their own module so the QR code library they draw with stays off the
 * result page until someone asks for a code or a handout.
 */

/** The printable handout of the person's own result. */
export function OwnHandoutPage({ journey }: { journey: Journey }) {
  return useHydrated() ? <OwnHandout journey={journey} /> : <ResultSkeleton title="Handout" />;
}

function OwnHandout({ journey }: { journey: Journey }) {
  const { r, words, missing, code, ticks, services } = useOwnResult(journey);
  if (missing !== null || r === null || words === null || code === null)
    return <NotFinished journey={journey} missing={missing ?? 'check'} />;
  return (
    <HandoutFrame backHref={`/${journey}/result/`}>
      <Handout r={r} words={words} ticks={ticks} url={linkUrl('result', code)} madeOn={formatDate(today())} services={services} />
    </HandoutFrame>
  );
}

function HandoutFrame({ backHref, children }: { backHref: string; children: ReactNode }) {
  return (
    <div className="handout-page">
      <div className="no-print handout-tools">
        <Link href={backHref} className="back-link">
          Back to the result
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          Print this handout
        </button>
      </div>
      {children}
    </div>
  );
}

/** The printable handout of a result opened from a link. */
export function SharedHandoutPage() {
  const opened = useSharedResult();
  if (opened === null) return <ResultSkeleton title="Handout" />;
  if (!opened.ok) return <LinkProblemPage wording={content.wording} kind="result" problem={opened.problem} />;
  const { r, shared, code } = opened;
  const words = explain(content, r, { journey: shared.journey, voice: 'shared', reviewDate: reviewDate(r.review.months, shared.madeOn) });
  return (
    <HandoutFrame backHref={`/r/#${code}`}>
      <Handout
        r={r}
        words={words}
        ticks={Object.fromEntries(shared.ticks.map((t) => [t, true]))}
        url={linkUrl('result', code)}
        madeOn={formatDate(shared.madeOn ?? today())}
        services={shared.services}
      />
    </HandoutFrame>
  );
}
