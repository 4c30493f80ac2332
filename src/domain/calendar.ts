/*
 * A review reminder as an iCalendar (RFC 5545) file. Pure: the caller passes today's date and
 * the time stamp, so the same inputs always give the same file.
 */

/** A calendar date without a time or time zone. */
export type CalendarDate = { year: number; month: number; day: number };

/** Days in a month of the Gregorian calendar (month 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day after a date. */
export function nextDay(d: CalendarDate): CalendarDate {
  if (d.day < daysInMonth(d.year, d.month)) return { ...d, day: d.day + 1 };
  return d.month === 12 ? { year: d.year + 1, month: 1, day: 1 } : { year: d.year, month: d.month + 1, day: 1 };
}

/**
 * Adds whole months to a date, keeping the day where it exists and otherwise using the last day
 * of the month (31 August + 6 months is 28 or 29 February).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = date.month - 1 + months;
  const year = date.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYYMMDD, the form iCalendar uses for a whole-day date. */
export function icsDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
}

/** Escapes text for an iCalendar TEXT value: backslash, semicolon, comma and new lines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, as RFC 5545 requires, without splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export type ReviewEvent = {
  /** The day of the review: an all-day event. */
  date: CalendarDate;
  /** When the file was made, as an iCalendar UTC stamp such as 20261122T130000Z. */
  stamp: string;
  /** A stable identifier for the event, the same for the same result and date. */
  uid: string;
  summary: string;
  description: string;
  url: string;
};

/** Builds the text of an .ics file with one all-day review event whose description holds the result link. */
export function reviewCalendar(event: ReviewEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ways of working together//Review reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${event.stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
