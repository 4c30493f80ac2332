/*
 * The words around a group's picture (src/ui/features/workshop/summary-words.ts) and the pages
 * of goal statements on the slides and in a show of hands (statement-pages.ts). Every sentence
 * about "most", "split" and "few" is checked against every small group (1 to 5 people, from
 * result links and from a show of hands): what it says must be true of the lists beside it.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../../src/content/content.ts';
import type { Statement, StatementSet } from '../../src/content/schema.ts';
import type { Journey } from '../../src/domain/flow.ts';
import { groupSummary, handsSummary, type GroupSummary, type Participant } from '../../src/domain/group.ts';
import { decodeResult, encodeResult } from '../../src/domain/links/result-link.ts';
import { presentationOrder } from '../../src/domain/order.ts';
import { statementPages } from '../../src/ui/features/workshop/statement-pages.ts';
import { choiceSections, DISCUSS, discussPrompt, joinAddress, spreadNote } from '../../src/ui/features/workshop/summary-words.ts';
import { handsSteps } from '../../src/ui/features/workshop/workshop-pages.tsx';

const CONTEXT = {
  partners: 'one',
  challenge: 'contained',
  capacity: 'task',
  relationship: 'little',
  horizon: 'once',
  leadership: 'not-yet',
};
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

function person(n: number, journey: Journey, picks: string[], context: Record<string, string> = CONTEXT): Participant {
  const token = Array.from({ length: 5 }, (_, i) => BASE32[Math.floor(n / 32 ** (4 - i)) % 32] ?? '0').join('');
  const decoded = decodeResult(content, encodeResult(content, { journey, answers: { picks, context }, token }));
  if (!decoded.ok) throw new Error(`person ${n} does not decode`);
  return { name: '', result: decoded.value };
}

/** Every group of 1 to 5 on the goals (and some on the results), with two statements each chosen by 0 to everyone. */
function smallGroups(): GroupSummary[] {
  const out: GroupSummary[] = [];
  for (let people = 1; people <= 5; people++) {
    for (let onGoals = 0; onGoals <= people; onGoals++) {
      for (let a = 0; a <= onGoals; a++) {
        for (let b = 0; b <= people - onGoals; b++) {
          const group = Array.from({ length: people }, (_, i) =>
            i < onGoals
              ? person(i, 'goal', i < a ? ['g-share-info', 'g-letter-support'] : ['g-letter-support'])
              : person(i, 'outputs', i - onGoals < b ? ['o-outreach'] : ['o-referral-pathway']),
          );
          out.push(groupSummary(content, group));
        }
      }
    }
    for (let a = 0; a <= people; a++) {
      for (let b = 0; b <= people; b++) {
        out.push(handsSummary(content, { picks: { 'g-share-info': a, 'g-new-service': b }, context: {} }, people));
      }
    }
  }
  return out;
}

const says = (text: string, words: string) => text.includes(words);

describe('what the group view says about most, split and few', () => {
  const groups = smallGroups();

  it('tries a good many groups', () => {
    expect(groups.length).toBeGreaterThan(150);
  });

  it('lists each chosen statement once, under the heading that fits it', () => {
    for (const summary of groups) {
      const sections = choiceSections(summary);
      const listed = sections.flatMap((s) => s.items.map((i) => i.id));
      expect(new Set(listed).size).toBe(listed.length);
      expect([...listed].sort()).toEqual(summary.statements.map((s) => s.id).sort());
      for (const section of sections) {
        const expected = section.kind === 'split' ? summary.split : section.kind === 'most' ? summary.mostChosen : summary.few;
        expect(section.items).toEqual(expected);
      }
    }
  });

  it('says only what is true of the counts, for every group of 1 to 5', () => {
    for (const summary of groups) {
      const context = `${summary.people} people: ${summary.statements.map((s) => `${s.count} of ${s.of}`).join(', ')}`;
      const sections = choiceSections(summary);
      const split = sections.find((s) => s.kind === 'split');
      const most = sections.find((s) => s.kind === 'most');
      const few = sections.find((s) => s.kind === 'few');
      if (summary.statements.length === 0) {
        expect(
          sections.map((s) => s.text),
          context,
        ).toEqual(['Nothing has been chosen yet.']);
        continue;
      }
      if (split === undefined || most === undefined) throw new Error(`missing a section: ${context}`);
      if (summary.split.length > 0) {
        expect(says(split.text, 'from a third to half'), context).toBe(true);
      } else if (summary.statements.some((s) => s.of >= 2)) {
        expect(split.text.startsWith('No statement divided the group'), context).toBe(true);
        // It names "more than half" only if something was, and "fewer than a third" only if something was.
        expect(says(split.text, 'more than half'), context).toBe(summary.mostChosen.length > 0);
        expect(says(split.text, 'fewer than a third'), context).toBe(summary.few.length > 0);
      } else {
        expect(says(split.text, 'one person'), context).toBe(true);
      }
      if (summary.people > 1) {
        expect(most.heading).toBe('What most of you chose');
        expect(says(most.text, 'Nothing was chosen by more than half'), context).toBe(summary.mostChosen.length === 0);
        expect(says(most.text, 'Each was chosen by more than half'), context).toBe(summary.mostChosen.length > 0);
      } else {
        expect(most.heading, context).toBe('What you chose');
      }
      expect(few !== undefined, context).toBe(summary.few.length > 0);
      if (few !== undefined) expect(few.heading).toMatch(new RegExp(`^What fewer than a third .* chose \\(${summary.few.length}\\)$`));
      // "of you" only when everyone saw every statement; otherwise, of those who saw it.
      const everyone = summary.statements.every((s) => s.of === summary.people);
      for (const s of sections) {
        expect(says(`${s.heading} ${s.text}`, 'of those who saw it'), context).toBe(!everyone && `${s.heading} ${s.text}`.includes(' of '));
      }
    }
  });

  it('with two people choosing differently, says they split and that nothing was chosen by most', () => {
    const two = groupSummary(content, [person(1, 'goal', ['g-letter-support']), person(2, 'goal', ['g-seamless-referral'])]);
    const [split, most] = choiceSections(two);
    expect(split?.items.map((s) => s.id).sort()).toEqual(['g-letter-support', 'g-seamless-referral']);
    expect(split?.text).toBe('Each of these was chosen by somewhere from a third to half of you, so they are worth talking about.');
    expect(most?.items).toEqual([]);
    expect(most?.text).toBe('Nothing was chosen by more than half of you.');
  });

  it('never talks about points or scores', () => {
    for (const summary of groups.slice(0, 60)) {
      for (const s of choiceSections(summary)) expect(`${s.heading} ${s.text}`).not.toMatch(/\bpoints?\b|\bscor/i);
    }
  });
});

describe('the note under a joint result', () => {
  it('says when people’s own results are tied, and why one joint result can still come out', () => {
    const two = groupSummary(content, [person(1, 'goal', ['g-letter-support']), person(2, 'goal', ['g-seamless-referral'])]);
    expect(two.byWay.filter((w) => w.aim === 1).map((w) => w.way)).toEqual(['cooperation', 'coordination']);
    expect(spreadNote(two)).toBe(
      "Your own results are split evenly between cooperation and coordination. The joint recommendation comes from everyone's answers added together.",
    );
  });

  it('says nothing when one way leads, or when the joint result names its own tie', () => {
    const agreed = groupSummary(content, [person(1, 'goal', ['g-letter-support']), person(2, 'goal', ['g-letter-support'])]);
    expect(spreadNote(agreed)).toBeNull();
    const tied = groupSummary(content, [
      person(1, 'goal', ['g-letter-support'], { ...CONTEXT, challenge: 'unsure', horizon: 'unsure' }),
      person(2, 'goal', ['g-seamless-referral'], { ...CONTEXT, challenge: 'unsure', horizon: 'unsure' }),
    ]);
    if (tied.joint?.closeTo.length === 0) throw new Error('expected a joint close call');
    expect(spreadNote(tied)).toBeNull();
  });
});

describe('prompts to discuss a split', () => {
  it('has a prompt for each way, each different, in plain words', () => {
    const prompts = content.ways.map((w) => DISCUSS[w.id]);
    expect(new Set(prompts).size).toBe(4);
    for (const p of prompts) {
      expect(p).toMatch(/\?$/);
      expect(p).not.toMatch(/\bpoints?\b|\bscor/i);
    }
    expect(DISCUSS.networking).toMatch(/staying in touch/);
    expect(DISCUSS.partnership).toMatch(/share decisions and resources/);
  });

  it('gives each statement the prompt for the way it points to', () => {
    for (const s of [...content.goals.statements, ...content.outputs.statements]) expect(discussPrompt(s.id)).toBe(DISCUSS[s.way]);
  });
});

describe('the pages of goal statements', () => {
  it('follow the phones: a page per theme, in the themes’ order, each in the phones’ order, under the theme’s question', () => {
    const pages = statementPages(content.goals);
    expect(pages.map((p) => p.theme.id)).toEqual(content.goals.themes.map((t) => t.id));
    for (const page of pages) {
      expect(page.continued).toBe(false);
      expect(page.first).toBe(1);
      expect(page.parts).toBe(content.goals.themes.length);
      // As questionnaire-pages.tsx lists a theme's statements.
      expect(page.statements).toEqual(presentationOrder(content.goals.statements.filter((s) => s.theme === page.theme.id)));
    }
    expect(pages.flatMap((p) => p.statements).length).toBe(content.goals.statements.length);
  });

  it('split a theme too long for one slide over two, the second "continued", numbered on from the first', () => {
    const long = (n: number): Statement => ({
      id: `g-long-${n}`,
      key: `l${n}`,
      theme: 'many',
      way: 'networking',
      weights: { networking: 1 },
      text: `Statement ${n}, long enough to take two lines on a slide at the size the back of a room can read easily.`,
    });
    const set: StatementSet = {
      ...content.goals,
      themes: [content.goals.themes[0] ?? { id: 'x', title: 'x', question: 'x' }, { id: 'many', title: 'Many', question: 'Many?' }],
      statements: [
        ...content.goals.statements.filter((s) => s.theme === content.goals.themes[0]?.id),
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(long),
      ],
    };
    const pages = statementPages(set).filter((p) => p.theme.id === 'many');
    expect(pages.map((p) => p.continued)).toEqual([false, true]);
    expect(pages.map((p) => p.part)).toEqual([2, 2]);
    expect(pages[1]?.first).toBe((pages[0]?.statements.length ?? 0) + 1);
    expect(pages.flatMap((p) => p.statements.map((s) => s.id)).sort()).toEqual(
      set.statements
        .filter((s) => s.theme === 'many')
        .map((s) => s.id)
        .sort(),
    );
    // As evenly as it can.
    expect(Math.abs((pages[0]?.statements.length ?? 0) - (pages[1]?.statements.length ?? 0))).toBeLessThanOrEqual(1);
  });

  it('are the show of hands’ steps too, between the room’s size and the situation questions', () => {
    const steps = handsSteps();
    const pages = statementPages(content.goals);
    expect(steps[0]).toEqual({ kind: 'people' });
    expect(steps.slice(1, 1 + pages.length)).toEqual(pages.map((page) => ({ kind: 'statements', page })));
    expect(steps.slice(1 + pages.length).map((s) => (s.kind === 'question' ? s.id : s.kind))).toEqual(
      content.context.questions.map((q) => q.id),
    );
  });
});

describe('the join address', () => {
  it('keeps its closing slash, which a plain host needs, and drops the protocol', () => {
    expect(joinAddress()).toMatch(/\/join\/$/);
    expect(joinAddress()).not.toMatch(/^https?:/);
  });
});
