/**
 * The one way the suite writes a point in time: in the reader's locale and
 * time zone, with the month as a word so that no reader takes 03/12 for
 * 12 March (`3 Dec 2026, 09:00 CET` in en-GB, `Dec 3, 2026, 9:00 AM EST` in
 * en-US, `3. Dez. 2026, 09:00 MEZ` in German).
 *
 * `locale` is for tests; the browser's languages are used otherwise.
 */
export function formatDateTime(
  iso: string | number | Date | undefined,
  locale?: string | string[],
): string {
  return format(iso, locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

/** The day alone, as {@link formatDateTime} writes it: `3 Dec 2026`. */
export function formatDate(
  iso: string | number | Date | undefined,
  locale?: string | string[],
): string {
  return format(iso, locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/**
 * A chart axis tick: the day and month, with the time when the chart spans
 * hours (`3 Dec`, `3 Dec, 09:00`).
 */
export function formatTick(
  iso: string | number | Date | undefined,
  withTime: boolean,
  locale?: string | string[],
): string {
  return format(iso, locale, {
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}

/** Writes `value` with `options`; an unreadable string is shown as it is. */
function format(
  value: string | number | Date | undefined,
  locale: string | string[] | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  const date = toDate(value);
  if (!date) return typeof value === 'string' ? value : '';
  return new Intl.DateTimeFormat(locale, options).format(date);
}

function toDate(value: string | number | Date | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
