/*
 * The words of a recommendation (src/domain/explain.ts). Expectations are built from the templates
 * in content.wording, so these tests check that the right template is chosen and filled with the
 * right values, not the English of the day. The recommendations come from the small inline content,
 * where each way's term is its id ("networking") and each answer's summary is "the answer is <id>".
 */
import { describe, expect, it } from 'vitest';
import type { Content, Voice } from '../../src/content/schema.ts';
import { optionOf } from '../../src/content/lookups.ts';
import type { ContradictionDetail, LinkKind, LinkProblem } from '../../src/domain/links/codec.ts';
import { explain, fill, linkProblemText, listOf, shortLabel, updatedAdvice, type Explanation } from '../../src/domain/explain.ts';
import type { Journey } from '../../src/domain/flow.ts';
import { recommend, recommendWeighted, type Recommendation } from '../../src/domain/recommend.ts';
import { tinyContent } from '../helpers/content.ts';

const content = tinyContent();
const w = content.wording;
const VOICES: Voice[] = ['own', 'shared', 'group'];
const DATE = '22 May 2027';

function rec(picks: string[], context: Record<string, string> = {}, c: Content = content): Recommendation {
  const r = recommend(c, { picks, context });
  if (r === null) throw new Error('expected a recommendation');
  return r;
}

function say(r: Recommendation, voice: Voice = 'own', journey: Journey | null = 'goal', reviewMonths?: number, c: Content = content) {
  return explain(c, r, { journey, voice, reviewDate: DATE, reviewMonths });
}

/** The summary of a context answer, as content gives it. */
function summary(questionId: string, optionId: string): string {
  const option = optionOf(content, questionId, optionId);
  if (option === undefined) throw new Error(`no option ${questionId}=${optionId}`);
  return option.summary;
}

/** Every string a user could read from an explanation, including the counted headings. */
function allStrings(e: Explanation): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      const counted = value as (count: number, have: number) => string;
      out.push(counted(12, 0), counted(12, 3));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(e);
  return out;
}

// Recommendations from the small content, each worked out by hand from the rules.
/** Coordination 5 against partnership 1: start and aim the same, nothing close. */
const same = rec(['g-coord', 'g-mix']);
/** Aim partnership (tilted deeper by "deep"), start networking (picked) because capacity is little. */
const staged = rec(['g-net', 'g-part'], { depth: 'deep', capacity: 'little' });
/** Aim partnership, start cooperation (the cap, not picked) because capacity is little. */
const stagedAtCap = rec(['g-coord', 'g-part'], { depth: 'deep', capacity: 'little' });
/** Networking and partnership, 3 points each: a tie, networking. */
const tie = rec(['g-net', 'g-part']);
/** Networking 15, cooperation 18, coordination 21, partnership 18: a close call, not a tie. */
const close = (() => {
  const r = recommendWeighted(content, {
    picks: new Map([
      ['g-net', 5],
      ['g-coop', 6],
      ['g-coord', 7],
      ['g-part', 6],
    ]),
    context: new Map(),
  });
  if (r === null) throw new Error('expected a recommendation');
  return r;
})();
/** Networking only, with a deep challenge pulling beyond it. */
const beyondDeeper = rec(['g-net'], { depth: 'deep' });
/** Partnership only, with a shallow challenge: cooperation may be enough. */
const beyondLighter = rec(['g-part'], { depth: 'shallow' });
/** Aim cooperation, tilted lighter by "shallow" from partnership. */
const tiltLighter = rec(['g-coop', 'g-mix', 'g-part'], { depth: 'shallow' });

describe('fill', () => {
  it('fills placeholders, capitalising those written with a capital', () => {
    expect(fill('{Aim} first, then {aim}; {start}.', { aim: 'coordination', start: 'networking' })).toBe(
      'Coordination first, then coordination; networking.',
    );
  });

  it('leaves unknown placeholders as they are', () => {
    expect(fill('{aim} and {other} and {Other}', { aim: 'x' })).toBe('x and {other} and {Other}');
  });

  it('leaves other braces alone, and fills an empty value as empty', () => {
    expect(fill('no placeholders {} {a-b}', { aim: 'x' })).toBe('no placeholders {} {a-b}');
    expect(fill('[{Answer}]', { answer: '' })).toBe('[]');
  });
});

describe('listOf', () => {
  it('joins none, one, two and several items with the given word', () => {
    expect(listOf([], 'and')).toBe('');
    expect(listOf(['a'], 'and')).toBe('a');
    expect(listOf(['a', 'b'], 'and')).toBe('a and b');
    expect(listOf(['a', 'b', 'c'], 'und')).toBe('a, b und c');
  });
});

describe.each(VOICES)('the %s voice', (voice) => {
  const v = w.voices[voice];
  const picks = w.journeys.goal.picks;

  it('titles a result where start and aim are the same', () => {
    expect(say(same, voice).title).toBe(fill(v.titleSame, { aim: 'coordination', start: 'coordination' }));
  });

  it('titles a staged result with both the start and the aim', () => {
    expect(say(staged, voice).title).toBe(fill(v.titleStaged, { start: 'networking', aim: 'partnership' }));
    expect(say(staged, voice).title).not.toBe(say(same, voice).title);
  });

  it('says what the picks point to', () => {
    expect(say(same, voice).why).toEqual([fill(v.picked, { picks, ways: 'coordination', aim: 'coordination' })]);
  });

  it('says when the picks point equally to several ways', () => {
    expect(say(tie, voice).why).toEqual([fill(v.pickedTie, { picks, ways: 'networking and partnership', aim: 'networking' })]);
  });

  it('names the picks that put the aim ahead, when the picks point to several ways', () => {
    // networking 3, coordination 2, partnership 3 + 1: partnership is ahead, on "part" alone
    // ("mix" adds a point to partnership but leans to coordination).
    const ahead = rec(['g-net', 'g-part', 'g-mix']);
    expect(ahead.aim).toBe('partnership');
    expect(say(ahead, voice).why).toEqual([
      fill(v.picked, { picks, ways: 'networking, coordination and partnership' }),
      fill(v.ahead, { aim: 'partnership', statements: fill(w.quoted, { text: 'part' }) }),
    ]);
    // Not when the picks tie (the tie is said instead), nor when they point to one way.
    expect(say(tie, voice).why).toHaveLength(1);
    expect(say(same, voice).why).toHaveLength(1);
  });

  it('names the answers that tilted the aim deeper, by their summaries', () => {
    const e = say(staged, voice);
    expect(e.why[1]).toBe(fill(v.tiltDeeper, { answers: summary('depth', 'deep'), aim: 'partnership' }));
    expect(e.why[1]).toContain(summary('depth', 'deep'));
  });

  it('says a lighter tilt in its own words', () => {
    const e = say(tiltLighter, voice);
    expect(e.why[1]).toBe(fill(v.tiltLighter, { answers: summary('depth', 'shallow'), aim: 'cooperation' }));
    expect(e.why).toHaveLength(2);
  });

  it('gives the reason for the start, naming the limiting answer, and says whether the start was also picked', () => {
    const e = say(staged, voice);
    expect(e.why).toHaveLength(3);
    expect(e.whyShort).toBe(e.why[2]);
    expect(e.whyShort).toBe(fill(v.startPicked, { answers: summary('capacity', 'little'), start: 'networking' }));
    expect(say(stagedAtCap, voice).whyShort).toBe(fill(v.startSupported, { answers: summary('capacity', 'little'), start: 'cooperation' }));
  });

  it('names both ways on a tie', () => {
    expect(say(tie, voice).closeCall).toBe(fill(v.tie, { ways: 'networking and partnership', aim: 'networking' }));
  });

  it('names every close way, in spectrum order, on a close call', () => {
    expect(close.tie).toBe(false);
    expect(say(close, voice).closeCall).toBe(fill(v.closeCall, { ways: 'cooperation, coordination and partnership', aim: 'coordination' }));
  });

  it('says nothing about a close call when the result is clear', () => {
    expect(say(same, voice).closeCall).toBeNull();
  });

  it('notes a way beyond what was picked, deeper or lighter', () => {
    expect(say(beyondDeeper, voice).beyond).toEqual([
      fill(v.beyondDeeper, { answers: summary('depth', 'deep'), way: 'partnership', aim: 'networking' }),
    ]);
    expect(say(beyondLighter, voice).beyond).toEqual([
      fill(v.beyondLighter, { answers: summary('depth', 'shallow'), way: 'cooperation', aim: 'partnership' }),
    ]);
    expect(say(same, voice).beyond).toEqual([]);
  });

  it('differs from the other voices', () => {
    for (const other of VOICES.filter((x) => x !== voice)) {
      expect(say(staged, voice).title).not.toBe(say(staged, other).title);
    }
  });
});

describe('which picks the sentences talk about', () => {
  /** The small content with an output for every way, so every kind of sentence can be made from outputs. */
  const outputs: Content = {
    ...content,
    outputs: {
      ...content.outputs,
      statements: [
        ...content.outputs.statements,
        { id: 'o-net', key: 'n2', theme: 'outs', way: 'networking', weights: { networking: 3 }, text: 'o net' },
        { id: 'o-coop', key: 'c2', theme: 'outs', way: 'cooperation', weights: { cooperation: 3 }, text: 'o coop' },
        { id: 'o-coord', key: 'd2', theme: 'outs', way: 'coordination', weights: { coordination: 3 }, text: 'o coord' },
      ],
    },
  };
  const fromOutputs = [
    // tilted deeper, staged with a picked start, reviewed when it's over
    rec(['o-net', 'o-part'], { depth: 'deep', capacity: 'little', horizon: 'once' }, outputs),
    // a tie, something to find out
    rec(['o-net', 'o-coord'], { capacity: 'unsure' }, outputs),
    // beyond, staged at the cap
    rec(['o-coord'], { depth: 'shallow', capacity: 'little', horizon: 'years' }, outputs),
    // a three-way tie
    rec(['o-net', 'o-coop', 'o-coord'], {}, outputs),
  ];

  it('the outputs journey says "results" and never "goals", in every string, in every voice', () => {
    expect(fromOutputs.map((r) => [r.tilt !== null, r.tie, r.start !== r.aim, r.beyond.length > 0, r.findOut.length > 0])).toEqual([
      [true, false, true, false, false],
      [false, true, false, false, true],
      [false, false, true, true, false],
      [false, true, false, false, false],
    ]);
    for (const voice of VOICES) {
      for (const r of fromOutputs) {
        const e = say(r, voice, 'outputs', undefined, outputs);
        expect(e.why[0]).toContain(w.journeys.outputs.picks);
        for (const text of allStrings(e)) expect(text).not.toMatch(/goal/i);
      }
    }
  });

  it('the goal journey says "goals"', () => {
    expect(say(same, 'own', 'goal').why[0]).toContain(w.journeys.goal.picks);
    expect(say(same, 'own', 'goal').why[0]).not.toContain(w.journeys.outputs.picks);
  });

  it('a group that used both journeys names both', () => {
    expect(say(same, 'group', null).why[0]).toBe(
      fill(w.voices.group.picked, { picks: listOf([w.journeys.goal.picks, w.journeys.outputs.picks], w.and), ways: 'coordination' }),
    );
  });
});

describe('limits and things to find out', () => {
  it('gives each limit as its summary and the reason from content', () => {
    const option = optionOf(content, 'capacity', 'little');
    expect(say(staged).limits).toEqual([fill(w.limit, { answer: option?.summary ?? '', because: option?.because ?? '' })]);
    expect(say(staged).limits[0]?.toLowerCase()).toContain((option?.because ?? 'no reason').toLowerCase());
    expect(say(same).limits).toEqual([]);
  });

  it('lists what to find out from "not sure" answers, in the words of content', () => {
    const e = say(rec(['g-part'], { capacity: 'unsure' }));
    expect(e.findOut).toEqual([optionOf(content, 'capacity', 'unsure')?.findOut]);
    expect(say(same).findOut).toEqual([]);
  });

  it('adds no note about several organisations when no answer says so', () => {
    expect(say(staged).several).toBeNull();
  });
});

describe('when to look again', () => {
  const once = rec(['g-coop'], { horizon: 'once' });
  const years = rec(['g-coop'], { horizon: 'years' });
  const onceWhen = optionOf(content, 'horizon', 'once')?.reviewWhen;

  it('uses the answer’s own words for a one-off activity', () => {
    expect(onceWhen).toBeDefined();
    expect(say(once).reviewWhen).toBe(onceWhen);
    // Choosing the same period as suggested keeps the answer's words.
    expect(say(once, 'own', 'goal', 1).reviewWhen).toBe(onceWhen);
  });

  it('says "in N months" otherwise', () => {
    expect(say(years).reviewWhen).toBe(fill(w.review.months, { count: '6' }));
    expect(say(same).reviewWhen).toBe(fill(w.review.months, { count: String(content.context.reviewMonths) }));
  });

  it('uses the period the user chose over the suggestion', () => {
    expect(say(years, 'own', 'goal', 3).reviewWhen).toBe(fill(w.review.months, { count: '3' }));
    expect(say(once, 'own', 'goal', 6).reviewWhen).toBe(fill(w.review.months, { count: '6' }));
    expect(say(years, 'own', 'goal', 1).reviewWhen).toBe(w.review.month);
  });

  it('puts when and the date in the review sentences', () => {
    const e = say(years, 'own', 'goal', 3);
    expect(e.review).toBe(fill(w.review.line, { when: e.reviewWhen, date: DATE }));
    expect(e.reviewShort).toBe(fill(w.review.short, { when: e.reviewWhen, date: DATE }));
    expect(e.review).toContain(DATE);
  });
});

describe('the rest of the explanation', () => {
  it('says the short form, the reminder and the headings for the start and the aim', () => {
    const e = say(staged);
    const values = { start: 'networking', aim: 'partnership' };
    expect(e.short).toBe(fill(w.shortStaged, values));
    expect(say(same).short).toBe(fill(w.shortSame, { aim: 'coordination' }));
    expect(e.reminder).toEqual({ title: fill(w.reminderTitle, values), text: fill(w.reminderStaged, values) });
    expect(say(same).reminder.text).toBe(fill(w.reminderSame, { start: 'coordination', aim: 'coordination' }));
    expect(e.headings.why).toBe(fill(w.headings.whyStaged, values));
    expect(say(same).headings.why).toBe(fill(w.headings.whySame, { start: 'coordination', aim: 'coordination' }));
    expect(e.headings.takes).toBe(fill(w.headings.takes, values));
    expect(e.headings.takesCount(12, 0)).toBe(fill(w.labels.takesCount, { count: '12' }));
    expect(e.headings.takesCount(12, 3)).toBe(fill(w.labels.takesCountHave, { count: '12', have: '3' }));
  });

  it('talks of the other service in the next steps when no answer says there are several', () => {
    expect(say(staged).nextSteps).toEqual(
      w.nextSteps.map((s) => fill(s, { start: 'networking', aim: 'partnership', picks: w.journeys.goal.picks, partner: w.partners.one })),
    );
  });

  it('shows each answer and the points it gave in the workings', () => {
    const e = say(rec(['g-mix'], { depth: 'deep' }));
    const points = (...parts: [number, string][]) =>
      listOf(
        parts.map(([count, way]) => fill(w.workingsPoints, { count: String(count), way })),
        w.and,
      );
    expect(e.workings).toEqual({
      picks: [fill(w.workingsPick, { quoted: fill(w.quoted, { text: 'mix' }), points: points([2, 'coordination'], [1, 'partnership']) })],
      context: [fill(w.workingsContext, { answer: summary('depth', 'deep'), points: points([1, 'coordination']) })],
      intro: w.workingsIntro,
      note: w.workingsSetAside,
    });
  });

  it('leaves no placeholder unfilled, in any voice', () => {
    for (const voice of VOICES) {
      for (const r of [same, staged, stagedAtCap, tie, close, beyondDeeper, beyondLighter, tiltLighter]) {
        for (const text of allStrings(say(r, voice))) expect(text).not.toMatch(/\{[A-Za-z]+\}/);
      }
    }
  });
});

describe('shortLabel', () => {
  it('is the short form of the explanation, for start and aim the same or staged', () => {
    for (const r of [same, staged, tie]) expect(shortLabel(content, r)).toBe(say(r).short);
    expect(shortLabel(content, same)).toBe(fill(w.shortSame, { aim: 'coordination' }));
    expect(shortLabel(content, staged)).toBe(fill(w.shortStaged, { start: 'networking', aim: 'partnership' }));
  });
});

describe('linkProblemText', () => {
  const KINDS: LinkKind[] = ['result', 'plan', 'group', 'hands', 'review', 'session'];
  const DETAILS: ContradictionDetail[] = ['repeated', 'over-room', 'nothing-and-changes', 'two-answers', 'too-many'];
  const PROBLEMS: LinkProblem[] = [
    { kind: 'too-long' },
    { kind: 'incomplete' },
    { kind: 'newer-version', version: 3 },
    { kind: 'unknown-answer' },
    ...DETAILS.map((detail): LinkProblem => ({ kind: 'contradiction', detail })),
    { kind: 'empty' },
  ];

  it.each(KINDS)('names the %s link in the title and uses each problem’s own message', (kind) => {
    const thing = w.links.things[kind];
    const messages = new Set<string>();
    for (const problem of PROBLEMS) {
      const text = linkProblemText(w, kind, problem);
      expect(text.title).toBe(fill(w.links.title, { thing }));
      expect(text.title).toContain(thing);
      expect(text.next).toBe(w.links.next);
      const detail = problem.kind === 'contradiction' ? fill(w.links.details[problem.detail], { thing }) : '';
      expect(text.message).toBe(fill(w.links.problems[problem.kind], { thing, detail }));
      if (problem.kind === 'contradiction') expect(text.message).toContain(detail);
      for (const part of [text.title, text.message, text.next]) expect(part).not.toMatch(/\{[A-Za-z]+\}/);
      messages.add(text.message);
    }
    // Every problem, and every kind of contradiction, reads differently.
    expect(messages.size).toBe(PROBLEMS.length);
  });
});

describe('updatedAdvice', () => {
  it('says what a link suggested when it was made, for start and aim the same', () => {
    const text = updatedAdvice(content, { start: 'coordination', aim: 'coordination' });
    expect(text).toBe(fill(w.links.updated, { was: fill(w.links.wasSame, { aim: 'coordination' }) }));
  });

  it('says what a link suggested when it was made, for a staged result', () => {
    const text = updatedAdvice(content, { start: 'networking', aim: 'partnership' });
    expect(text).toBe(fill(w.links.updated, { was: fill(w.links.wasStaged, { start: 'networking', aim: 'partnership' }) }));
    expect(text).toContain('networking');
    expect(text).toContain('partnership');
  });
});
