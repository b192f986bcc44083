import { formatDate, formatDateTime, formatTick } from './dates';

const ISO = '2026-03-12T09:05:00Z';

describe('dates', () => {
  it('writes the day before the month for a European reader and names the month', () => {
    const text = formatDateTime(ISO, 'en-GB');
    expect(text).toMatch(/^12 Mar 2026, \d\d:05/);
    expect(text).not.toContain('03/12');
  });

  it('follows the reader locale: a US reader gets the US order, still with the month as a word', () => {
    expect(formatDate(ISO, 'en-US')).toBe('Mar 12, 2026');
    expect(formatDate(ISO, 'de-DE')).toBe('12. März 2026');
  });

  it('gives chart ticks with the time only when asked', () => {
    expect(formatTick(ISO, false, 'en-GB')).toBe('12 Mar');
    expect(formatTick(ISO, true, 'en-GB')).toMatch(/^12 Mar, \d\d:05$/);
  });

  it('returns text that is not a date unchanged and nothing for nothing', () => {
    expect(formatDateTime('not a date', 'en-GB')).toBe('not a date');
    expect(formatDateTime(undefined, 'en-GB')).toBe('');
  });
});
