import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksum, nameLinkLength } from '../../../src/domain/links/codec.ts';
import {
  dateFromLink,
  dateToLink,
  decodeResult,
  encodeResult,
  MAX_RESULT_LINK,
  MAX_SERVICE_NAME,
  type ResultToEncode,
} from '../../../src/domain/links/result-link.ts';
import { content, expectedResult, nameOf, resultArb, SAMPLES, sorted, tokenArb } from './fixtures.ts';

const signed = (body: string) => `${body}.${checksum('result', body)}`;
const fullContext = {
  partners: 'few',
  challenge: 'deep',
  capacity: 'little',
  relationship: 'some',
  horizon: 'years',
  leadership: 'support',
};
const allInputs = content.ways.flatMap((w) => w.inputs.map((i) => i.id));

function roundTrip(result: Required<ResultToEncode>) {
  const code = encodeResult(content, result);
  expect(code.length).toBeLessThanOrEqual(MAX_RESULT_LINK);
  const decoded = decodeResult(content, code);
  expect(decoded.ok).toBe(true);
  if (decoded.ok) expect(sorted(decoded.value)).toEqual(sorted(expectedResult(result)));
  return code;
}

describe('result links', () => {
  it('round-trip a goal journey with ticks, a token and two service names', () => {
    const code = roundTrip({
      journey: 'goal',
      answers: { picks: ['g-explore', 'g-seamless-referral', 'g-shared-clients'], context: fullContext },
      ticks: ['coord-planning', 'net-time', 'part-vision'],
      token: 'q7k2m',
      services: { from: 'Ōtaki Community Health', with: '社区合作服务中心' },
      madeOn: { year: 2026, month: 11, day: 22 },
    });
    // The statement keys g5, gb and gf, sorted, after the goal tag.
    expect(code.startsWith('2.gg5gbgf.c')).toBe(true);
    // The day it was made: 20261122 in base 36.
    expect(code).toContain(`.d${(20261122).toString(36)}.`);
  });

  it('round-trip an outputs journey with some questions unanswered and no names', () => {
    const code = roundTrip({
      journey: 'outputs',
      answers: { picks: ['o-system-change', 'o-contacts'], context: { horizon: 'once', challenge: 'contained' } },
      ticks: [],
      token: null,
      services: null,
      madeOn: null,
    });
    // o2 and od, then the pairs cc (challenge contained) and ho (horizon once), sorted.
    expect(code.startsWith('2.oo2od.cccho.')).toBe(true);
  });

  it('round-trip any answers, ticks, token and names', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        roundTrip(result);
      }),
      { numRuns: 400 },
    );
  });

  it.each(Object.entries(SAMPLES))('round-trip service names of MAX_SERVICE_NAME units in %s', (_, sample) => {
    const name = nameOf(sample, MAX_SERVICE_NAME);
    expect(name.length).toBe(MAX_SERVICE_NAME);
    roundTrip({
      journey: 'goal',
      answers: { picks: ['g-explore'], context: fullContext },
      ticks: [],
      token: 'abcde',
      services: { from: name, with: [...name].reverse().join('') },
      madeOn: { year: 2000, month: 2, day: 29 },
    });
  });

  it('keeps one service name when the other is empty, and leaves both out when both are blank', () => {
    const base = { journey: 'goal' as const, answers: { picks: ['g-explore'], context: fullContext }, ticks: [], token: null };
    const one = decodeResult(content, encodeResult(content, { ...base, services: { from: '', with: 'خدمة' } }));
    expect(one.ok && one.value.services).toEqual({ from: '', with: 'خدمة' });
    const blank = decodeResult(content, encodeResult(content, { ...base, services: { from: '  ', with: '\t' } }));
    expect(blank.ok && blank.value.services).toBeNull();
    const trimmed = decodeResult(content, encodeResult(content, { ...base, services: { from: '  Ana ', with: 'Bo ' } }));
    expect(trimmed.ok && trimmed.value.services).toEqual({ from: 'Ana', with: 'Bo' });
  });

  it('gives the same code for the same answers, whatever their order or repeats', () => {
    fc.assert(
      fc.property(resultArb, fc.integer(), (result, seed) => {
        const shuffle = <T>(list: readonly T[]) =>
          list
            .map((x, i) => ({ x, k: Math.sin(seed + i * 7.13) }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const again = {
          ...result,
          answers: {
            picks: shuffle([...result.answers.picks, ...result.answers.picks]),
            context: Object.fromEntries(shuffle(Object.entries(result.answers.context))),
          },
          ticks: shuffle([...result.ticks, ...result.ticks.slice(0, 2)]),
        };
        expect(encodeResult(content, again)).toBe(encodeResult(content, result));
      }),
      { numRuns: 300 },
    );
  });

  it('gives different codes for different answers', () => {
    const a = encodeResult(content, { journey: 'goal', answers: { picks: ['g-explore'], context: fullContext } });
    const b = encodeResult(content, { journey: 'goal', answers: { picks: ['g-explore'], context: { ...fullContext, horizon: 'once' } } });
    const c = encodeResult(content, { journey: 'goal', answers: { picks: ['g-explore'], context: fullContext }, token: 'q7k2m' });
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('leaves out ids the content does not have, and a token that is not one', () => {
    const code = encodeResult(content, {
      journey: 'goal',
      answers: { picks: ['g-explore', 'g-gone', 'o-contacts'], context: { challenge: 'deep', gone: 'x', horizon: 'never' } },
      ticks: ['net-time', 'gone-input'],
      token: 'NOT A TOKEN',
    });
    const decoded = decodeResult(content, code);
    expect(decoded).toEqual({
      ok: true,
      value: {
        journey: 'goal',
        answers: { picks: ['g-explore'], context: { challenge: 'deep' } },
        ticks: ['net-time'],
        droppedTicks: 0,
        token: null,
        services: null,
        version: 2,
      },
    });
  });

  it.each([
    ['a statement key the content does not have', '2.gzz.ccd'],
    ['an output key in a goal list', '2.go1.ccd'],
    ['a question key the content does not have', '2.gg5.czd'],
    ['an option key the question does not have', '2.gg5.ccz'],
  ])('report %s as an unknown answer', (_, body) => {
    expect(decodeResult(content, signed(body))).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
  });

  it('refuse a code that answers the same question twice, or names a statement twice', () => {
    expect(decodeResult(content, signed('2.gg5.ccdcr'))).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'two-answers' } });
    expect(decodeResult(content, signed('2.gg5.ccdcd'))).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'two-answers' } });
    expect(decodeResult(content, signed('2.gg5gbg5.ccd'))).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'repeated' } });
    expect(decodeResult(content, signed('2.gg5.ccd.ccr'))).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'repeated' } });
  });

  it('refuse a code with both journeys, or neither', () => {
    expect(decodeResult(content, signed('2.gg5.oo1.ccd'))).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    expect(decodeResult(content, signed('2.ccd'))).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it('counts ticks this version does not have, and opens the rest', () => {
    const decoded = decodeResult(content, signed('2.gg5.ccd.tn1z9y8'));
    expect(decoded.ok && decoded.value.ticks).toEqual(['net-time']);
    expect(decoded.ok && decoded.value.droppedTicks).toBe(2);
  });

  it('refuse service names that are not base64url of UTF-8, or longer than MAX_SERVICE_NAME', () => {
    expect(decodeResult(content, signed('2.gg5.ccd.n_w~U2Ft')).ok).toBe(false);
    const long = 'U2Ft'.repeat(14); // "Sam" 14 times: 42 units
    expect(decodeResult(content, signed(`2.gg5.ccd.n${long}~U2Ft`))).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it('refuse anything longer than MAX_RESULT_LINK unread', () => {
    const code = `2.g${'g5'.repeat(400)}.ccd`;
    expect(decodeResult(content, signed(code))).toEqual({ ok: false, problem: { kind: 'too-long' } });
  });

  it('never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const decoded = decodeResult(content, text);
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the day a link was made', () => {
  it('round-trips every real day, and nothing else', () => {
    expect(dateFromLink(dateToLink({ year: 2028, month: 2, day: 29 }) ?? '')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(dateToLink({ year: 2027, month: 2, day: 29 })).toBeNull();
    expect(dateToLink({ year: 2026, month: 13, day: 1 })).toBeNull();
    expect(dateToLink({ year: 1999, month: 12, day: 31 })).toBeNull();
    expect(dateFromLink((20270229).toString(36))).toBeNull();
    expect(dateFromLink((20261100).toString(36))).toBeNull();
    expect(dateFromLink('zzzzzz')).toBeNull();
  });

  it('is absent from a link made without it, and refuses a signed link whose date is not a real day', () => {
    const plain = encodeResult(content, { journey: 'goal', answers: { picks: ['g-explore'], context: fullContext } });
    const without = decodeResult(content, plain);
    expect(without.ok).toBe(true);
    expect(without.ok && 'madeOn' in without.value).toBe(false);
    const body = plain.slice(0, plain.lastIndexOf('.'));
    const dated = decodeResult(content, signed(`${body}.d${(20261122).toString(36)}`));
    expect(dated.ok && dated.value.madeOn).toEqual({ year: 2026, month: 11, day: 22 });
    expect(decodeResult(content, signed(`${body}.d${(20261131).toString(36)}`))).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });
});

describe('MAX_RESULT_LINK', () => {
  const longestList = content.goals.statements.length >= content.outputs.statements.length ? 'goal' : 'outputs';
  const statements = longestList === 'goal' ? content.goals.statements : content.outputs.statements;
  const everyAnswer = Object.fromEntries(content.context.questions.map((q) => [q.id, q.options.at(-1)?.id ?? '']));

  it.each([
    ['3-byte characters', nameOf('合', MAX_SERVICE_NAME)],
    ['emoji', nameOf('🙂', MAX_SERVICE_NAME)],
    ['mixed', nameOf(SAMPLES.mixed, MAX_SERVICE_NAME)],
  ])('is at least the longest link the app can make, with names of %s', (_, name) => {
    const result = {
      journey: longestList,
      answers: { picks: statements.map((s) => s.id), context: everyAnswer },
      ticks: allInputs,
      token: 'zzzzz',
      services: { from: name, with: name },
    } as const;
    const code = encodeResult(content, result);
    expect(code.length).toBeLessThanOrEqual(MAX_RESULT_LINK);
    const decoded = decodeResult(content, code);
    expect(decoded.ok && decoded.value.answers.picks.length).toBe(statements.length);
    expect(decoded.ok && Object.keys(decoded.value.answers.context).length).toBe(content.context.questions.length);
    expect(decoded.ok && decoded.value.ticks.length).toBe(allInputs.length);
    expect(decoded.ok && decoded.value.services).toEqual({ from: name, with: name });
  });

  it('leaves room for the names at their longest in any script', () => {
    // 6 fields of "." + tag, the version, ".", a 6-character checksum, and each part at its longest today.
    const today = 1 + (2 + 2 * statements.length) + (2 + 2 * content.context.questions.length) + (2 + 2 * allInputs.length) + (2 + 5);
    expect(MAX_RESULT_LINK).toBeGreaterThanOrEqual(today + 2 + 2 * nameLinkLength(MAX_SERVICE_NAME) + 1 + 7);
  });

  it('accepts any token', () => {
    fc.assert(
      fc.property(tokenArb, (token) => {
        const decoded = decodeResult(
          content,
          encodeResult(content, { journey: 'goal', answers: { picks: ['g-explore'], context: {} }, token }),
        );
        expect(decoded.ok && decoded.value.token).toBe(token);
      }),
      { numRuns: 100 },
    );
  });
});
