/*
 * The review of an existing way of working: which change scenario the answers lead to, and the
 * link codec for a change strategy. Pure.
 *
 * The rule: every chosen option adds its `weights` to the scenarios they name (review.json).
 * The scenario with the most points is the result; on equal points the one earlier in
 * review.json's list wins. If no option gives any points, the result is "trying something new",
 * the scenario for taking stock together.
 */
import type { Review, ReviewOption, ReviewQuestion, ScenarioId, WayId } from '../content/schema.ts';
import { SCENARIO_IDS } from '../content/scenario-ids.ts';
import { WAY_IDS } from '../content/way-ids.ts';

/** Review answers keyed by question id: the chosen option ids (one for single-choice questions). */
export type ReviewAnswers = Readonly<Record<string, readonly string[]>>;

export type ReviewContribution = { questionId: string; optionId: string; scenario: ScenarioId; points: number };

export type ReviewOutcome = {
  scenario: ScenarioId;
  points: Record<ScenarioId, number>;
  contributions: ReviewContribution[];
  /** The way of working the services have now. */
  current: WayId;
  /** How relationships, resources and processes stand, from the answers. */
  areas: { area: 'relationships' | 'resources' | 'processes'; option: ReviewOption }[];
};

/** The first question that still needs an answer, or null when every question is answered. */
export function firstUnansweredReview(review: Review, answers: ReviewAnswers): ReviewQuestion | null {
  return review.questions.find((q) => (answers[q.id] ?? []).length === 0) ?? null;
}

/** Works out the change scenario. Returns null until every question is answered; never throws. */
export function reviewOutcome(review: Review, answers: ReviewAnswers): ReviewOutcome | null {
  if (firstUnansweredReview(review, answers) !== null) return null;
  const current = answers['current']?.[0];
  if (current === undefined || !(WAY_IDS as readonly string[]).includes(current)) return null;

  const contributions: ReviewContribution[] = [];
  const areas: ReviewOutcome['areas'] = [];
  for (const q of review.questions) {
    for (const optionId of [...new Set(answers[q.id] ?? [])].sort()) {
      const option = q.options.find((o) => o.id === optionId);
      if (option === undefined) continue;
      if (q.area !== undefined) areas.push({ area: q.area, option });
      for (const scenario of SCENARIO_IDS) {
        const points = option.weights?.[scenario] ?? 0;
        if (points > 0) contributions.push({ questionId: q.id, optionId, scenario, points });
      }
    }
  }
  const points = Object.fromEntries(
    SCENARIO_IDS.map((s) => [s, contributions.filter((c) => c.scenario === s).reduce((a, c) => a + c.points, 0)]),
  ) as Record<ScenarioId, number>;
  const order = review.scenarios.map((s) => s.id);
  const best = Math.max(...order.map((s) => points[s]));
  const scenario = best > 0 ? (order.find((s) => points[s] === best) ?? 'trying-new') : 'trying-new';
  return { scenario, points, contributions, current: current as WayId, areas };
}

export const REVIEW_LINK_VERSION = 1;

/**
 * Encodes review answers for a link: `1.` then a 2-character pair per chosen option (the
 * question's key, then the option's key), sorted. For example `1.nlrwsnpbwdxd`.
 */
export function encodeReview(review: Review, answers: ReviewAnswers): string {
  const pairs: string[] = [];
  for (const q of review.questions) {
    for (const id of new Set(answers[q.id] ?? [])) {
      const option = q.options.find((o) => o.id === id);
      if (option !== undefined) pairs.push(q.key + option.key);
    }
  }
  return `${REVIEW_LINK_VERSION}.${pairs.sort().join('')}`;
}

export type ReviewLinkProblem = 'malformed' | 'other-version' | 'unknown-answer' | 'repeated-question' | 'incomplete';

/** Decodes a change-strategy link. Never throws. */
export function decodeReview(
  review: Review,
  code: string,
): { ok: true; answers: ReviewAnswers } | { ok: false; problem: ReviewLinkProblem } {
  if (code.length > 200) return { ok: false, problem: 'malformed' };
  const match = /^(\d{1,4})\.((?:[a-z0-9]{2})*)$/.exec(code);
  if (match === null) return { ok: false, problem: 'malformed' };
  if (Number(match[1]) !== REVIEW_LINK_VERSION) return { ok: false, problem: 'other-version' };
  const answers: Record<string, string[]> = {};
  for (let i = 0; i < (match[2] ?? '').length; i += 2) {
    const [qk = '', ok = ''] = (match[2] ?? '').slice(i, i + 2);
    const q = review.questions.find((x) => x.key === qk);
    const o = q?.options.find((x) => x.key === ok);
    if (q === undefined || o === undefined) return { ok: false, problem: 'unknown-answer' };
    const list = (answers[q.id] ??= []);
    if (list.includes(o.id) || (!q.multiple && list.length > 0)) return { ok: false, problem: 'repeated-question' };
    list.push(o.id);
  }
  if (firstUnansweredReview(review, answers) !== null) return { ok: false, problem: 'incomplete' };
  return { ok: true, answers };
}
