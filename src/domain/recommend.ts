/*
 * The scoring rules. Pure: content and answers in, recommendation out. No React, store, DOM,
 * clock or randomness, so the same answers always give the same result on every device.
 *
 * The rules, as a content editor can predict them:
 * 1. Points. Each chosen goal statement or output adds its `weights` to the ways they name.
 *    Each context answer with `weights` does the same. Choosing the same statement twice
 *    counts once; the order of answers never matters.
 * 2. Fit. Each way's fit is its points divided by the points of the best-fitting way, so the
 *    best way has a fit of 1 (100%) and the others show how close they come. (A share of all
 *    points would sometimes fall when a user adds a statement for that very way, if the
 *    statement also gives a point to a neighbour; fit never does. See README, Decisions.)
 * 3. Aim. The way with the most points is the one the goals call for. On equal points the
 *    less intensive way wins (the one earlier in the spectrum).
 * 4. Close call. When the runner-up's fit is at least 1 - `closeWithin` (context.json), the
 *    result says it was close and names the runner-up.
 * 5. Start. Context answers with `readyFor` say the deepest way the situation supports now.
 *    The way to start with is the aim, or the shallowest `readyFor` among the answers if that
 *    is lighter. When start and aim differ, the result says: start with X, work towards Y,
 *    review in `reviewMonths` months, and names the answers that held the start back.
 */
import type { Content, ContextOption, Input, Statement, WayId } from '../content/schema.ts';
import { WAY_IDS } from '../content/way-ids.ts';

/** Answers keyed by question: chosen statement ids (goals or outputs) and one option per context question. */
export type Answers = {
  picks: readonly string[];
  context: Readonly<Record<string, string>>;
};

/** One answer's effect on one way. Every point in a result is one of these. */
export type Contribution =
  | { kind: 'statement'; statementId: string; way: WayId; points: number }
  | { kind: 'context'; questionId: string; optionId: string; way: WayId; points: number };

/** A context answer that holds the starting way below the aim. */
export type Limit = { questionId: string; optionId: string; readyFor: WayId };

/** How well one way fits: its points, and its fit relative to the best way (0 to 1). */
export type WayFit = { way: WayId; points: number; fit: number };

export type Recommendation = {
  /** Every way in spectrum order, with its points and fit. */
  fit: WayFit[];
  /** The way the goals call for. */
  aim: WayId;
  /** The way to start with now: the aim, or lighter when the context limits it. */
  start: WayId;
  /** The runner-up when the call was close, otherwise null. */
  closeTo: WayId | null;
  contributions: Contribution[];
  /** Context answers that set the start below the aim (empty when start equals aim). */
  limits: Limit[];
  /** Months until the suggested review. */
  reviewMonths: number;
  /** The inputs the starting way requires. */
  inputs: Input[];
  /** Inputs of the aim, when it differs from the start: what it will take to get there. */
  aimInputs: Input[];
};

/** Answers with a count for each choice: one person's answers, or a group's combined. */
export type WeightedAnswers = {
  picks: ReadonlyMap<string, number>;
  context: ReadonlyMap<string, ReadonlyMap<string, number>>;
};

/** The position of a way on the spectrum: 0 for networking up to 3 for partnership. */
export function wayIndex(way: WayId): number {
  return WAY_IDS.indexOf(way);
}

/** All statements a pick may name, goals and outputs together (ids are unique across both). */
export function statementIndex(content: Content): Map<string, Statement> {
  return new Map([...content.goals.statements, ...content.outputs.statements].map((s) => [s.id, s]));
}

function findOption(content: Content, questionId: string, optionId: string): ContextOption | undefined {
  return content.context.questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId);
}

/** Turns one person's answers into counts of one, dropping repeats. */
export function weigh(answers: Answers): WeightedAnswers {
  return {
    picks: new Map([...new Set(answers.picks)].map((id) => [id, 1])),
    context: new Map(Object.entries(answers.context).map(([q, o]) => [q, new Map([[o, 1]])])),
  };
}

/**
 * Recommends a way of working together for one person's answers.
 * Returns null when the answers give no points at all (nothing chosen); never throws.
 * Ids that do not exist in the content are ignored: check answers with `parseAnswers` first.
 */
export function recommend(content: Content, answers: Answers): Recommendation | null {
  return recommendWeighted(content, weigh(answers));
}

/**
 * The same rules for weighted answers (each pick and option counted n times), so that a group's
 * combined answers or a show of hands go through exactly the scoring one person's answers do.
 * For the start, a context question limits it when its most common answer does (ties: the lighter).
 */
export function recommendWeighted(content: Content, answers: WeightedAnswers): Recommendation | null {
  const statements = statementIndex(content);
  const contributions: Contribution[] = [];

  for (const [statementId, count] of [...answers.picks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const statement = statements.get(statementId);
    if (statement === undefined || !(count > 0)) continue;
    for (const way of WAY_IDS) {
      const points = (statement.weights[way] ?? 0) * count;
      if (points > 0) contributions.push({ kind: 'statement', statementId, way, points });
    }
  }

  const limits: Limit[] = [];
  for (const question of content.context.questions) {
    const counts = answers.context.get(question.id);
    if (counts === undefined) continue;
    for (const option of question.options) {
      const count = counts.get(option.id) ?? 0;
      if (!(count > 0)) continue;
      for (const way of WAY_IDS) {
        const points = (option.weights?.[way] ?? 0) * count;
        if (points > 0) contributions.push({ kind: 'context', questionId: question.id, optionId: option.id, way, points });
      }
    }
    const limiting = mostCommonLimit(question.options, counts);
    if (limiting !== undefined) limits.push({ questionId: question.id, optionId: limiting.id, readyFor: limiting.readyFor });
  }

  const pointsByWay = WAY_IDS.map((way) => contributions.filter((c) => c.way === way).reduce((sum, c) => sum + c.points, 0));
  const most = Math.max(...pointsByWay);
  if (!(most > 0)) return null;

  const fit: WayFit[] = WAY_IDS.map((way, i) => ({ way, points: pointsByWay[i] ?? 0, fit: (pointsByWay[i] ?? 0) / most }));
  // The first way with the most points, scanning from the lightest: equal points go to the less intensive way.
  const best = pointsByWay.indexOf(most);
  const aim = WAY_IDS[best] ?? 'networking';
  const runnerUp = fit
    .filter((_, i) => i !== best)
    .reduce<WayFit | null>((top, f) => (top === null || f.points > top.points ? f : top), null);
  const closeTo = runnerUp !== null && runnerUp.points > 0 && runnerUp.fit >= 1 - content.context.closeWithin - 1e-9 ? runnerUp.way : null;

  const holding = limits.filter((l) => wayIndex(l.readyFor) < wayIndex(aim));
  const start = holding.reduce<WayId>((lightest, l) => (wayIndex(l.readyFor) < wayIndex(lightest) ? l.readyFor : lightest), aim);

  const inputsOf = (way: WayId) => content.ways.find((w) => w.id === way)?.inputs ?? [];
  return {
    fit,
    aim,
    start,
    closeTo,
    contributions,
    limits: holding,
    reviewMonths: content.context.reviewMonths,
    inputs: inputsOf(start),
    aimInputs: start === aim ? [] : inputsOf(aim),
  };
}

function mostCommonLimit(
  options: readonly ContextOption[],
  counts: ReadonlyMap<string, number>,
): (ContextOption & { readyFor: WayId }) | undefined {
  let top: { option: ContextOption; count: number } | undefined;
  for (const option of options) {
    const count = counts.get(option.id) ?? 0;
    if (!(count > 0)) continue;
    const lighter =
      top !== undefined &&
      count === top.count &&
      wayIndex(option.readyFor ?? 'partnership') < wayIndex(top.option.readyFor ?? 'partnership');
    if (top === undefined || count > top.count || lighter) top = { option, count };
  }
  if (top === undefined || top.option.readyFor === undefined) return undefined;
  return { ...top.option, readyFor: top.option.readyFor };
}

/** Problems found in answers that came from outside (saved state, a link). */
export type AnswerProblem = { message: string };

/**
 * Checks answers from outside against the content: every statement and option must exist.
 * Returns the clean answers, or every problem found. Never throws.
 */
export function parseAnswers(content: Content, raw: Answers): { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  const statements = statementIndex(content);
  for (const id of raw.picks) if (!statements.has(id)) problems.push({ message: `unknown statement "${id}"` });
  for (const [q, o] of Object.entries(raw.context)) {
    if (!content.context.questions.some((x) => x.id === q)) problems.push({ message: `unknown question "${q}"` });
    else if (findOption(content, q, o) === undefined) problems.push({ message: `unknown answer "${o}" to "${q}"` });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers: { picks: [...new Set(raw.picks)], context: { ...raw.context } } };
}
