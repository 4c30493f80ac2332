import { describe, expect, it } from 'vitest';
import type { Content, Statement } from '../../src/content/schema.ts';
import { calibrate, contextCombinations } from '../../src/domain/calibrate.ts';
import { recommend } from '../../src/domain/recommend.ts';
import { realContent, tinyContent } from '../helpers/content.ts';

const real = realContent();
const product = (c: Pick<Content, 'context'>) => c.context.questions.reduce((n, q) => n * q.options.length, 1);

describe('contextCombinations', () => {
  it('gives every combination of one answer per question once, on the small content', () => {
    const tiny = tinyContent();
    const combos = [...contextCombinations(tiny)];
    expect(combos).toHaveLength(3 * 4 * 3);
    expect(new Set(combos.map((c) => JSON.stringify(c))).size).toBe(combos.length);
    for (const combo of combos) {
      expect(Object.keys(combo)).toEqual(['depth', 'capacity', 'horizon']);
      for (const q of tiny.context.questions) expect(q.options.map((o) => o.id)).toContain(combo[q.id]);
    }
  });

  it('gives as many combinations as the product of the option counts, on the shipped content', () => {
    const combos = [...contextCombinations(real)];
    expect(combos).toHaveLength(product(real));
    expect(new Set(combos.map((c) => JSON.stringify(c))).size).toBe(combos.length);
  });
});

describe('calibrate on the shipped content', () => {
  const report = calibrate(real);

  it('finds no problems', () => {
    expect(report.problems).toEqual([]);
  });

  it('checks every goal statement and output against every combination of situation answers', () => {
    expect(report.statements).toBe(real.goals.statements.length + real.outputs.statements.length);
    expect(report.combinations).toBe(product(real));
  });
});

describe('calibrate on content with deliberately bad weights', () => {
  const bad: Content = structuredClone(real);
  const find = (id: string): Statement => {
    const found = [...bad.goals.statements, ...bad.outputs.statements].find((s) => s.id === id);
    if (found === undefined) throw new Error(`no statement ${id}`);
    return found;
  };
  // Meant for partnership, but its weights favour coordination.
  find('g-change-systems').weights = { partnership: 1, coordination: 3 };
  // Meant for cooperation, but its weights tie it with networking, the lighter neighbour.
  find('g-letter-support').weights = { cooperation: 3, networking: 3 };
  const report = calibrate(bad);
  const problemsOf = (id: string) => report.problems.filter((p) => p.statement.id === id);

  it('reports only the statements that were broken', () => {
    expect(new Set(report.problems.map((p) => p.statement.id))).toEqual(new Set(['g-change-systems', 'g-letter-support']));
  });

  it('reports a statement whose weights favour another way as leaving its way, whatever the situation', () => {
    const [problem, ...rest] = problemsOf('g-change-systems');
    expect(rest).toEqual([]);
    expect(problem?.kind).toBe('leaves-way');
    expect(problem?.file).toBe('goals.json');
    expect(problem?.combinations).toBe(product(real));
    expect(problem?.example.aim).toBe('coordination');
  });

  it('reports a statement tied with a lighter neighbour as a tie broken against the pick', () => {
    const problems = problemsOf('g-letter-support');
    expect(problems.map((p) => p.kind)).toEqual(['tie-against-pick']);
    const [problem] = problems;
    expect(problem?.example.aim).toBe('networking');
    // Only where the situation does not tilt towards cooperation: some combinations, not all.
    expect(problem?.combinations).toBeGreaterThan(0);
    expect(problem?.combinations).toBeLessThan(product(real));
  });

  it('gives an example that really shows the problem', () => {
    for (const problem of report.problems) {
      const r = recommend(bad, { picks: [problem.statement.id], context: problem.example.context });
      expect(r?.aim).toBe(problem.example.aim);
      expect(r?.aim).not.toBe(problem.statement.way);
      expect(r?.tie).toBe(problem.kind === 'tie-against-pick');
    }
  });
});
