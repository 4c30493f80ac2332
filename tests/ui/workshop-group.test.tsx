/*
 * The facilitator's group page and the show of hands, rendered (src/ui/features/workshop):
 * pasting nothing usable is an error tied to the field, a tie between people is explained beside
 * the joint result, the printed report lists each person's own result and the joint result's own
 * review, and a count's error shows beside its field as well as in the summary.
 */
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '../../src/content/content.ts';
import { addMonths } from '../../src/domain/calendar.ts';
import { explain, shortLabel } from '../../src/domain/explain.ts';
import { groupSummary } from '../../src/domain/group.ts';
import { encodeResult, decodeResult } from '../../src/domain/links/result-link.ts';
import { appStore } from '../../src/state/store.ts';
import { formatDate, today } from '../../src/ui/lib/dates.ts';
import { GroupPage, HandsPage, handsSteps } from '../../src/ui/features/workshop/workshop-pages.tsx';
import { renderAt } from './render.tsx';

const CONTEXT = {
  partners: 'one',
  challenge: 'contained',
  capacity: 'task',
  relationship: 'little',
  horizon: 'once',
  leadership: 'not-yet',
};
const code = (picks: string[], token: string) => encodeResult(content, { journey: 'goal', answers: { picks, context: CONTEXT }, token });
const COOPERATION = code(['g-letter-support'], 'aaaaa');
const COORDINATION = code(['g-seamless-referral'], 'bbbbb');

beforeEach(() => {
  appStore.getState().setGroup([]);
  appStore.getState().setFacilitating({ name: 'Hospital & legal scoping', destination: '', facilitator: 'Sam Lee' });
  appStore.getState().setHands({ people: 0, picks: {}, context: {} });
});

describe('collecting results', () => {
  it('pressing Add with nothing pasted says what to paste, in the error summary and beside the field', async () => {
    const { user } = renderAt('/group/', <GroupPage />);
    await user.click(screen.getByRole('button', { name: 'Add to the group' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent(
      /^Paste the messages people sent you\. Each holds a result link that starts with .*\/r\/#$/,
    );
    const field = screen.getByRole('textbox', { name: 'Paste results' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Error: Paste the messages people sent you/);
    expect(document.querySelector('.paste-report')).toHaveTextContent('');
    expect(screen.queryByText(/Added 0/)).toBeNull();
  });

  it('text without a result link says none were found, and keeps the text to correct', async () => {
    const { user } = renderAt('/group/', <GroupPage />);
    const field = screen.getByRole('textbox', { name: 'Paste results' });
    await user.type(field, 'Sorry, running late');
    await user.click(screen.getByRole('button', { name: 'Add to the group' }));
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(/^No result links were found in what you pasted\./);
    expect(field).toHaveValue('Sorry, running late');
    // Once a link is pasted, the error goes and the person is added.
    await user.clear(field);
    await user.click(field);
    await user.paste(`Mine: https://example.org/tools/r/#${COOPERATION}`);
    await user.click(screen.getByRole('button', { name: 'Add to the group' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field).toHaveAttribute('aria-invalid', 'false');
    expect(document.querySelector('.paste-report')).toHaveTextContent('Added 1 person. The group has 1 person.');
  });

  it('has one control to stop scanning: the Scan button itself', async () => {
    // jsdom draws nothing: the scanner's canvas has no context, as on a browser that cannot draw.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { user } = renderAt('/group/', <GroupPage />);
    const scan = screen.getByRole('button', { name: 'Scan QR codes with the camera' });
    await act(async () => {
      await user.click(scan);
    });
    expect(scan).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('region', { name: 'Scan result QR codes' })).toBeInTheDocument();
    // jsdom has no camera: the scanner says so, and the one button offers to close it.
    expect(await screen.findByText(/The camera could not start/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Stop scanning|Close the scanner/ })).toHaveLength(1);
    expect(scan).toHaveTextContent('Close the scanner');
    await user.click(scan);
    expect(screen.queryByRole('region', { name: 'Scan result QR codes' })).toBeNull();
    expect(scan).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('a group of two who landed on different ways', () => {
  function twoPeople() {
    appStore.getState().setGroup([
      { name: '', code: COOPERATION },
      { name: 'Priya', code: COORDINATION },
    ]);
    return renderAt('/group/', <GroupPage />);
  }
  const people = [COOPERATION, COORDINATION].map((c) => {
    const d = decodeResult(content, c);
    if (!d.ok) throw new Error('bad code');
    return { name: '', result: d.value };
  });
  const summary = groupSummary(content, people);
  if (summary.joint === null) throw new Error('no joint result');
  const words = explain(content, summary.joint, {
    journey: 'goal',
    voice: 'group',
    reviewDate: formatDate(addMonths(today(), summary.joint.review.months)),
  });

  it('shows the joint result with its reasons, and says the people are split evenly', () => {
    twoPeople();
    const screenView = document.querySelector('.no-print .joint');
    if (!(screenView instanceof HTMLElement)) throw new Error('no joint result on screen');
    expect(within(screenView).getByText(`${words.title}.`)).toBeInTheDocument();
    for (const why of words.why) expect(within(screenView).getByText(why)).toBeInTheDocument();
    if (words.closeCall !== null) expect(within(screenView).getByText(words.closeCall)).toBeInTheDocument();
    else
      expect(within(screenView).getByText(/^Your own results are split evenly between cooperation and coordination\./)).toBeInTheDocument();
    expect(within(screenView).getByText(words.review)).toBeInTheDocument();
  });

  it('puts both statements under the split, none under most, with a prompt that fits each', () => {
    twoPeople();
    const page = document.querySelector('.joint')?.closest('div.no-print');
    if (!(page instanceof HTMLElement)) throw new Error('no page');
    expect(within(page).queryByText(/No statement divided the group/)).toBeNull();
    expect(within(page).getByText('Nothing was chosen by more than half of you.')).toBeInTheDocument();
    const prompts = [...page.querySelectorAll('.tally-prompt')].map((p) => p.textContent);
    expect(prompts).toHaveLength(2);
    expect(new Set(prompts).size).toBe(2);
  });

  it('prints a report with each person’s own result and the joint result’s review, not a fixed one', () => {
    twoPeople();
    const report = screen.getByRole('region', { hidden: true, name: 'Group report for printing' });
    const rows = within(report).getAllByRole('row', { hidden: true }).slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Person 1Cooperation',
      `Person 2 Priya${summary.results[1] === null || summary.results[1] === undefined ? '' : shortLabel(content, summary.results[1])}`,
    ]);
    expect(rows[1]?.textContent).toMatch(/Start with cooperation, aim for coordination$/);
    expect(within(report).getByText(words.review)).toBeInTheDocument();
    expect(report.textContent).not.toMatch(/Review date suggested/);
  });
});

describe('counting a show of hands', () => {
  it('shows each count’s error beside its field, linked from the summary', async () => {
    appStore.getState().setHands({ people: 10, picks: {}, context: {} });
    window.location.hash = '#1';
    const { user } = renderAt('/hands/', <HandsPage />);
    const fields = screen.getAllByRole('textbox');
    const first = fields[0];
    if (first === undefined) throw new Error('no fields');
    await user.type(first, '11');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const message = 'That is more hands than the 10 people in the room. Check the count.';
    const link = within(screen.getByRole('alert')).getByRole('link');
    expect(link).toHaveTextContent(message);
    expect(link.getAttribute('href')).toBe(`#${first.id}`);
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveAccessibleDescription(`Error: ${message}`);
    expect(first.closest('.count-field')).toHaveTextContent(message);
    expect(fields[1]).toHaveAttribute('aria-invalid', 'false');
    window.location.hash = '';
  });

  it('shows an error about a whole question above its counts, and beside each of them', async () => {
    appStore.getState().setHands({ people: 10, picks: {}, context: {} });
    window.location.hash = `#${handsSteps().findIndex((s) => s.kind === 'question')}`;
    const { user } = renderAt('/hands/', <HandsPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(content.context.questions[0]?.question ?? 'x');
    const [a, b] = screen.getAllByRole('textbox');
    if (a === undefined || b === undefined) throw new Error('no fields');
    await user.type(a, '7');
    await user.type(b, '5');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const message = 'The answers add up to 12, more than the 10 people in the room. Each person gives one answer.';
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(message);
    expect(a).toHaveAccessibleDescription(`Error: ${message}`);
    expect(b).toHaveAttribute('aria-invalid', 'true');
    window.location.hash = '';
  });
});
