/*
 * One voice: every sentence a user reads about a recommendation is composed here, from the
 * templates in content/wording.json, and reused by the result page, the shared result, the
 * handout, the summary, the calendar reminder, plans, the group view and the slides. Pure.
 *
 * Templates use {placeholders}. A placeholder written with a capital ({Aim}) capitalises its
 * value at the start of a sentence. Translating the tool means translating wording.json and
 * the rest of content/; nothing here holds English beyond how lists are joined.
 */
import type { Content, Voice, WayId, Wording } from '../content/schema.ts';
import type { LinkKind, LinkProblem } from './links/codec.ts';
import { optionOf, statementOf, wayOf } from '../content/lookups.ts';
import type { Journey } from './flow.ts';
import type { AnswerRef, Recommendation } from './recommend.ts';

export type Explanation = {
  /** The page heading. */
  title: string;
  /** A few words for lists: the way, or where to start and where to aim. */
  short: string;
  /** Why, in one to three sentences: what the picks point to, any tilt, and why the start. */
  why: string[];
  /** The one sentence of why that matters most: why the start, else why the aim. */
  whyShort: string;
  /** A plain sentence when ways were close or tied, otherwise null. */
  closeCall: string | null;
  /** Where the situation pulls beyond what was picked. */
  beyond: string[];
  /** Why the start is held back: one sentence per answer, with the reason from content. */
  limits: string[];
  /** What to find out first, from "not sure" answers. */
  findOut: string[];
  /** A note when several organisations are involved, otherwise null. */
  several: string | null;
  /** When to look again: "in 6 months", or "once the activity is over". */
  reviewWhen: string;
  /** The review as a sentence with its date. */
  review: string;
  /** The review in a few words: "In 6 months, by 22 May 2027". */
  reviewShort: string;
  nextSteps: string[];
  /** "How this was worked out": each answer and the points it gave. */
  workings: { intro: string; picks: string[]; context: string[]; note: string };
  reminder: { title: string; text: string };
  /** Headings and labels around the recommendation, in the same voice. */
  headings: {
    why: string;
    spectrum: string;
    takes: string;
    reach: string;
    expect: string;
    either: string;
    /** "12 things, 3 already in place." */
    takesCount: (count: number, have: number) => string;
    seeTakes: string;
  };
};

export type ExplainOptions = {
  /** The questionnaire the picks came from, or null for a group that used both. */
  journey: Journey | null;
  voice: Voice;
  /** The review date, already formatted for people ("22 May 2027"). */
  reviewDate: string;
  /** A review period the user chose, when it differs from the suggestion. */
  reviewMonths?: number | undefined;
};

/** Fills a template's {placeholders}; {Name} capitalises the value. Unknown names are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = values[name.toLowerCase()];
    if (value === undefined) return whole;
    return name[0] === name[0]?.toUpperCase() ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}

/** Joins items as a list: "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** The recommendation in words, for one voice: the user's own, a shared link's, or a group's. */
export function explain(content: Content, r: Recommendation, options: ExplainOptions): Explanation {
  const w = content.wording;
  const v = w.voices[options.voice];
  const term = (way: WayId) => wayOf(content, way).term;
  const ways = (list: readonly WayId[]) => listOf(list.map(term), w.and);
  const summary = (a: AnswerRef) => optionOf(content, a.questionId, a.optionId)?.summary ?? a.optionId;
  const answers = (list: readonly AnswerRef[]) => listOf(list.map(summary), w.and);
  const picks =
    options.journey === null ? listOf([w.journeys.goal.picks, w.journeys.outputs.picks], w.and) : w.journeys[options.journey].picks;
  const base = { aim: term(r.aim), start: term(r.start), picks };
  const quote = (id: string) => fill(w.quoted, { text: (statementOf(content, id)?.text ?? id).replace(/[.]$/, '') });
  const staged = r.start !== r.aim;

  const pickedTie =
    r.pickAim !== r.aim || r.picked.length < 2
      ? false
      : r.points.filter((p) => r.picked.includes(p.way)).every((p, _, all) => p.picked === all[0]?.picked);
  const why = [fill(pickedTie ? v.pickedTie : v.picked, { ...base, ways: ways(r.picked) })];
  if (r.picked.length > 1 && !pickedTie && r.aim === r.pickAim) {
    // Which picks put the aim ahead: those that point there most strongly, strongest first.
    const behind = r.contributions
      .flatMap((c) => (c.kind === 'statement' && c.way === r.aim && leaning(content, c.statementId) === r.aim ? [c] : []))
      .sort((a, b) => b.points - a.points)
      .slice(0, 3)
      .map((c) => quote(c.statementId));
    if (behind.length > 0) why.push(fill(v.ahead, { ...base, statements: listOf(behind, w.and) }));
  }
  if (r.tilt !== null)
    why.push(fill(r.tilt.direction === 'deeper' ? v.tiltDeeper : v.tiltLighter, { ...base, answers: answers(r.tilt.answers) }));
  if (staged) {
    const setting = r.limits.filter((l) => l.readyFor === r.supports);
    why.push(fill(r.startPicked ? v.startPicked : v.startSupported, { ...base, answers: answers(setting) }));
  }

  const closeCall =
    r.closeTo.length === 0
      ? null
      : fill(r.tie ? v.tie : v.closeCall, {
          ...base,
          ways: ways([r.aim, ...r.closeTo].sort((a, b) => order(content, a) - order(content, b))),
        });
  const beyond = r.beyond.map((b) =>
    fill(b.direction === 'deeper' ? v.beyondDeeper : v.beyondLighter, { ...base, way: term(b.way), answers: answers(b.answers) }),
  );
  const limits = r.limits.map((l) =>
    fill(w.limit, { answer: summary(l), because: optionOf(content, l.questionId, l.optionId)?.because ?? '' }),
  );
  const findOut = r.findOut.flatMap((a) => optionOf(content, a.questionId, a.optionId)?.findOut ?? []);

  const several = r.partners === 'several';
  const partner = several ? w.partners.several : w.partners.one;

  const chosen = options.reviewMonths ?? r.review.months;
  const reviewOption = r.review.from === null ? undefined : optionOf(content, r.review.from.questionId, r.review.from.optionId);
  const reviewWhen =
    chosen === r.review.months && reviewOption?.reviewWhen !== undefined
      ? reviewOption.reviewWhen
      : chosen === 1
        ? w.review.month
        : fill(w.review.months, { count: String(chosen) });

  return {
    title: fill(staged ? v.titleStaged : v.titleSame, base),
    short: fill(staged ? w.shortStaged : w.shortSame, base),
    why,
    whyShort: why.at(-1) ?? '',
    closeCall,
    beyond,
    limits,
    findOut,
    several: several ? w.several : null,
    reviewWhen,
    review: fill(w.review.line, { when: reviewWhen, date: options.reviewDate }),
    reviewShort: fill(w.review.short, { when: reviewWhen, date: options.reviewDate }),
    nextSteps: w.nextSteps.map((s) => fill(s, { ...base, partner })),
    workings: workings(content, r),
    reminder: { title: fill(w.reminderTitle, base), text: fill(staged ? w.reminderStaged : w.reminderSame, base) },
    headings: {
      why: fill(staged ? w.headings.whyStaged : w.headings.whySame, base),
      spectrum: fill(staged ? w.headings.spectrumStaged : w.headings.spectrumSame, base),
      takes: fill(w.headings.takes, base),
      reach: fill(w.headings.reach, base),
      expect: fill(w.headings.expect, base),
      either: fill(w.headings.either, base),
      takesCount: (n, have) => fill(have > 0 ? w.labels.takesCountHave : w.labels.takesCount, { count: String(n), have: String(have) }),
      seeTakes: fill(w.labels.seeTakes, base),
    },
  };
}

/** The way a statement points to most (the first, if its weights tie). */
function leaning(content: Content, statementId: string): WayId | undefined {
  const weights = statementOf(content, statementId)?.weights ?? {};
  let top: WayId | undefined;
  for (const way of content.ways.map((x) => x.id)) if ((weights[way] ?? 0) > (top === undefined ? 0 : (weights[top] ?? 0))) top = way;
  return top;
}

function order(content: Pick<Content, 'ways'>, way: WayId): number {
  return content.ways.findIndex((w) => w.id === way);
}

/** Each answer and the points it gave, for those who want the arithmetic. */
function workings(content: Content, r: Recommendation): Explanation['workings'] {
  const w = content.wording;
  const points = (list: readonly { way: WayId; points: number }[]) =>
    listOf(
      list.map((c) => fill(w.workingsPoints, { count: String(c.points), way: wayOf(content, c.way).term })),
      w.and,
    );
  const picks = new Map<string, { way: WayId; points: number }[]>();
  const context = new Map<string, { ref: AnswerRef; list: { way: WayId; points: number }[] }>();
  for (const c of r.contributions) {
    if (c.kind === 'statement') picks.set(c.statementId, [...(picks.get(c.statementId) ?? []), c]);
    else {
      const key = `${c.questionId}=${c.optionId}`;
      const entry = context.get(key) ?? { ref: c, list: [] };
      entry.list.push(c);
      context.set(key, entry);
    }
  }
  return {
    picks: [...picks].map(([id, list]) =>
      fill(w.workingsPick, {
        quoted: fill(w.quoted, { text: (statementOf(content, id)?.text ?? id).replace(/[.]$/, '') }),
        points: points(list),
      }),
    ),
    context: [...context.values()].map(({ ref, list }) =>
      fill(w.workingsContext, { answer: optionOf(content, ref.questionId, ref.optionId)?.summary ?? ref.optionId, points: points(list) }),
    ),
    intro: w.workingsIntro,
    note: w.workingsSetAside,
  };
}

/** What a link that cannot be opened says: a title, what is wrong, and what to do. */
export function linkProblemText(wording: Wording, kind: LinkKind, problem: LinkProblem): { title: string; message: string; next: string } {
  const l = wording.links;
  const thing = l.things[kind];
  const detail = problem.kind === 'contradiction' ? fill(l.details[problem.detail], { thing }) : '';
  return { title: fill(l.title, { thing }), message: fill(l.problems[problem.kind], { thing, detail }), next: l.next };
}

/** What the result page says about the optional readiness check: how to take it, or what it found. */
export function readinessText(
  content: Content,
  outcome: {
    heldBackFrom: WayId | null;
    recommendation: Recommendation;
    report: { inPlace: readonly unknown[]; missing: readonly unknown[] };
  } | null,
  aim: WayId,
  threshold: number,
): { link: string; done: string | null; heldBack: string | null; change: string } {
  const r = content.wording.readiness;
  const term = (way: WayId) => wayOf(content, way).term;
  if (outcome === null) return { link: fill(r.link, { aim: term(aim) }), done: null, heldBack: null, change: r.change };
  const { report, heldBackFrom, recommendation } = outcome;
  return {
    link: fill(r.link, { aim: term(aim) }),
    done: fill(r.done, {
      count: String(report.inPlace.length),
      total: String(report.inPlace.length + report.missing.length),
      aim: term(aim),
    }),
    heldBack:
      heldBackFrom === null
        ? null
        : fill(r.heldBack, { share: `${Math.round(threshold * 100)}%`, was: term(heldBackFrom), start: term(recommendation.start) }),
    change: r.change,
  };
}

/** The note on a link made under older rules, when its advice has changed since: what it suggested then. */
export function updatedAdvice(content: Content, was: { start: WayId; aim: WayId }): string {
  const l = content.wording.links;
  const base = { start: wayOf(content, was.start).term, aim: wayOf(content, was.aim).term };
  return fill(l.updated, { was: fill(was.start === was.aim ? l.wasSame : l.wasStaged, base) });
}

/** Just the few words for a list (a plan's activities, a group's people): cheaper than the whole explanation. */
export function shortLabel(content: Content, r: Recommendation): string {
  const w = content.wording;
  const base = { aim: wayOf(content, r.aim).term, start: wayOf(content, r.start).term };
  return fill(r.start === r.aim ? w.shortSame : w.shortStaged, base);
}
