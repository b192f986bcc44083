/** A sum of money in the report's currency, e.g. €1,234.56. */
export function formatMoney(value: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    maximumFractionDigits: 2,
  }).format(value);
}

/** GPU-hours with their unit, e.g. 1,234.5 GPU-hours. */
export function formatGpuHours(value: number): string {
  if (value > 0 && value < 0.05) return '< 0.1 GPU-hours';
  return `${new Intl.NumberFormat('en-GB', {
    maximumFractionDigits: 1,
  }).format(value)} GPU-hours`;
}

export const WINDOW_LABELS = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
} as const;

export const GROUP_BY_LABELS = {
  team: 'Team',
  model: 'Model',
  service: 'Inference service',
  workload: 'Workload',
  cluster: 'Cluster',
  jurisdiction: 'Jurisdiction',
  namespace: 'Namespace',
  product: 'GPU product',
} as const;
