import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionPage, CheckPage } from '../../src/ui/features/questionnaire/questionnaire-pages.tsx';
import { appStore } from '../../src/state/store.ts';
import { journeySteps } from '../../src/domain/flow.ts';
import { content } from '../../src/content/content.ts';
import { renderAt } from './render.tsx';

const steps = journeySteps(content, 'goal');
const first = steps[0];
const last = steps.filter((s) => s.kind === 'picks').at(-1);
const capacity = content.context.questions.find((q) => q.id === 'capacity');

function setup(stepId: string, fromCheck = false) {
  appStore.getState().clearAnswers();
  return renderAt(`/goal/${stepId}/`, <QuestionPage journey="goal" stepId={stepId} fromCheck={fromCheck} />);
}

describe('a question page', () => {
  it('asks the question as the heading inside the fieldset legend, with one page of statements', () => {
    if (first?.kind !== 'picks') throw new Error('the goal journey starts with statements');
    setup(first.id);
    const group = screen.getByRole('group', { name: new RegExp(first.theme.question.replace(/[?]/g, '\\?')) });
    expect(within(group).getByRole('heading', { level: 1 })).toHaveTextContent(first.theme.question);
    const here = content.goals.statements.filter((s) => s.theme === first.id);
    expect(within(group).getAllByRole('checkbox')).toHaveLength(here.length);
    expect(screen.getByText(`${content.wording.journeys.goal.picksTitle}: part 1 of ${first.parts}`)).toBeInTheDocument();
  });

  it('says more statements are coming on every page of them but the last', () => {
    if (first === undefined || last === undefined || last.kind !== 'picks') throw new Error('no pages');
    const early = setup(first.id);
    expect(document.body).toHaveTextContent(content.goals.moreToCome);
    early.unmount();
    setup(last.id);
    expect(screen.getByText(content.goals.hint)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(content.goals.moreToCome);
  });

  it('lets an early page of statements be left empty, but not the last when nothing is chosen', async () => {
    if (first === undefined || last === undefined || last.kind !== 'picks') throw new Error('no pages');
    const early = setup(first.id);
    await early.user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(early.location.history.at(-1)).toBe(`/goal/${steps[1]?.id}/`);
    early.unmount();

    const { user, location } = setup(last.id);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: content.goals.error })).toBeInTheDocument();
    expect(document.title).toMatch(/^Error: /);
    expect(location.history).toEqual([`/goal/${last.id}/`]);
  });

  it('keeps focus on the control being changed after an error, instead of pulling it back to the summary', async () => {
    const { user } = setup('capacity');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    const radio = screen.getAllByRole('radio')[1];
    if (radio === undefined) throw new Error('no radio');
    await user.click(radio);
    expect(radio).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('radio')[2]).toHaveFocus();
    expect(screen.getByRole('alert')).not.toHaveFocus();
  });

  it('saves choices as they are made and continues to the next page', async () => {
    if (first?.kind !== 'picks') throw new Error('the goal journey starts with statements');
    const { user, location } = setup(first.id);
    const statement = content.goals.statements.find((s) => s.theme === first.id);
    await user.click(screen.getByRole('checkbox', { name: statement?.text ?? 'missing' }));
    expect(appStore.getState().answers.goals).toEqual([statement?.id]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(location.history.at(-1)).toBe(`/goal/${steps[1]?.id}/`);
  });

  it('fills earlier answers back in', () => {
    appStore.getState().clearAnswers();
    appStore.getState().setContext('capacity', 'task');
    renderAt('/goal/capacity/', <QuestionPage journey="goal" stepId="capacity" fromCheck={false} />);
    expect(screen.getByRole('radio', { name: capacity?.options.find((o) => o.id === 'task')?.label ?? 'missing' })).toBeChecked();
  });

  it('returns to check answers after a change', async () => {
    const { user, location } = setup('horizon', true);
    await user.click(screen.getAllByRole('radio')[0] ?? document.body);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(location.history.at(-1)).toBe('/goal/check/');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', 'goal/check/');
  });

  it('offers a way out when none of the statements fit', () => {
    if (first?.kind !== 'picks') throw new Error('the goal journey starts with statements');
    setup(first.id);
    expect(screen.getByText(content.pages.begin.noneFit)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: content.pages.begin.noneFitOther.goal })).toHaveAttribute(
      'href',
      expect.stringMatching(/^outputs\//),
    );
  });
});

describe('check your answers', () => {
  it('lists each page with a short label and a Change link, and has a Back link', () => {
    appStore.getState().clearAnswers();
    renderAt('/goal/check/', <CheckPage journey="goal" />);
    expect(screen.getByRole('link', { name: 'Back' })).toBeInTheDocument();
    for (const q of content.context.questions) expect(screen.getByText(q.label)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Change/ })).toHaveLength(steps.length - 1);
  });
});
