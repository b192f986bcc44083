import type {
  GpuPool,
  GpuPoolKind,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { parseEntityRef } from '@backstage/catalog-model';

/** A counted noun, singular and plural: `GPU`/`GPUs`, `MIG slice`/`MIG slices`. */
export interface Unit {
  one: string;
  many: string;
}

export const GPU_UNIT: Unit = { one: 'GPU', many: 'GPUs' };
const MIG_SLICE_UNIT: Unit = { one: 'MIG slice', many: 'MIG slices' };
const SLOT_UNIT: Unit = { one: 'shared slot', many: 'shared slots' };
const DEVICE_UNIT: Unit = { one: 'DRA device', many: 'DRA devices' };

const UNITS: Record<GpuPoolKind, Unit> = {
  whole: GPU_UNIT,
  mig: MIG_SLICE_UNIT,
  shared: SLOT_UNIT,
  dra: DEVICE_UNIT,
};

export const unitOfPoolKind = (kind: GpuPoolKind): Unit => UNITS[kind];

export const formatNumber = (n: number): string => n.toLocaleString('en');

/** `1 GPU`, `24 GPUs`. */
export function count(n: number, unit: Unit): string {
  return `${formatNumber(n)} ${n === 1 ? unit.one : unit.many}`;
}

/** `12 of 24 GPUs`: the unit agrees with the total, as people read it. */
export function countOf(part: number, total: number, unit: Unit): string {
  return `${formatNumber(part)} of ${count(total, unit)}`;
}

/** The share of `part` in `total` as a percentage from 0 to 100; 0 when the total is 0. */
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, (part / total) * 100));
}

const MIG_RESOURCE = /^nvidia\.com\/mig-(.+)$/;

/**
 * The unit a quota or queue resource counts: `nvidia.com/gpu` counts GPUs,
 * `nvidia.com/mig-1g.10gb` counts slices of that profile, a DRA device class
 * counts devices.
 */
export function unitOfResource(resource: string): Unit {
  const mig = MIG_RESOURCE.exec(resource);
  if (mig) {
    return { one: `MIG ${mig[1]} slice`, many: `MIG ${mig[1]} slices` };
  }
  if (resource.startsWith('deviceclass/') || !resource.includes('/')) {
    return DEVICE_UNIT;
  }
  return GPU_UNIT;
}

/** The units a namespace holds or waits for, by resource: `8 GPUs, 3 DRA devices`; `0` when none. */
export function unitsLabel(units: Record<string, number>): string {
  const parts = Object.entries(units)
    .filter(([, n]) => n > 0)
    .map(([resource, n]) => count(n, unitOfResource(resource)));
  return parts.length > 0 ? parts.join(', ') : '0';
}

/** The sum of units of every resource, for sorting only: units of different resources are not comparable. */
export const unitsTotal = (units: Record<string, number>): number =>
  Object.values(units).reduce((a, b) => a + b, 0);

/** Adds units by resource. */
export function addUnits(
  into: Record<string, number>,
  units: Record<string, number>,
): Record<string, number> {
  for (const [resource, n] of Object.entries(units)) {
    into[resource] = (into[resource] ?? 0) + n;
  }
  return into;
}

const SHARING_LABELS: Record<string, string> = {
  'time-slicing': 'time-sliced',
  mps: 'MPS',
};

/** How a pool hands GPUs out, as people say it: `whole GPUs`, `MIG 1g.10gb`, `time-sliced ×4`, `DRA`. */
export function poolKindLabel(pool: GpuPool): string {
  switch (pool.kind) {
    case 'mig':
      return `MIG ${
        pool.migProfile ?? pool.resource.replace(MIG_RESOURCE, '$1')
      }`;
    case 'shared': {
      const strategy =
        SHARING_LABELS[pool.sharingStrategy ?? ''] ??
        pool.sharingStrategy ??
        'shared';
      return pool.replicasPerGpu
        ? `${strategy} ×${pool.replicasPerGpu}`
        : strategy;
    }
    case 'dra':
      return 'DRA devices';
    case 'whole':
    default:
      return 'whole GPUs';
  }
}

/** `NVIDIA-H100-80GB-HBM3` reads as `NVIDIA H100 80GB HBM3`. */
export function productLabel(product: string): string {
  return product.replace(/[-_]+/g, ' ').trim();
}

/** `81559` MiB reads as `80 GiB`; rounded to whole GiB above 10 GiB. */
export function memoryLabel(mib: number | undefined): string | undefined {
  if (mib === undefined || !Number.isFinite(mib) || mib <= 0) return undefined;
  const gib = mib / 1024;
  return gib >= 10 ? `${Math.round(gib)} GiB` : `${gib.toFixed(1)} GiB`;
}

/** The name of a Group entity ref for display: `group:default/eu-inference` reads as `eu-inference`. */
export function teamName(ref: string): string {
  try {
    const parsed = parseEntityRef(ref, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    return parsed.namespace === 'default'
      ? parsed.name
      : `${parsed.namespace}/${parsed.name}`;
  } catch {
    return ref;
  }
}

/** A full Group entity ref, from a ref or a bare group name. */
export function teamRef(ref: string): string {
  try {
    const parsed = parseEntityRef(ref, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    return `${parsed.kind.toLocaleLowerCase('en-US')}:${parsed.namespace}/${
      parsed.name
    }`;
  } catch {
    return ref;
  }
}
