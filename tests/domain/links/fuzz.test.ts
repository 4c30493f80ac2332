/*
 * What copying, pasting and typing do to links: cut them short, change a character, drop one,
 * add one. For every kind of version-2 link, every such edit of realistic links must either open
 * as exactly the link it came from, or be refused with a problem the app can explain. None may
 * open as something else.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Decoded, LinkKind } from '../../../src/domain/links/codec.ts';
import { decodeGroup, encodeGroup } from '../../../src/domain/links/group-link.ts';
import { decodeHands, encodeHands } from '../../../src/domain/links/hands-link.ts';
import { decodePlan, encodePlan } from '../../../src/domain/links/plan-link.ts';
import { decodeResult, encodeResult } from '../../../src/domain/links/result-link.ts';
import { decodeReview, encodeReview } from '../../../src/domain/links/review-link.ts';
import { decodeSession, encodeSession } from '../../../src/domain/links/session-link.ts';
import {
  CONTRADICTIONS,
  content,
  expectedResult,
  groupArb,
  handsArb,
  LINK_ALPHABET,
  namedArb,
  PROBLEM_KINDS,
  resultArb,
  review,
  reviewArb,
  seeded,
  sessionArb,
  sorted,
  sortedGroup,
  sortedNamed,
  sortedReview,
} from './fixtures.ts';

type Case = {
  kind: LinkKind;
  links: { code: string; expected: unknown }[];
  decode: (code: string) => Decoded<unknown>;
  normal: (v: unknown) => unknown;
};

const sample = <T>(arb: fc.Arbitrary<T>, seed: number, numRuns: number) => fc.sample(arb, { seed, numRuns });

/** Realistic links of every kind, from fixed seeds, with the value each should open as. */
function cases(): Case[] {
  return [
    {
      kind: 'result',
      links: sample(resultArb, 101, 6).map((r) => ({ code: encodeResult(content, r), expected: sorted(expectedResult(r)) })),
      decode: (c) => decodeResult(content, c),
      normal: (v) => sorted(v as Parameters<typeof sorted>[0]),
    },
    {
      kind: 'plan',
      links: sample(fc.array(namedArb(24), { minLength: 1, maxLength: 4 }), 202, 4).map((a) => ({
        code: encodePlan(content, a),
        expected: sortedNamed(a),
      })),
      decode: (c) => decodePlan(content, c),
      normal: (v) => sortedNamed(v as Parameters<typeof sortedNamed>[0]),
    },
    {
      kind: 'group',
      links: sample(groupArb(6), 303, 4).map((g) => ({ code: encodeGroup(content, g), expected: sortedGroup(g) })),
      decode: (c) => decodeGroup(content, c),
      normal: (v) => sortedGroup(v as Parameters<typeof sortedGroup>[0]),
    },
    {
      kind: 'hands',
      links: sample(handsArb, 404, 6).map((h) => ({ code: encodeHands(content, h), expected: h })),
      decode: (c) => decodeHands(content, c),
      normal: (v) => v,
    },
    {
      kind: 'review',
      links: sample(reviewArb, 505, 8).map((a) => ({ code: encodeReview(review, a), expected: sortedReview(a) })),
      decode: (c) => decodeReview(review, c),
      normal: (v) => sortedReview(v as Parameters<typeof sortedReview>[0]),
    },
    {
      kind: 'session',
      links: sample(sessionArb, 606, 8).map((s) => ({ code: encodeSession(s), expected: s })),
      decode: (c) => decodeSession(c),
      normal: (v) => v,
    },
  ];
}

/** Characters to put in place of `ch`: separators, digits that are versions, letters, its other case, and three at random. */
function replacements(ch: string, random: () => number): string[] {
  const pick = () => LINK_ALPHABET[Math.floor(random() * LINK_ALPHABET.length)] ?? '.';
  const swapped = ch.toUpperCase() === ch ? ch.toLowerCase() : ch.toUpperCase();
  const fixed = ['.', '~', '-', '_', '0', '1', '2', '3', '9', 'a', 'g', 'z', 'A', 'Z', swapped];
  return [...new Set([...fixed, pick(), pick(), pick()])].filter((c) => c !== ch);
}

/** Every cut; every character replaced by several others, and deleted; several characters inserted at every place. */
function edits(code: string, random: () => number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < code.length; i++) out.add(code.slice(0, i));
  for (let i = 0; i < code.length; i++) {
    for (const c of replacements(code[i] ?? '', random)) out.add(code.slice(0, i) + c + code.slice(i + 1));
    out.add(code.slice(0, i) + code.slice(i + 1));
  }
  for (let i = 0; i <= code.length; i++) {
    for (const c of ['.', '~', '1', 'a', 'A', LINK_ALPHABET[Math.floor(random() * LINK_ALPHABET.length)] ?? '-']) {
      out.add(code.slice(0, i) + c + code.slice(i));
    }
  }
  out.delete(code);
  return out;
}

describe('every cut and single-character edit of a version-2 link', () => {
  it('opens as exactly the original or is refused with a known problem, for all six kinds', () => {
    const random = seeded(2026);
    const started = performance.now();
    let total = 0;
    let identical = 0;
    let refused = 0;
    const different: { kind: LinkKind; code: string }[] = [];
    const unexplained: { kind: LinkKind; code: string; problem: unknown }[] = [];
    const byProblem: Record<string, number> = {};
    const byKind: Record<string, number> = {};

    for (const { kind, links, decode, normal } of cases()) {
      expect(links.length).toBeGreaterThanOrEqual(4);
      for (const { code, expected } of links) {
        const original = decode(code);
        // The link itself opens, as what it was made from.
        expect(original.ok, `${kind} ${code}`).toBe(true);
        if (!original.ok) continue;
        expect(normal(original.value)).toEqual(expected);

        for (const edited of edits(code, random)) {
          total++;
          byKind[kind] = (byKind[kind] ?? 0) + 1;
          const decoded = decode(edited);
          if (decoded.ok) {
            if (isDeepStrictEqual(decoded.value, original.value)) identical++;
            else different.push({ kind, code: edited });
            continue;
          }
          refused++;
          const problem = decoded.problem;
          const label = problem.kind === 'contradiction' ? `contradiction/${problem.detail}` : problem.kind;
          byProblem[label] = (byProblem[label] ?? 0) + 1;
          const known =
            PROBLEM_KINDS.has(problem.kind) &&
            (problem.kind !== 'contradiction' || CONTRADICTIONS.has(problem.detail)) &&
            (problem.kind !== 'newer-version' || (Number.isInteger(problem.version) && problem.version > 0));
          if (!known) unexplained.push({ kind, code: edited, problem });
        }
      }
    }

    const seconds = (performance.now() - started) / 1000;
    console.log(
      `link fuzz: ${total} cases (${Object.entries(byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}); refused ${refused}, identical ${identical}, different ${different.length}; ` +
        `problems ${JSON.stringify(byProblem)}; ${seconds.toFixed(1)} s`,
    );

    expect(total).toBeGreaterThanOrEqual(10_000);
    for (const kind of ['result', 'plan', 'group', 'hands', 'review', 'session']) expect(byKind[kind] ?? 0, kind).toBeGreaterThan(500);
    expect(different).toEqual([]);
    expect(unexplained).toEqual([]);
    expect(refused + identical).toBe(total);
  });
});
