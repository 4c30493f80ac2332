/*
 * The scoring rules. Pure: content and answers in, recommendation out. No React, store, DOM,
 * clock or randomness, so the same answers always give the same result on every device.
 *
 * The rules, as a content editor can predict them. The user's picks (goal statements or outputs)
 * decide where to aim; their situation can tilt the aim only within what they picked, and can
 * hold back where to start only for a real constraint.
 *
 * 1. Span. Each pick points to the way its `weights` favour most (for well-made content, its
 *    own `way`). The span is every way from the lightest to the deepest of those.
 * 2. Points. Each pick adds its `weights` to the ways they name. Context answers with `weights`
 *    (how deep the challenge is, how long the work will last) add theirs, but only to ways
 *    inside the span: the situation tilts the aim within what was picked, never beyond it.
 *    Choosing something twice counts once; the order of answers never matters.
 * 3. Aim. The way in the span with the most points. On equal points, the way with more points
 *    from the picks themselves wins; if that is equal too, the lighter way.
 * 4. Close call. Every other way in the span whose points are within `closeWithin` (a share,
 *    context.json) of the aim's is named, so a tie or a three-way spread is said out loud.
 * 5. Beyond. A context answer whose weights favour a way outside the span (only networking
 *    picks, but a deep-rooted challenge) does not move the aim; the result names it as a way
 *    that may be worth considering later (deeper) or that may be enough (lighter).
 * 6. Start. Context answers with `readyFor` say the deepest way the situation supports now.
 *    If the aim is no deeper, start there. Otherwise start with the deepest way the user
 *    picked that the situation supports; if they picked none, with the deepest it supports.
 *    Every answer that holds the start below the aim is listed, with the reason in content.
 *    "Not sure" answers have no `readyFor`: they never cap the start. Their `findOut` text
 *    becomes something to find out first.
 * 7. Review. The `reviewMonths` of the answer that sets it (how long the work will last), or
 *    the file's default.
 */
import type { Content, ContextOption, ContextQuestion, Statement, WayId } from '../content/schema.ts';
import { WAY_IDS } from '../content/way-ids.ts';

/** Answers keyed by question: chosen statement ids (goals or outputs) and one option per context question. */
export type Answers = {
  picks: readonly string[];
  context: Readonly<Record<string, string>>;
};

/** Answers with a count for each choice: one person's answers, or a group's combined. */
export type WeightedAnswers = {
  picks: ReadonlyMap<string, number>;
  context: ReadonlyMap<string, ReadonlyMap<string, number>>;
};

/** A context answer, by question and option id. */
export type AnswerRef = { questionId: string; optionId: string };

/** One answer's effect on one way. Every point in a result is one of these. */
export type Contribution =
  | { kind: 'statement'; statementId: string; way: WayId; points: number }
  | { kind: 'context'; questionId: string; optionId: string; way: WayId; points: number };

/** A context answer that holds the start below the aim, and the deepest way it allows now. */
export type Limit = AnswerRef & { readyFor: WayId };

/** The points each way has: from the picks alone, and in total with the situation's tilt. */
export type WayPoints = { way: WayId; picked: number; total: number };

/** Context answers that favour a way outside the span of the picks. */
export type Beyond = { direction: 'deeper' | 'lighter'; way: WayId; answers: AnswerRef[] };

export type Recommendation = {
  /** Every way in spectrum order with its points. Ways outside the span have no context points. */
  points: WayPoints[];
  /** The lightest and deepest ways the picks point to. */
  span: { lightest: WayId; deepest: WayId };
  /** Every way a pick points to, in spectrum order. */
  picked: WayId[];
  /** Where the picks alone would aim, before the situation tilts it. */
  pickAim: WayId;
  /** The way to aim for. */
  aim: WayId;
  /** Context answers that moved the aim away from `pickAim`, and which way they moved it. */
  tilt: { direction: 'deeper' | 'lighter'; answers: AnswerRef[] } | null;
  /** Other ways in the span within the close margin of the aim, in spectrum order (empty when clear). */
  closeTo: WayId[];
  /** True when the aim had exactly as many points as another way, and the tie-break chose it. */
  tie: boolean;
  /** Where the situation pulls beyond what was picked. */
  beyond: Beyond[];
  /** The way to start with now: the aim, or lighter when the situation holds it back. */
  start: WayId;
  /** The deepest way the situation supports now (partnership when nothing holds it back). */
  supports: WayId;
  /** True when the start is lighter than the aim and is one of the ways the user picked. */
  startPicked: boolean;
  /** Answers that hold the start below the aim, the one that sets it first. */
  limits: Limit[];
  /** "Not sure" answers that carry something to find out first. */
  findOut: AnswerRef[];
  /** Whether the work is with one other service or several, when an answer says so. */
  partners: 'one' | 'several' | null;
  /** Months until the suggested review, and the answer that set it (null for the default). */
  review: { months: number; from: AnswerRef | null };
  contributions: Contribution[];
};

/** The position of a way on the spectrum: 0 for networking up to 3 for partnership. */
export function wayIndex(way: WayId): number {
  return WAY_IDS.indexOf(way);
}

const byIndex = (a: WayId, b: WayId) => wayIndex(a) - wayIndex(b);
const wayAt = (i: number): WayId => WAY_IDS[Math.max(0, Math.min(WAY_IDS.length - 1, i))] ?? 'networking';

/** All statements a pick may name, goals and outputs together (ids are unique across both). */
export function statementIndex(content: Pick<Content, 'goals' | 'outputs'>): Map<string, Statement> {
  return new Map([...content.goals.statements, ...content.outputs.statements].map((s) => [s.id, s]));
}

/** The ways a statement's weights favour most: normally just its own `way`. */
export function waysFavoured(weights: Statement['weights']): WayId[] {
  const top = Math.max(0, ...WAY_IDS.map((w) => weights[w] ?? 0));
  return top > 0 ? WAY_IDS.filter((w) => (weights[w] ?? 0) === top) : [];
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
 * Returns null when the picks give no points at all (nothing chosen); never throws.
 * Ids that do not exist in the content are ignored: check answers with `parseAnswers` first.
 */
export function recommend(content: Content, answers: Answers): Recommendation | null {
  return recommendWeighted(content, weigh(answers));
}

/** The answer most people gave to a question (ties: the first in content order), or undefined. */
function mostCommon(question: ContextQuestion, counts: ReadonlyMap<string, number> | undefined): ContextOption | undefined {
  const given = question.options.map((option) => ({ option, count: counts?.get(option.id) ?? 0 })).filter((o) => o.count > 0);
  const most = Math.max(0, ...given.map((o) => o.count));
  // When answers tie for most common, the more careful one counts: the one that holds the start
  // back furthest, then one that asks to find out first, then the sooner review.
  const tied = given.filter((o) => o.count === most).map((o) => o.option);
  return tied.sort(
    (a, b) =>
      (a.readyFor === undefined ? WAY_IDS.length : wayIndex(a.readyFor)) -
        (b.readyFor === undefined ? WAY_IDS.length : wayIndex(b.readyFor)) ||
      Number(b.findOut !== undefined) - Number(a.findOut !== undefined) ||
      (a.reviewMonths ?? Infinity) - (b.reviewMonths ?? Infinity),
  )[0];
}

/** The ways an option's weights favour most, or none. */
function pull(option: ContextOption): WayId | undefined {
  const favoured = waysFavoured(option.weights ?? {});
  return favoured.length === 1 ? favoured[0] : undefined;
}

/**
 * The same rules for weighted answers (each pick and option counted n times), so that a group's
 * combined answers or a show of hands go through exactly the scoring one person's answers do.
 * Context points count as many times as people gave them; for the start, the review and what
 * to find out, each question counts by its most common answer.
 */
export function recommendWeighted(content: Content, answers: WeightedAnswers): Recommendation | null {
  const statements = statementIndex(content);
  const contributions: Contribution[] = [];
  const picked = new Set<WayId>();

  const pickIds = [...answers.picks].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [statementId, count] of pickIds) {
    const statement = statements.get(statementId);
    if (statement === undefined) continue;
    for (const way of waysFavoured(statement.weights)) picked.add(way);
    for (const way of WAY_IDS) {
      const points = (statement.weights[way] ?? 0) * count;
      if (points > 0) contributions.push({ kind: 'statement', statementId, way, points });
    }
  }
  const pickedWays = [...picked].sort(byIndex);
  const lightest = pickedWays[0];
  const deepest = pickedWays.at(-1);
  if (lightest === undefined || deepest === undefined) return null;
  const inSpan = (way: WayId) => wayIndex(way) >= wayIndex(lightest) && wayIndex(way) <= wayIndex(deepest);

  const beyondAnswers: { answer: AnswerRef; way: WayId }[] = [];
  const limits: Limit[] = [];
  const findOut: AnswerRef[] = [];
  let review: Recommendation['review'] = { months: content.context.reviewMonths, from: null };
  let partners: Recommendation['partners'] = null;
  for (const question of content.context.questions) {
    const counts = answers.context.get(question.id);
    for (const option of question.options) {
      const count = counts?.get(option.id) ?? 0;
      if (!(count > 0)) continue;
      for (const way of WAY_IDS) {
        const points = (option.weights?.[way] ?? 0) * count;
        if (points > 0 && inSpan(way)) contributions.push({ kind: 'context', questionId: question.id, optionId: option.id, way, points });
      }
      const towards = pull(option);
      if (towards !== undefined && !inSpan(towards))
        beyondAnswers.push({ answer: { questionId: question.id, optionId: option.id }, way: towards });
    }
    const common = mostCommon(question, counts);
    if (common === undefined) continue;
    const ref = { questionId: question.id, optionId: common.id };
    if (common.readyFor !== undefined) limits.push({ ...ref, readyFor: common.readyFor });
    if (common.findOut !== undefined) findOut.push(ref);
    if (common.reviewMonths !== undefined) review = { months: common.reviewMonths, from: ref };
    if (common.partners !== undefined) partners = common.partners;
  }

  const points: WayPoints[] = WAY_IDS.map((way) => {
    const mine = contributions.filter((c) => c.way === way);
    return {
      way,
      picked: mine.filter((c) => c.kind === 'statement').reduce((sum, c) => sum + c.points, 0),
      total: mine.reduce((sum, c) => sum + c.points, 0),
    };
  });
  const candidates = points.filter((p) => inSpan(p.way));
  const best = (key: 'picked' | 'total') =>
    candidates.reduce((top, p) => (p[key] > top[key] || (p[key] === top[key] && p.picked > top.picked) ? p : top));
  const pickAim = best('picked').way;
  const top = best('total');
  const aim = top.way;
  const tie = candidates.some((p) => p.way !== aim && p.total === top.total);
  const closeTo = candidates
    .filter((p) => p.way !== aim && p.total > 0 && p.total >= top.total * (1 - content.context.closeWithin) - 1e-9)
    .map((p) => p.way);

  // The situation tilted the aim: away from where the picks point most, or (when the picks point
  // equally to several ways) towards one of them.
  const tiedPicks = candidates.filter((p) => p.picked > 0 && p.picked === best('picked').picked).map((p) => p.way);
  const tiltedFrom =
    aim !== pickAim ? pickAim : !tie && tiedPicks.length > 1 && tiedPicks.includes(aim) ? tiedPicks.find((w) => w !== aim) : undefined;
  let tilt: Recommendation['tilt'] = null;
  if (tiltedFrom !== undefined) {
    const direction = wayIndex(aim) > wayIndex(tiltedFrom) ? 'deeper' : 'lighter';
    const towardsAim = contributions.filter((c): c is Extract<Contribution, { kind: 'context' }> => c.kind === 'context' && c.way === aim);
    tilt = { direction, answers: unique(towardsAim.map((c) => ({ questionId: c.questionId, optionId: c.optionId }))) };
  }

  const beyond: Beyond[] = [];
  for (const direction of ['deeper', 'lighter'] as const) {
    const these = beyondAnswers.filter((b) =>
      direction === 'deeper' ? wayIndex(b.way) > wayIndex(deepest) : wayIndex(b.way) < wayIndex(lightest),
    );
    if (these.length === 0) continue;
    // The nearest way beyond the span that these answers point to: the next step, not a leap.
    const way = these.map((b) => b.way).sort(byIndex)[direction === 'deeper' ? 0 : these.length - 1] ?? aim;
    beyond.push({ direction, way, answers: unique(these.map((b) => b.answer)) });
  }

  const supports = limits.reduce<WayId>(
    (lightestCap, l) => (wayIndex(l.readyFor) < wayIndex(lightestCap) ? l.readyFor : lightestCap),
    wayAt(WAY_IDS.length - 1),
  );
  let start = aim;
  let startPicked = false;
  if (wayIndex(aim) > wayIndex(supports)) {
    const withinReach = pickedWays.filter((w) => wayIndex(w) <= wayIndex(supports));
    start = withinReach.at(-1) ?? supports;
    startPicked = withinReach.length > 0;
  }
  const holding = limits.filter((l) => wayIndex(l.readyFor) < wayIndex(aim)).sort((a, b) => byIndex(a.readyFor, b.readyFor));

  return {
    points,
    span: { lightest, deepest },
    picked: pickedWays,
    pickAim,
    aim,
    tilt,
    closeTo,
    tie,
    beyond,
    start,
    supports,
    startPicked,
    limits: start === aim ? [] : holding,
    findOut,
    partners,
    review,
    contributions,
  };
}

function unique(refs: readonly AnswerRef[]): AnswerRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.questionId}=${r.optionId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Problems found in answers that came from outside (saved state, a link). */
export type AnswerProblem = { message: string };

/**
 * Checks answers from outside against the content: every statement and option must exist.
 * Returns the answers with anything unknown dropped, and a message for each dropped id.
 * Never throws.
 */
export function parseAnswers(
  content: Pick<Content, 'goals' | 'outputs' | 'context'>,
  raw: Answers,
): { answers: Answers; dropped: AnswerProblem[] } {
  const dropped: AnswerProblem[] = [];
  const statements = statementIndex(content);
  const picks: string[] = [];
  for (const id of raw.picks) {
    if (!statements.has(id)) dropped.push({ message: `unknown statement "${id}"` });
    else if (!picks.includes(id)) picks.push(id);
  }
  const context: Record<string, string> = {};
  for (const [q, o] of Object.entries(raw.context)) {
    const question = content.context.questions.find((x) => x.id === q);
    if (question === undefined) dropped.push({ message: `unknown question "${q}"` });
    else if (!question.options.some((x) => x.id === o)) dropped.push({ message: `unknown answer "${o}" to "${q}"` });
    else context[q] = o;
  }
  return { answers: { picks, context }, dropped };
}
