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
import type { ReviewAnswers } from './links/review-link.ts';

export type { ReviewAnswers };

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
  const current = WAY_IDS.find((w) => w === answers['current']?.[0]);
  if (current === undefined) return null;

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
  const total = (scenario: ScenarioId) => contributions.filter((c) => c.scenario === scenario).reduce((a, c) => a + c.points, 0);
  const points: Record<ScenarioId, number> = {
    translating: total('translating'),
    'trying-new': total('trying-new'),
    deepening: total('deepening'),
    'scaling-back': total('scaling-back'),
  };
  const order = review.scenarios.map((s) => s.id);
  const best = Math.max(...order.map((s) => points[s]));
  const scenario = best > 0 ? (order.find((s) => points[s] === best) ?? 'trying-new') : 'trying-new';
  return { scenario, points, contributions, current, areas };
}
