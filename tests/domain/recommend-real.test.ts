/*
 * The scoring on the shipped content: properties that must hold for any answers a user can give,
 * each shown to fail on a deliberately broken copy of the content (so a property that could never
 * fail is not mistaken for a check), the guide's own case, and the scenario bank.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Content, Statement, WayId } from '../../src/content/schema.ts';
import { WAY_IDS } from '../../src/content/way-ids.ts';
import { statementSet } from '../../src/content/lookups.ts';
import { JOURNEYS, type Journey } from '../../src/domain/flow.ts';
import { recommend, wayIndex } from '../../src/domain/recommend.ts';
import { realContent } from '../helpers/content.ts';

const real = realContent();
const RUNS = { numRuns: 1000 };

/** Distance between two ways on the spectrum. */
const distance = (a: WayId, b: WayId) => Math.abs(wayIndex(a) - wayIndex(b));

/** A deep copy of the content to break on purpose; the real content is never touched. */
function broken(change: (c: Content) => void): Content {
  const copy: Content = structuredClone(real);
  change(copy);
  return copy;
}

function statementIn(c: Content, id: string): Statement {
  const found = [...c.goals.statements, ...c.outputs.statements].find((s) => s.id === id);
  if (found === undefined) throw new Error(`no statement ${id}`);
  return found;
}

/** Any answers about the situation: each question answered with any option, or left out. */
const contextArb = (c: Content) =>
  fc.record(Object.fromEntries(c.context.questions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, string>>;

/** Any picks a user can make: one or more statements, up to all of them, from one journey. */
const journeyPicksArb = (c: Content) =>
  fc.constantFrom(...JOURNEYS).chain((journey) =>
    fc.tuple(
      fc.constant(journey),
      fc.shuffledSubarray(
        statementSet(c, journey).statements.map((s) => s.id),
        { minLength: 1 },
      ),
    ),
  );

// The properties, each a function of the content so it can be run on a broken copy too.

const singlePickAimsAtItsWay = (c: Content) =>
  fc.property(fc.constantFrom(...c.goals.statements, ...c.outputs.statements), contextArb(c), (statement, context) => {
    return recommend(c, { picks: [statement.id], context })?.aim === statement.way;
  });

const aimWithinPickedSpan = (c: Content) =>
  fc.property(journeyPicksArb(c), contextArb(c), ([, picks], context) => {
    const r = recommend(c, { picks, context });
    if (r === null) return false;
    const indices = picks.map((id) => wayIndex(statementIn(c, id).way));
    return wayIndex(r.aim) >= Math.min(...indices) && wayIndex(r.aim) <= Math.max(...indices);
  });

const addingAPickNeverMovesAway = (c: Content) =>
  fc.property(
    journeyPicksArb(c).chain(([journey, picks]) =>
      fc.tuple(
        fc.constant<[Journey, string[]]>([journey, picks]),
        fc.constantFrom(...statementSet(c, journey).statements.map((s) => s.id)),
      ),
    ),
    contextArb(c),
    ([[, picks], added], context) => {
      const way = statementIn(c, added).way;
      const before = recommend(c, { picks, context });
      const after = recommend(c, { picks: [...picks, added], context });
      if (before === null || after === null) return false;
      return distance(after.aim, way) <= distance(before.aim, way);
    },
  );

const UNSURE_QUESTIONS = ['capacity', 'relationship', 'leadership'] as const;
const unsureNeverStartsLighter = (c: Content) =>
  fc.property(
    journeyPicksArb(c),
    contextArb(c),
    fc.constantFrom(...UNSURE_QUESTIONS).chain((questionId) => {
      const options = c.context.questions.find((q) => q.id === questionId)?.options ?? [];
      return fc.tuple(fc.constant(questionId), fc.constantFrom(...options.filter((o) => o.id !== 'unsure').map((o) => o.id)));
    }),
    ([, picks], context, [questionId, other]) => {
      const unsure = recommend(c, { picks, context: { ...context, [questionId]: 'unsure' } });
      const answered = recommend(c, { picks, context: { ...context, [questionId]: other } });
      if (unsure === null || answered === null) return false;
      return wayIndex(unsure.start) >= wayIndex(answered.start);
    },
  );

const alwaysAWellFormedResult = (c: Content) =>
  fc.property(journeyPicksArb(c), contextArb(c), ([, picks], context) => {
    const r = recommend(c, { picks, context });
    return (
      r !== null &&
      WAY_IDS.includes(r.aim) &&
      WAY_IDS.includes(r.start) &&
      wayIndex(r.start) <= wayIndex(r.aim) &&
      wayIndex(r.aim) >= wayIndex(r.span.lightest) &&
      wayIndex(r.aim) <= wayIndex(r.span.deepest)
    );
  });

/*
 * Found by the property below: a networking statement that also gives partnership a point
 * (g-local-need, o-need-picture) can move the aim from coordination to partnership, further
 * from networking. Kept as fixed examples so the property checks them on every run.
 */
const KNOWN_MONOTONY_CASES: [[[Journey, string[]], string], Record<string, string>][] = [
  [[['goal', ['g-outreach-clinic', 'g-new-service']], 'g-local-need'], {}],
  [
    [['outputs', ['o-sector-model', 'o-outreach', 'o-referral-data', 'o-embedded-service', 'o-system-change']], 'o-need-picture'],
    { challenge: 'recurring' },
  ],
];

describe('properties of the scoring on the shipped content', () => {
  it('a single pick, with any answers about the situation, aims for that pick’s own way', () => {
    fc.assert(singlePickAimsAtItsWay(real), RUNS);
  });

  it('the aim always lies within the span of the ways the picks are meant for', () => {
    fc.assert(aimWithinPickedSpan(real), RUNS);
  });

  it('adding a pick for a way never moves the aim further away from that way (FAILS on today’s content: see KNOWN_MONOTONY_CASES)', () => {
    fc.assert(addingAPickNeverMovesAway(real), { ...RUNS, examples: KNOWN_MONOTONY_CASES });
  });

  it('answering "not sure" about capacity, relationship or leadership never makes the start lighter than any other answer', () => {
    for (const id of UNSURE_QUESTIONS) {
      expect(real.context.questions.find((q) => q.id === id)?.options.map((o) => o.id)).toContain('unsure');
    }
    fc.assert(unsureNeverStartsLighter(real), RUNS);
  });

  it('never throws, and always gives a way to start and aim for, start no deeper than aim', () => {
    fc.assert(alwaysAWellFormedResult(real), RUNS);
  });
});

describe('each property fails on a deliberately bad weight', () => {
  // g-one-client is meant for cooperation; here its weights favour networking, a neighbour.
  const favoursNeighbour = broken((c) => {
    statementIn(c, 'g-one-client').weights = { networking: 3, cooperation: 1 };
  });
  // g-share-info is meant for networking; here its weights favour partnership.
  const favoursFarWay = broken((c) => {
    statementIn(c, 'g-share-info').weights = { partnership: 3 };
  });

  it('a single pick leaves its way when its weights favour a neighbour', () => {
    const details = fc.check(singlePickAimsAtItsWay(favoursNeighbour), RUNS);
    expect(details.failed).toBe(true);
    expect(details.counterexample?.[0].id).toBe('g-one-client');
  });

  it('the aim leaves the span of the picks’ ways when a statement’s weights favour another way', () => {
    expect(fc.check(aimWithinPickedSpan(favoursFarWay), RUNS).failed).toBe(true);
  });

  it('adding a statement whose weights favour a far way moves the aim away from the statement’s own way', () => {
    expect(fc.check(addingAPickNeverMovesAway(favoursFarWay), RUNS).failed).toBe(true);
  });

  it('a "not sure" answer that holds the start back makes it lighter than a real answer', () => {
    const unsureCaps = broken((c) => {
      const option = c.context.questions.find((q) => q.id === 'capacity')?.options.find((o) => o.id === 'unsure');
      if (option === undefined) throw new Error('no capacity "unsure"');
      option.readyFor = 'networking';
      option.because = 'broken on purpose';
    });
    expect(fc.check(unsureNeverStartsLighter(unsureCaps), RUNS).failed).toBe(true);
  });

  it('a statement with no weights makes recommend throw, and a cap naming no way gives a start that is no way', () => {
    const noWeights = broken((c) => {
      // As if the content check had been bypassed: no weights at all.
      Object.assign(statementIn(c, 'g-share-info'), { weights: null });
    });
    const threw = fc.check(alwaysAWellFormedResult(noWeights), RUNS);
    expect(threw.failed).toBe(true);
    expect(threw.errorInstance).toBeInstanceOf(TypeError);

    const capToNowhere = broken((c) => {
      const option = c.context.questions.find((q) => q.id === 'capacity')?.options.find((o) => o.id === 'little');
      if (option === undefined) throw new Error('no capacity "little"');
      option.readyFor = 'nowhere' as WayId;
    });
    expect(fc.check(alwaysAWellFormedResult(capToNowhere), RUNS).failed).toBe(true);
  });
});

describe('the guide’s family-violence case', () => {
  // A maternity clinic and a legal service share clients affected by family violence: deep-rooted,
  // an existing relationship, only today's resources, a long path, review in six months.
  const r = recommend(real, {
    picks: ['g-share-info', 'g-shared-clients', 'g-change-systems'],
    context: { partners: 'one', challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' },
  });

  it('starts with networking and aims deeper', () => {
    expect(r?.start).toBe('networking');
    expect(r?.startPicked).toBe(true);
    expect(wayIndex(r?.aim ?? 'networking')).toBeGreaterThan(wayIndex('networking'));
  });

  it('suggests a review in 6 months', () => {
    expect(r?.review.months).toBe(6);
  });

  it('names capacity among what holds the start back', () => {
    expect(r?.limits.map((l) => l.questionId)).toContain('capacity');
  });

  it('knows the work is with one other service', () => {
    expect(r?.partners).toBe('one');
  });
});

type Scenario = {
  id: string;
  title: string;
  journey: Journey;
  picks: string[];
  context: Record<string, string>;
  expected: { start: WayId; aim: WayId };
};

const bank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../scenarios/bank.json'), 'utf8')) as Scenario[];

describe('the scenario bank', () => {
  it('is big and varied enough to mean something', () => {
    expect(bank.length).toBeGreaterThanOrEqual(30);
    expect(new Set(bank.map((s) => s.id)).size).toBe(bank.length);
    const unsureOrSeveral = bank.filter(
      (s) => Object.values(s.context).includes('unsure') || s.context['partners'] === 'few' || s.context['partners'] === 'many',
    );
    expect(unsureOrSeveral.length).toBeGreaterThanOrEqual(8);
    for (const journey of JOURNEYS) expect(bank.some((s) => s.journey === journey)).toBe(true);
  });

  it.each(bank.map((s) => [s.id, s] as const))('%s names only statements and answers the content has', (_, s) => {
    expect(JOURNEYS).toContain(s.journey);
    expect(s.picks.length).toBeGreaterThan(0);
    const own = statementSet(real, s.journey).statements.map((x) => x.id);
    for (const id of s.picks) expect(own, `${s.id}: ${id}`).toContain(id);
    for (const [questionId, optionId] of Object.entries(s.context)) {
      const question = real.context.questions.find((q) => q.id === questionId);
      expect(question, `${s.id}: question ${questionId}`).toBeDefined();
      expect(
        question?.options.map((o) => o.id),
        `${s.id}: ${questionId}`,
      ).toContain(optionId);
    }
    expect(WAY_IDS).toContain(s.expected.start);
    expect(WAY_IDS).toContain(s.expected.aim);
  });

  it('matches the expected start and aim in at least 90% of scenarios, and is within one step in all', () => {
    const outcomes = bank.map((s) => {
      const r = recommend(real, { picks: s.picks, context: s.context });
      return { s, start: r?.start ?? null, aim: r?.aim ?? null };
    });
    const matches = outcomes.filter((o) => o.start === o.s.expected.start && o.aim === o.s.expected.aim);
    const rate = matches.length / bank.length;
    console.log(`Scenario bank: ${matches.length} of ${bank.length} match start and aim (${(rate * 100).toFixed(1)}%)`);
    for (const o of outcomes) {
      if (o.start !== o.s.expected.start || o.aim !== o.s.expected.aim)
        console.log(`  ${o.s.id}: expected ${o.s.expected.start} → ${o.s.expected.aim}, got ${o.start} → ${o.aim}`);
    }
    for (const o of outcomes) {
      expect(o.start, o.s.id).not.toBeNull();
      expect(o.aim, o.s.id).not.toBeNull();
      expect(distance(o.start ?? 'networking', o.s.expected.start), `${o.s.id} start`).toBeLessThanOrEqual(1);
      expect(distance(o.aim ?? 'networking', o.s.expected.aim), `${o.s.id} aim`).toBeLessThanOrEqual(1);
    }
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});
