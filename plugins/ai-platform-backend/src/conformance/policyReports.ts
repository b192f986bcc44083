import type { PolicyReportTotals } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';

export const RESULT_KEYS: ReadonlyArray<keyof PolicyReportTotals> = [
  'pass',
  'fail',
  'warn',
  'error',
  'skip',
];

/**
 * What the watch cache keeps of a PolicyReport's `results`: how many hold
 * each result value, and how many hold none the wg-policy API knows.
 */
export interface ResultCounts extends PolicyReportTotals {
  uncounted: number;
}

/** Counts `results[].result` (the projection keeps these instead of the results). */
export function countResults(results: unknown): ResultCounts | undefined {
  if (!Array.isArray(results)) return undefined;
  const counts: ResultCounts = {
    pass: 0,
    fail: 0,
    warn: 0,
    error: 0,
    skip: 0,
    uncounted: 0,
  };
  for (const r of results) {
    const value = (r as { result?: unknown } | null)?.result;
    if (
      typeof value === 'string' &&
      (RESULT_KEYS as readonly string[]).includes(value)
    ) {
      counts[value as keyof PolicyReportTotals] += 1;
    } else {
      counts.uncounted += 1;
    }
  }
  return counts;
}

/** One report's totals, where they came from and what disagreed. */
export interface ReportTotals {
  totals: PolicyReportTotals;
  source: 'results' | 'summary' | 'none';
  /** Why the summary was not used, or what could not be counted. */
  notes: string[];
}

function summaryOf(report: CachedObject): {
  summary?: PolicyReportTotals;
  problems: string[];
} {
  const raw = (report.status as { summary?: unknown } | undefined)?.summary;
  if (raw === undefined || raw === null) return { problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: ['summary is not an object'] };
  }
  const summary = { pass: 0, fail: 0, warn: 0, error: 0, skip: 0 };
  const problems: string[] = [];
  for (const key of RESULT_KEYS) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      problems.push(`summary.${key} ${JSON.stringify(value)} is not a count`);
      continue;
    }
    summary[key] = value;
  }
  return problems.length ? { problems } : { summary, problems };
}

const describe = (t: PolicyReportTotals) =>
  RESULT_KEYS.filter(k => t[k] > 0)
    .map(k => `${k} ${t[k]}`)
    .join(', ') || 'nothing';

/**
 * The totals of one PolicyReport or ClusterPolicyReport. The results are
 * the truth where every one carries a result value: a missing `summary` or
 * one that disagrees with them is replaced by their counts (a disagreement
 * is noted).
 * The summary is used only when the results cannot all be counted (older
 * reports without `result`) or there are none.
 */
export function reportTotals(report: CachedObject): ReportTotals {
  const counts = (report.status as { resultCounts?: ResultCounts } | undefined)
    ?.resultCounts;
  const { summary, problems } = summaryOf(report);
  const notes = [...problems];
  const fromCounts = counts && {
    pass: counts.pass,
    fail: counts.fail,
    warn: counts.warn,
    error: counts.error,
    skip: counts.skip,
  };
  const countable =
    counts && counts.uncounted === 0 && RESULT_KEYS.some(k => counts[k] > 0);
  if (countable) {
    if (!summary) {
      if (problems.length > 0) notes.push('results counted instead');
    } else if (RESULT_KEYS.some(k => summary[k] !== counts[k])) {
      notes.push(
        `summary (${describe(summary)}) disagrees with the results (${describe(
          fromCounts!,
        )}); results counted`,
      );
    }
    return { totals: fromCounts!, source: 'results', notes };
  }
  if (counts?.uncounted) {
    notes.push(
      `${counts.uncounted} result(s) carry no pass/fail/warn/error/skip value`,
    );
  }
  if (summary) return { totals: summary, source: 'summary', notes };
  if (fromCounts && counts!.uncounted > 0) {
    return { totals: fromCounts, source: 'results', notes };
  }
  return {
    totals: { pass: 0, fail: 0, warn: 0, error: 0, skip: 0 },
    source: 'none',
    notes,
  };
}

/** What the policy check cannot take at face value in a report, for the cluster's health. */
export function inspectPolicyReport(report: CachedObject): string[] {
  return reportTotals(report).notes;
}

export const CONFORMANCE_INSPECTORS: Record<
  string,
  (o: CachedObject) => string[]
> = {
  'wgpolicyk8s.io/PolicyReport': inspectPolicyReport,
  'wgpolicyk8s.io/ClusterPolicyReport': inspectPolicyReport,
};
