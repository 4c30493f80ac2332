/*
 * Workshop groups: several people's result links, or a facilitator's show-of-hands counts,
 * combined into one picture and a joint recommendation. The joint recommendation goes through
 * the same scoring as one person's answers (recommendWeighted), with every choice counted as
 * many times as people made it. Pure.
 */
import type { Content, WayId } from '../content/schema.ts';
import { WAY_IDS } from '../content/way-ids.ts';
import { decodeNamedCodes, encodeNamedCodes, type NamedLinkProblem } from './named-links.ts';
import { recommend, recommendWeighted, statementIndex, type Recommendation, type WeightedAnswers } from './recommend.ts';
import { decodeLink, type LinkProblem, type SharedAnswers } from './share-link.ts';

export const MAX_PARTICIPANTS = 80;
export const MAX_PARTICIPANT_NAME = 40;

export type Participant = { name: string; code: string; shared: SharedAnswers };

export type PasteReport = {
  added: Participant[];
  /** Codes already in the group, or repeated in the paste: reported, not counted. */
  duplicates: string[];
  /** Pieces of the paste that are not usable result links, with why. */
  invalid: { text: string; problem: LinkProblem | { kind: 'not-a-link' } | { kind: 'group-full' } }[];
};

/**
 * Reads result links out of pasted text (one or many, separated by anything) and adds the valid,
 * new ones to the group. Never throws.
 */
export function pasteLinks(content: Content, existing: readonly Participant[], text: string): PasteReport {
  const report: PasteReport = { added: [], duplicates: [], invalid: [] };
  const seen = new Set(existing.map((p) => p.code));
  // Codes use only lower-case letters, digits and dots; a full stop ending a sentence is tried both ways.
  const found = [...text.slice(0, 100_000).matchAll(/#\/r\/([0-9a-z.]+)/g)].map((m) => {
    const code = m[1] ?? '';
    return code.endsWith('.') && !decodeLink(content, code).ok && decodeLink(content, code.slice(0, -1)).ok ? code.slice(0, -1) : code;
  });
  // Lines with no result link at all are worth mentioning: someone may have pasted the wrong thing.
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !/#\/r\//.test(trimmed)) report.invalid.push({ text: trimmed.slice(0, 80), problem: { kind: 'not-a-link' } });
  }
  for (const code of found) {
    if (seen.has(code)) {
      report.duplicates.push(code);
      continue;
    }
    const decoded = decodeLink(content, code);
    if (!decoded.ok) {
      report.invalid.push({ text: code.slice(0, 80), problem: decoded.problem });
      continue;
    }
    if (existing.length + report.added.length >= MAX_PARTICIPANTS) {
      report.invalid.push({ text: code.slice(0, 80), problem: { kind: 'group-full' } });
      continue;
    }
    seen.add(code);
    report.added.push({ name: '', code, shared: decoded.shared });
  }
  return report;
}

/** Adds up participants' answers: each choice counted once per person who made it. */
export function combineAnswers(participants: readonly Participant[]): WeightedAnswers {
  const picks = new Map<string, number>();
  const context = new Map<string, Map<string, number>>();
  for (const p of participants) {
    for (const id of new Set(p.shared.answers.picks)) picks.set(id, (picks.get(id) ?? 0) + 1);
    for (const [q, o] of Object.entries(p.shared.answers.context)) {
      const counts = context.get(q) ?? new Map<string, number>();
      counts.set(o, (counts.get(o) ?? 0) + 1);
      context.set(q, counts);
    }
  }
  return { picks, context };
}

/** Show-of-hands counts typed by a facilitator: hands per statement, and per option of each context question. */
export type HandsCounts = {
  picks: Readonly<Record<string, number>>;
  context: Readonly<Record<string, Readonly<Record<string, number>>>>;
};

/** Turns show-of-hands counts into weighted answers for the scoring. Negative or odd counts count as none. */
export function handsToWeighted(hands: HandsCounts): WeightedAnswers {
  const clean = (n: number) => (Number.isInteger(n) && n > 0 ? n : 0);
  return {
    picks: new Map(Object.entries(hands.picks).map(([id, n]) => [id, clean(n)])),
    context: new Map(
      Object.entries(hands.context).map(([q, options]) => [q, new Map(Object.entries(options).map(([o, n]) => [o, clean(n)]))]),
    ),
  };
}

export type StatementTally = { id: string; count: number; of: number };

export type GroupSummary = {
  /** How many answers went into the summary: participants, or the most hands raised for any one thing. */
  people: number;
  /** Participants whose goals point to each way (their aim); empty for a show of hands. */
  byWay: { way: WayId; count: number }[];
  /** Each participant's own recommendation, in order; empty for a show of hands. */
  results: (Recommendation | null)[];
  /** Every statement chosen by at least one person, most chosen first. */
  statements: StatementTally[];
  /** Chosen by at least half of the people who saw the statement. */
  mostChosen: StatementTally[];
  /** Chosen by some but not most: between a third and two thirds. Worth discussing. */
  split: StatementTally[];
  joint: Recommendation | null;
};

function tallies(content: Content, weighted: WeightedAnswers, seenBy: (id: string) => number): StatementTally[] {
  const known = statementIndex(content);
  return [...weighted.picks]
    .filter(([id, n]) => n > 0 && known.has(id))
    .map(([id, count]) => ({ id, count, of: Math.max(seenBy(id), count) }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

function summarise(
  content: Content,
  weighted: WeightedAnswers,
  statements: StatementTally[],
  people: number,
  byWay: GroupSummary['byWay'],
  results: GroupSummary['results'],
): GroupSummary {
  const mostChosen = statements.filter((s) => s.of > 0 && s.count / s.of >= 0.5);
  const split = statements.filter((s) => s.of >= 3 && s.count / s.of >= 1 / 3 && s.count / s.of <= 2 / 3);
  return { people, byWay, results, statements, mostChosen, split, joint: recommendWeighted(content, weighted) };
}

/** Summarises a group of participants' result links. */
export function groupSummary(content: Content, participants: readonly Participant[]): GroupSummary {
  const weighted = combineAnswers(participants);
  const goalIds = new Set(content.goals.statements.map((s) => s.id));
  const onGoals = participants.filter((p) => p.shared.journey === 'goal').length;
  const onOutputs = participants.length - onGoals;
  const statements = tallies(content, weighted, (id) => (goalIds.has(id) ? onGoals : onOutputs));
  const results = participants.map((p) => recommend(content, p.shared.answers));
  const byWay = WAY_IDS.map((way) => ({ way, count: results.filter((r) => r?.aim === way).length }));
  return summarise(content, weighted, statements, participants.length, byWay, results);
}

/** Summarises a show of hands, where `people` is how many are in the room. */
export function handsSummary(content: Content, hands: HandsCounts, people: number): GroupSummary {
  const weighted = handsToWeighted(hands);
  return summarise(
    content,
    weighted,
    tallies(content, weighted, () => people),
    people,
    [],
    [],
  );
}

/** The group view's link: each participant's name (optional) and result code. */
export function encodeGroup(participants: readonly Participant[]): string {
  return encodeNamedCodes(participants, MAX_PARTICIPANT_NAME);
}

/** Decodes a group link. Never throws. */
export function decodeGroup(
  content: Content,
  code: string,
): { ok: true; participants: Participant[] } | { ok: false; problem: NamedLinkProblem } {
  const decoded = decodeNamedCodes(content, code, { maxItems: MAX_PARTICIPANTS, maxName: MAX_PARTICIPANT_NAME, maxLength: 8000 });
  return decoded.ok ? { ok: true, participants: decoded.items } : decoded;
}

/**
 * A show of hands as a link: `1.` then `<statement key>-<count>` and `<question key><option key>-<count>`
 * items joined by dots, then `.n-<people>`. Only counts above zero are kept.
 */
export function encodeHands(content: Content, hands: HandsCounts, people: number): string {
  const items: string[] = [];
  for (const s of [...content.goals.statements, ...content.outputs.statements]) {
    const n = hands.picks[s.id] ?? 0;
    if (Number.isInteger(n) && n > 0) items.push(`${s.key}-${n}`);
  }
  for (const q of content.context.questions) {
    for (const o of q.options) {
      const n = hands.context[q.id]?.[o.id] ?? 0;
      if (Number.isInteger(n) && n > 0) items.push(`${q.key}${o.key}-${n}`);
    }
  }
  return ['1', ...items, `n-${people}`].join('.');
}

/** Decodes a show-of-hands link. Never throws. */
export function decodeHands(content: Content, code: string): { ok: true; hands: HandsCounts; people: number } | { ok: false } {
  if (code.length > 2000) return { ok: false };
  const [version, ...items] = code.split('.');
  if (version !== '1') return { ok: false };
  const picks: Record<string, number> = {};
  const context: Record<string, Record<string, number>> = {};
  let people = 0;
  const byKey = new Map([...content.goals.statements, ...content.outputs.statements].map((s) => [s.key, s.id]));
  for (const item of items) {
    const m = /^([a-z0-9]{1,2})-(\d{1,4})$/.exec(item);
    if (m === null) return { ok: false };
    const [, key = '', countText = ''] = m;
    const count = Number(countText);
    if (key === 'n') {
      people = count;
      continue;
    }
    const statement = byKey.get(key);
    if (statement !== undefined) {
      picks[statement] = count;
      continue;
    }
    const q = content.context.questions.find((x) => x.key === key[0]);
    const o = q?.options.find((x) => x.key === key[1]);
    if (q === undefined || o === undefined) return { ok: false };
    (context[q.id] ??= {})[o.id] = count;
  }
  return { ok: true, hands: { picks, context }, people };
}
