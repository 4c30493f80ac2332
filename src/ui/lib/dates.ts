import type { CalendarDate } from '../../domain/calendar.ts';

/** Today's date on this device. The only place the UI reads the clock for dates. */
export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as people in Australia write it: 22 May 2027. Written out here rather than through
 * toLocaleDateString, whose first call loads the browser's locale data: about 100 ms on a slow
 * phone, on the step to the result.
 */
export function formatDate(d: CalendarDate): string {
  return `${d.day} ${MONTHS[d.month - 1] ?? ''} ${d.year}`;
}

/** The current time as an iCalendar UTC stamp, such as 20261122T130501Z. */
export function icsStamp(): string {
  return new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
