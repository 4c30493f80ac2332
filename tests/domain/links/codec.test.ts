import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checksum,
  chunks,
  crc32,
  decodeFields,
  encodeFields,
  field,
  LINK_VERSION,
  maxLength,
  nameFromLink,
  nameLinkLength,
  nameToLink,
  readFields,
  TOKEN_PATTERN,
  tokenFrom,
  type KindSpec,
  type LinkKind,
} from '../../../src/domain/links/codec.ts';
import { decodeGroup } from '../../../src/domain/links/group-link.ts';
import { decodeHands } from '../../../src/domain/links/hands-link.ts';
import { decodePlan } from '../../../src/domain/links/plan-link.ts';
import { decodeResult } from '../../../src/domain/links/result-link.ts';
import { decodeReview } from '../../../src/domain/links/review-link.ts';
import { decodeSession } from '../../../src/domain/links/session-link.ts';
import { content, review, seeded } from './fixtures.ts';

const KINDS: readonly LinkKind[] = ['result', 'plan', 'group', 'hands', 'review', 'session'];
const BASE32 = /^[0-9a-hjkmnp-tv-z]{6}$/;

/** A kind of link made up for these tests: two single fields and a repeatable one. */
const SPEC: KindSpec = {
  kind: 'session',
  fields: [
    { tag: 'a', pattern: /^[a-z]*$/, maxLength: 10 },
    { tag: 'b', pattern: /^\d+$/, maxLength: 3 },
    { tag: 'r', pattern: /^[a-z]+$/, maxLength: 5, repeat: true },
  ],
};

/** A code with a checksum that matches, whatever its body says: what a newer version (or a forger) would write. */
const signed = (kind: LinkKind, body: string) => `${body}.${checksum(kind, body)}`;

describe('crc32', () => {
  it.each([
    ['123456789', 0xcbf43926],
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['abc', 0x352441c2],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('gives the IEEE 802.3 CRC-32 of %j', (text, crc) => {
    expect(crc32(text)).toBe(crc);
  });

  it('is an unsigned 32-bit number for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 200 }), (text) => {
        const crc = crc32(text);
        expect(Number.isInteger(crc) && crc >= 0 && crc <= 0xffffffff).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checksum', () => {
  it('is 6 base-32 characters: the top 30 bits of the CRC-32 of "<kind>:<body>"', () => {
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    for (const kind of KINDS) {
      for (const body of ['2', '2.gg5gbgf.ccdhykslsrl', '2.n12.sg1-5.ccd-4']) {
        const check = checksum(kind, body);
        expect(check).toMatch(BASE32);
        const value = [...check].reduce((n, c) => n * 32 + alphabet.indexOf(c), 0);
        expect(value).toBe(crc32(`${kind}:${body}`) >>> 2);
      }
    }
  });

  it('depends on the kind, so a link of one kind never opens as another', () => {
    const bodies = ['2', '2.gg5gbgf.ccdhykslsrl', '2.nU3RhbGw', '2.awdxt'];
    for (const body of bodies) {
      const checks = new Set(KINDS.map((kind) => checksum(kind, body)));
      expect(checks.size).toBe(KINDS.length);
    }
  });

  it('changes with any single character of the body', () => {
    const body = '2.gg5gbgf.ccdhykslsrl.pq7k2m';
    const check = checksum('result', body);
    for (let i = 0; i < body.length; i++) {
      for (const c of 'az09.~-_') {
        if (body[i] === c) continue;
        expect(checksum('result', body.slice(0, i) + c + body.slice(i + 1))).not.toBe(check);
      }
    }
  });
});

describe('encodeFields and decodeFields', () => {
  it('writes the version, each field in the declared order, then the checksum', () => {
    const code = encodeFields(SPEC, [
      ['r', 'p'],
      ['b', '12'],
      ['a', 'xyz'],
      ['r', 'q'],
    ]);
    expect(code).toBe(`2.axyz.b12.rp.rq.${checksum('session', '2.axyz.b12.rp.rq')}`);
    expect(LINK_VERSION).toBe(2);
  });

  it('round-trips any fields the spec allows', () => {
    const arb = fc.record({
      a: fc.option(fc.string({ unit: fc.constantFrom(...'abcxyz'), maxLength: 10 }), { nil: null }),
      b: fc.option(fc.integer({ min: 0, max: 999 }).map(String), { nil: null }),
      r: fc.array(fc.string({ unit: fc.constantFrom(...'pqrs'), minLength: 1, maxLength: 5 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ a, b, r }) => {
        const fields: [string, string][] = [];
        if (a !== null) fields.push(['a', a]);
        if (b !== null) fields.push(['b', b]);
        for (const v of r) fields.push(['r', v]);
        const code = encodeFields(SPEC, fields);
        expect(code.length).toBeLessThanOrEqual(maxLength(SPEC, 4));
        const decoded = decodeFields(SPEC, code, maxLength(SPEC, 4));
        const expected = new Map<string, string[]>();
        if (a !== null) expected.set('a', [a]);
        if (b !== null) expected.set('b', [b]);
        if (r.length > 0) expected.set('r', r);
        expect(decoded).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 300 },
    );
  });

  it('knows the longest link of a kind: the version, each field at its longest with its dot and tag, the checksum', () => {
    // "2" + ".a" + 10 + ".b" + 3 + repeats × (".r" + 5) + "." + 6
    expect(maxLength(SPEC)).toBe(1 + 12 + 5 + 7 + 7);
    expect(maxLength(SPEC, 3)).toBe(1 + 12 + 5 + 21 + 7);
    const longest = encodeFields(SPEC, [
      ['a', 'abcdefghij'],
      ['b', '999'],
      ['r', 'abcde'],
      ['r', 'fghij'],
      ['r', 'klmno'],
    ]);
    expect(longest.length).toBe(maxLength(SPEC, 3));
  });

  it('refuses a code longer than the limit, unread', () => {
    const code = encodeFields(SPEC, [['a', 'xyz']]);
    expect(decodeFields(SPEC, code, code.length).ok).toBe(true);
    expect(decodeFields(SPEC, code, code.length - 1)).toEqual({ ok: false, problem: { kind: 'too-long' } });
    expect(decodeFields(SPEC, 'x'.repeat(10_000), 100)).toEqual({ ok: false, problem: { kind: 'too-long' } });
  });

  it('reports a wrong or missing checksum as incomplete', () => {
    const code = encodeFields(SPEC, [
      ['a', 'xyz'],
      ['b', '7'],
    ]);
    const last = code.at(-1) === '0' ? '1' : '0';
    for (const bad of [
      code.slice(0, -1) + last,
      code.slice(0, -1),
      `${code}0`,
      code.slice(0, code.lastIndexOf('.')),
      code.replace('xyz', 'xyy'),
      code.toUpperCase(),
      '2',
      '2.',
      '',
    ]) {
      expect(decodeFields(SPEC, bad, 100), bad).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    }
  });

  it('reports a version above 2 as newer, with its number, before reading anything else', () => {
    expect(decodeFields(SPEC, '3.axyz.000000', 100)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 3 } });
    expect(decodeFields(SPEC, signed('session', '3.axyz'), 100)).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 3 },
    });
    expect(decodeFields(SPEC, '7', 100)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 7 } });
    expect(decodeFields(SPEC, '12.q.zzzzzz', 100)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 12 } });
    expect(decodeFields(SPEC, '2026.q', 100)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 2026 } });
  });

  it('reports versions 0 and 1 (which have their own readers) as incomplete', () => {
    expect(decodeFields(SPEC, signed('session', '1.axyz'), 100)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    expect(decodeFields(SPEC, signed('session', '0.axyz'), 100)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it('reports an unknown field under a matching checksum as made by a newer version', () => {
    expect(decodeFields(SPEC, signed('session', '2.axyz.qnew'), 100)).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 2 },
    });
    // The same field with a checksum that does not match was cut or changed instead.
    expect(decodeFields(SPEC, '2.axyz.qnew.000000', 100)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it('refuses a field repeated that may appear once, but allows repeatable ones', () => {
    expect(decodeFields(SPEC, signed('session', '2.axyz.ab'), 100)).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'repeated' },
    });
    expect(decodeFields(SPEC, signed('session', '2.b1.b1'), 100)).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'repeated' },
    });
    expect(decodeFields(SPEC, signed('session', '2.rab.rab'), 100)).toEqual({ ok: true, value: new Map([['r', ['ab', 'ab']]]) });
  });

  it('refuses a value outside its field’s pattern, characters or length, even under a matching checksum', () => {
    for (const body of ['2.aXYZ', '2.b12a', '2.aabcdefghijk', '2.b1234', '2.r', '2.a<b>', '2.a%20']) {
      expect(decodeFields(SPEC, signed('session', body), 100), body).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    }
  });

  it('checks the checksum against the kind it was made for', () => {
    const code = encodeFields(SPEC, [['a', 'xyz']]);
    const asResult: KindSpec = { ...SPEC, kind: 'result' };
    expect(decodeFields(asResult, code, 100)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const decoded = decodeFields(SPEC, text, 100);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('readFields, field and chunks', () => {
  it('reads parts without a checksum, for the items inside a plan or group', () => {
    const read = readFields(SPEC, ['axy', 'b5', 'rp', 'rq']);
    expect(read).toEqual({
      ok: true,
      value: new Map([
        ['a', ['xy']],
        ['b', ['5']],
        ['r', ['p', 'q']],
      ]),
    });
    if (read.ok) {
      expect(field(read.value, 'r')).toBe('p');
      expect(field(read.value, 'z')).toBeUndefined();
    }
    expect(readFields(SPEC, ['axy', 'ay'])).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'repeated' } });
  });

  it('splits text into pieces of a size, the last one shorter', () => {
    expect(chunks('g5gbgf', 2)).toEqual(['g5', 'gb', 'gf']);
    expect(chunks('abcde', 2)).toEqual(['ab', 'cd', 'e']);
    expect(chunks('', 2)).toEqual([]);
  });
});

describe('tokens', () => {
  it('are 5 base-32 characters from any source of numbers, the same for the same numbers', () => {
    const random = seeded(7);
    for (let i = 0; i < 200; i++) expect(tokenFrom(random)).toMatch(TOKEN_PATTERN);
    expect(tokenFrom(() => 0)).toBe('00000');
    expect(tokenFrom(() => 0.999999)).toBe('zzzzz');
    expect(tokenFrom(seeded(3))).toBe(tokenFrom(seeded(3)));
    expect(TOKEN_PATTERN.test('q7k2m')).toBe(true);
    for (const bad of ['q7k2', 'q7k2mm', 'Q7K2M', 'i7k2m', 'l7k2m', 'o7k2m', 'u7k2m']) expect(TOKEN_PATTERN.test(bad), bad).toBe(false);
  });
});

describe('names in links', () => {
  it('are base64url of UTF-8, without padding', () => {
    // "Sam" is 53 61 6d; "合作" is e5 90 88 e4 bd 9c; "🙂" is f0 9f 99 82.
    expect(nameToLink('Sam')).toBe('U2Ft');
    expect(nameToLink('Stall')).toBe('U3RhbGw');
    expect(nameToLink('合作')).toBe('5ZCI5L2c');
    expect(nameToLink('🙂')).toBe('8J-Zgg');
    expect(nameToLink('')).toBe('');
    expect(nameFromLink('U2Ft')).toBe('Sam');
    expect(nameFromLink('8J-Zgg')).toBe('🙂');
  });

  it.each([
    ['Chinese', '社区合作服务中心'],
    ['Arabic', 'خدمات الشراكة المجتمعية'],
    ['emoji', '🤝🏥 👩‍⚕️ 🧑🏽‍🤝‍🧑🏿 🇳🇿'],
    ['mixed', 'Ana & 合作 — خدمة 🤝 <b>"x"</b> ~.~'],
    ['Devanagari', 'सामुदायिक सेवा केंद्र'],
    ['combining marks', 'Ñandú e\u0301\u0323 Z\u0351\u0345'],
  ])('round-trip %s text', (_, text) => {
    const link = nameToLink(text);
    expect(link).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(nameFromLink(link)).toBe(text);
  });

  it('round-trip any well-formed text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 100 }).filter((s) => !s.startsWith('\uFEFF')),
        (text) => {
          expect(nameFromLink(nameToLink(text))).toBe(text);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a "+"', 'ab+c'],
    ['a "/"', 'ab/c'],
    ['padding', 'QQ=='],
    ['a space', 'U2 Ft'],
    ['a dot', 'U2.t'],
    ['a length that no bytes give', 'U2Ftb'],
    ['one character', 'A'],
    ['a byte that is not UTF-8', '_w'],
    ['a lone continuation byte', 'gA'],
    ['an encoded surrogate', '7aCA'],
    ['markup', '<script>'],
  ])('refuse invalid base64url or UTF-8: %s', (_, text) => {
    expect(nameFromLink(text)).toBeNull();
  });

  it('keeps a name that starts with U+FEFF (BUG: TextDecoder drops it as a byte order mark)', () => {
    // nameFromLink decodes with new TextDecoder('utf-8', { fatal: true }), which strips a leading
    // byte order mark unless ignoreBOM is set, so this name comes back as "Sam".
    expect(nameFromLink(nameToLink('\uFEFFSam'))).toBe('\uFEFFSam');
  });
});

describe('nameLinkLength', () => {
  const bound = (text: string) => {
    expect(nameToLink(text).length).toBeLessThanOrEqual(nameLinkLength(text.length));
  };

  it('is an upper bound for names of that many UTF-16 units in any script', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), bound), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), bound), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 80 }), bound), { numRuns: 300 });
    // Any UTF-16 unit, lone surrogates included (they become U+FFFD, 3 bytes).
    const unit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
    fc.assert(fc.property(fc.string({ unit, maxLength: 120 }), bound), { numRuns: 1000 });
  });

  it('is reached by characters of 3 bytes, the most per UTF-16 unit', () => {
    for (const n of [0, 1, 2, 3, 40, 80, 120]) {
      expect(nameToLink('合'.repeat(n)).length).toBe(nameLinkLength(n));
      expect(nameToLink('\uD800'.repeat(n)).length).toBe(nameLinkLength(n));
      expect(nameToLink('🙂'.repeat(n)).length).toBeLessThan(nameLinkLength(2 * n) || 1);
    }
    expect(nameLinkLength(40)).toBe(160);
  });
});

describe('versions this code does not know', () => {
  it('are reported as newer by every kind, even one whose number starts with 1 (BUG: 10 to 19 go to the version-1 readers)', () => {
    // Each kind sends a code that starts with "1" to its version-1 reader, so "10." is read as a
    // broken version-1 link instead of a link made by a newer version.
    const decoders: Record<LinkKind, (code: string) => unknown> = {
      result: (c) => decodeResult(content, c),
      plan: (c) => decodePlan(content, c),
      group: (c) => decodeGroup(content, c),
      hands: (c) => decodeHands(content, c),
      review: (c) => decodeReview(review, c),
      session: (c) => decodeSession(c),
    };
    const outcomes = Object.fromEntries(KINDS.map((kind) => [kind, [3, 10, 19].map((v) => decoders[kind](`${v}.xabc.000000`))]));
    const newer = (version: number) => ({ ok: false, problem: { kind: 'newer-version', version } });
    expect(outcomes).toEqual(Object.fromEntries(KINDS.map((kind) => [kind, [newer(3), newer(10), newer(19)]])));
  });
});
