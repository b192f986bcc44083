import type { CraReport } from '@ai-platform/backstage-plugin-ai-platform-common';
import { stringify as csvStringify } from 'csv-stringify/sync';

/** The CSV columns of the CRA export, in order. */
export const CRA_CSV_COLUMNS = [
  'kind',
  'id',
  'title',
  'owner',
  'digest',
  'tags',
  'score',
  'ready',
  'item',
  'status',
  'required',
  'weight',
  'reason',
  'evidence',
  'generated_at',
] as const;

/**
 * The report as CSV: one line per product and item, so an auditor can
 * filter by item or status; evidence as `kind ref (detail)` joined by `; `.
 */
export function craReportCsv(report: CraReport): string {
  const records = report.rows.flatMap(row =>
    row.readiness.items.map(item => [
      row.kind,
      row.id,
      row.title,
      row.owner ?? '',
      row.kind === 'model-version'
        ? row.digest
        : row.versions.map(v => v.digest).join(' '),
      row.kind === 'model-version'
        ? row.tags.join(' ')
        : row.versions.flatMap(v => v.tags).join(' '),
      row.readiness.score,
      row.readiness.ready,
      item.id,
      item.status,
      item.required,
      item.weight,
      item.reason,
      item.evidence
        .map(e => `${e.kind} ${e.ref}${e.detail ? ` (${e.detail})` : ''}`)
        .join('; '),
      report.generatedAt,
    ]),
  );
  return csvStringify(records, {
    header: true,
    columns: [...CRA_CSV_COLUMNS],
    // true/false, not csv-stringify's 1 and empty.
    cast: { boolean: value => String(value) },
  });
}

/** A file name for an export, with the date and the team if filtered. */
export function craExportName(
  report: CraReport,
  team: string | undefined,
  extension: 'csv' | 'json',
): string {
  const day = report.generatedAt.slice(0, 10);
  const scope = team?.trim()
    ? `-${team.replace(/^group:/, '').replace(/[^a-zA-Z0-9._-]+/g, '-')}`
    : '';
  return `cra-readiness${scope}-${day}.${extension}`;
}
