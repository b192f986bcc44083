/**
 * GPU cost: the shapes the backend's `/cost` routes and the `get-gpu-cost`
 * action answer with, and the frontend reads.
 *
 * Cost is allocated GPU-hours × the price per GPU-hour of the GPU product
 * (`aiPlatform.cost.prices`, overridden per provider and per cluster). A
 * MIG slice or a shared slot costs its fraction of the GPU. Idle GPUs
 * (allocatable but not allocated) are priced the same way and reported
 * apart, never added to a team's cost.
 */

/** The windows a report covers; each ends now. */
export const COST_WINDOWS = ['24h', '7d', '30d'] as const;

/** @public */
export type CostWindow = (typeof COST_WINDOWS)[number];

/** What the rows of a report are grouped by. */
export const COST_GROUP_BYS = [
  'team',
  'model',
  'service',
  'cluster',
  'jurisdiction',
  'namespace',
  'product',
] as const;

/** @public */
export type CostGroupBy = (typeof COST_GROUP_BYS)[number];

/** The window of a report when none is asked for. */
export const DEFAULT_COST_WINDOW: CostWindow = '30d';

/** The grouping of a report when none is asked for. */
export const DEFAULT_COST_GROUP_BY: CostGroupBy = 'team';

/** Where a cluster's figures come from. */
export type CostSource = 'recorded' | 'opencost';

/**
 * One group of a report.
 *
 * @public
 */
export interface CostRow {
  /** The group's key: a team's entity ref, a model repository, a service `namespace/name`, a cluster name, ... */
  key: string;
  /** What people read, e.g. the team's or cluster's title. */
  label: string;
  /** Allocated GPU-hours (a MIG slice or shared slot counts its fraction). */
  gpuHours: number;
  /** In the report's currency. */
  cost: number;
}

/**
 * Cost of idle GPUs of one cluster and product in the window.
 *
 * @public
 */
export interface IdleCostRow {
  cluster: string;
  product: string;
  gpuHours: number;
  cost: number;
}

/**
 * A cost report over one window.
 *
 * @public
 */
export interface CostReport {
  window: CostWindow;
  /** ISO 8601 start and end of the window. */
  from: string;
  to: string;
  /** ISO 4217, e.g. `EUR`. */
  currency: string;
  groupBy: CostGroupBy;
  /** Allocated GPUs only (idle apart). */
  total: { gpuHours: number; cost: number };
  idle: { gpuHours: number; cost: number; rows: IdleCostRow[] };
  /** Most expensive first. */
  rows: CostRow[];
  /**
   * Cost per time bucket (hourly for 24 h, daily otherwise) and row key,
   * oldest first, for the chart.
   */
  series: Array<{ start: string; values: Record<string, number> }>;
  /** Rows of teams the caller may not see (`ai-platform.cost.read.all`), left out. */
  hiddenRows: number;
  /** Per cluster: where its figures come from, and a read error if any. */
  sources: Array<{ cluster: string; source: CostSource; error?: string }>;
}
