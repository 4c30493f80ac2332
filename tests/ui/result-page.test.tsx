import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResultPage } from '../../src/ui/pages/result-page.tsx';
import { appStore } from '../../src/state/store.ts';
import { renderAt } from './render.tsx';

function setup(goals: string[], context: Record<string, string>) {
  appStore.getState().reset();
  appStore.getState().replaceAnswers({ goals, outputs: [], context });
  return renderAt('/goal/result', <ResultPage journey="goal" />);
}

const fullContext = { challenge: 'deep', capacity: 'little', relationship: 'some', horizon: 'years', leadership: 'support' };

describe('the result page', () => {
  it('says where to start, where to aim and when to review when the context holds the start back', () => {
    setup(['g-shared-clients', 'g-change-systems'], fullContext);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /^Start with networking, and work towards (coordination|partnership)$/,
    );
    expect(screen.getByText(/review how it is going in 6 months/i)).toBeInTheDocument();
    expect(
      screen.getByText(/You said you have very little time or resources to spare now, so networking is as far as that supports/),
    ).toBeInTheDocument();
  });

  it('explains each reason in plain words with its points', () => {
    setup(['g-letter-support'], { ...fullContext, challenge: 'contained', capacity: 'task', horizon: 'once' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Cooperation fits your answers best');
    const reasons = screen.getByRole('heading', { name: 'What pointed to cooperation' }).nextElementSibling as HTMLElement;
    expect(
      within(reasons).getByText(
        /You chose “A letter of support from another service would really help someone I'm working with”, which points to cooperation \(3 points\)\./,
      ),
    ).toBeInTheDocument();
  });

  it('shows the fit across all four ways', () => {
    setup(['g-letter-support'], { ...fullContext, challenge: 'contained', capacity: 'task', horizon: 'once' });
    const rows = within(screen.getByRole('figure', { name: /how well each way fits/i })).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual(['Networking29%', 'Cooperation100%', 'Coordination0%', 'Partnership0%']);
  });

  it('gathers unticked inputs as what to put in place', async () => {
    const { user } = setup(['g-letter-support'], { ...fullContext, challenge: 'contained', capacity: 'task', horizon: 'once' });
    const todo = () =>
      within(screen.getByRole('heading', { name: 'What to put in place' }).parentElement as HTMLElement).getAllByRole('listitem');
    expect(todo()).toHaveLength(5);
    await user.click(screen.getByRole('checkbox', { name: /a clear task with an end point/i }));
    expect(todo()).toHaveLength(4);
    expect(appStore.getState().ticks).toEqual({ 'coop-task': true });
  });

  it('asks for the missing answers instead of guessing', () => {
    setup(['g-letter-support'], {});
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your answers are not finished');
    expect(screen.getByRole('link', { name: 'Continue the questions' })).toHaveAttribute('href', '/goal/challenge');
  });
});
