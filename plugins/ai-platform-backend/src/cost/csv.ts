import type { CostReport } from '@ai-platform/backstage-plugin-ai-platform-common';
import { stringify } from 'csv-stringify/sync';

const COLUMNS = [
  'record',
  'group_by',
  'key',
  'label',
  'cluster',
  'product',
  'gpu_hours',
  'allocatable_gpu_hours',
  'utilisation',
  'cost',
  'currency',
  'price_per_gpu_hour',
  'price_source',
  'price_setting',
  'idle_known_from',
  'window_from',
  'window_to',
] as const;

type Record_ = Partial<Record<(typeof COLUMNS)[number], string | number>>;

/**
 * A report as CSV for a spreadsheet: one `row` record per group, one `idle`
 * record per cluster and product (with allocatable GPU-hours, utilisation,
 * the price and from when idle is known), and one `price` record per price
 * used, so every figure can be recomputed from the file alone.
 */
export function costReportCsv(report: CostReport): string {
  const common = {
    currency: report.currency,
    window_from: report.from,
    window_to: report.to,
  };
  const records: Record_[] = [
    ...report.rows.map(r => ({
      record: 'row',
      group_by: report.groupBy,
      key: r.key,
      label: r.label,
      gpu_hours: r.gpuHours,
      cost: r.cost,
      ...common,
    })),
    ...report.idle.rows.map(r => ({
      record: 'idle',
      key: `${r.cluster}/${r.product}`,
      label: `idle ${r.product} on ${r.cluster}`,
      cluster: r.cluster,
      product: r.product,
      gpu_hours: r.gpuHours,
      allocatable_gpu_hours: r.allocatableGpuHours,
      utilisation: r.utilisation,
      cost: r.cost,
      price_per_gpu_hour: r.price,
      idle_known_from: r.knownFrom,
      ...common,
    })),
    ...report.prices.map(p => ({
      record: 'price',
      key: `${p.cluster}/${p.product}`,
      label: `price of ${p.product} on ${p.cluster}`,
      cluster: p.cluster,
      product: p.product,
      price_per_gpu_hour: p.price,
      price_source: p.source,
      price_setting: p.setting,
      ...common,
    })),
  ];
  return stringify(records, { header: true, columns: [...COLUMNS] });
}
