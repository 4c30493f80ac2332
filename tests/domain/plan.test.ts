import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan } from '../../src/domain/plan.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();

describe('plan links', () => {
  it('keep every activity, with any name', () => {
    const activities = [
      { name: 'Partnership governance', code: '1g.gggi.cdhykslsrl' },
      { name: 'Community legal education – “CLE” team ~ <b>', code: '1o.o5.cchokslsrt' },
    ];
    const decoded = decodePlan(content, encodePlan(activities));
    expect(decoded.ok && decoded.activities.map(({ name, code }) => ({ name, code }))).toEqual(activities);
  });

  it('report which activity is broken', () => {
    const code = encodePlan([
      { name: 'A', code: '1g.g1.' },
      { name: 'B', code: '1g.zz.' },
    ]);
    expect(decodePlan(content, code)).toEqual({
      ok: false,
      problem: { kind: 'item', index: 1, problem: { kind: 'unknown-statement', key: 'zz' } },
    });
  });

  it('never throw on random or mutated input', () => {
    const good = encodePlan([{ name: 'Referral pathway', code: '1g.gb.cr' }]);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(), (text, cut) => {
        expect(typeof decodePlan(content, text).ok).toBe('boolean');
        expect(typeof decodePlan(content, good.slice(0, cut % (good.length + 1)) + text).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
