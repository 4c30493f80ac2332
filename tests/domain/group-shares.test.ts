/*
 * How a group's choices are sorted (src/domain/group.ts): "most" (more than half of the people
 * who saw a statement), "split" (a third up to half, of two people or more) and "few" (under a
 * third). Every small group of 1 to 5 people is tried, from result links and from a show of
 * hands, and random groups with fast-check: the three never overlap, every chosen statement is
 * in exactly one, and each matches its definition in exact (whole-number) arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSummary, handsSummary, shareOf, type GroupSummary, type Participant, type Share } from '../../src/domain/group.ts';
import type { Journey } from '../../src/domain/flow.ts';
import { decodeResult, encodeResult } from '../../src/domain/links/result-link.ts';
import { tinyContent } from '../helpers/content.ts';

const content = tinyContent();
const CONTEXT = { depth: 'deep', capacity: 'lots', horizon: 'years' };
const GOALS = content.goals.statements.map((s) => s.id);
const OUTPUTS = content.outputs.statements.map((s) => s.id);

/** The definitions, said the long way round: more than half; a third up to half, of two or more; under a third. */
function expected(count: number, of: number): Share {
  if (2 * count > of) return 'most';
  if (of >= 2 && 3 * count >= of && 2 * count <= of) return 'split';
  if (3 * count < of) return 'few';
  throw new Error(`${count} of ${of} fits no kind`);
}

/** Checks a summary's three kinds: disjoint, covering every chosen statement, each true to its definition. */
function expectTrueKinds(summary: GroupSummary) {
  const kinds: [Share, GroupSummary['mostChosen']][] = [
    ['most', summary.mostChosen],
    ['split', summary.split],
    ['few', summary.few],
  ];
  const ids = kinds.flatMap(([, list]) => list.map((s) => s.id));
  expect(new Set(ids).size, 'no statement is in two kinds').toBe(ids.length);
  expect([...ids].sort(), 'every chosen statement is in one kind').toEqual(summary.statements.map((s) => s.id).sort());
  for (const [kind, list] of kinds) {
    for (const s of list) {
      expect(s.count, `${s.id} was chosen`).toBeGreaterThan(0);
      expect(s.count, `${s.id}: no more choosers than people who saw it`).toBeLessThanOrEqual(s.of);
      expect(expected(s.count, s.of), `${s.id}: ${s.count} of ${s.of}`).toBe(kind);
    }
  }
  for (const s of summary.split) expect(s.of, 'a split takes two people at least').toBeGreaterThanOrEqual(2);
  for (const s of summary.mostChosen) expect(s.count / s.of).toBeGreaterThan(0.5);
  for (const s of summary.split) {
    expect(s.count / s.of).toBeGreaterThanOrEqual(1 / 3 - 1e-12);
    expect(s.count / s.of).toBeLessThanOrEqual(0.5);
  }
  for (const s of summary.few) expect(s.count / s.of).toBeLessThan(1 / 3);
}

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** One person on a questionnaire, as the group reads them: from their result link. */
function person(n: number, journey: Journey, picks: string[]): Participant {
  const token = Array.from({ length: 5 }, (_, i) => BASE32[Math.floor(n / 32 ** (4 - i)) % 32] ?? '0').join('');
  const decoded = decodeResult(content, encodeResult(content, { journey, answers: { picks, context: CONTEXT }, token }));
  if (!decoded.ok) throw new Error(`person ${n} does not decode`);
  return { name: '', result: decoded.value };
}

describe('most, split and few', () => {
  it('puts every count of every group size up to 60 in exactly one kind, by its definition', () => {
    for (let of = 1; of <= 60; of++) {
      for (let count = 1; count <= of; count++) expect(shareOf({ count, of }), `${count} of ${of}`).toBe(expected(count, of));
    }
  });

  it('reads the small cases as a person would', () => {
    const table = (of: number) => Array.from({ length: of }, (_, i) => shareOf({ count: i + 1, of }));
    expect(table(1)).toEqual(['most']);
    expect(table(2)).toEqual(['split', 'most']);
    expect(table(3)).toEqual(['split', 'most', 'most']);
    expect(table(4)).toEqual(['few', 'split', 'most', 'most']);
    expect(table(5)).toEqual(['few', 'split', 'most', 'most', 'most']);
    expect(table(6)).toEqual(['few', 'split', 'split', 'most', 'most', 'most']);
  });

  it('sorts every group of 1 to 5 people, on either questionnaire or both, truly', () => {
    let groups = 0;
    for (let people = 1; people <= 5; people++) {
      for (let onGoals = 0; onGoals <= people; onGoals++) {
        // Each way g-net and o-part can be chosen: by 0 up to everyone who saw it.
        for (let goalCount = 0; goalCount <= onGoals; goalCount++) {
          for (let outputCount = 0; outputCount <= people - onGoals; outputCount++) {
            const group = Array.from({ length: people }, (_, i) =>
              i < onGoals
                ? person(i, 'goal', i < goalCount ? ['g-net', 'g-coord'] : ['g-coord'])
                : person(i, 'outputs', i - onGoals < outputCount ? ['o-part'] : []),
            );
            const summary = groupSummary(content, group);
            expectTrueKinds(summary);
            const net = summary.statements.find((s) => s.id === 'g-net');
            if (goalCount > 0) expect(net).toEqual({ id: 'g-net', count: goalCount, of: onGoals });
            groups++;
          }
        }
      }
    }
    expect(groups).toBeGreaterThan(100);
  });

  it('sorts every show of hands in a room of 1 to 5 truly', () => {
    for (let people = 1; people <= 5; people++) {
      for (let a = 0; a <= people; a++) {
        for (let b = 0; b <= people; b++) {
          expectTrueKinds(handsSummary(content, { picks: { 'g-net': a, 'g-part': b }, context: {} }, people));
        }
      }
    }
  });

  it('never splits a group of one', () => {
    const one = groupSummary(content, [person(1, 'goal', GOALS)]);
    expect(one.split).toEqual([]);
    expect(one.few).toEqual([]);
    expect(one.mostChosen).toHaveLength(GOALS.length);
  });

  it('with two people choosing differently, each choice splits the pair and none is most', () => {
    const two = groupSummary(content, [person(1, 'goal', ['g-coop']), person(2, 'goal', ['g-coord'])]);
    expect(two.mostChosen).toEqual([]);
    expect(two.split.map((s) => `${s.id} ${s.count} of ${s.of}`)).toEqual(['g-coop 1 of 2', 'g-coord 1 of 2']);
  });

  it('holds for random groups of 1 to 5 with any picks on either questionnaire', () => {
    const personArb = fc.oneof(
      fc.record({ journey: fc.constant<Journey>('goal'), picks: fc.subarray(GOALS) }),
      fc.record({ journey: fc.constant<Journey>('outputs'), picks: fc.subarray(OUTPUTS) }),
    );
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 5 }), (people) => {
        expectTrueKinds(
          groupSummary(
            content,
            people.map((p, i) => person(i, p.journey, p.picks)),
          ),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
