import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addMonths, escapeText, foldLine, reviewCalendar } from '../../src/domain/calendar.ts';

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths({ year: 2026, month: 11, day: 22 }, 6)).toEqual({ year: 2027, month: 5, day: 22 });
  });
  it('uses the last day when the month is shorter', () => {
    expect(addMonths({ year: 2027, month: 8, day: 31 }, 6)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addMonths({ year: 2026, month: 8, day: 31 }, 6)).toEqual({ year: 2027, month: 2, day: 28 });
  });
  it('crosses years', () => {
    expect(addMonths({ year: 2026, month: 12, day: 1 }, 13)).toEqual({ year: 2028, month: 1, day: 1 });
  });
});

describe('the review reminder', () => {
  const url = 'https://example.org/tools/#/r/1g.g5gbgf.cdhykslsrl';
  const ics = reviewCalendar({
    date: { year: 2027, month: 5, day: 22 },
    stamp: '20261122T130000Z',
    uid: 'review-1g.g5gbgf.cdhykslsrl-2027522@ways-of-working-together',
    summary: 'Review how we work together (networking)',
    description: `Time to review how networking is working, and whether to move towards coordination.\nOpen the result: ${url}`,
    url,
  });

  it('parses as iCalendar with the required fields and carries the link', () => {
    const component = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('prodid')).toBeTruthy();
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.uid).toBe('review-1g.g5gbgf.cdhykslsrl-2027522@ways-of-working-together');
    expect(event.summary).toBe('Review how we work together (networking)');
    expect(event.startDate.toString()).toBe('2027-05-22');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2027-05-23');
    expect(event.description).toContain(url);
    expect(component.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T13:00:00Z');
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes text and folds without splitting characters', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
  });
});
