import {
  parseAmount,
  parseDeviceCount,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * A count of devices from a Kubernetes quantity or a CRD number field, read
 * by the one quantity parser of -common (apimachinery's grammar, rounded up
 * to a whole number as the scheduler does). Anything negative, non-finite
 * or unreadable counts as 0 here; the kind's inspector reports it (see
 * {@link countProblem}), so it is never dropped silently.
 */
export function count(value: unknown): number {
  if (value === undefined || value === null) return 0;
  const parsed = parseDeviceCount(value);
  return parsed.ok ? parsed.count : 0;
}

/**
 * Why a field cannot be read as a count of devices, or undefined when it
 * can (or is absent).
 */
export function countProblem(
  value: unknown,
  field: string,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parseDeviceCount(value);
  return parsed.ok ? undefined : `${field}: ${parsed.reason}`;
}

/** Why a field cannot be read as a non-negative amount, or undefined. */
export function amountProblem(
  value: unknown,
  field: string,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parseAmount(value);
  return parsed.ok ? undefined : `${field}: ${parsed.reason}`;
}

/** A non-negative amount in its own unit, or undefined when unreadable. */
export function amount(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parseAmount(value);
  return parsed.ok ? parsed.amount : undefined;
}

/** A memory quantity (`81559Mi`, `80Gi`, `85899345920`) in MiB. */
export function mebibytes(value: unknown): number | undefined {
  const bytes = amount(value);
  return bytes === undefined ? undefined : bytes / 2 ** 20;
}
