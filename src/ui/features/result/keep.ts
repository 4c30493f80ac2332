import type { Content } from '../../../content/schema.ts';
import { wayOf } from '../../../content/lookups.ts';
import { addMonths, reviewCalendar, type CalendarDate } from '../../../domain/calendar.ts';
import type { Explanation } from '../../../domain/explain.ts';
import type { Recommendation } from '../../../domain/recommend.ts';

/**
 * A plain-text summary of a result, to paste into meeting notes or an email: the same words as
 * the page (explain.ts), with the checklist marked have or need, and the link back to it.
 */
export function summaryText(
  content: Content,
  r: Recommendation,
  words: Explanation,
  ticks: Readonly<Record<string, boolean>>,
  url: string,
  madeOn: string,
): string {
  const start = wayOf(content, r.start);
  const lines = [words.title, '', ...words.why, '', words.review, ''];
  if (words.closeCall !== null) lines.push(words.closeCall, '');
  for (const b of words.beyond) lines.push(b, '');
  lines.push(
    `${words.headings.takes}:`,
    ...start.inputs.map((i) => `- [${ticks[i.id] === true ? 'x' : ' '}] ${i.text} (${ticks[i.id] === true ? 'have' : 'need'})`),
    '',
  );
  if (words.findOut.length > 0) lines.push('Find out first:', ...words.findOut.map((f) => `- ${f}`), '');
  lines.push(`${words.headings.expect}:`, ...start.expect.map((e) => `- ${e}`), '');
  lines.push('Next steps:', ...words.nextSteps.map((s) => `- ${s}`), '');
  lines.push(`Open the live result: ${url}`, `Made on ${madeOn} with ${content.pages.appName}.`, '');
  return lines.join('\n');
}

/** The review reminder for a result, as an .ics file whose description holds the link. */
export function reminderIcs(words: Explanation, code: string, url: string, from: CalendarDate, months: number, stamp: string): string {
  const date = addMonths(from, months);
  return reviewCalendar({
    date,
    stamp,
    uid: `review-${code.replace(/[^A-Za-z0-9]/g, '-').slice(0, 60)}-${date.year}${date.month}${date.day}@ways-of-working-together`,
    summary: words.reminder.title,
    description: `${words.reminder.text}\nOpen the result: ${url}`,
    url,
  });
}
