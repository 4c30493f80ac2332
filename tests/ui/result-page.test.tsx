import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResultPage } from '../../src/ui/features/result/result-pages.tsx';
import { appStore } from '../../src/state/store.ts';
import { content } from '../../src/content/content.ts';
import { renderAt } from './render.tsx';

function setup(journey: 'goal' | 'outputs', picks: string[], context: Record<string, string>) {
  appStore.getState().clearAnswers();
  appStore.getState().replaceAnswers({ goals: journey === 'goal' ? picks : [], outputs: journey === 'outputs' ? picks : [], context });
  return renderAt(`/${journey}/result/`, <ResultPage journey={journey} />);
}

const guideCase = { partners: 'one', challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' };
const labels = content.wording.labels;

describe('the result page', () => {
  it('answers what to do and when to look again in its summary, and names the answer that holds the start back', () => {
    setup('goal', ['g-share-info', 'g-shared-clients', 'g-change-systems'], guideCase);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Start with networking, and aim for (coordination|partnership)$/);
    const summary = screen.getAllByRole('term')[0]?.closest('dl') ?? null;
    if (summary === null) throw new Error('no summary');
    expect(within(summary).getByText(labels.startNow)).toBeInTheDocument();
    expect(within(summary).getByText(labels.aimFor)).toBeInTheDocument();
    expect(within(summary).getByText(/^In 6 months, by /)).toBeInTheDocument();
    const little = content.context.questions.find((q) => q.id === 'capacity')?.options.find((o) => o.id === 'little');
    expect(within(summary).getByText(new RegExp(little?.summary ?? 'x'))).toBeInTheDocument();
  });

  it('in the outputs journey talks about results, never goals', () => {
    setup('outputs', ['o-outreach', 'o-referral-pathway'], {
      ...guideCase,
      capacity: 'regular',
      challenge: 'recurring',
      horizon: 'months',
    });
    expect(document.body.textContent).not.toMatch(/\bgoals?\b/i);
    expect(document.body.textContent).toMatch(/The results you chose point to coordination/);
  });

  it('shows no points or percentages outside "How this was worked out"', () => {
    setup('goal', ['g-connect-region', 'g-change-systems'], guideCase);
    const workings = screen.getByText('How this was worked out').closest('details');
    const outside = [...document.body.querySelectorAll('main *')]
      .filter((el) => el.children.length === 0 && workings?.contains(el) !== true)
      .map((el) => el.textContent ?? '')
      .join(' ');
    expect(outside).not.toMatch(/\d+\s*points?\b|\d\s*%/);
    expect(workings?.textContent).toMatch(/\d+ to \w+/);
  });

  it('says a tie out loud, naming both ways', () => {
    setup('goal', ['g-connect-region', 'g-change-systems'], {
      ...guideCase,
      challenge: 'unsure',
      horizon: 'unsure',
      capacity: 'substantial',
      leadership: 'committed',
    });
    expect(screen.getByText(/It's a tie between networking and partnership/)).toBeInTheDocument();
  });

  it('ticks what is in place as have or need, in words', async () => {
    const { user } = setup('goal', ['g-connect-region'], guideCase);
    const first = content.ways[0]?.inputs[0];
    const box = screen.getByRole('checkbox', { name: new RegExp(first?.text.slice(0, 20) ?? 'x') });
    expect(box.closest('li')).toHaveTextContent('Need');
    await user.click(box);
    expect(box.closest('li')).toHaveTextContent('Have');
    expect(appStore.getState().ticks[first?.id ?? '']).toBe(true);
  });

  it('asks before clearing answers', async () => {
    const { user } = setup('goal', ['g-connect-region'], guideCase);
    await user.click(screen.getByRole('button', { name: 'Clear answers and start again' }));
    expect(screen.getByRole('group', { name: 'Clear your answers?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(appStore.getState().answers.goals).toEqual(['g-connect-region']);
  });

  it('says the answers are not finished, with a way back, when they are not', () => {
    appStore.getState().clearAnswers();
    renderAt('/goal/result/', <ResultPage journey="goal" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your answers are not finished');
    expect(screen.getByRole('link', { name: 'Continue the questions' })).toBeInTheDocument();
  });
});
