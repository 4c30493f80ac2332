/*
 * Routing for the two questionnaires, and nothing else (the rules live in recommend.ts).
 * A step is named by an id: a theme's id for a page of statements, a context question's id, or
 * "check". Answers are keyed by question, never by step order, so changing an early answer
 * never forces the rest to be answered again.
 */
import type { Content, ContextQuestion, StatementSet, Theme } from '../content/schema.ts';
import { JOURNEYS } from '../content/journeys.ts';
import { statementSet } from '../content/lookups.ts';

export { JOURNEYS };
/** The two ways into the questionnaire: by goal statements, or by the results wanted. */
export type Journey = (typeof JOURNEYS)[number];

/** Where each journey keeps its picks in the answers. */
export const PICK_LIST = { goal: 'goals', outputs: 'outputs' } as const satisfies Record<Journey, string>;
export type PickList = (typeof PICK_LIST)[Journey];

/** Step ids from the first version, when all statements were on one page: they lead to the first page. */
const LEGACY_FIRST_STEP: Readonly<Record<string, true>> = { goals: true, outputs: true };

/** The answers the questionnaire has gathered. */
export type QuestionnaireAnswers = {
  goals: readonly string[];
  outputs: readonly string[];
  context: Readonly<Record<string, string>>;
};

export type Step =
  | { kind: 'picks'; id: string; list: PickList; set: StatementSet; theme: Theme; part: number; parts: number }
  | { kind: 'context'; id: string; question: ContextQuestion; number: number; of: number }
  | { kind: 'check'; id: 'check' };

/** Narrows a string from an address to a journey. */
export function isJourney(value: string): value is Journey {
  return (JOURNEYS as readonly string[]).includes(value);
}

/** The steps of a journey in order: a page per theme of statements, each context question, then check answers. */
export function journeySteps(content: Pick<Content, 'goals' | 'outputs' | 'context'>, journey: Journey): Step[] {
  const set = statementSet(content, journey);
  const questions = content.context.questions;
  return [
    ...set.themes.map((theme, i): Step => ({
      kind: 'picks',
      id: theme.id,
      list: PICK_LIST[journey],
      set,
      theme,
      part: i + 1,
      parts: set.themes.length,
    })),
    ...questions.map((question, i): Step => ({ kind: 'context', id: question.id, question, number: i + 1, of: questions.length })),
    { kind: 'check', id: 'check' },
  ];
}

/** Finds a step of a journey by id (old single-page ids lead to the first page), or undefined. */
export function findStep(content: Pick<Content, 'goals' | 'outputs' | 'context'>, journey: Journey, stepId: string): Step | undefined {
  const steps = journeySteps(content, journey);
  if (LEGACY_FIRST_STEP[stepId] === true) return steps[0];
  return steps.find((s) => s.id === stepId);
}

/** Where Continue goes: the next step, or back to check answers when the user came from a Change link. */
export function nextStepId(
  content: Pick<Content, 'goals' | 'outputs' | 'context'>,
  journey: Journey,
  stepId: string,
  fromCheck: boolean,
): string {
  if (fromCheck) return 'check';
  const steps = journeySteps(content, journey);
  const i = steps.findIndex((s) => s.id === stepId);
  return steps[i + 1]?.id ?? 'check';
}

/** Where the Back link goes: the previous step, check answers when changing, or null before the first step. */
export function previousStepId(
  content: Pick<Content, 'goals' | 'outputs' | 'context'>,
  journey: Journey,
  stepId: string,
  fromCheck: boolean,
): string | null {
  if (fromCheck) return 'check';
  const steps = journeySteps(content, journey);
  const i = steps.findIndex((s) => s.id === stepId);
  return i > 0 ? (steps[i - 1]?.id ?? null) : null;
}

/** The journey's picks: the statements chosen on every page of it. */
export function picksOf(journey: Journey, answers: QuestionnaireAnswers): readonly string[] {
  return answers[PICK_LIST[journey]];
}

/**
 * The error to show when Continue is pressed on a step, or null when it may be left.
 * Pages of statements may be left empty, as long as something is chosen by the last of them.
 */
export function stepError(step: Step, answers: QuestionnaireAnswers): string | null {
  switch (step.kind) {
    case 'picks': {
      const chosen = answers[step.list].length > 0;
      return chosen || step.part < step.parts ? null : step.set.error;
    }
    case 'context':
      return answers.context[step.id] !== undefined ? null : step.question.error;
    case 'check':
      return null;
  }
}

/** The first step of a journey that still needs an answer, or null when all are answered. */
export function firstUnanswered(
  content: Pick<Content, 'goals' | 'outputs' | 'context'>,
  journey: Journey,
  answers: QuestionnaireAnswers,
): string | null {
  const steps = journeySteps(content, journey);
  if (answers[PICK_LIST[journey]].length === 0) return steps[0]?.id ?? null;
  return steps.find((s) => s.kind === 'context' && stepError(s, answers) !== null)?.id ?? null;
}

/** The picks and context answers a journey's recommendation is computed from. */
export function journeyAnswers(
  journey: Journey,
  answers: QuestionnaireAnswers,
): { picks: readonly string[]; context: Readonly<Record<string, string>> } {
  return { picks: picksOf(journey, answers), context: answers.context };
}
