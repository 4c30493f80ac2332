/*
 * The words around a group's picture: what each kind of statement means (most, split, few), a
 * prompt to discuss each split that fits the way the statement points to, and the join address.
 * Pure, so every sentence can be checked against every small group (tests/ui/workshop-words.test.ts).
 */
import { content } from '../../../content/content.ts';
import { statementOf, wayOf } from '../../../content/lookups.ts';
import type { WayId } from '../../../content/schema.ts';
import { listOf } from '../../../domain/explain.ts';
import type { GroupSummary, StatementTally } from '../../../domain/group.ts';
import { appUrl } from '../../lib/urls.ts';

/**
 * What to talk about when the room splits on a statement, by the way it points to: whether the
 * lighter way would do, or whether the room is ready for what the deeper way asks.
 */
export const DISCUSS: Readonly<Record<WayId, string>> = {
  networking: 'Would staying in touch and sharing what you each know be enough for this?',
  cooperation: 'Is this a task you would help each other with, or something one service can do on its own?',
  coordination: 'Would you plan this together and change how your work fits around people, or is that more than you need?',
  partnership: 'Would your services share decisions and resources for this? Is now the time, or is it one for later?',
};

/** The prompt for a statement the group split on. */
export function discussPrompt(statementId: string): string {
  const way = statementOf(content, statementId)?.way;
  return way === undefined ? DISCUSS.cooperation : DISCUSS[way];
}

/** One part of the picture of what people chose: a heading, a sentence that is true of its list, and the list. */
export type ChoiceSection = { kind: 'split' | 'most' | 'few'; heading: string; text: string; items: StatementTally[] };

/**
 * What people chose, in the order a facilitator wants it: where the group split (to discuss),
 * what most chose, and, when there are any, what only a few chose. Every sentence is true of the
 * counts: "most" is more than half, "split" a third up to half (of two people or more), "few"
 * under a third, each of the people who saw the statement.
 */
export function choiceSections(summary: GroupSummary): ChoiceSection[] {
  const { statements, mostChosen, split, few } = summary;
  const one = summary.people === 1;
  // When people answered different questionnaires, a statement counts among those who saw it.
  const you = statements.every((s) => s.of === summary.people) ? 'of you' : 'of those who saw it';
  if (statements.length === 0) {
    return [{ kind: 'most', heading: 'What you chose', text: 'Nothing has been chosen yet.', items: [] }];
  }
  const splitText =
    split.length > 0
      ? `Each of these was chosen by somewhere from a third to half ${you}, so they are worth talking about.`
      : statements.every((s) => s.of < 2)
        ? one
          ? 'With one person, there is nothing to split on.'
          : 'Each statement was seen by only one person, so none could divide the group.'
        : mostChosen.length > 0 && few.length > 0
          ? `No statement divided the group: each was chosen by more than half ${you}, or by fewer than a third.`
          : mostChosen.length > 0
            ? `No statement divided the group: each one chosen was chosen by more than half ${you}.`
            : `No statement divided the group: each one chosen was chosen by fewer than a third ${you}.`;
  const sections: ChoiceSection[] = [
    { kind: 'split', heading: 'Where the group split', text: splitText, items: split },
    {
      kind: 'most',
      heading: one ? 'What you chose' : 'What most of you chose',
      text: one ? '' : mostChosen.length > 0 ? `Each was chosen by more than half ${you}.` : `Nothing was chosen by more than half ${you}.`,
      items: mostChosen,
    },
  ];
  if (few.length > 0) {
    sections.push({ kind: 'few', heading: `What fewer than a third ${you} chose (${few.length})`, text: '', items: few });
  }
  return sections;
}

/**
 * A sentence under the joint result when people's own results are tied at the top, so the room
 * sees why one joint result can come from an even spread; null otherwise.
 */
export function spreadNote(summary: GroupSummary): string | null {
  // A joint close call or tie already says the room is divided, in the explanation's own words.
  if (summary.joint === null || summary.joint.closeTo.length > 0 || summary.byWay.length === 0) return null;
  const most = Math.max(...summary.byWay.map((w) => w.aim));
  const top = summary.byWay.filter((w) => w.aim === most && most > 0);
  if (top.length < 2) return null;
  const ways = listOf(
    top.map((w) => wayOf(content, w.way).term),
    content.wording.and,
  );
  return `Your own results are split evenly between ${ways}. The joint recommendation comes from everyone's answers added together.`;
}

/** The join page's address to read off a screen and type: no protocol, and with its closing "/", which a plain host needs. */
export function joinAddress(): string {
  return appUrl('/join/').replace(/^https?:\/\//, '');
}
