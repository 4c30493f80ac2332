import type { Content } from '../content/schema.ts';
import { addMonths, reviewCalendar, type CalendarDate } from '../domain/calendar.ts';
import type { Recommendation } from '../domain/recommend.ts';
import { percent } from './fit-chart.tsx';
import { wayOf } from './headline.ts';
import { limitLines, reasonLines } from './reasons.ts';

export type SummaryInput = {
  content: Content;
  recommendation: Recommendation;
  title: string;
  sentence: string;
  ticks: Readonly<Record<string, boolean>>;
  url: string;
  madeOn: string;
  nextSteps: readonly string[];
};

/** A Markdown summary of a result, for pasting into meeting notes or an e-mail. */
export function summaryMarkdown({ content, recommendation: r, title, sentence, ticks, url, madeOn, nextSteps }: SummaryInput): string {
  const start = wayOf(content, r.start);
  const lines: string[] = [
    `# ${title}`,
    '',
    `${sentence}`,
    '',
    `Made on ${madeOn} with ${content.pages.appName}. Open the live result: <${url}>`,
    '',
    '## How well each way fits',
    '',
    ...r.fit.map((f) => `- ${wayOf(content, f.way).name}: ${percent(f.fit)}${f.way === r.aim ? ' (best fit)' : ''}`),
    '',
    '## Why',
    '',
    ...reasonLines(content, r.contributions).map((l) => `- ${l.text}`),
    ...(r.start !== r.aim ? limitLines(content, r.limits, r.start).map((l) => `- ${l.text}`) : []),
    '',
    `## What ${start.name.toLowerCase()} takes`,
    '',
    ...r.inputs.map((i) => `- [${ticks[i.id] === true ? 'x' : ' '}] ${i.text}`),
    '',
  ];
  if (r.start !== r.aim) {
    const aim = wayOf(content, r.aim);
    lines.push(`## What it will take to reach ${aim.name.toLowerCase()}`, '', ...r.aimInputs.map((i) => `- ${i.text}`), '');
  }
  lines.push(`## What to expect`, '', ...start.expect.map((e) => `- ${e}`), '', '## Next steps', '', ...nextSteps.map((s) => `- ${s}`), '');
  return lines.join('\n');
}

/** The review reminder for a result as an .ics file. */
export function reminderIcs(
  content: Content,
  r: Recommendation,
  code: string,
  url: string,
  from: CalendarDate,
  months: number,
  stamp: string,
): string {
  const start = wayOf(content, r.start);
  const aim = wayOf(content, r.aim);
  const date = addMonths(from, months);
  const goal =
    r.start === r.aim
      ? `how ${start.name.toLowerCase()} is working`
      : `how ${start.name.toLowerCase()} is working, and whether to move towards ${aim.name.toLowerCase()}`;
  return reviewCalendar({
    date,
    stamp,
    uid: `review-${code.replace(/\./g, '-')}-${date.year}${date.month}${date.day}@ways-of-working-together`,
    summary: `Review how we work together (${start.name.toLowerCase()})`,
    description: `Time to review ${goal}. Look again at the inputs you ticked and what is still missing.\nOpen the result: ${url}`,
    url,
  });
}

/** Offers text to the user as a file download. */
export function download(filename: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
