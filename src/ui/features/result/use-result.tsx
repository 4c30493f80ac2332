import { useMemo } from 'react';
import { Link } from 'wouter';
import readinessContent from 'virtual:content/readiness';
import { content } from '../../../content/content.ts';
import { wayOf } from '../../../content/lookups.ts';
import { addMonths, type CalendarDate } from '../../../domain/calendar.ts';
import { explain } from '../../../domain/explain.ts';
import { firstUnanswered, journeyAnswers, type Journey } from '../../../domain/flow.ts';
import type { LinkProblem } from '../../../domain/links/codec.ts';
import { decodeResult, encodeResult, type SharedResult } from '../../../domain/links/result-link.ts';
import { applyReadiness } from '../../../domain/readiness.ts';
import { recommend, type Recommendation } from '../../../domain/recommend.ts';
import { useRecommendation } from '../../../state/selectors.ts';
import { useAppStore } from '../../../state/store.ts';
import { Page } from '../../components/page.tsx';
import { formatDate, today } from '../../lib/dates.ts';
import { useHash, useHydrated } from '../../lib/hash.ts';

/*
 * What the result pages and the handout pages share: the person's own result from their saved
 * answers, or a result from the link in the address.
 */

/** The review date, counted from the day a link was made (so everyone who opens it sees the same date), or from today. */
export const reviewDate = (months: number, from: CalendarDate = today()) => formatDate(addMonths(from, months));

/** The ticks of the starting way's checklist, as the ids a link carries. */
const startTicks = (r: Recommendation, ticks: Readonly<Record<string, boolean>>) =>
  wayOf(content, r.start)
    .inputs.filter((i) => ticks[i.id] === true)
    .map((i) => i.id);

export function NotFinished({ journey, missing }: { journey: Journey; missing: string }) {
  return (
    <Page title="Your answers are not finished">
      <p>We need an answer to every question before we can suggest a way of working together.</p>
      <p>
        <Link href={`/${journey}/${missing}/`} className="button">
          Continue the questions
        </Link>
      </p>
    </Page>
  );
}

/** The person's own recommendation with the readiness check applied, its words, and the code of its link (made today). */
export function useOwnResult(journey: Journey) {
  const answers = useAppStore((s) => s.answers);
  const readiness = useAppStore((s) => s.readiness);
  const chosenMonths = useAppStore((s) => s.reviewMonths);
  const ticks = useAppStore((s) => s.ticks);
  const token = useAppStore((s) => s.token);
  const services = useAppStore((s) => s.services);
  const scored = useRecommendation(journey);
  const outcome = scored === null || readiness === null ? null : applyReadiness(readinessContent, scored, readiness);
  const r = outcome?.recommendation ?? scored;
  const months = chosenMonths ?? r?.review.months ?? content.context.reviewMonths;
  const words =
    r === null
      ? null
      : explain(content, r, { journey, voice: 'own', reviewDate: reviewDate(months), reviewMonths: chosenMonths ?? undefined });
  const missing = firstUnanswered(content, journey, answers);
  const code =
    r === null || missing !== null
      ? null
      : encodeResult(content, {
          journey,
          answers: journeyAnswers(journey, answers),
          ticks: startTicks(r, ticks),
          token,
          services,
          madeOn: today(),
        });
  return { r, outcome, words, months, missing, code, ticks, services };
}

export type Opened = { ok: true; shared: SharedResult; r: Recommendation; code: string } | { ok: false; problem: LinkProblem };

/** Decodes the result link in the address, or says why it cannot be opened. */
export function useSharedResult(): Opened | null {
  const hash = useHash();
  const hydrated = useHydrated();
  return useMemo(() => {
    if (!hydrated) return null;
    if (hash === '') return { ok: false, problem: { kind: 'incomplete' } };
    const decoded = decodeResult(content, hash);
    if (!decoded.ok) return decoded;
    const r = recommend(content, decoded.value.answers);
    if (r === null) return { ok: false, problem: { kind: 'empty' } };
    return { ok: true, shared: decoded.value, r, code: hash };
  }, [hash, hydrated]);
}
