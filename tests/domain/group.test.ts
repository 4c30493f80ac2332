/*
 * Workshop groups (src/domain/group.ts): result links pasted or scanned into a group, people
 * counted once each, and the joint recommendation from everyone's answers. On the small inline
 * content, so the figures can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  addParticipants,
  addResults,
  combineAnswers,
  findResultCodes,
  groupSummary,
  handsSummary,
  handsToWeighted,
  MAX_PARTICIPANTS,
  type Participant,
} from '../../src/domain/group.ts';
import { decodeResult, encodeResult, type SharedResult } from '../../src/domain/links/result-link.ts';
import type { HandsCounts } from '../../src/domain/links/v1.ts';
import type { Journey } from '../../src/domain/flow.ts';
import { recommendWeighted, type Answers } from '../../src/domain/recommend.ts';
import { tinyContent } from '../helpers/content.ts';

const content = tinyContent();
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** A participant token (5 base-32 characters) for the nth person. */
function token(n: number): string {
  let out = '';
  for (let i = 0, rest = n; i < 5; i++, rest = Math.floor(rest / 32)) out = (BASE32[rest % 32] ?? '0') + out;
  return out;
}

const code = (answers: Answers, tokenOf: string | null = null, journey: Journey = 'goal') =>
  encodeResult(content, { journey, answers, token: tokenOf });
const oldAddress = (c: string) => `https://example.org/tools/#/r/${c}`;
const newAddress = (c: string) => `https://example.org/tools/r/#${c}`;

function decoded(c: string): SharedResult {
  const d = decodeResult(content, c);
  if (!d.ok) throw new Error(`cannot decode ${c}`);
  return d.value;
}

const A: Answers = { picks: ['g-coord'], context: { depth: 'deep', capacity: 'lots', horizon: 'years' } };
const B: Answers = { picks: ['g-coord', 'g-part'], context: { depth: 'deep', capacity: 'little', horizon: 'years' } };
const C: Answers = { picks: ['g-net'], context: { depth: 'shallow', capacity: 'lots', horizon: 'once' } };
const D: Answers = { picks: ['o-part'], context: { depth: 'deep', capacity: 'some', horizon: 'once' } };

describe('finding result links in text', () => {
  it('finds links in the old (#/r/…) and new (/r/#…) forms, anywhere in a line', () => {
    const a = code(A, token(1));
    const b = code(B);
    expect(findResultCodes(`Sam: ${oldAddress(a)} and (${newAddress(b)})`)).toEqual([a, b]);
    expect(findResultCodes('no links here, not even /r/ or #/r')).toEqual([]);
  });

  it('adds every link in pasted text, and reports lines that are not links and links that are broken', () => {
    const a = code(A, token(1));
    const b = code(B, token(2));
    const c = code(C);
    const broken = `${a.slice(0, -1)}${a.endsWith('0') ? '1' : '0'}`;
    const text = `Sam: ${oldAddress(a)}\n${newAddress(b)}, ${oldAddress(c)}\nsee you soon\n\n${newAddress(broken)}`;
    const report = addResults(content, [], text);
    expect(report.added).toBe(3);
    expect(report.participants.map((p) => p.result.answers)).toEqual([A, B, C]);
    expect(report.invalid.map((i) => i.problem.kind)).toEqual(['not-a-link', 'incomplete']);
    expect(report.invalid[0]?.text).toBe('see you soon');
  });

  it('reads a link followed by a full stop, as at the end of a sentence', () => {
    const report = addResults(content, [], `Here is mine: ${newAddress(code(A, token(1)))}.`);
    expect(report.added).toBe(1);
    expect(report.invalid).toEqual([]);
    expect(report.participants[0]?.result.answers).toEqual(A);
  });
});

describe('counting people once', () => {
  it('counts two people with the same answers but different tokens as two', () => {
    const report = addResults(content, [], `${newAddress(code(A, token(1)))} ${newAddress(code(A, token(2)))}`);
    expect(report.added).toBe(2);
    expect(report.duplicates).toBe(0);
    expect(report.participants.map((p) => p.result.token)).toEqual([token(1), token(2)]);
  });

  it('counts the same link twice once, as a duplicate', () => {
    const link = newAddress(code(A, token(1)));
    const report = addResults(content, [], `${link}\n${link}`);
    expect(report.added).toBe(1);
    expect(report.duplicates).toBe(1);
    expect(addResults(content, report.participants, link)).toMatchObject({ added: 0, duplicates: 1, updated: 0 });
  });

  it('replaces a person’s earlier result when the same token comes with different answers', () => {
    const first = addResults(content, [], newAddress(code(A, token(1))));
    const second = addResults(content, first.participants, oldAddress(code(B, token(1))));
    expect(second).toMatchObject({ added: 0, updated: 1, duplicates: 0 });
    expect(second.participants).toHaveLength(1);
    expect(second.participants[0]?.result.answers).toEqual(B);
  });

  it('keeps the name the facilitator gave someone when their result is replaced', () => {
    const sam: Participant = { name: 'Sam', result: decoded(code(A, token(1))) };
    const report = addParticipants(content, [sam], [{ name: 'from a scan', result: decoded(code(B, token(1))) }]);
    expect(report.participants).toEqual([{ name: 'Sam', result: decoded(code(B, token(1))) }]);
  });

  it('counts links without a token once per distinct answers', () => {
    const same = addResults(content, [], `${newAddress(code(A))} ${oldAddress(code(A))}`);
    expect(same).toMatchObject({ added: 1, duplicates: 1 });
    const different = addResults(content, [], `${newAddress(code(A))} ${newAddress(code(B))}`);
    expect(different).toMatchObject({ added: 2, duplicates: 0 });
  });

  it('leaves the group it was given unchanged', () => {
    const before = addResults(content, [], newAddress(code(A, token(1)))).participants;
    const copy = structuredClone(before);
    addResults(content, before, `${newAddress(code(B, token(1)))} ${newAddress(code(C, token(2)))}`);
    expect(before).toEqual(copy);
  });
});

describe('the size of a group', () => {
  it('holds at least 200 people', () => {
    expect(MAX_PARTICIPANTS).toBeGreaterThanOrEqual(200);
  });

  it('reports people beyond the cap as "group full", without adding them', () => {
    const links = Array.from({ length: MAX_PARTICIPANTS + 2 }, (_, i) => newAddress(code(A, token(i))));
    const report = addResults(content, [], links.join('\n'));
    expect(report.added).toBe(MAX_PARTICIPANTS);
    expect(report.participants).toHaveLength(MAX_PARTICIPANTS);
    expect(report.invalid.map((i) => i.problem.kind)).toEqual(['group-full', 'group-full']);
  });

  it('still updates and recognises people already in a full group', () => {
    const full = addResults(
      content,
      [],
      Array.from({ length: MAX_PARTICIPANTS }, (_, i) => newAddress(code(A, token(i)))).join('\n'),
    ).participants;
    const report = addResults(content, full, `${newAddress(code(B, token(0)))} ${newAddress(code(A, token(1)))}`);
    expect(report).toMatchObject({ added: 0, updated: 1, duplicates: 1, invalid: [] });
    expect(report.participants[0]?.result.answers).toEqual(B);
  });
});

describe('combining answers', () => {
  const people = addResults(content, [], [code(A, token(1)), code(B, token(2)), code(C, token(3))].map(newAddress).join('\n')).participants;

  it('counts each choice once per person who made it', () => {
    const combined = combineAnswers(people);
    expect(Object.fromEntries(combined.picks)).toEqual({ 'g-coord': 2, 'g-part': 1, 'g-net': 1 });
    expect(Object.fromEntries([...combined.context].map(([q, counts]) => [q, Object.fromEntries(counts)]))).toEqual({
      depth: { deep: 2, shallow: 1 },
      capacity: { lots: 2, little: 1 },
      horizon: { years: 2, once: 1 },
    });
  });

  it('counts a statement repeated in one person’s answers once', () => {
    const twice: Participant = { name: '', result: { ...decoded(code(A)), answers: { ...A, picks: ['g-coord', 'g-coord'] } } };
    expect(combineAnswers([twice]).picks.get('g-coord')).toBe(1);
  });

  it('is empty for nobody', () => {
    expect(combineAnswers([])).toEqual({ picks: new Map(), context: new Map() });
  });
});

describe('the group summary', () => {
  const people = addResults(
    content,
    [],
    [code(A, token(1)), code(B, token(2)), code(C, token(3)), code(D, token(4), 'outputs')].map(newAddress).join('\n'),
  ).participants;
  const summary = groupSummary(content, people);

  it('counts where each person’s own result starts and aims', () => {
    // A: coordination; B: start cooperation, aim partnership; C: networking; D: start coordination, aim partnership.
    expect(summary.people).toBe(4);
    expect(summary.byWay).toEqual([
      { way: 'networking', aim: 1, start: 1 },
      { way: 'cooperation', aim: 0, start: 1 },
      { way: 'coordination', aim: 1, start: 2 },
      { way: 'partnership', aim: 2, start: 0 },
    ]);
    expect(summary.results.map((r) => r?.aim)).toEqual(['coordination', 'partnership', 'networking', 'partnership']);
  });

  it('tallies each statement against the people who saw it (goals for the goal journey, outputs for outputs)', () => {
    expect(summary.statements).toEqual([
      { id: 'g-coord', count: 2, of: 3 },
      { id: 'g-net', count: 1, of: 3 },
      { id: 'g-part', count: 1, of: 3 },
      { id: 'o-part', count: 1, of: 1 },
    ]);
  });

  it('finds what most chose, and what split the group', () => {
    // More than half: g-coord (2 of 3), and o-part (1 of 1: only one person saw the outputs).
    expect(summary.mostChosen.map((s) => s.id)).toEqual(['g-coord', 'o-part']);
    // A third up to half: g-net and g-part, each 1 of 3.
    expect(summary.split.map((s) => s.id)).toEqual(['g-net', 'g-part']);
    expect(summary.few).toEqual([]);
  });

  it('names the questionnaire when everyone answered the same one, and none when people used both', () => {
    expect(summary.journey).toBeNull();
    expect(groupSummary(content, people.slice(0, 3)).journey).toBe('goal');
    expect(groupSummary(content, people.slice(3)).journey).toBe('outputs');
    expect(groupSummary(content, []).journey).toBeNull();
  });

  it('gives the joint recommendation from everyone’s answers combined, with the same scoring', () => {
    expect(summary.missing).toEqual([]);
    expect(summary.joint).toEqual(recommendWeighted(content, combineAnswers(people)));
    // Networking 3 + 1, cooperation 2, coordination 6 + 3, partnership 3 + 2 + 6: partnership.
    expect(summary.joint?.points.map((p) => p.total)).toEqual([4, 2, 9, 11]);
    expect(summary.joint?.aim).toBe('partnership');
    // Capacity: "lots" is the most common answer, so nothing holds the start back.
    expect(summary.joint?.start).toBe('partnership');
    // Horizon: two "years", two "once": the first in content order, "once", sets the review.
    expect(summary.joint?.review).toEqual({ months: 1, from: { questionId: 'horizon', optionId: 'once' } });
  });

  it('gives no joint recommendation while a situation question has no answer from anyone', () => {
    const noHorizon = people.map((p) => ({ ...p, result: { ...p.result, answers: { ...p.result.answers, context: { depth: 'deep' } } } }));
    const partial = groupSummary(content, noHorizon);
    expect(partial.missing).toEqual(['capacity', 'horizon']);
    expect(partial.joint).toBeNull();
  });

  it('is empty for nobody', () => {
    const empty = groupSummary(content, []);
    expect(empty.people).toBe(0);
    expect(empty.statements).toEqual([]);
    expect(empty.joint).toBeNull();
    expect(empty.byWay.every((b) => b.aim === 0 && b.start === 0)).toBe(true);
  });
});

describe('a show of hands', () => {
  const picks = { 'g-net': 2, 'g-part': 3 };

  it('lists the situation questions not yet counted, with no joint recommendation, until all are', () => {
    const steps: [HandsCounts['context'], string[]][] = [
      [{}, ['depth', 'capacity', 'horizon']],
      [{ depth: { deep: 3, shallow: 1 } }, ['capacity', 'horizon']],
      [{ depth: { deep: 3, shallow: 1 }, capacity: { little: 3, lots: 1 } }, ['horizon']],
    ];
    for (const [context, missing] of steps) {
      const summary = handsSummary(content, { picks, context }, 4);
      expect(summary.missing).toEqual(missing);
      expect(summary.joint).toBeNull();
    }
  });

  it('counts a question with only zero or unusable counts as not yet counted', () => {
    const hands: HandsCounts = {
      picks,
      context: { depth: { deep: 3 }, capacity: { little: 3 }, horizon: { years: 0, once: -1, unsure: 0.5 } },
    };
    expect(handsSummary(content, hands, 4).missing).toEqual(['horizon']);
  });

  it('once every question has counts, gives the joint recommendation the scoring gives for the same counts', () => {
    const hands: HandsCounts = {
      picks,
      context: { depth: { deep: 3, shallow: 1 }, capacity: { little: 3, lots: 1 }, horizon: { years: 4 } },
    };
    const summary = handsSummary(content, hands, 4);
    expect(summary.missing).toEqual([]);
    expect(summary.joint).toEqual(recommendWeighted(content, handsToWeighted(hands)));
    // Networking 6 + 1, cooperation 2, coordination 3, partnership 9 + 6; capacity mostly "little".
    expect(summary.joint?.points.map((p) => p.total)).toEqual([7, 2, 3, 15]);
    expect(summary.joint).toMatchObject({ aim: 'partnership', start: 'networking', startPicked: true });
    expect(summary.joint?.review).toEqual({ months: 6, from: { questionId: 'horizon', optionId: 'years' } });
  });

  it('tallies statements against the people in the room, with no individual results', () => {
    const summary = handsSummary(content, { picks, context: {} }, 4);
    expect(summary.people).toBe(4);
    expect(summary.byWay).toEqual([]);
    expect(summary.results).toEqual([]);
    expect(summary.statements).toEqual([
      { id: 'g-part', count: 3, of: 4 },
      { id: 'g-net', count: 2, of: 4 },
    ]);
    // 3 of 4 is most; 2 of 4 is exactly half, so a split and not most.
    expect(summary.mostChosen.map((s) => s.id)).toEqual(['g-part']);
    expect(summary.split.map((s) => s.id)).toEqual(['g-net']);
    expect(summary.journey).toBe('goal');
  });

  it('ignores statements the content does not have', () => {
    expect(handsSummary(content, { picks: { 'g-gone': 5, 'g-net': 1 }, context: {} }, 5).statements.map((s) => s.id)).toEqual(['g-net']);
  });
});

describe('handsToWeighted', () => {
  it('keeps whole positive counts and counts anything else as none', () => {
    const weighted = handsToWeighted({
      picks: { a: -2, b: 1.5, c: 2, d: Number.NaN, e: Number.POSITIVE_INFINITY, f: 0 },
      context: { depth: { deep: 3, shallow: -1, unsure: 0.25 } },
    });
    expect(Object.fromEntries(weighted.picks)).toEqual({ a: 0, b: 0, c: 2, d: 0, e: 0, f: 0 });
    expect(Object.fromEntries(weighted.context.get('depth') ?? [])).toEqual({ deep: 3, shallow: 0, unsure: 0 });
  });

  it('gives no recommendation when every count is unusable', () => {
    expect(recommendWeighted(content, handsToWeighted({ picks: { 'g-net': -1, 'g-part': 0.5 }, context: {} }))).toBeNull();
  });
});
