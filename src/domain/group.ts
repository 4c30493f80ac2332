/*
 * Workshop groups: several people's result links, or a facilitator's show-of-hands counts,
 * combined into one picture and a joint recommendation. The joint recommendation goes through
 * the same scoring as one person's answers (recommendWeighted), with every choice counted as
 * many times as people made it. Pure.
 *
 * Counting people once: a result link carries a token made on the participant's device, so
 * two people with the same answers are two people, the same link pasted or scanned twice is one,
 * and a newer link from the same person replaces their earlier one. Links made before tokens
 * count once per distinct link.
 */
import type { Content, WayId } from '../content/schema.ts';
import type { Journey } from './flow.ts';
import { WAY_IDS } from '../content/way-ids.ts';
import type { LinkProblem } from './links/codec.ts';
import { MAX_PARTICIPANTS } from './links/group-link.ts';
import { decodeResult, encodeResult, type SharedResult } from './links/result-link.ts';
import type { HandsCounts } from './links/v1.ts';
import { recommend, recommendWeighted, statementIndex, type Recommendation, type WeightedAnswers } from './recommend.ts';

export { MAX_PARTICIPANTS };

export type Participant = { name: string; result: SharedResult };

/** What identifies a person in a group: their token, or for older links the link's answers. */
export function personKey(content: Content, result: SharedResult): string {
  return result.token !== null
    ? `token:${result.token}`
    : `answers:${encodeResult(content, { journey: result.journey, answers: result.answers })}`;
}

const sameAnswers = (content: Content, a: SharedResult, b: SharedResult) =>
  encodeResult(content, { journey: a.journey, answers: a.answers }) === encodeResult(content, { journey: b.journey, answers: b.answers });

export type AddReport = {
  /** The group after adding. */
  participants: Participant[];
  added: number;
  /** People already in the group who sent a newer result: theirs was replaced. */
  updated: number;
  /** Links already in the group, or repeated: not counted again. */
  duplicates: number;
  /** Pieces that are not usable result links, with why. */
  invalid: { text: string; problem: LinkProblem | { kind: 'not-a-link' } | { kind: 'group-full' } }[];
};

/** Finds every result link in any text: a chat transcript, an email, a list. Old (#/r/…) and new (/r/#…) addresses. */
export function findResultCodes(text: string): string[] {
  return [...text.slice(0, 500_000).matchAll(/(?:#\/r\/|\/r\/#)([0-9A-Za-z._~-]+)/g)].map((m) => m[1] ?? '');
}

/**
 * Adds people to a group by the rules above: a new token or new answers is a new person; the same
 * link again is a duplicate; the same token with other answers replaces that person's result
 * (keeping the name the facilitator gave them). Never throws.
 */
export function addParticipants(content: Content, existing: readonly Participant[], incoming: readonly Participant[]): AddReport {
  const participants = [...existing];
  const report: AddReport = { participants, added: 0, updated: 0, duplicates: 0, invalid: [] };
  const index = new Map(participants.map((p, i) => [personKey(content, p.result), i]));
  for (const person of incoming) {
    const key = personKey(content, person.result);
    const at = index.get(key);
    const before = at === undefined ? undefined : participants[at];
    if (at !== undefined && before !== undefined) {
      if (!sameAnswers(content, before.result, person.result)) {
        participants[at] = { name: before.name === '' ? person.name : before.name, result: person.result };
        report.updated++;
      } else report.duplicates++;
      continue;
    }
    if (participants.length >= MAX_PARTICIPANTS) {
      report.invalid.push({ text: person.name.slice(0, 80), problem: { kind: 'group-full' } });
      continue;
    }
    index.set(key, participants.length);
    participants.push(person);
    report.added++;
  }
  return report;
}

/** Adds result links found in pasted or scanned text to a group. Never throws. */
export function addResults(content: Content, existing: readonly Participant[], text: string): AddReport {
  const invalid: AddReport['invalid'] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed !== '' && findResultCodes(trimmed).length === 0 && trimmed.length < 2000) {
      invalid.push({ text: trimmed.slice(0, 80), problem: { kind: 'not-a-link' } });
    }
  }
  const incoming: Participant[] = [];
  for (const found of findResultCodes(text)) {
    // Chat tools and sentences leave a full stop or bracket after a link: try without it.
    let decoded = decodeResult(content, found);
    const trimmed = found.replace(/[.~_-]+$/, '');
    if (!decoded.ok && trimmed !== found) {
      const again = decodeResult(content, trimmed);
      if (again.ok) decoded = again;
    }
    if (decoded.ok) incoming.push({ name: '', result: decoded.value });
    else invalid.push({ text: found.slice(0, 80), problem: decoded.problem });
  }
  const report = addParticipants(content, existing, incoming);
  return { ...report, invalid: [...invalid, ...report.invalid] };
}

/** Adds up participants' answers: each choice counted once per person who made it. */
export function combineAnswers(participants: readonly Participant[]): WeightedAnswers {
  const picks = new Map<string, number>();
  const context = new Map<string, Map<string, number>>();
  for (const p of participants) {
    for (const id of new Set(p.result.answers.picks)) picks.set(id, (picks.get(id) ?? 0) + 1);
    for (const [q, o] of Object.entries(p.result.answers.context)) {
      const counts = context.get(q) ?? new Map<string, number>();
      counts.set(o, (counts.get(o) ?? 0) + 1);
      context.set(q, counts);
    }
  }
  return { picks, context };
}

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
  people: number;
  /** How many people's results aim for each way, and start with each; empty for a show of hands. */
  byWay: { way: WayId; aim: number; start: number }[];
  /** Each participant's own recommendation, in order; empty for a show of hands. */
  results: (Recommendation | null)[];
  /** The questionnaire everyone answered (a show of hands counts goals), or null when people used both or there is nobody. */
  journey: Journey | null;
  /** Every statement chosen by at least one person, most chosen first. */
  statements: StatementTally[];
  /** Chosen by more than half of the people who saw the statement. */
  mostChosen: StatementTally[];
  /** Chosen by a third of the people who saw it, up to half, when at least two saw it: worth discussing. */
  split: StatementTally[];
  /** Chosen, but by fewer than a third of the people who saw it. */
  few: StatementTally[];
  /** The situation questions nobody has answered (a show of hands not yet counted). */
  missing: string[];
  /** The joint recommendation, or null when nothing is chosen or situation questions are missing. */
  joint: Recommendation | null;
};

function tallies(content: Content, weighted: WeightedAnswers, seenBy: (id: string) => number): StatementTally[] {
  const known = statementIndex(content);
  return [...weighted.picks]
    .filter(([id, n]) => n > 0 && known.has(id))
    .map(([id, count]) => ({ id, count, of: Math.max(seenBy(id), count) }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/** How many of the people who saw a statement chose it: one of three kinds, which never overlap. */
export type Share = 'most' | 'split' | 'few';

/**
 * More than half is "most"; from a third up to half, of two people or more, is a "split"; under a
 * third is "few". One person (or a statement only one person saw) is never a split: 1 of 1 is most.
 * Whole-number arithmetic, so "a third" of 3, 6 or 9 is exact.
 */
export function shareOf({ count, of }: Pick<StatementTally, 'count' | 'of'>): Share {
  if (count * 2 > of) return 'most';
  if (count * 3 >= of && of >= 2) return 'split';
  return 'few';
}

function summarise(
  content: Content,
  weighted: WeightedAnswers,
  statements: StatementTally[],
  rest: Pick<GroupSummary, 'people' | 'byWay' | 'results' | 'journey'>,
): GroupSummary {
  const withShare = (kind: Share) => statements.filter((s) => shareOf(s) === kind);
  const missing = content.context.questions
    .filter((q) => [...(weighted.context.get(q.id)?.values() ?? [])].every((n) => !(n > 0)))
    .map((q) => q.id);
  const joint = missing.length > 0 ? null : recommendWeighted(content, weighted);
  return { ...rest, statements, mostChosen: withShare('most'), split: withShare('split'), few: withShare('few'), missing, joint };
}

/** Summarises a group of participants' results. */
export function groupSummary(content: Content, participants: readonly Participant[]): GroupSummary {
  const weighted = combineAnswers(participants);
  const goalIds = new Set(content.goals.statements.map((s) => s.id));
  const onGoals = participants.filter((p) => p.result.journey === 'goal').length;
  const onOutputs = participants.length - onGoals;
  const statements = tallies(content, weighted, (id) => (goalIds.has(id) ? onGoals : onOutputs));
  const results = participants.map((p) => recommend(content, p.result.answers));
  const byWay = WAY_IDS.map((way) => ({
    way,
    aim: results.filter((r) => r?.aim === way).length,
    start: results.filter((r) => r?.start === way).length,
  }));
  const journeys = new Set(participants.map((p) => p.result.journey));
  const journey = journeys.size === 1 ? ([...journeys][0] ?? null) : null;
  return summarise(content, weighted, statements, { people: participants.length, byWay, results, journey });
}

/** Summarises a show of hands, where `people` is how many are in the room. */
export function handsSummary(content: Content, hands: HandsCounts, people: number): GroupSummary {
  const weighted = handsToWeighted(hands);
  return summarise(
    content,
    weighted,
    tallies(content, weighted, () => people),
    { people, byWay: [], results: [], journey: 'goal' },
  );
}
