import { describe, expect, it } from 'vitest';
import { parseAnswers, recommend, recommendWeighted, weigh } from '../../src/domain/recommend.ts';
import { tinyContent } from '../helpers/content.ts';

const content = tinyContent();

describe('recommend', () => {
  it('returns null when nothing is chosen', () => {
    expect(recommend(content, { picks: [], context: {} })).toBeNull();
  });

  it('gives each way its points and its fit relative to the best way', () => {
    const r = recommend(content, { picks: ['g-coord', 'g-mix', 'g-net'], context: {} });
    expect(r?.fit).toEqual([
      { way: 'networking', points: 3, fit: 0.6 },
      { way: 'cooperation', points: 0, fit: 0 },
      { way: 'coordination', points: 5, fit: 1 },
      { way: 'partnership', points: 1, fit: 0.2 },
    ]);
    expect(r?.aim).toBe('coordination');
    expect(r?.start).toBe('coordination');
    expect(r?.closeTo).toBeNull();
  });

  it('traces every point to the answer that gave it', () => {
    const r = recommend(content, { picks: ['g-mix'], context: { depth: 'deep' } });
    expect(r?.contributions).toEqual([
      { kind: 'statement', statementId: 'g-mix', way: 'coordination', points: 2 },
      { kind: 'statement', statementId: 'g-mix', way: 'partnership', points: 1 },
      { kind: 'context', questionId: 'depth', optionId: 'deep', way: 'coordination', points: 1 },
      { kind: 'context', questionId: 'depth', optionId: 'deep', way: 'partnership', points: 2 },
    ]);
    const total = r?.contributions.reduce((sum, c) => sum + c.points, 0);
    expect(total).toBe(r?.fit.reduce((sum, f) => sum + f.points, 0));
  });

  it('breaks an exact tie toward the less intensive way and says it was close', () => {
    const r = recommend(content, { picks: ['g-part', 'g-net'], context: {} });
    expect(r?.aim).toBe('networking');
    expect(r?.closeTo).toBe('partnership');
  });

  it('counts a statement chosen twice once', () => {
    expect(recommend(content, { picks: ['g-net', 'g-net'], context: {} })?.fit[0]?.points).toBe(3);
  });

  it('starts lighter than the aim when the context limits it, and names the limit', () => {
    const r = recommend(content, { picks: ['g-part'], context: { capacity: 'little' } });
    expect(r?.aim).toBe('partnership');
    expect(r?.start).toBe('networking');
    expect(r?.limits).toEqual([{ questionId: 'capacity', optionId: 'little', readyFor: 'networking' }]);
    expect(r?.reviewMonths).toBe(6);
    expect(r?.inputs.map((i) => i.id)).toEqual(['networking-1', 'networking-2']);
    expect(r?.aimInputs.map((i) => i.id)).toEqual(['partnership-1', 'partnership-2']);
  });

  it('does not hold back an aim that the context already supports', () => {
    const r = recommend(content, { picks: ['g-coop'], context: { capacity: 'some' } });
    expect(r?.start).toBe('cooperation');
    expect(r?.limits).toEqual([]);
    expect(r?.aimInputs).toEqual([]);
  });

  it('ignores ids that are not in the content', () => {
    expect(recommend(content, { picks: ['nope', 'g-net'], context: { nope: 'x', depth: 'nope' } })?.aim).toBe('networking');
  });
});

describe('recommendWeighted', () => {
  it('gives the same result as one person when every count is one', () => {
    const answers = { picks: ['g-mix', 'g-net'], context: { depth: 'deep', capacity: 'some' } };
    expect(recommendWeighted(content, weigh(answers))).toEqual(recommend(content, answers));
  });

  it('multiplies points by counts and lets the most common context answer limit the start', () => {
    const r = recommendWeighted(content, {
      picks: new Map([
        ['g-part', 3],
        ['g-net', 1],
      ]),
      context: new Map([
        [
          'capacity',
          new Map([
            ['some', 2],
            ['lots', 1],
          ]),
        ],
      ]),
    });
    expect(r?.fit.map((f) => f.points)).toEqual([3, 0, 0, 9]);
    expect(r?.start).toBe('cooperation');
  });
});

describe('parseAnswers', () => {
  it('accepts known ids and removes repeats', () => {
    expect(parseAnswers(content, { picks: ['g-net', 'g-net'], context: { depth: 'deep' } })).toEqual({
      ok: true,
      answers: { picks: ['g-net'], context: { depth: 'deep' } },
    });
  });

  it('lists every unknown statement, question and answer', () => {
    expect(parseAnswers(content, { picks: ['g-gone'], context: { who: 'x', depth: 'bottomless' } })).toEqual({
      ok: false,
      problems: [
        { message: 'unknown statement "g-gone"' },
        { message: 'unknown question "who"' },
        { message: 'unknown answer "bottomless" to "depth"' },
      ],
    });
  });
});
