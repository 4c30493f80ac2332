import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WAY_IDS } from '../../src/content/way-ids.ts';
import { recommend } from '../../src/domain/recommend.ts';
import { calibrate } from '../../src/domain/calibrate.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();
const goalIds = content.goals.statements.map((s) => s.id);
const outputIds = content.outputs.statements.map((s) => s.id);

/** Any valid answers: some statements from one questionnaire and any subset of context answers. */
const answersArb = (ids: string[]) =>
  fc.record({
    picks: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length }),
    context: fc.record(Object.fromEntries(content.context.questions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])), {
      requiredKeys: [],
    }) as fc.Arbitrary<Record<string, string>>,
  });

describe('the shipped content and scoring together', () => {
  it.each([...content.goals.statements, ...content.outputs.statements].map((s) => [s.id, s.way] as const))(
    '%s chosen alone recommends %s',
    (id, way) => {
      expect(recommend(content, { picks: [id], context: {} })?.aim).toBe(way);
    },
  );

  it('flags nothing in the calibration report', () => {
    expect(calibrate(content).filter((r) => r.flag !== null)).toEqual([]);
  });

  it('puts the guide’s hospital and legal service case at networking now, a deeper way later, review in six months', () => {
    // Shared clients affected by family violence, a deep-rooted challenge, an existing relationship, only today's resources.
    const r = recommend(content, {
      picks: ['g-shared-clients', 'g-change-systems', 'g-connect-region'],
      context: { challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' },
    });
    expect(r?.start).toBe('networking');
    expect(WAY_IDS.indexOf(r?.aim ?? 'networking')).toBeGreaterThan(WAY_IDS.indexOf('networking'));
    expect(r?.reviewMonths).toBe(6);
    expect(r?.limits.map((l) => l.questionId)).toContain('capacity');
  });

  it('recommends coordination for the guide’s outreach clinic example when the situation supports it', () => {
    const r = recommend(content, {
      picks: ['g-not-reaching', 'g-outreach-clinic'],
      context: { challenge: 'recurring', capacity: 'regular', relationship: 'some', horizon: 'months', leadership: 'support' },
    });
    expect(r?.aim).toBe('coordination');
    expect(r?.start).toBe('coordination');
  });

  it('recommends cooperation for a one-off stall with a letter of support', () => {
    const r = recommend(content, {
      picks: ['g-event-stall', 'g-letter-support'],
      context: { challenge: 'contained', capacity: 'task', relationship: 'none', horizon: 'once', leadership: 'not-yet' },
    });
    expect(r?.aim).toBe('cooperation');
    expect(r?.start).toBe('cooperation');
  });

  it('gives the same result whatever the order of answers', () => {
    fc.assert(
      fc.property(answersArb([...goalIds, ...outputIds]), fc.nat(), (answers, seed) => {
        const shuffled = [...answers.picks].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (a < b ? 1 : -1));
        const reversedContext = Object.fromEntries(Object.entries(answers.context).reverse());
        expect(recommend(content, { picks: shuffled, context: reversedContext })).toEqual(recommend(content, answers));
      }),
    );
  });

  it('never lowers a way’s fit when a statement belonging to it is added', () => {
    const all = [...content.goals.statements, ...content.outputs.statements];
    fc.assert(
      fc.property(answersArb([...goalIds, ...outputIds]), fc.constantFrom(...all), (answers, added) => {
        const before = recommend(content, answers);
        const after = recommend(content, { ...answers, picks: [...answers.picks, added.id] });
        const fitOf = (r: typeof before) => r?.fit.find((f) => f.way === added.way)?.fit ?? 0;
        expect(fitOf(after)).toBeGreaterThanOrEqual(fitOf(before) - 1e-12);
      }),
    );
  });

  it('gives a result for any valid answers and never throws', () => {
    fc.assert(
      fc.property(answersArb([...goalIds, ...outputIds]), (answers) => {
        const r = recommend(content, answers);
        expect(r).not.toBeNull();
        expect(WAY_IDS).toContain(r?.aim);
        expect(WAY_IDS.indexOf(r?.start ?? 'partnership')).toBeLessThanOrEqual(WAY_IDS.indexOf(r?.aim ?? 'networking'));
        expect(r?.inputs.length).toBeGreaterThan(0);
      }),
    );
  });

  it.each([
    ['goal statements', goalIds],
    ['outputs', outputIds],
  ])('can recommend every way from the %s', (_, ids) => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(answersArb(ids), (answers) => {
        const r = recommend(content, answers);
        if (r !== null) reached.add(r.aim);
      }),
      { numRuns: 500 },
    );
    // Also each way directly, from a statement meant for it.
    for (const way of WAY_IDS) {
      const id = [...content.goals.statements, ...content.outputs.statements].find((s) => ids.includes(s.id) && s.way === way)?.id;
      expect(id, `a statement for ${way}`).toBeDefined();
      expect(recommend(content, { picks: [id ?? ''], context: {} })?.aim).toBe(way);
    }
    expect([...reached].sort()).toEqual([...WAY_IDS].sort());
  });
});
