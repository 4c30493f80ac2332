import { content } from '../../content/content.ts';
import { statementSet } from '../../content/lookups.ts';
import { journeySteps, type Journey } from '../../domain/flow.ts';
import type { SummaryRow } from '../components/summary-list.tsx';

/**
 * The answers as check-answers rows, one per page of the questionnaire: the statements chosen on
 * each themed page, then each situation answer. With `change`, each row links back to its page.
 */
export function answerRows(
  journey: Journey,
  answers: { picks: readonly string[]; context: Readonly<Record<string, string>> },
  change?: (stepId: string) => string,
): SummaryRow[] {
  const set = statementSet(content, journey);
  return journeySteps(content, journey).flatMap((step): SummaryRow[] => {
    if (step.kind === 'check') return [];
    const href = change === undefined ? {} : { changeHref: change(step.id) };
    if (step.kind === 'picks') {
      const chosen = set.statements.filter((s) => s.theme === step.theme.id && answers.picks.includes(s.id)).map((s) => s.text);
      return [{ key: step.id, question: step.theme.title, answers: chosen, emptyText: 'None chosen', ...href }];
    }
    const option = step.question.options.find((o) => o.id === answers.context[step.id]);
    return [{ key: step.id, question: step.question.label, answers: option === undefined ? [] : [option.label], ...href }];
  });
}
