import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionPage } from '../../src/ui/pages/question-page.tsx';
import { appStore } from '../../src/state/store.ts';
import { renderAt } from './render.tsx';

function setup(stepId: string, fromCheck = false) {
  appStore.getState().reset();
  return renderAt(`/goal/${stepId}`, <QuestionPage journey="goal" stepId={stepId} fromCheck={fromCheck} />);
}

describe('a question page', () => {
  it('asks the question as the heading inside the fieldset legend', () => {
    setup('goals');
    const group = screen.getByRole('group', { name: /which of these sound like what you want to achieve/i });
    expect(within(group).getByRole('heading', { level: 1 })).toHaveTextContent('Which of these sound like what you want to achieve?');
    expect(screen.getByText('Question 1 of 6')).toBeInTheDocument();
    expect(within(group).getAllByRole('checkbox')).toHaveLength(20);
  });

  it('shows an error summary that takes focus when nothing is chosen', async () => {
    const { user, location } = setup('goals');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Select at least one statement that sounds like your goal' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Error: /);
    expect(location.history).toEqual(['/goal/goals']);
  });

  it('saves choices and continues to the next question', async () => {
    const { user, location } = setup('goals');
    await user.click(screen.getByRole('checkbox', { name: /letter of support/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(appStore.getState().answers.goals).toEqual(['g-letter-support']);
    expect(location.history.at(-1)).toBe('/goal/challenge');
  });

  it('fills earlier answers back in', () => {
    appStore.getState().reset();
    appStore.getState().setContext('capacity', 'task');
    renderAt('/goal/capacity', <QuestionPage journey="goal" stepId="capacity" fromCheck={false} />);
    expect(screen.getByRole('radio', { name: /some staff time for a specific/i })).toBeChecked();
  });

  it('returns to check answers after a change', async () => {
    const { user, location } = setup('horizon', true);
    await user.click(screen.getByRole('radio', { name: /for years/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(location.history.at(-1)).toBe('/goal/check');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/goal/check');
  });
});
