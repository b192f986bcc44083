import type { CostReport } from '@ai-platform/backstage-plugin-ai-platform-common';
import { stringify } from 'csv-stringify/sync';

/** The columns of the CSV export. */
const COLUMNS = ['group_by', 'key', 'label', 'gpu_hours', 'cost', 'currency'];

/**
 * A report's rows and idle rows as CSV: one line per row, grouped as the
 * report is, then one per idle GPU product and cluster (`group_by` idle).
 */
export function costReportCsv(report: CostReport): string {
  const records = [
    ...report.rows.map(r => [
      report.groupBy,
      r.key,
      r.label,
      r.gpuHours,
      r.cost,
      report.currency,
    ]),
    ...report.idle.rows.map(r => [
      'idle',
      `${r.cluster}/${r.product}`,
      `idle ${r.product} on ${r.cluster}`,
      r.gpuHours,
      r.cost,
      report.currency,
    ]),
  ];
  return stringify(records, { header: true, columns: COLUMNS });
}
