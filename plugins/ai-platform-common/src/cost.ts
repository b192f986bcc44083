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
  'workload',
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
 * Idle GPUs of one cluster and product in the window: allocatable minus
 * allocated GPU-hours over the part of the window the cluster's capacity
 * is known for (`knownFrom` to the window's end).
 *
 * @public
 */
export interface IdleCostRow {
  cluster: string;
  product: string;
  /** Idle GPU-hours (GPU-equivalents: slices and slots as their share). */
  gpuHours: number;
  cost: number;
  /** Allocatable GPU-hours over the known part of the window. */
  allocatableGpuHours: number;
  /** Allocated GPU-hours over the same part. */
  allocatedGpuHours: number;
  /** Allocated / allocatable GPU-hours, 0 to 1; absent when nothing was allocatable. */
  utilisation?: number;
  /** ISO 8601: from when in the window the capacity is known (the window's start when it reaches back). */
  knownFrom: string;
  /** The price per GPU-hour idle hours were priced at; absent when none is configured. */
  price?: number;
}

/**
 * Allocated against allocatable GPU-hours of a cluster or a product over
 * the known part of the window.
 *
 * @public
 */
export interface CostUtilisation {
  /** A cluster name or a GPU product. */
  key: string;
  allocatableGpuHours: number;
  allocatedGpuHours: number;
  idleGpuHours: number;
  /** 0 to 1; absent when nothing was allocatable. */
  utilisation?: number;
}

/**
 * Where a price per GPU-hour came from: a price source another backend
 * module added (`module`, named in `setting`), a cluster's or a provider's
 * override, the global table, its `default`, OpenCost (its own prices for
 * a cluster it reports), or nowhere.
 *
 * @public
 */
export type CostPriceSource =
  | 'module'
  | 'cluster'
  | 'provider'
  | 'global'
  | 'default'
  | 'opencost'
  | 'none';

/**
 * The price used for one GPU product on one cluster, and where it came from.
 *
 * @public
 */
export interface CostPrice {
  cluster: string;
  /** The cluster's provider label, when it has one. */
  provider?: string;
  product: string;
  /** Per GPU-hour in the report's currency; absent when nothing prices it. */
  price?: number;
  source: CostPriceSource;
  /** The setting the price was read from, e.g. `aiPlatform.cost.providers.ovh.prices.default`. */
  setting?: string;
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
  /**
   * Idle GPU-hours and their cost over the known part of the window, per
   * cluster and product. `knownFrom` is the earliest time any cluster's
   * capacity is known in the window; `basis` says how it was reconstructed.
   */
  idle: {
    gpuHours: number;
    cost: number;
    rows: IdleCostRow[];
    knownFrom?: string;
    basis: string;
  };
  /** Allocated / allocatable GPU-hours per cluster and per product. */
  utilisation: { clusters: CostUtilisation[]; products: CostUtilisation[] };
  /** Every price used in the report, with where it came from. */
  prices: CostPrice[];
  /** Most expensive first. */
  rows: CostRow[];
  /**
   * Cost per time bucket (hourly for 24 h, daily otherwise) and row key,
   * oldest first, for the chart.
   */
  series: Array<{ start: string; values: Record<string, number> }>;
  /** Rows of teams the caller may not see (`ai-platform.cost.read.all`), left out. */
  hiddenRows: number;
  /**
   * Per cluster: where its figures come from, a read error if any, and
   * since when its capacity (so idle) is known and recorded: before
   * `recordingSince` it is reconstructed from the creation times of the
   * nodes present then.
   */
  sources: Array<{
    cluster: string;
    source: CostSource;
    error?: string;
    idleKnownFrom?: string;
    recordingSince?: string;
  }>;
}
