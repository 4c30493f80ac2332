import type { CalendarDate } from '../../domain/calendar.ts';

/** Today's date on this device. The only place the UI reads the clock for dates. */
export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** A date as people in Australia write it: 22 May 2027. */
export function formatDate(d: CalendarDate): string {
  return new Date(d.year, d.month - 1, d.day).toLocaleDateString('en-AU', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The current time as an iCalendar UTC stamp, such as 20261122T130501Z. */
export function icsStamp(): string {
  return new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
