/*
 * The scoring rules (src/domain/recommend.ts, rules 1 to 7 in its header), on the small inline
 * content of tests/helpers/content.ts, so every figure here follows from the rules by hand:
 *   g-net, g-coop, g-coord, g-part: 3 points to their own way; g-mix: coordination 2, partnership 1
 *   o-part: partnership 2
 *   depth: shallow (networking 1, cooperation 2), deep (coordination 1, partnership 2), unsure
 *   capacity: little (ready for cooperation), some (ready for coordination), lots, unsure (find out)
 *   horizon: once (review 1 month), years (review 6), unsure
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionOf } from '../../src/content/lookups.ts';
import { parseAnswers, recommend, recommendWeighted, weigh, type Answers, type Recommendation } from '../../src/domain/recommend.ts';
import { tinyContent } from '../helpers/content.ts';

const content = tinyContent();

/** The recommendation for answers that must give one. */
function rec(picks: string[], context: Record<string, string> = {}): Recommendation {
  const r = recommend(content, { picks, context });
  if (r === null) throw new Error(`expected a recommendation for ${picks.join(', ')}`);
  return r;
}

/** The recommendation for counted answers (a group, or a show of hands). */
function weighted(picks: Record<string, number>, context: Record<string, Record<string, number>> = {}): Recommendation {
  const r = recommendWeighted(content, {
    picks: new Map(Object.entries(picks)),
    context: new Map(Object.entries(context).map(([q, options]) => [q, new Map(Object.entries(options))])),
  });
  if (r === null) throw new Error('expected a recommendation');
  return r;
}

describe('rule 1: the span comes from the picks', () => {
  it('runs from the lightest to the deepest way the picks point to', () => {
    const r = rec(['g-coord', 'g-net']);
    expect(r.span).toEqual({ lightest: 'networking', deepest: 'coordination' });
    expect(r.picked).toEqual(['networking', 'coordination']);
  });

  it('is one way for a single pick, even when that pick gives a neighbour a point', () => {
    const r = rec(['g-mix']);
    expect(r.span).toEqual({ lightest: 'coordination', deepest: 'coordination' });
    expect(r.picked).toEqual(['coordination']);
    expect(r.aim).toBe('coordination');
    // The neighbour's point is still counted and shown, but partnership is outside the span.
    expect(r.points.find((p) => p.way === 'partnership')).toEqual({ way: 'partnership', picked: 1, total: 1 });
  });

  it('lists the ways picked in spectrum order, whatever order they were picked in', () => {
    expect(rec(['g-part', 'g-net', 'g-coop']).picked).toEqual(['networking', 'cooperation', 'partnership']);
  });
});

describe('rule 2: points, and a situation that tilts only within the span', () => {
  it('traces every point to the answer that gave it', () => {
    const r = rec(['g-mix'], { depth: 'deep' });
    // Span is coordination alone: deep's partnership points are outside it and not counted.
    expect(r.contributions).toEqual([
      { kind: 'statement', statementId: 'g-mix', way: 'coordination', points: 2 },
      { kind: 'statement', statementId: 'g-mix', way: 'partnership', points: 1 },
      { kind: 'context', questionId: 'depth', optionId: 'deep', way: 'coordination', points: 1 },
    ]);
    expect(r.points).toEqual([
      { way: 'networking', picked: 0, total: 0 },
      { way: 'cooperation', picked: 0, total: 0 },
      { way: 'coordination', picked: 2, total: 3 },
      { way: 'partnership', picked: 1, total: 1 },
    ]);
  });

  it('g-net and g-part with a deep challenge aim for partnership, tilted deeper by the challenge', () => {
    const r = rec(['g-net', 'g-part'], { depth: 'deep' });
    expect(r.points).toEqual([
      { way: 'networking', picked: 3, total: 3 },
      { way: 'cooperation', picked: 0, total: 0 },
      { way: 'coordination', picked: 0, total: 1 },
      { way: 'partnership', picked: 3, total: 5 },
    ]);
    expect(r.pickAim).toBe('networking');
    expect(r.aim).toBe('partnership');
    expect(r.tilt).toEqual({ direction: 'deeper', answers: [{ questionId: 'depth', optionId: 'deep' }] });
    expect(r.tie).toBe(false);
    expect(r.closeTo).toEqual([]);
    expect(r.beyond).toEqual([]);
  });

  it('g-net and g-part with a shallow challenge aim for networking', () => {
    const r = rec(['g-net', 'g-part'], { depth: 'shallow' });
    expect(r.points).toEqual([
      { way: 'networking', picked: 3, total: 4 },
      { way: 'cooperation', picked: 0, total: 2 },
      { way: 'coordination', picked: 0, total: 0 },
      { way: 'partnership', picked: 3, total: 3 },
    ]);
    expect(r.aim).toBe('networking');
    expect(r.pickAim).toBe('networking');
    // The picks tie; the situation decided between them, and says so.
    expect(r.tilt).toEqual({ direction: 'lighter', answers: [{ questionId: 'depth', optionId: 'shallow' }] });
    expect(r.tie).toBe(false);
  });

  it('says nothing tilted when the picks tie and the situation adds nothing (a tie, said as one)', () => {
    const r = rec(['g-net', 'g-part']);
    expect(r.aim).toBe('networking');
    expect(r.tilt).toBeNull();
    expect(r.tie).toBe(true);
  });

  it('tilts deeper when the picks tie and the situation favours the deeper of them', () => {
    const r = rec(['g-net', 'g-part'], { depth: 'deep' });
    expect(r.aim).toBe('partnership');
    expect(r.tilt).toEqual({ direction: 'deeper', answers: [{ questionId: 'depth', optionId: 'deep' }] });
  });

  it('tilts lighter when the situation favours the lighter end of what was picked', () => {
    // cooperation 3 (+2 shallow), coordination 2, partnership 1 + 3: the picks alone aim for partnership.
    const r = rec(['g-coop', 'g-mix', 'g-part'], { depth: 'shallow' });
    expect(r.pickAim).toBe('partnership');
    expect(r.aim).toBe('cooperation');
    expect(r.tilt).toEqual({ direction: 'lighter', answers: [{ questionId: 'depth', optionId: 'shallow' }] });
    // Networking is outside the span: shallow's networking point is not counted.
    expect(r.points[0]).toEqual({ way: 'networking', picked: 0, total: 0 });
  });

  it('never lets the situation move the aim beyond the picks: g-net alone with a deep challenge stays networking', () => {
    const r = rec(['g-net'], { depth: 'deep' });
    expect(r.aim).toBe('networking');
    expect(r.tilt).toBeNull();
    expect(r.points.map((p) => p.total)).toEqual([3, 0, 0, 0]);
    expect(r.contributions.filter((c) => c.kind === 'context')).toEqual([]);
  });
});

describe('rule 3 and 4: ties and close calls', () => {
  it('g-net and g-part with nothing tilting is a tie: the lighter way, said out loud', () => {
    const r = rec(['g-net', 'g-part']);
    expect(r.aim).toBe('networking');
    expect(r.tie).toBe(true);
    expect(r.closeTo).toEqual(['partnership']);
  });

  it('on equal points, the way with more points from the picks wins, even when it is deeper', () => {
    // cooperation 3 + 2 from shallow = 5 (3 picked); coordination 3 + 2 = 5 (5 picked).
    const r = rec(['g-coop', 'g-coord', 'g-mix'], { depth: 'shallow' });
    expect(r.points.slice(1, 3)).toEqual([
      { way: 'cooperation', picked: 3, total: 5 },
      { way: 'coordination', picked: 5, total: 5 },
    ]);
    expect(r.aim).toBe('coordination');
    expect(r.tie).toBe(true);
    expect(r.closeTo).toEqual(['cooperation']);
  });

  it('names every way of a three-way tie', () => {
    const r = rec(['g-coord', 'g-coop', 'g-net']);
    expect(r.aim).toBe('networking');
    expect(r.tie).toBe(true);
    expect(r.closeTo).toEqual(['cooperation', 'coordination']);
  });

  it('names every way within the margin of the aim, and none outside it', () => {
    // networking 15, cooperation 18, coordination 21, partnership 18; the margin (15%) of 21 is 17.85.
    const r = weighted({ 'g-net': 5, 'g-coop': 6, 'g-coord': 7, 'g-part': 6 });
    expect(r.points.map((p) => p.total)).toEqual([15, 18, 21, 18]);
    expect(r.aim).toBe('coordination');
    expect(r.tie).toBe(false);
    expect(r.closeTo).toEqual(['cooperation', 'partnership']);
  });

  it('counts a way exactly at the edge of the margin as close, and one point below it as clear', () => {
    expect(content.context.closeWithin).toBe(0.15);
    // coordination 3×3 + 2×4 = 17, partnership 4 + 2×8 = 20: 17 is exactly 85% of 20.
    const atEdge = weighted({ 'g-coord': 3, 'g-mix': 4, 'o-part': 8 });
    expect(atEdge.points.slice(2).map((p) => p.total)).toEqual([17, 20]);
    expect(atEdge.closeTo).toEqual(['coordination']);
    // coordination 3×4 + 2×2 = 16, partnership 2 + 2×9 = 20.
    const below = weighted({ 'g-coord': 4, 'g-mix': 2, 'o-part': 9 });
    expect(below.points.slice(2).map((p) => p.total)).toEqual([16, 20]);
    expect(below.aim).toBe('partnership');
    expect(below.closeTo).toEqual([]);
  });

  it('is clear when one way leads by more than the margin', () => {
    const r = rec(['g-coord', 'g-mix']);
    expect(r.aim).toBe('coordination');
    expect(r.tie).toBe(false);
    expect(r.closeTo).toEqual([]);
  });
});

describe('rule 5: beyond the span', () => {
  it('names a deeper way the situation pulls towards, without moving the aim', () => {
    expect(rec(['g-net'], { depth: 'deep' }).beyond).toEqual([
      { direction: 'deeper', way: 'partnership', answers: [{ questionId: 'depth', optionId: 'deep' }] },
    ]);
  });

  it('names a lighter way the situation pulls towards', () => {
    const r = rec(['g-part'], { depth: 'shallow' });
    expect(r.aim).toBe('partnership');
    expect(r.beyond).toEqual([{ direction: 'lighter', way: 'cooperation', answers: [{ questionId: 'depth', optionId: 'shallow' }] }]);
  });

  it('says nothing when the pull is inside the span', () => {
    expect(rec(['g-net', 'g-part'], { depth: 'deep' }).beyond).toEqual([]);
    expect(rec(['g-coop', 'g-coord'], { depth: 'shallow' }).beyond).toEqual([]);
  });
});

describe('rule 6: where to start', () => {
  it('capacity "little" with an aim of partnership and picks g-net and g-part starts with networking, which was picked', () => {
    const r = rec(['g-net', 'g-part'], { depth: 'deep', capacity: 'little' });
    expect(r.aim).toBe('partnership');
    expect(r.supports).toBe('cooperation');
    expect(r.start).toBe('networking');
    expect(r.startPicked).toBe(true);
    expect(r.limits).toEqual([{ questionId: 'capacity', optionId: 'little', readyFor: 'cooperation' }]);
  });

  it('with picks g-coord and g-part and capacity "little", starts at the cap, cooperation, which was not picked', () => {
    for (const context of [{ capacity: 'little' }, { capacity: 'little', depth: 'deep' }]) {
      const r = rec(['g-coord', 'g-part'], context);
      expect(r.start).toBe('cooperation');
      expect(r.startPicked).toBe(false);
      expect(r.limits).toEqual([{ questionId: 'capacity', optionId: 'little', readyFor: 'cooperation' }]);
    }
    expect(rec(['g-coord', 'g-part'], { capacity: 'little' }).aim).toBe('coordination');
    expect(rec(['g-coord', 'g-part'], { capacity: 'little', depth: 'deep' }).aim).toBe('partnership');
  });

  it('starts with the deepest picked way the situation supports, not the cap itself', () => {
    // Aim partnership; capacity "some" supports up to coordination, which was not picked; cooperation was.
    const r = rec(['g-coop', 'g-part'], { depth: 'deep', capacity: 'some' });
    expect(r.aim).toBe('partnership');
    expect(r.supports).toBe('coordination');
    expect(r.start).toBe('cooperation');
    expect(r.startPicked).toBe(true);
    expect(r.limits).toEqual([{ questionId: 'capacity', optionId: 'some', readyFor: 'coordination' }]);
  });

  it('starts at the aim, with no limits, when the situation supports the aim', () => {
    for (const capacity of ['little', 'some', 'lots']) {
      const r = rec(['g-coop'], { capacity });
      expect(r.start).toBe('cooperation');
      expect(r.startPicked).toBe(false);
      expect(r.limits).toEqual([]);
    }
    expect(rec(['g-coop'], { capacity: 'little' }).supports).toBe('cooperation');
    expect(rec(['g-coop'], { capacity: 'lots' }).supports).toBe('partnership');
  });

  it('a "not sure" answer never holds the start back, and becomes something to find out', () => {
    const r = rec(['g-part'], { capacity: 'unsure' });
    expect(r.aim).toBe('partnership');
    expect(r.start).toBe('partnership');
    expect(r.supports).toBe('partnership');
    expect(r.limits).toEqual([]);
    expect(r.findOut).toEqual([{ questionId: 'capacity', optionId: 'unsure' }]);
  });

  it('lists nothing to find out when no answer is "not sure" with something to find out', () => {
    expect(rec(['g-part'], { capacity: 'lots', depth: 'unsure', horizon: 'unsure' }).findOut).toEqual([]);
  });

  it('lists the answer that holds the start back, with the deepest way it allows', () => {
    const r = rec(['g-part'], { capacity: 'some' });
    expect(r.start).toBe('coordination');
    expect(r.startPicked).toBe(false);
    expect(r.limits).toEqual([{ questionId: 'capacity', optionId: 'some', readyFor: 'coordination' }]);
  });
});

describe('rule 7: when to review', () => {
  it('a one-off activity is reviewed after 1 month, by the answer that has its own words for when', () => {
    const r = rec(['g-coop'], { horizon: 'once' });
    expect(r.review).toEqual({ months: 1, from: { questionId: 'horizon', optionId: 'once' } });
    expect(optionOf(content, 'horizon', 'once')?.reviewWhen).toBeDefined();
  });

  it('work over years is reviewed after 6 months', () => {
    expect(rec(['g-coop'], { horizon: 'years' }).review).toEqual({ months: 6, from: { questionId: 'horizon', optionId: 'years' } });
  });

  it('uses the default of 6 months, from no answer, when nothing sets it', () => {
    expect(content.context.reviewMonths).toBe(6);
    expect(rec(['g-coop']).review).toEqual({ months: 6, from: null });
    expect(rec(['g-coop'], { horizon: 'unsure' }).review).toEqual({ months: 6, from: null });
  });
});

describe('partners', () => {
  it('is unknown when no question says who the work is with', () => {
    expect(rec(['g-coop'], { capacity: 'lots' }).partners).toBeNull();
  });
});

describe('nothing to recommend', () => {
  it('returns null with no picks', () => {
    expect(recommend(content, { picks: [], context: {} })).toBeNull();
    expect(recommend(content, { picks: [], context: { depth: 'deep', capacity: 'little' } })).toBeNull();
  });

  it('returns null when no pick exists in the content, and ignores unknown ids beside real ones', () => {
    expect(recommend(content, { picks: ['nope'], context: {} })).toBeNull();
    expect(recommend(content, { picks: ['nope', 'g-net'], context: { nope: 'x', depth: 'nope' } })).toEqual(rec(['g-net']));
  });
});

describe('parseAnswers', () => {
  it('keeps what exists, drops unknown statements, questions and answers, and says what it dropped', () => {
    const { answers, dropped } = parseAnswers(content, {
      picks: ['g-net', 'g-nope', 'g-net', 'o-part'],
      context: { depth: 'deep', colour: 'blue', capacity: 'plenty' },
    });
    expect(answers).toEqual({ picks: ['g-net', 'o-part'], context: { depth: 'deep' } });
    expect(dropped).toHaveLength(3);
    expect(dropped[0]?.message).toContain('g-nope');
    expect(dropped[1]?.message).toContain('colour');
    expect(dropped[2]?.message).toContain('plenty');
    expect(dropped[2]?.message).toContain('capacity');
  });

  it('drops nothing from valid answers', () => {
    const raw: Answers = { picks: ['g-mix', 'g-part'], context: { depth: 'shallow', capacity: 'unsure', horizon: 'once' } };
    expect(parseAnswers(content, raw)).toEqual({ answers: raw, dropped: [] });
  });
});

describe('recommendWeighted', () => {
  it('gives the same result as recommend when every count is one', () => {
    const answers = { picks: ['g-mix', 'g-net'], context: { depth: 'deep', capacity: 'some', horizon: 'once' } };
    expect(recommendWeighted(content, weigh(answers))).toEqual(recommend(content, answers));
  });

  it('multiplies points by counts', () => {
    const r = weighted({ 'g-part': 3, 'g-net': 1 }, { depth: { deep: 2, shallow: 1 } });
    expect(r.points).toEqual([
      { way: 'networking', picked: 3, total: 4 },
      { way: 'cooperation', picked: 0, total: 2 },
      { way: 'coordination', picked: 0, total: 2 },
      { way: 'partnership', picked: 9, total: 13 },
    ]);
  });

  it('lets the most common answer to a question set the start, the review and what to find out', () => {
    const r = weighted({ 'g-part': 1 }, { capacity: { little: 1, unsure: 2 }, horizon: { once: 1, years: 3 } });
    expect(r.start).toBe('partnership');
    expect(r.limits).toEqual([]);
    expect(r.findOut).toEqual([{ questionId: 'capacity', optionId: 'unsure' }]);
    expect(r.review).toEqual({ months: 6, from: { questionId: 'horizon', optionId: 'years' } });
  });

  it('breaks an equal count towards the more careful answer, whatever the order', () => {
    // "some" and "lots" come after "little" in the content, and "lots" before "unsure".
    expect(weighted({ 'g-part': 1 }, { capacity: { some: 1, little: 1 } }).start).toBe('cooperation');
    expect(weighted({ 'g-part': 1 }, { capacity: { lots: 1, little: 1 } }).start).toBe('cooperation');
    expect(weighted({ 'g-part': 1 }, { capacity: { lots: 1, some: 1 } }).start).toBe('coordination');
    // No limit either way, but one asks to find out first: that one counts.
    const unsure = weighted({ 'g-part': 1 }, { capacity: { lots: 1, unsure: 1 } });
    expect(unsure.start).toBe('partnership');
    expect(unsure.findOut).toEqual([{ questionId: 'capacity', optionId: 'unsure' }]);
    // A clear majority still wins over a more careful minority.
    expect(weighted({ 'g-part': 1 }, { capacity: { lots: 2, little: 1 } }).start).toBe('partnership');
  });

  it('ignores counts of zero or less', () => {
    expect(recommendWeighted(content, { picks: new Map([['g-part', 0]]), context: new Map() })).toBeNull();
    expect(weighted({ 'g-net': 1, 'g-part': -4 }).picked).toEqual(['networking']);
  });
});

describe('the order and repetition of answers never matter', () => {
  const ids = [...content.goals.statements, ...content.outputs.statements].map((s) => s.id);
  const contextArb = fc.record(
    Object.fromEntries(content.context.questions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
  const picksAndShuffle = fc
    .shuffledSubarray(ids, { minLength: 1 })
    .chain((picks) => fc.tuple(fc.constant(picks), fc.shuffledSubarray(picks, { minLength: picks.length, maxLength: picks.length })));

  it('gives the same result for picks and context answers in any order, or picked twice', () => {
    fc.assert(
      fc.property(picksAndShuffle, contextArb, ([picks, shuffled], context) => {
        const expected = recommend(content, { picks, context });
        const reversedContext = Object.fromEntries(Object.entries(context).reverse());
        expect(recommend(content, { picks: shuffled, context: reversedContext })).toEqual(expected);
        expect(recommend(content, { picks: [...shuffled, ...picks], context })).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
