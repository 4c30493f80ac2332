import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/lib/dates.ts';

describe('formatDate', () => {
  // The browser's own Australian date format is the reference: every month, and days with one and two digits.
  const dates = Array.from({ length: 12 }, (_, m) => [
    { year: 2027, month: m + 1, day: 1 },
    { year: 2031, month: m + 1, day: 28 },
  ]).flat();

  it.each(dates)('writes $day/$month/$year as Australians do', (d) => {
    const reference = new Date(d.year, d.month - 1, d.day).toLocaleDateString('en-AU', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(formatDate(d)).toBe(reference);
  });
});
