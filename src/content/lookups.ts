/*
 * The one place content is looked up by id. The content check guarantees every id the app
 * itself uses exists; ids from outside (links, saved state) are checked before they get here.
 */
import type { Content, ContextOption, ContextQuestion, Input, Statement, StatementSet, Way, WayId } from './schema.ts';
import type { JOURNEYS } from './journeys.ts';

/** A way by id. Throws only if the content check was bypassed. */
export function wayOf(content: Pick<Content, 'ways'>, id: WayId): Way {
  const found = content.ways.find((w) => w.id === id);
  if (found === undefined) throw new Error(`content has no way "${id}"`);
  return found;
}

/** The inputs a way requires. */
export function inputsOf(content: Pick<Content, 'ways'>, id: WayId): Input[] {
  return wayOf(content, id).inputs;
}

/** A context question by id. */
export function questionOf(content: Pick<Content, 'context'>, questionId: string): ContextQuestion | undefined {
  return content.context.questions.find((q) => q.id === questionId);
}

/** A context answer by question and option id. */
export function optionOf(content: Pick<Content, 'context'>, questionId: string, optionId: string): ContextOption | undefined {
  return questionOf(content, questionId)?.options.find((o) => o.id === optionId);
}

/** A statement or output by id, from either list. */
export function statementOf(content: Pick<Content, 'goals' | 'outputs'>, id: string): Statement | undefined {
  return content.goals.statements.find((s) => s.id === id) ?? content.outputs.statements.find((s) => s.id === id);
}

/** The statements of a journey: goal statements, or outputs. */
export function statementSet(content: Pick<Content, 'goals' | 'outputs'>, journey: (typeof JOURNEYS)[number]): StatementSet {
  return journey === 'goal' ? content.goals : content.outputs;
}
