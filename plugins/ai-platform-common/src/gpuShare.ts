import type { GpuPoolKind } from './gpu';

/**
 * What one unit of a GPU pool is worth in physical GPUs: the single notion
 * of a GPU share that the GPU pages, the cost recorder, the capacity finder
 * and the governance checks all use, so that a slot priced by the cost
 * page is the same slot the GPU page counts.
 *
 * - a whole GPU (device plugin without sharing) or a DRA GPU device: 1;
 * - a MIG slice: its compute slices / the GPU's compute slices (7 on A100,
 *   H100, H200, B200; 4 on A30), e.g. `3g.40gb` is 3/7;
 * - a time-sliced or MPS slot: 1 / replicas per GPU (GFD's
 *   `nvidia.com/gpu.replicas`), whether the device plugin renames the
 *   resource to `nvidia.com/gpu.shared` or keeps `nvidia.com/gpu`;
 * - a DRA device that is a partition of a GPU: its share when the driver
 *   says it (`deviceShare`), else its MIG profile's, else 1.
 */

/**
 * The description of a pool (or one node's part of it) a share is computed from.
 *
 * @public
 */
export interface GpuShareInput {
  /** How the pool hands GPUs out. */
  kind: GpuPoolKind;
  /** GPU Feature Discovery's product name, e.g. `NVIDIA-A30`; decides the slices per GPU. */
  product?: string;
  /** `3g.40gb` for a MIG slice, also for a DRA MIG device. */
  migProfile?: string;
  /** Slots per physical GPU of a time-sliced or MPS pool. */
  replicasPerGpu?: number;
  /** A DRA partition's fraction of its GPU, when the driver publishes one (more than 0, at most 1). */
  deviceShare?: number;
}

/**
 * Compute slices of a MIG-capable GPU: A30 has 4, the rest (A100, H100, H200, B200, GB200) 7.
 *
 * @public
 */
export function migSlicesPerGpu(product?: string): number {
  return /\bA30\b|-A30(-|$)/i.test(product ?? '') ? 4 : 7;
}

/**
 * The compute slices of a MIG profile name (`1g.10gb`, `3g.40gb`,
 * `1g.10gb+me`, `1c.3g.40gb` for a compute instance), or undefined when
 * the name is not one.
 *
 * @public
 */
export function migComputeSlices(profile: string): number | undefined {
  const match = /^(?:(\d+)c\.)?(\d+)g\.\d+gb(?:\+\w+)?$/i.exec(profile.trim());
  if (!match) return undefined;
  const slices = Number(match[1] ?? match[2]);
  return slices > 0 ? slices : undefined;
}

const finitePositive = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0;

/**
 * Physical GPUs one unit of the pool is worth (a number in (0, 1]).
 * Unknown or implausible inputs count as a whole GPU, which overstates
 * rather than hides cost; callers that can tell say so.
 *
 * @public
 */
export function gpuShare(pool: GpuShareInput): number {
  if (pool.kind === 'shared') {
    const replicas = pool.replicasPerGpu;
    return finitePositive(replicas) ? 1 / Math.max(1, Math.floor(replicas)) : 1;
  }
  if (pool.kind === 'dra' && finitePositive(pool.deviceShare)) {
    return Math.min(1, pool.deviceShare);
  }
  if ((pool.kind === 'mig' || pool.kind === 'dra') && pool.migProfile) {
    const slices = migComputeSlices(pool.migProfile);
    const perGpu = migSlicesPerGpu(pool.product);
    return slices ? Math.min(slices, perGpu) / perGpu : 1;
  }
  return 1;
}

/**
 * A short sentence of how a share was reached, e.g. `1/4 GPU (time-slicing ×4)`.
 *
 * @public
 */
export function describeGpuShare(
  pool: GpuShareInput & { sharingStrategy?: string },
): string {
  const share = gpuShare(pool);
  if (pool.kind === 'shared') {
    const replicas = Math.round(1 / share);
    return `1/${replicas} GPU (${
      pool.sharingStrategy ?? 'shared'
    } ×${replicas})`;
  }
  if (pool.migProfile && share < 1) {
    const perGpu = migSlicesPerGpu(pool.product);
    return `${Math.round(share * perGpu)}/${perGpu} GPU (MIG ${
      pool.migProfile
    })`;
  }
  if (pool.kind === 'dra' && share < 1) {
    return `${Math.round(share * 1000) / 1000} GPU (DRA partition)`;
  }
  return '1 GPU';
}
