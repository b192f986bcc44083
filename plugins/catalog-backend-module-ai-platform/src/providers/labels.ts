import type { LoggerService } from '@backstage/backend-plugin-api';

/** Label values the catalog accepts: 1–63 characters of `[a-zA-Z0-9._-]`, alphanumeric at both ends. */
const LABEL_VALUE = /^[a-zA-Z0-9]([a-zA-Z0-9._-]{0,61}[a-zA-Z0-9])?$/;

/**
 * The labels whose keys pass `keep` and whose values the catalog accepts. A
 * value the catalog would reject would fail the whole entity, so it is left
 * out and the log says which and why.
 */
export function catalogLabels(
  labels: Record<string, string>,
  keep: (key: string) => boolean,
  subject: string,
  logger?: LoggerService,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (!keep(key)) continue;
    if (LABEL_VALUE.test(value)) result[key] = value;
    else
      logger?.warn(
        `${subject}: label ${key}='${value}' is not a valid catalog label value and was left out`,
      );
  }
  return result;
}
