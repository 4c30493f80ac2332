/*
 * Routing for the two questionnaires, and nothing else (the rules live in recommend.ts).
 * A step is the id of the question it asks; answers are keyed by those ids, so changing an
 * early answer never forces the rest to be answered again.
 */
import type { Content, ContextQuestion, StatementSet } from '../content/schema.ts';

export const JOURNEYS = ['goal', 'outputs'] as const;
/** The two ways into the questionnaire: by goal statements, or by the outputs wanted. */
export type Journey = (typeof JOURNEYS)[number];

/** The id of the first step of each journey, which is also where its picks are kept. */
export const PICK_STEP = { goal: 'goals', outputs: 'outputs' } as const satisfies Record<Journey, string>;
export type PickStep = (typeof PICK_STEP)[Journey];

/** The answers the questionnaire has gathered, keyed by step id. */
export type QuestionnaireAnswers = {
  goals: readonly string[];
  outputs: readonly string[];
  context: Readonly<Record<string, string>>;
};

export type Step =
  | { kind: 'picks'; id: PickStep; set: StatementSet }
  | { kind: 'context'; id: string; question: ContextQuestion }
  | { kind: 'check'; id: 'check' };

/** Narrows a string from a route to a journey. */
export function isJourney(value: string): value is Journey {
  return (JOURNEYS as readonly string[]).includes(value);
}

/** The steps of a journey in order: its picks, each context question, then check answers. */
export function journeySteps(content: Content, journey: Journey): Step[] {
  const picks: Step =
    journey === 'goal' ? { kind: 'picks', id: 'goals', set: content.goals } : { kind: 'picks', id: 'outputs', set: content.outputs };
  return [
    picks,
    ...content.context.questions.map((question): Step => ({ kind: 'context', id: question.id, question })),
    { kind: 'check', id: 'check' },
  ];
}

/** Finds a step of a journey by id, or undefined when the journey has no such step. */
export function findStep(content: Content, journey: Journey, stepId: string): Step | undefined {
  return journeySteps(content, journey).find((s) => s.id === stepId);
}

/**
 * Where Continue goes: the next step, or back to check answers when the user came from a
 * Change link there.
 */
export function nextStepId(content: Content, journey: Journey, stepId: string, fromCheck: boolean): string {
  const steps = journeySteps(content, journey);
  if (fromCheck) return 'check';
  const i = steps.findIndex((s) => s.id === stepId);
  return steps[i + 1]?.id ?? 'check';
}

/** Where the Back link goes: the previous step, check answers when changing, or null for the start page. */
export function previousStepId(content: Content, journey: Journey, stepId: string, fromCheck: boolean): string | null {
  if (fromCheck) return 'check';
  const steps = journeySteps(content, journey);
  const i = steps.findIndex((s) => s.id === stepId);
  return i > 0 ? (steps[i - 1]?.id ?? null) : null;
}

/** The error to show when Continue is pressed on a step, or null when the step is answered. */
export function stepError(step: Step, answers: QuestionnaireAnswers): string | null {
  switch (step.kind) {
    case 'picks':
      return answers[step.id].length > 0 ? null : step.set.error;
    case 'context':
      return answers.context[step.id] !== undefined ? null : (step.question.error ?? 'Select an answer');
    case 'check':
      return null;
  }
}

/** The first step of a journey that still needs an answer, or null when all are answered. */
export function firstUnanswered(content: Content, journey: Journey, answers: QuestionnaireAnswers): string | null {
  return journeySteps(content, journey).find((s) => stepError(s, answers) !== null)?.id ?? null;
}

/** The picks and context answers a journey's recommendation is computed from. */
export function journeyAnswers(
  journey: Journey,
  answers: QuestionnaireAnswers,
): { picks: readonly string[]; context: Readonly<Record<string, string>> } {
  return { picks: answers[PICK_STEP[journey]], context: answers.context };
}
