/*
 * Links of format version 1, published before the checksum. Every string here is written out by
 * hand from the keys in content/*.json (never pasted from the encoder): if one of these tests
 * breaks, links people have already shared break with it.
 *
 *   goals    g1 g-connect-region, g5 g-explore, g6 g-event-stall, gb g-seamless-referral, gf g-shared-clients
 *   outputs  o1 o-info-exchanged, o9 o-referral-pathway, od o-system-change
 *   context  c challenge (c contained, r recurring, d deep, u unsure), r capacity (l little, t task,
 *            r regular, s substantial, u unsure), k relationship (n none, s some, t strong, u unsure),
 *            h horizon (o once, m months, y years, u unsure), l leadership (n not-yet, s support,
 *            c committed, u unsure)
 *   review   w current, x changes (n nothing: exclusive), r relationships, s resources, p processes, n next
 */
import { describe, expect, it } from 'vitest';
import { decodeGroup } from '../../../src/domain/links/group-link.ts';
import { decodeHands } from '../../../src/domain/links/hands-link.ts';
import { decodePlan } from '../../../src/domain/links/plan-link.ts';
import { decodeResult, type SharedResult } from '../../../src/domain/links/result-link.ts';
import { decodeReview } from '../../../src/domain/links/review-link.ts';
import { v1Advice } from '../../../src/domain/links/v1-advice.ts';
import { firstUnansweredReview, reviewOutcome } from '../../../src/domain/review.ts';
import { content, review } from './fixtures.ts';

/** What a version-1 result opens as: no ticks, token or names, which version 1 did not have. */
const v1 = (journey: SharedResult['journey'], picks: string[], context: Record<string, string>): SharedResult => ({
  journey,
  answers: { picks, context },
  ticks: [],
  droppedTicks: 0,
  token: null,
  services: null,
  version: 1,
});

const GOAL_LINK = '1g.g5gbgf.cdhykslsrl';
const GOAL_RESULT = v1('goal', ['g-explore', 'g-seamless-referral', 'g-shared-clients'], {
  challenge: 'deep',
  horizon: 'years',
  relationship: 'some',
  leadership: 'support',
  capacity: 'little',
});

const OUTPUTS_LINK = '1o.o1o9od.cchmktlcrr';
const OUTPUTS_RESULT = v1('outputs', ['o-info-exchanged', 'o-referral-pathway', 'o-system-change'], {
  challenge: 'contained',
  horizon: 'months',
  relationship: 'strong',
  leadership: 'committed',
  capacity: 'regular',
});

const STALL_LINK = '1g.g6.cckslsrlho';
const STALL_RESULT = v1('goal', ['g-event-stall'], {
  challenge: 'contained',
  relationship: 'some',
  leadership: 'support',
  capacity: 'little',
  horizon: 'once',
});

describe('version-1 result links', () => {
  it('open a goal link to the same answers', () => {
    expect(decodeResult(content, GOAL_LINK)).toEqual({ ok: true, value: GOAL_RESULT });
  });

  it('open an outputs link to the same answers', () => {
    expect(decodeResult(content, OUTPUTS_LINK)).toEqual({ ok: true, value: OUTPUTS_RESULT });
  });

  it('open a link of "not sure" answers', () => {
    expect(decodeResult(content, '1g.g1.cuhukuluru')).toEqual({
      ok: true,
      value: v1('goal', ['g-connect-region'], {
        challenge: 'unsure',
        horizon: 'unsure',
        relationship: 'unsure',
        leadership: 'unsure',
        capacity: 'unsure',
      }),
    });
  });

  it('open a link that names a statement twice, as version 1 did, counting it once', () => {
    expect(decodeResult(content, '1g.g5g5gb.cdhykslsrl')).toEqual({
      ok: true,
      value: v1('goal', ['g-explore', 'g-seamless-referral'], GOAL_RESULT.answers.context),
    });
  });

  it('report every cut of a whole link as incomplete, never opening it', () => {
    for (const link of [GOAL_LINK, OUTPUTS_LINK, STALL_LINK]) {
      for (let end = 0; end < link.length; end++) {
        expect(decodeResult(content, link.slice(0, end)), link.slice(0, end)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
      }
    }
  });

  it('report a link missing its last situation pair as incomplete', () => {
    expect(decodeResult(content, '1g.g5gbgf.cdhyksls')).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    expect(decodeResult(content, '1o.o1o9od.cchmktlc')).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it.each([
    ['an output in a goal link (the wrong list: the link was changed)', '1g.g5o1.cdhykslsrl', 'incomplete'],
    ['a statement key the content does not have', '1g.g5zz.cdhykslsrl', 'unknown-answer'],
    ['a question key the content does not have', '1g.g5.cdhykslsrlzz', 'unknown-answer'],
    ['an option key the question does not have', '1g.g5.czhykslsrl', 'unknown-answer'],
    ['no statements', '1g..cdhykslsrl', 'empty'],
    ['upper case', '1G.G5.CDHYKSLSRL', 'incomplete'],
    ['an oversized link', `1g.${'g5'.repeat(300)}.cdhykslsrl`, 'too-long'],
  ])('refuse %s', (_, code, kind) => {
    const decoded = decodeResult(content, code);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem.kind).toBe(kind);
  });

  it('refuse a question answered twice', () => {
    expect(decodeResult(content, '1g.g5.cdcrhykslsrl')).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'two-answers' } });
  });
});

describe('version-1 advice', () => {
  it('gives the start and aim a goal link showed when it was made', () => {
    // v1-rules.json: picks give networking 2, cooperation 2, coordination 5; deep and years add
    // coordination 2 and partnership 5. Aim coordination (7). Little capacity was ready only for
    // networking, so the start was held back to networking.
    expect(v1Advice(GOAL_RESULT.answers)).toEqual({ start: 'networking', aim: 'coordination' });
  });

  it('gives the start and aim an outputs link showed when it was made', () => {
    // Picks: networking 3, coordination 3, partnership 3; contained adds networking 1 and
    // cooperation 2, months adds coordination 2. Aim coordination (5); nothing holds it back.
    expect(v1Advice(OUTPUTS_RESULT.answers)).toEqual({ start: 'coordination', aim: 'coordination' });
  });

  it('gives the start and aim of a plan’s activity', () => {
    // Event stall: cooperation 3; contained and once each add networking 1 and cooperation 2.
    // Aim cooperation (7); little capacity holds the start at networking.
    expect(v1Advice(STALL_RESULT.answers)).toEqual({ start: 'networking', aim: 'cooperation' });
  });

  it('gives nothing for answers worth no points', () => {
    expect(v1Advice({ picks: [], context: {} })).toBeNull();
    expect(v1Advice({ picks: ['g-not-in-version-1'], context: { horizon: 'unsure' } })).toBeNull();
  });
});

describe('version-1 plan links', () => {
  // "Stall" is U3RhbGw and "合作" is 5ZCI5L2c in base64url of UTF-8.
  const PLAN_LINK = `1~U3RhbGw~${STALL_LINK}~5ZCI5L2c~${OUTPUTS_LINK}`;

  it('open to the same named activities', () => {
    expect(decodePlan(content, PLAN_LINK)).toEqual({
      ok: true,
      value: [
        { name: 'Stall', result: STALL_RESULT },
        { name: '合作', result: OUTPUTS_RESULT },
      ],
    });
  });

  it('open with one activity and an empty name', () => {
    expect(decodePlan(content, `1~~${GOAL_LINK}`)).toEqual({ ok: true, value: [{ name: '', result: GOAL_RESULT }] });
  });

  it('refuse a cut link, a cut activity, and more activities than a plan holds', () => {
    expect(decodePlan(content, '1~U3RhbGw').ok).toBe(false);
    expect(decodePlan(content, `1~U3RhbGw~${STALL_LINK}~5ZCI5L2c`)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    expect(decodePlan(content, `1~U3RhbGw~${STALL_LINK.slice(0, -2)}`)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    expect(decodePlan(content, `1~${`U3RhbGw~${STALL_LINK}~`.repeat(9)}`.slice(0, -1))).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'too-many' },
    });
    expect(decodePlan(content, `1~_w~${STALL_LINK}`)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });
});

describe('version-1 group links', () => {
  // "Sam" is U2Ft, "🙂" is 8J-Zgg.
  const GROUP_LINK = `1~U2Ft~${GOAL_LINK}~8J-Zgg~${OUTPUTS_LINK}~5ZCI5L2c~${STALL_LINK}`;

  it('open to the same named participants, with no session or facilitator', () => {
    expect(decodeGroup(content, GROUP_LINK)).toEqual({
      ok: true,
      value: {
        session: '',
        facilitator: '',
        participants: [
          { name: 'Sam', result: GOAL_RESULT },
          { name: '🙂', result: OUTPUTS_RESULT },
          { name: '合作', result: STALL_RESULT },
        ],
      },
    });
  });

  it('open a group of 80, the most version 1 made, and refuse 81', () => {
    const people = (n: number) => `1${`~U2Ft~${GOAL_LINK}`.repeat(n)}`;
    const decoded = decodeGroup(content, people(80));
    expect(decoded.ok && decoded.value.participants.length).toBe(80);
    expect(decodeGroup(content, people(81))).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'too-many' } });
  });

  it('refuse a participant whose result was cut off', () => {
    expect(decodeGroup(content, `1~U2Ft~${GOAL_LINK.slice(0, -2)}`)).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });
});

describe('version-1 show-of-hands links', () => {
  it('open to the same counts', () => {
    expect(decodeHands(content, '1.g1-5.gb-3.cd-4.cr-2.n-12')).toEqual({
      ok: true,
      value: {
        hands: { picks: { 'g-connect-region': 5, 'g-seamless-referral': 3 }, context: { challenge: { deep: 4, recurring: 2 } } },
        people: 12,
      },
    });
  });

  it('open counts of outputs and rooms above 999, which version 1 allowed', () => {
    expect(decodeHands(content, '1.o1-2.g5-1.hy-3.ks-1.n-4')).toEqual({
      ok: true,
      value: {
        hands: { picks: { 'o-info-exchanged': 2, 'g-explore': 1 }, context: { horizon: { years: 3 }, relationship: { some: 1 } } },
        people: 4,
      },
    });
    expect(decodeHands(content, '1.g1-1200.n-1500')).toEqual({
      ok: true,
      value: { hands: { picks: { 'g-connect-region': 1200 }, context: {} }, people: 1500 },
    });
  });

  it('refuse a key given twice', () => {
    const repeated = { ok: false, problem: { kind: 'contradiction', detail: 'repeated' } };
    expect(decodeHands(content, '1.g1-1.g1-2.n-5')).toEqual(repeated);
    expect(decodeHands(content, '1.cd-1.cd-2.n-5')).toEqual(repeated);
    expect(decodeHands(content, '1.g1-1.n-5.n-6')).toEqual(repeated);
  });

  it('refuse counts over the room', () => {
    const over = { ok: false, problem: { kind: 'contradiction', detail: 'over-room' } };
    expect(decodeHands(content, '1.g1-9999.n-1')).toEqual(over);
    expect(decodeHands(content, '1.cd-3.cr-3.n-5')).toEqual(over);
  });

  it('refuse a link cut before the room size', () => {
    expect(decodeHands(content, '1.g1-5.gb-3.cd-4.cr-2')).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    expect(decodeHands(content, '1.g1-5.gb-3.cd-4.cr-2.n-')).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it('refuse a key the content does not have', () => {
    expect(decodeHands(content, '1.zz-1.n-5')).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
    expect(decodeHands(content, '1.cz-1.n-5')).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
  });
});

describe('version-1 change-strategy links', () => {
  // Sorted pairs: next deeper, processes broken, relationships mixed, resources stretched,
  // current coordination, changes champion and turnover.
  const REVIEW_LINK = '1.ndpbrmsswdxcxt';
  const REVIEW_ANSWERS = {
    next: ['deeper'],
    processes: ['broken'],
    relationships: ['mixed'],
    resources: ['stretched'],
    current: ['coordination'],
    changes: ['champion', 'turnover'],
  };

  it('open to the same answers, every question answered', () => {
    const decoded = decodeReview(review, REVIEW_LINK);
    expect(decoded).toEqual({ ok: true, value: REVIEW_ANSWERS });
    expect(decoded.ok && firstUnansweredReview(review, decoded.value)).toBeNull();
    expect(decoded.ok && reviewOutcome(review, decoded.value)?.current).toBe('coordination');
  });

  it('open "nothing has changed" on its own', () => {
    // next unsure, processes patchy, relationships strong, resources enough, current networking, changes nothing.
    expect(decodeReview(review, '1.nupprssewnxn')).toEqual({
      ok: true,
      value: {
        next: ['unsure'],
        processes: ['patchy'],
        relationships: ['strong'],
        resources: ['enough'],
        current: ['networking'],
        changes: ['nothing'],
      },
    });
  });

  it('refuse "nothing has changed" beside a change', () => {
    expect(decodeReview(review, '1.nupprssewnxnxt')).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'nothing-and-changes' },
    });
  });

  it('refuse two answers to a one-answer question, or one answer twice', () => {
    expect(decodeReview(review, '1.wnwc')).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'two-answers' } });
    expect(decodeReview(review, '1.xtxt')).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'repeated' } });
  });

  it('refuse unknown keys and broken shapes', () => {
    expect(decodeReview(review, '1.wz')).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
    expect(decodeReview(review, '1.zz')).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
    expect(decodeReview(review, '1.ndp')).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    expect(decodeReview(review, '1ndpb')).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it('open a cut link as answers with a question missing, which the page reports', () => {
    const decoded = decodeReview(review, REVIEW_LINK.slice(0, -4)); // no answer to "changes"
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && firstUnansweredReview(review, decoded.value)).not.toBeNull();
  });
});
