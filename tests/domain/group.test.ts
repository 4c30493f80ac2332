import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineAnswers,
  decodeGroup,
  decodeHands,
  encodeGroup,
  encodeHands,
  groupSummary,
  handsSummary,
  handsToWeighted,
  pasteLinks,
  type HandsCounts,
} from '../../src/domain/group.ts';
import { recommendWeighted } from '../../src/domain/recommend.ts';
import { encodeAnswers } from '../../src/domain/share-link.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();
const ctx = { challenge: 'recurring', capacity: 'regular', relationship: 'some', horizon: 'months', leadership: 'support' };
const people = [
  { picks: ['g-seamless-referral', 'g-not-reaching'], context: ctx },
  { picks: ['g-seamless-referral', 'g-change-systems'], context: { ...ctx, horizon: 'years' } },
  { picks: ['g-seamless-referral', 'g-letter-support'], context: { ...ctx, capacity: 'task' } },
];
const links = people.map((a) => `https://example.org/app/#/r/${encodeAnswers(content, 'goal', a)}`);

describe('pasting links into the group view', () => {
  it('finds every link in pasted text, and reports duplicates and invalid links without counting them', () => {
    const text = `Sam: ${links[0]}\n${links[1]}, ${links[2]}\n${links[0]}\nhttps://example.org/app/#/r/1g.zz.\nsee you soon`;
    const report = pasteLinks(content, [], text);
    expect(report.added).toHaveLength(3);
    expect(report.duplicates).toHaveLength(1);
    expect(report.invalid.map((i) => i.problem.kind)).toEqual(['not-a-link', 'unknown-statement']);
  });

  it('does not add a link already in the group', () => {
    const first = pasteLinks(content, [], links.join(' ')).added;
    expect(pasteLinks(content, first, links[1] ?? '').added).toEqual([]);
  });
});

describe('the group summary', () => {
  const participants = pasteLinks(content, [], links.join('\n')).added;
  const summary = groupSummary(content, participants);

  it('counts where each person landed', () => {
    expect(summary.byWay).toEqual([
      { way: 'networking', count: 0 },
      { way: 'cooperation', count: 0 },
      { way: 'coordination', count: 3 },
      { way: 'partnership', count: 0 },
    ]);
  });

  it('finds what most chose and what split the group', () => {
    expect(summary.mostChosen.map((s) => s.id)).toEqual(['g-seamless-referral']);
    expect(summary.split.map((s) => [s.id, s.count, s.of])).toEqual([
      ['g-change-systems', 1, 3],
      ['g-letter-support', 1, 3],
      ['g-not-reaching', 1, 3],
    ]);
  });

  it('computes the joint recommendation with the same scoring, from everyone’s answers combined', () => {
    expect(summary.joint).toEqual(recommendWeighted(content, combineAnswers(participants)));
    expect(summary.joint?.aim).toBe('coordination');
    // capacity: two said "regular", one "task": the most common answer sets the start.
    expect(summary.joint?.start).toBe('coordination');
  });

  it('reopens from its own link with names', () => {
    const named = participants.map((p, i) => ({ ...p, name: ['Sam', '', 'Legal service'][i] ?? '' }));
    const decoded = decodeGroup(content, encodeGroup(named));
    expect(decoded.ok && decoded.participants.map((p) => [p.name, p.code])).toEqual(named.map((p) => [p.name, p.code]));
    expect(decoded.ok && groupSummary(content, decoded.participants)).toEqual(summary);
  });

  it('keeps a 60-person group link within what chat tools accept', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...participants[i % 3]!,
      name: `Participant ${i + 1}`,
      code: encodeAnswers(content, 'goal', { picks: content.goals.statements.slice(i % 12, (i % 12) + 8).map((s) => s.id), context: ctx }),
    }));
    expect(encodeGroup(many).length).toBeLessThan(4000);
  });
});

describe('show of hands', () => {
  it('gives the joint recommendation the scoring gives for the same weighted answers', () => {
    // The same room as the three links above, by hands instead of phones.
    const hands: HandsCounts = {
      picks: { 'g-seamless-referral': 3, 'g-not-reaching': 1, 'g-change-systems': 1, 'g-letter-support': 1 },
      context: {
        challenge: { recurring: 3 },
        capacity: { regular: 2, task: 1 },
        relationship: { some: 3 },
        horizon: { months: 2, years: 1 },
        leadership: { support: 3 },
      },
    };
    const fromHands = handsSummary(content, hands, 3);
    expect(fromHands.joint).toEqual(recommendWeighted(content, handsToWeighted(hands)));
    const fromLinks = groupSummary(content, pasteLinks(content, [], links.join(' ')).added);
    expect(fromHands.joint).toEqual(fromLinks.joint);
    expect(fromHands.split.map((s) => s.id)).toEqual(fromLinks.split.map((s) => s.id));
  });

  it('round-trips through its link', () => {
    const hands: HandsCounts = { picks: { 'g-explore': 4, 'o-outreach': 2 }, context: { capacity: { little: 5, task: 1 } } };
    expect(decodeHands(content, encodeHands(content, hands, 6))).toEqual({ ok: true, hands, people: 6 });
  });

  it('ignores counts that are not whole positive numbers', () => {
    const weighted = handsToWeighted({ picks: { 'g-explore': -2, 'g-advocate': 1.5, 'g-new-service': 2 }, context: {} });
    expect([...weighted.picks.values()]).toEqual([0, 0, 2]);
  });

  it('never throws on random links', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (code) => {
        expect(typeof decodeHands(content, code).ok).toBe('boolean');
        expect(typeof decodeGroup(content, code).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
