import {
  GpuQueue,
  GpuQueueQuota,
  gpuResourceUnit,
  isGpuQuotaResourceName,
  TEAM_LABEL,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { suiteDeviceClassRecognition } from './deviceClasses';
import { amount, amountProblem, count, countProblem } from './quantities';
import { isGpuResource } from './resources';
import { LabelSelector, matchesSelector } from './selectors';
import { teamRef } from './teams';

interface FlavorResources {
  name: string;
  resources?: Array<{
    name: string;
    nominalQuota?: unknown;
    borrowingLimit?: unknown;
    lendingLimit?: unknown;
    total?: unknown;
    borrowed?: unknown;
  }>;
}

interface ClusterQueueShape {
  spec?: {
    cohortName?: string;
    cohort?: string;
    namespaceSelector?: LabelSelector;
    resourceGroups?: Array<{ flavors?: FlavorResources[] }>;
  };
  status?: {
    flavorsUsage?: FlavorResources[];
    flavorsReservation?: FlavorResources[];
    pendingWorkloads?: number;
    admittedWorkloads?: number;
  };
}

const optional = (value: unknown) =>
  value === undefined || value === null ? undefined : count(value);

/** Whether a Kueue resource name is a GPU resource: device plugin, GPU DeviceClass, or named after GPUs. */
function isGpuQueueResource(
  name: string,
  isGpuClass: (name: string) => boolean,
): boolean {
  return (
    isGpuResource(name) || isGpuClass(name) || isGpuQuotaResourceName(name)
  );
}

/** Counted resources are whole numbers; memory and cores are amounts in their own unit. */
function isCounted(
  resource: string,
  isGpuClass: (name: string) => boolean,
): boolean {
  const unit = gpuResourceUnit(resource);
  return (
    isGpuClass(resource) ||
    ['gpus', 'mig-instances', 'shared-slots', 'devices', 'units'].includes(unit)
  );
}

/** Fields of a ClusterQueue's GPU quotas that cannot be read. */
export function inspectClusterQueue(
  queue: CachedObject,
  isGpuClass: (name: string) => boolean = suiteDeviceClassRecognition,
): string[] {
  const shape = queue as unknown as ClusterQueueShape;
  const problems: string[] = [];
  (shape.spec?.resourceGroups ?? []).forEach((group, g) =>
    (group?.flavors ?? []).forEach(flavor =>
      (flavor?.resources ?? []).forEach(r => {
        if (
          typeof r?.name !== 'string' ||
          !isGpuQueueResource(r.name, isGpuClass)
        )
          return;
        const check = isCounted(r.name, isGpuClass)
          ? countProblem
          : amountProblem;
        for (const field of [
          'nominalQuota',
          'borrowingLimit',
          'lendingLimit',
        ] as const) {
          const problem = check(
            r[field],
            `spec.resourceGroups[${g}].flavors[${flavor.name}].resources[${r.name}].${field}`,
          );
          if (problem) problems.push(`${problem}; the quota is not shown`);
        }
      }),
    ),
  );
  return problems;
}

/**
 * A Kueue ClusterQueue's GPU quota per flavour (v1beta2, and v1beta1's
 * `cohort`). Usage comes from `flavorsUsage`, or `flavorsReservation` where
 * only that is reported.
 */
export function readClusterQueue(
  cluster: string,
  queue: CachedObject,
  namespaces: ReadonlyArray<CachedObject>,
  localQueues: ReadonlyArray<CachedObject>,
  isGpuClass: (name: string) => boolean = suiteDeviceClassRecognition,
): GpuQueue | undefined {
  const shape = queue as unknown as ClusterQueueShape;
  const usage =
    shape.status?.flavorsUsage ?? shape.status?.flavorsReservation ?? [];
  const quotas: GpuQueueQuota[] = [];
  for (const group of shape.spec?.resourceGroups ?? []) {
    for (const flavor of group.flavors ?? []) {
      for (const r of flavor.resources ?? []) {
        if (
          typeof r?.name !== 'string' ||
          !isGpuQueueResource(r.name, isGpuClass)
        )
          continue;
        const counted = isCounted(r.name, isGpuClass);
        const check = counted ? countProblem : amountProblem;
        // A quota with an unreadable figure is left out (the inspector reports it).
        if (
          ['nominalQuota', 'borrowingLimit', 'lendingLimit'].some(f =>
            check((r as Record<string, unknown>)[f], f),
          )
        ) {
          continue;
        }
        const read = (v: unknown) => {
          if (v === undefined || v === null) return undefined;
          return counted ? count(v) : amount(v) ?? 0;
        };
        const used = usage
          .find(u => u.name === flavor.name)
          ?.resources?.find(u => u.name === r.name);
        const unit = isGpuClass(r.name) ? 'devices' : gpuResourceUnit(r.name);
        quotas.push({
          flavor: flavor.name,
          resource: r.name,
          ...(unit !== 'gpus' ? { unit } : {}),
          nominal: read(r.nominalQuota) ?? 0,
          borrowingLimit: read(r.borrowingLimit),
          lendingLimit: read(r.lendingLimit),
          used: read(used?.total) ?? 0,
          borrowed: read(used?.borrowed) ?? 0,
        });
      }
    }
  }
  if (quotas.length === 0) return undefined;
  const name = queue.metadata.name;
  const selected = namespaces.filter(ns =>
    matchesSelector(shape.spec?.namespaceSelector, ns.metadata.labels),
  );
  // Workloads reach a ClusterQueue through LocalQueues; where they exist they
  // say which selected namespaces actually use it.
  const viaLocalQueues = new Set(
    localQueues
      .filter(
        lq => (lq.spec as { clusterQueue?: string })?.clusterQueue === name,
      )
      .map(lq => lq.metadata.namespace ?? ''),
  );
  const admitted = selected
    .map(ns => ns.metadata.name)
    .filter(ns => viaLocalQueues.size === 0 || viaLocalQueues.has(ns));
  return {
    cluster,
    scheduler: 'kueue',
    name,
    team: queueTeam(queue, admitted, namespaces),
    parent: shape.spec?.cohortName ?? shape.spec?.cohort,
    namespaces: admitted.sort(),
    quotas,
    pendingWorkloads: shape.status?.pendingWorkloads,
    admittedWorkloads: shape.status?.admittedWorkloads,
  };
}

interface KaiQueueShape {
  spec?: {
    parentQueue?: string;
    resources?: { gpu?: { quota?: unknown; limit?: unknown } };
  };
  status?: {
    allocated?: Record<string, unknown>;
    requested?: Record<string, unknown>;
  };
}

/** KAI's "unlimited" is -1. */
const kaiLimit = (value: unknown) => {
  const n = optional(value);
  return n === undefined || n < 0 ? undefined : n;
};

const kaiGpus = (list: Record<string, unknown> | undefined) =>
  count(list?.['nvidia.com/gpu'] ?? list?.gpu);

/** A KAI Scheduler queue's GPU quota (`scheduling.run.ai/v2`). */
export function readKaiQueue(
  cluster: string,
  queue: CachedObject,
  namespaces: ReadonlyArray<CachedObject>,
): GpuQueue | undefined {
  const shape = queue as unknown as KaiQueueShape;
  const gpu = shape.spec?.resources?.gpu;
  if (!gpu) return undefined;
  return {
    cluster,
    scheduler: 'kai',
    name: queue.metadata.name,
    team: queueTeam(queue, [], namespaces),
    parent: shape.spec?.parentQueue,
    namespaces: [],
    quotas: [
      {
        resource: 'nvidia.com/gpu',
        nominal: kaiLimit(gpu.quota),
        limit: kaiLimit(gpu.limit),
        used: kaiGpus(shape.status?.allocated),
        requested: kaiGpus(shape.status?.requested),
      },
    ],
  };
}

/** The queue's own team label, else the one team all its namespaces belong to. */
function queueTeam(
  queue: CachedObject,
  admitted: string[],
  namespaces: ReadonlyArray<CachedObject>,
): string | undefined {
  const own = queue.metadata.labels?.[TEAM_LABEL];
  if (own) return teamRef(own);
  const teams = new Set(
    namespaces
      .filter(ns => admitted.includes(ns.metadata.name))
      .map(ns => ns.metadata.labels?.[TEAM_LABEL])
      .filter((t): t is string => Boolean(t)),
  );
  return teams.size === 1 ? teamRef([...teams][0]) : undefined;
}
