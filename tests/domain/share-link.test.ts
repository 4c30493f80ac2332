import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/schema.ts';
import { parseAnswers, recommend } from '../../src/domain/recommend.ts';
import { decodeLink, encodeAnswers, MAX_LINK_LENGTH } from '../../src/domain/share-link.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();
const fullContext = { challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' };

describe('share links', () => {
  it('round-trips a journey’s answers', () => {
    const answers = { picks: ['g-shared-clients', 'g-change-systems', 'g-connect-region'], context: fullContext };
    const code = encodeAnswers(content, 'goal', answers);
    const decoded = decodeLink(content, code);
    expect(decoded.ok && decoded.shared.journey).toBe('goal');
    expect(decoded.ok && [...decoded.shared.answers.picks].sort()).toEqual([...answers.picks].sort());
    expect(decoded.ok && decoded.shared.answers.context).toEqual(fullContext);
  });

  it('keeps opening a link published with version 1 of the format', () => {
    // Made on 2026-11-22 from the content of the day. If this breaks, published links break.
    const decoded = decodeLink(content, '1g.g5gbgf.cdhykslsrl');
    expect(decoded).toEqual({
      ok: true,
      shared: {
        journey: 'goal',
        answers: {
          picks: ['g-explore', 'g-seamless-referral', 'g-shared-clients'],
          context: { challenge: 'deep', horizon: 'years', relationship: 'some', leadership: 'support', capacity: 'little' },
        },
      },
    });
  });

  it('gives the same code for the same answers in any order', () => {
    const a = encodeAnswers(content, 'outputs', {
      picks: ['o-outreach', 'o-contacts'],
      context: { horizon: 'once', challenge: 'contained' },
    });
    const b = encodeAnswers(content, 'outputs', {
      picks: ['o-contacts', 'o-outreach', 'o-outreach'],
      context: { challenge: 'contained', horizon: 'once' },
    });
    expect(a).toBe(b);
  });

  it('stays under 100 characters after the origin for eight statements and every context answer', () => {
    const picks = content.goals.statements.slice(0, 8).map((s) => s.id);
    const code = encodeAnswers(content, 'goal', { picks, context: fullContext });
    const afterOrigin = `/tools/ways-of-working/#/r/${code}`;
    expect(afterOrigin.length).toBeLessThan(100);
  });

  it('still opens to the same result after the content gains a statement, an option and a question', () => {
    const answers = { picks: ['g-shared-clients', 'g-not-reaching'], context: fullContext };
    const code = encodeAnswers(content, 'goal', answers);
    const grown: Content = structuredClone(content);
    grown.goals.statements.splice(3, 0, {
      id: 'g-added-later',
      key: 'zz',
      way: 'partnership',
      weights: { partnership: 3 },
      text: 'Added after the link was made.',
    });
    const challenge = grown.context.questions[0];
    challenge?.options.splice(1, 0, { id: 'new-option', key: 'z', label: 'New', summary: 'new' });
    grown.context.questions.push({
      id: 'added-question',
      key: 'z',
      question: 'A new question?',
      options: [
        { id: 'a', key: 'a', label: 'A', summary: 'a' },
        { id: 'b', key: 'b', label: 'B', summary: 'b', readyFor: 'networking' },
      ],
    });
    const decoded = decodeLink(grown, code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(recommend(grown, decoded.shared.answers)).toEqual(recommend(content, answers));
  });

  it.each([
    ['a truncated link', '1g.g5gcg', 'malformed'],
    ['an edited journey', '1x.g5.cd', 'malformed'],
    ['upper case', '1G.G5.CD', 'malformed'],
    ['a newer format', '2g.g5.cd', 'other-version'],
    ['random text', 'hello world', 'malformed'],
    ['script', '<script>alert(1)</script>', 'malformed'],
    ['an unknown statement', '1g.g5qq.cd', 'unknown-statement'],
    ['an output in a goal link', '1g.g5o1.cd', 'wrong-list'],
    ['an unknown question', '1g.g5.qd', 'unknown-question'],
    ['an unknown answer', '1g.g5.cq', 'unknown-answer'],
    ['a question answered twice', '1g.g5.cdcr', 'repeated-question'],
    ['no statements', '1g..cd', 'empty'],
    ['an oversized link', `1g.${'g5'.repeat(300)}.cd`, 'too-long'],
  ])('explains %s', (_, code, kind) => {
    const decoded = decodeLink(content, code);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem.kind).toBe(kind);
  });
});

describe('the decoder under fuzzing', () => {
  const validCode = fc
    .record({
      journey: fc.constantFrom('goal' as const, 'outputs' as const),
      n: fc.integer({ min: 1, max: 10 }),
      context: fc.record(Object.fromEntries(content.context.questions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id))])), {
        requiredKeys: [],
      }),
    })
    .map(({ journey, n, context }) => {
      const list = journey === 'goal' ? content.goals.statements : content.outputs.statements;
      return encodeAnswers(content, journey, { picks: list.slice(0, n).map((s) => s.id), context: context as Record<string, string> });
    });

  /** A valid link, then cut, spliced, or with characters replaced: what copying and pasting does to links. */
  const mutated = fc
    .tuple(validCode, fc.nat(), fc.nat(), fc.string({ maxLength: 6 }), fc.constantFrom('cut', 'insert', 'replace', 'double'))
    .map(([code, i, j, text, how]) => {
      const a = i % (code.length + 1);
      const b = j % (code.length + 1);
      switch (how) {
        case 'cut':
          return code.slice(0, a);
        case 'insert':
          return code.slice(0, a) + text + code.slice(a);
        case 'replace':
          return code.slice(0, Math.min(a, b)) + text + code.slice(Math.max(a, b));
        case 'double':
          return code + code;
      }
    });

  const check = (code: string) => {
    const decoded = decodeLink(content, code);
    if (decoded.ok) {
      // Anything accepted must be real answers that the scoring can use.
      expect(parseAnswers(content, decoded.shared.answers).ok).toBe(true);
      expect(recommend(content, decoded.shared.answers)).not.toBeNull();
    } else {
      expect(typeof decoded.problem.kind).toBe('string');
    }
  };

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 600 }), check), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 1000 });
  });

  it('never throws on mutated links, and accepts every valid one', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 5000 });
    fc.assert(
      fc.property(validCode, (code) => {
        expect(decodeLink(content, code).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses anything longer than the limit without reading it', () => {
    expect(decodeLink(content, 'x'.repeat(MAX_LINK_LENGTH + 1))).toEqual({ ok: false, problem: { kind: 'too-long' } });
  });
});
