import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { constants as zlib, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checksum, nameToLink } from '../../../src/domain/links/codec.ts';
import {
  decodeGroup,
  encodeGroup,
  MAX_GROUP_LINK,
  MAX_PARTICIPANT_NAME,
  MAX_PARTICIPANTS,
  MAX_SESSION_NAME,
  type GroupLink,
} from '../../../src/domain/links/group-link.ts';
import { decodeHands, encodeHands, handsProblem, MAX_HANDS_LINK, MAX_ROOM } from '../../../src/domain/links/hands-link.ts';
import { encodeItem, type NamedResult } from '../../../src/domain/links/named-results.ts';
import { decodePlan, encodePlan, MAX_ACTIVITIES, MAX_ACTIVITY_NAME, MAX_PLAN_LINK } from '../../../src/domain/links/plan-link.ts';
import { decodeResult, encodeResult, MAX_SERVICE_NAME, type SharedResult } from '../../../src/domain/links/result-link.ts';
import { decodeReview, encodeReview, MAX_REVIEW_LINK } from '../../../src/domain/links/review-link.ts';
import {
  decodeSession,
  encodeSession,
  MAX_DESTINATION,
  MAX_SESSION_LINK,
  MAX_WORKSHOP_NAME,
} from '../../../src/domain/links/session-link.ts';
import { firstUnansweredReview } from '../../../src/domain/review.ts';
import {
  content,
  groupArb,
  handsArb,
  nameOf,
  namedArb,
  review,
  reviewArb,
  SAMPLES,
  seeded,
  sessionArb,
  sortedGroup,
  sortedNamed,
  sortedReview,
} from './fixtures.ts';

const signed = (kind: Parameters<typeof checksum>[0], body: string) => `${body}.${checksum(kind, body)}`;
const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
/** A group code with any participant lines, packed as the format says, under a matching checksum. */
const groupCode = (lines: readonly string[]) =>
  signed('group', `2.z${toBase64Url(deflateSync(new TextEncoder().encode(lines.join('\n')), { level: 9 }))}`);

const fullContext = {
  partners: 'many',
  challenge: 'recurring',
  capacity: 'regular',
  relationship: 'some',
  horizon: 'months',
  leadership: 'support',
};
const goalsByKey = [...content.goals.statements].sort((a, b) => (a.key < b.key ? -1 : 1)).map((s) => s.id);

/** A named result at its longest: every goal statement, every question, a token. */
function fullResult(token: string | null, picks: readonly string[] = goalsByKey): SharedResult {
  return {
    journey: 'goal',
    answers: { picks: [...picks], context: fullContext },
    ticks: [],
    droppedTicks: 0,
    token,
    services: null,
    version: 2,
  };
}

/** A participant with varied answers, from a source of numbers. */
function participant(random: () => number, name: string): NamedResult {
  const picks = content.goals.statements.filter(() => random() < 0.2).map((s) => s.id);
  const context = Object.fromEntries(
    content.context.questions.map((q) => [q.id, q.options[Math.floor(random() * q.options.length)]?.id ?? q.options[0]?.id ?? '']),
  );
  let token = '';
  for (let i = 0; i < 5; i++) token += '0123456789abcdefghjkmnpqrstvwxyz'[Math.floor(random() * 32)] ?? '0';
  return {
    name,
    result: {
      journey: 'goal',
      answers: { picks: picks.length > 0 ? picks : ['g-explore'], context },
      ticks: [],
      droppedTicks: 0,
      token,
      services: null,
      version: 2,
    },
  };
}

const SCRIPT_LIST = Object.values(SAMPLES);

describe('plan links', () => {
  it.each(Object.entries(SAMPLES))('round-trip MAX_ACTIVITIES activities with names of MAX_ACTIVITY_NAME units in %s', (_, sample) => {
    const activities: NamedResult[] = Array.from({ length: MAX_ACTIVITIES }, (_, i) => ({
      name: nameOf([...sample].slice(i % 3).join(''), MAX_ACTIVITY_NAME),
      result: fullResult(i % 2 === 0 ? 'q7k2m' : null, goalsByKey.slice(0, 3 + i)),
    }));
    for (const a of activities) expect(a.name.length).toBe(MAX_ACTIVITY_NAME);
    const code = encodePlan(content, activities);
    expect(code.length).toBeLessThanOrEqual(MAX_PLAN_LINK);
    const decoded = decodePlan(content, code);
    expect(decoded.ok && sortedNamed(decoded.value)).toEqual(sortedNamed(activities));
  });

  it('round-trip the longest plan the app can make: every activity with a 3-byte name, every statement and answer', () => {
    const activities = Array.from({ length: MAX_ACTIVITIES }, () => ({
      name: nameOf('合', MAX_ACTIVITY_NAME),
      result: fullResult('zzzzz'),
    }));
    const code = encodePlan(content, activities);
    expect(code.length).toBeLessThanOrEqual(MAX_PLAN_LINK);
    const decoded = decodePlan(content, code);
    expect(decoded.ok && sortedNamed(decoded.value)).toEqual(sortedNamed(activities));
  });

  it('round-trip any plan', () => {
    fc.assert(
      fc.property(fc.array(namedArb(MAX_ACTIVITY_NAME), { minLength: 1, maxLength: MAX_ACTIVITIES }), (activities) => {
        const decoded = decodePlan(content, encodePlan(content, activities));
        expect(decoded.ok && sortedNamed(decoded.value)).toEqual(sortedNamed(activities));
      }),
      { numRuns: 150 },
    );
  });

  it('keep the first MAX_ACTIVITIES activities and the first MAX_ACTIVITY_NAME units of a name', () => {
    const activities = Array.from({ length: MAX_ACTIVITIES + 3 }, (_, i) => ({ name: `${i}`.padEnd(100, 'x'), result: fullResult(null) }));
    const decoded = decodePlan(content, encodePlan(content, activities));
    expect(decoded.ok && decoded.value.map((a) => a.name)).toEqual(
      activities.slice(0, MAX_ACTIVITIES).map((a) => a.name.slice(0, MAX_ACTIVITY_NAME)),
    );
  });

  it('refuse more than MAX_ACTIVITIES activities, an empty plan, and a name that is too long', () => {
    const item = encodeItem(content, { name: 'Stall', result: fullResult(null, ['g-event-stall']) }, MAX_ACTIVITY_NAME);
    const items = (n: number) => Array.from({ length: n }, () => `i${item}`).join('.');
    expect(decodePlan(content, signed('plan', `2.${items(MAX_ACTIVITIES)}`)).ok).toBe(true);
    expect(decodePlan(content, signed('plan', `2.${items(MAX_ACTIVITIES + 1)}`))).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'too-many' },
    });
    expect(decodePlan(content, encodePlan(content, []))).toEqual({ ok: false, problem: { kind: 'empty' } });
    const long = nameToLink('x'.repeat(MAX_ACTIVITY_NAME + 1));
    expect(decodePlan(content, signed('plan', `2.i${long}~gg6~ccc`))).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });

  it('report an activity naming an unknown statement', () => {
    expect(decodePlan(content, signed('plan', '2.iU3RhbGw~gzz~ccc'))).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
  });
});

describe('group links', () => {
  const session = nameOf(SAMPLES.mixed, MAX_SESSION_NAME);
  const facilitator = nameOf(SAMPLES.arabic, MAX_SESSION_NAME);

  it('round-trip 200 participants with tokens and names of MAX_PARTICIPANT_NAME units in several scripts', () => {
    const random = seeded(200);
    const participants = Array.from({ length: 200 }, (_, i) =>
      participant(random, nameOf(SCRIPT_LIST[i % SCRIPT_LIST.length] ?? 'x', MAX_PARTICIPANT_NAME)),
    );
    const group: GroupLink = { session, facilitator, participants };
    const code = encodeGroup(content, group);
    const decoded = decodeGroup(content, code);
    expect(decoded.ok && sortedGroup(decoded.value)).toEqual(sortedGroup(group));
    expect(code.length).toBeLessThanOrEqual(MAX_GROUP_LINK);

    const typical = encodeGroup(content, {
      session: 'Spring workshop',
      facilitator: 'Ana',
      participants: Array.from({ length: 200 }, (_, i) => participant(random, `Participant ${i + 1}`)),
    });
    console.log(
      `group link for 200 participants: ${code.length} characters with names of ${MAX_PARTICIPANT_NAME} units in several scripts, ` +
        `${typical.length} with short Latin names (MAX_GROUP_LINK ${MAX_GROUP_LINK})`,
    );
    expect(decodeGroup(content, typical).ok).toBe(true);
  });

  it('round-trip MAX_PARTICIPANTS participants at their longest', () => {
    const participants = Array.from({ length: MAX_PARTICIPANTS }, (_, i) => ({
      name: nameOf(i % 2 === 0 ? '合' : SAMPLES.emoji, MAX_PARTICIPANT_NAME),
      result: fullResult('zzzzz'),
    }));
    const group = { session: nameOf('合', MAX_SESSION_NAME), facilitator: nameOf('🙂', MAX_SESSION_NAME), participants };
    const code = encodeGroup(content, group);
    expect(code.length).toBeLessThanOrEqual(MAX_GROUP_LINK);
    const decoded = decodeGroup(content, code);
    expect(decoded.ok && sortedGroup(decoded.value)).toEqual(sortedGroup(group));
  });

  it('round-trip any group', () => {
    fc.assert(
      fc.property(groupArb(12), (group) => {
        const decoded = decodeGroup(content, encodeGroup(content, group));
        expect(decoded.ok && sortedGroup(decoded.value)).toEqual(sortedGroup(group));
      }),
      { numRuns: 100 },
    );
  });

  it('refuse more than MAX_PARTICIPANTS participants', () => {
    const line = encodeItem(content, { name: 'Sam', result: fullResult('q7k2m', ['g-explore']) }, MAX_PARTICIPANT_NAME);
    const many = groupCode(Array.from({ length: MAX_PARTICIPANTS }, () => line));
    expect(decodeGroup(content, many).ok).toBe(true);
    const tooMany = groupCode(Array.from({ length: MAX_PARTICIPANTS + 1 }, () => line));
    expect(decodeGroup(content, tooMany)).toEqual({ ok: false, problem: { kind: 'contradiction', detail: 'too-many' } });
    // The encoder keeps the first MAX_PARTICIPANTS.
    const participants = Array.from({ length: MAX_PARTICIPANTS + 5 }, (_, i) => ({
      name: `P${i}`,
      result: fullResult(null, ['g-explore']),
    }));
    const decoded = decodeGroup(content, encodeGroup(content, { session: '', facilitator: '', participants }));
    expect(decoded.ok && decoded.value.participants.length).toBe(MAX_PARTICIPANTS);
  });

  it('refuse a participant list that unpacks beyond the cap', () => {
    const bomb = deflateSync(new Uint8Array(1024 * 1024), { level: 9 });
    expect(decodeGroup(content, signed('group', `2.z${toBase64Url(bomb)}`))).toEqual({ ok: false, problem: { kind: 'too-long' } });
  });

  it('refuse the largest hostile payload that fits in MAX_GROUP_LINK without hanging', () => {
    // Zeros pack about 1000:1 (DEFLATE's best): size the payload to just fit under MAX_GROUP_LINK.
    // Node's zlib with run-length matching packs it in a fraction of the time fflate would take.
    const bytes = Math.floor(((MAX_GROUP_LINK - 20) * 3) / 4) * 1000;
    const bomb = deflateRawSync(Buffer.alloc(bytes), { level: 9, strategy: zlib.Z_RLE });
    const code = signed('group', `2.z${toBase64Url(bomb)}`);
    expect(code.length).toBeLessThanOrEqual(MAX_GROUP_LINK);
    expect(bytes).toBeGreaterThan(50 * 1024 * 1024);
    const start = performance.now();
    const decoded = decodeGroup(content, code);
    const ms = performance.now() - start;
    // Unpacking stops as soon as it passes the cap, so the work is bounded by the cap, not the payload.
    console.log(`hostile group link of ${code.length} characters (${(bytes / 1e6).toFixed(0)} MB unpacked) refused in ${ms.toFixed(0)} ms`);
    expect(decoded).toEqual({ ok: false, problem: { kind: 'too-long' } });
    expect(ms).toBeLessThan(20_000);
  });

  it('refuse a participant list that is not DEFLATE, not UTF-8 or not participants', () => {
    const incomplete = { ok: false, problem: { kind: 'incomplete' } };
    expect(decodeGroup(content, signed('group', '2.zAAAAAAAA'))).toEqual(incomplete);
    expect(decodeGroup(content, signed('group', `2.z${toBase64Url(deflateSync(new Uint8Array([0xff, 0xfe])))}`))).toEqual(incomplete);
    expect(decodeGroup(content, groupCode(['U2Ft~gzz~ccc']))).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
    expect(decodeGroup(content, groupCode(['_w~gg5~ccc']))).toEqual(incomplete);
  });

  it('round-trip an empty session and facilitator', () => {
    const group = { session: '', facilitator: '', participants: [participant(seeded(1), 'Sam')] };
    const decoded = decodeGroup(content, encodeGroup(content, group));
    expect(decoded.ok && sortedGroup(decoded.value)).toEqual(sortedGroup(group));
  });
});

describe('show-of-hands links', () => {
  it('round-trip any counts a room could give', () => {
    fc.assert(
      fc.property(handsArb, (hands) => {
        const code = encodeHands(content, hands);
        expect(code.length).toBeLessThanOrEqual(MAX_HANDS_LINK);
        expect(decodeHands(content, code)).toEqual({ ok: true, value: hands });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trip a full room of MAX_ROOM with every statement and answer counted', () => {
    const picks = Object.fromEntries(content.goals.statements.map((s) => [s.id, MAX_ROOM]));
    const context = Object.fromEntries(
      content.context.questions.map((q) => [
        q.id,
        Object.fromEntries(q.options.map((o, i) => [o.id, i === 0 ? MAX_ROOM - q.options.length + 1 : 1])),
      ]),
    );
    const hands = { hands: { picks, context }, people: MAX_ROOM };
    const code = encodeHands(content, hands);
    expect(code.length).toBeLessThanOrEqual(MAX_HANDS_LINK);
    expect(decodeHands(content, code)).toEqual({ ok: true, value: hands });
  });

  it('refuse a count above the room', () => {
    const hands = { hands: { picks: { 'g-explore': 13 }, context: {} }, people: 12 };
    expect(handsProblem(content, hands)).toEqual({ kind: 'contradiction', detail: 'over-room' });
    expect(decodeHands(content, encodeHands(content, hands))).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'over-room' },
    });
    expect(decodeHands(content, signed('hands', '2.n5.sg5-6'))).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'over-room' },
    });
  });

  it('refuse a question whose answers add up to more than the room, though each fits', () => {
    const hands = { hands: { picks: {}, context: { challenge: { deep: 3, recurring: 3 } } }, people: 5 };
    expect(handsProblem(content, hands)).toEqual({ kind: 'contradiction', detail: 'over-room' });
    expect(decodeHands(content, encodeHands(content, hands))).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'over-room' },
    });
    // Answers to different questions may add up to more than the room.
    const spread = { hands: { picks: {}, context: { challenge: { deep: 5 }, horizon: { years: 5 } } }, people: 5 };
    expect(decodeHands(content, encodeHands(content, spread))).toEqual({ ok: true, value: spread });
  });

  it('refuse a room of nobody', () => {
    for (const n of ['0', '00', '']) {
      expect(decodeHands(content, signed('hands', `2.n${n}.sg5-1`)), n).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    }
    expect(decodeHands(content, signed('hands', '2.sg5-1'))).toEqual({ ok: false, problem: { kind: 'incomplete' } });
    // The encoder never writes one: a room is at least one person.
    const decoded = decodeHands(content, encodeHands(content, { hands: { picks: {}, context: {} }, people: 0 }));
    expect(decoded.ok && decoded.value.people).toBe(1);
  });

  it('refuse a key given twice, an unknown key, and an output (only goal statements are counted)', () => {
    const repeated = { ok: false, problem: { kind: 'contradiction', detail: 'repeated' } };
    expect(decodeHands(content, signed('hands', '2.n9.sg5-1_g5-2'))).toEqual(repeated);
    expect(decodeHands(content, signed('hands', '2.n9.ccd-1_cd-2'))).toEqual(repeated);
    expect(decodeHands(content, signed('hands', '2.n9.szz-1'))).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
    expect(decodeHands(content, signed('hands', '2.n9.so1-1'))).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
    expect(decodeHands(content, signed('hands', '2.n9.cz1-1'))).toEqual({ ok: false, problem: { kind: 'unknown-answer' } });
    expect(decodeHands(content, signed('hands', '2.n1000'))).toEqual({ ok: false, problem: { kind: 'incomplete' } });
  });
});

describe('change-strategy links', () => {
  it('round-trip any complete answers', () => {
    fc.assert(
      fc.property(reviewArb, (answers) => {
        const code = encodeReview(review, answers);
        expect(code.length).toBeLessThanOrEqual(MAX_REVIEW_LINK);
        const decoded = decodeReview(review, code);
        expect(decoded.ok && sortedReview(decoded.value)).toEqual(sortedReview(answers));
        expect(decoded.ok && firstUnansweredReview(review, decoded.value)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('open incomplete answers, leaving the first unanswered question to the page', () => {
    const decoded = decodeReview(review, encodeReview(review, { current: ['coordination'], changes: ['turnover'] }));
    expect(decoded).toEqual({ ok: true, value: { current: ['coordination'], changes: ['turnover'] } });
    expect(decoded.ok && firstUnansweredReview(review, decoded.value)?.id).toBe('relationships');
    const none = decodeReview(review, encodeReview(review, {}));
    expect(none).toEqual({ ok: true, value: {} });
    expect(none.ok && firstUnansweredReview(review, none.value)?.id).toBe('current');
  });

  it('refuse "nothing has changed" beside a change, and two answers to a one-answer question', () => {
    expect(decodeReview(review, encodeReview(review, { changes: ['nothing', 'turnover'] }))).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'nothing-and-changes' },
    });
    expect(decodeReview(review, encodeReview(review, { current: ['networking', 'partnership'] }))).toEqual({
      ok: false,
      problem: { kind: 'contradiction', detail: 'two-answers' },
    });
  });

  it('leave out answers the content does not have', () => {
    const decoded = decodeReview(review, encodeReview(review, { current: ['networking', 'gone'], gone: ['x'] }));
    expect(decoded).toEqual({ ok: true, value: { current: ['networking'] } });
  });
});

describe('workshop session links', () => {
  it('round-trip any session', () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const code = encodeSession(session);
        expect(code.length).toBeLessThanOrEqual(MAX_SESSION_LINK);
        expect(decodeSession(code)).toEqual({ ok: true, value: session });
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.entries(SAMPLES))('round-trip a name and destination at their longest in %s', (_, sample) => {
    const session = { name: nameOf(sample, MAX_WORKSHOP_NAME), destination: nameOf(sample, MAX_DESTINATION) };
    const code = encodeSession(session);
    expect(code.length).toBeLessThanOrEqual(MAX_SESSION_LINK);
    expect(decodeSession(code)).toEqual({ ok: true, value: session });
  });

  it('refuse an empty or blank name', () => {
    const incomplete = { ok: false, problem: { kind: 'incomplete' } };
    expect(decodeSession(encodeSession({ name: '', destination: 'the Teams chat' }))).toEqual(incomplete);
    expect(decodeSession(encodeSession({ name: '   ', destination: '' }))).toEqual(incomplete);
    expect(decodeSession(signed('session', `2.n${nameToLink('   ')}`))).toEqual(incomplete);
    expect(decodeSession(signed('session', `2.n${nameToLink('x'.repeat(MAX_WORKSHOP_NAME + 1))}`))).toEqual(incomplete);
  });
});

describe('names cut to their longest', () => {
  it('never split a character (BUG: .slice cuts UTF-16 units, leaving half an emoji that becomes U+FFFD)', () => {
    // One unit of Latin, then emoji: the cut at an even length falls inside an emoji.
    const name = (max: number) => `a${'🙂'.repeat(max)}`;
    const result = decodeResult(
      content,
      encodeResult(content, {
        journey: 'goal',
        answers: { picks: ['g-explore'], context: {} },
        services: { from: name(MAX_SERVICE_NAME), with: 'b' },
      }),
    );
    const plan = decodePlan(content, encodePlan(content, [{ name: name(MAX_ACTIVITY_NAME), result: fullResult(null) }]));
    const group = decodeGroup(
      content,
      encodeGroup(content, {
        session: name(MAX_SESSION_NAME),
        facilitator: 'f',
        participants: [{ name: name(MAX_PARTICIPANT_NAME), result: fullResult(null) }],
      }),
    );
    const session = decodeSession(encodeSession({ name: name(MAX_WORKSHOP_NAME), destination: name(MAX_DESTINATION) }));
    const names = {
      service: result.ok ? result.value.services?.from : null,
      activity: plan.ok ? plan.value[0]?.name : null,
      participant: group.ok ? group.value.participants[0]?.name : null,
      groupSession: group.ok ? group.value.session : null,
      workshop: session.ok ? session.value.name : null,
      destination: session.ok ? session.value.destination : null,
    };
    const whole = (max: number) => `a${'🙂'.repeat((max - 2) / 2)}`; // the longest whole-character prefix
    expect(names).toEqual({
      service: whole(MAX_SERVICE_NAME),
      activity: whole(MAX_ACTIVITY_NAME),
      participant: whole(MAX_PARTICIPANT_NAME),
      groupSession: whole(MAX_SESSION_NAME),
      workshop: whole(MAX_WORKSHOP_NAME),
      destination: whole(MAX_DESTINATION),
    });
  });
});
