import { useLocation } from 'wouter';
import { content } from '../../content/content.ts';
import { findStep, journeySteps, nextStepId, previousStepId, stepError, type Journey } from '../../domain/flow.ts';
import { presentationOrder } from '../../domain/order.ts';
import { useAppStore } from '../../state/store.ts';
import { ChoiceQuestion } from '../choice-question.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/** A question of the goal or outputs questionnaire: the picks, or one context question. */
export function QuestionPage({ journey, stepId, fromCheck }: { journey: Journey; stepId: string; fromCheck: boolean }) {
  const answers = useAppStore((s) => s.answers);
  const setPicks = useAppStore((s) => s.setPicks);
  const setContext = useAppStore((s) => s.setContext);
  const [, navigate] = useLocation();
  const step = findStep(content, journey, stepId);
  if (step === undefined || step.kind === 'check') return <NotFoundPage />;

  const asked = journeySteps(content, journey).filter((s) => s.kind !== 'check');
  const number = asked.findIndex((s) => s.id === step.id) + 1;
  const back = previousStepId(content, journey, step.id, fromCheck);
  const common = {
    name: step.id,
    caption: `Question ${number} of ${asked.length}`,
    validate: () => stepError(step, answers),
    onContinue: () => navigate(`/${journey}/${nextStepId(content, journey, step.id, fromCheck)}`),
    backHref: back === null ? '/' : `/${journey}/${back}`,
  };
  if (step.kind === 'picks') {
    return (
      <ChoiceQuestion
        {...common}
        heading={step.set.question}
        hint={step.set.hint}
        multiple
        choices={presentationOrder(step.set.statements).map((s) => ({ id: s.id, label: s.text }))}
        selected={answers[step.id]}
        onChange={(ids) => setPicks(step.id, ids)}
      />
    );
  }
  const current = answers.context[step.id];
  return (
    <ChoiceQuestion
      {...common}
      heading={step.question.question}
      hint={step.question.hint}
      multiple={false}
      choices={step.question.options.map((o) => ({ id: o.id, label: o.label }))}
      selected={current === undefined ? [] : [current]}
      onChange={([id]) => {
        if (id !== undefined) setContext(step.id, id);
      }}
    />
  );
}
