import type {
  ClusterGpus,
  GpuTotals,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { count, countOf, formatNumber, GPU_UNIT, type Unit } from './gpuFormat';

/**
 * How the physical GPUs of some clusters are offered to the scheduler, each
 * GPU counted once.
 */
export interface PhysicalGpuBreakdown {
  physical: number;
  /** Offered whole: device plugin `nvidia.com/gpu` without sharing, and DRA devices. */
  whole: number;
  /** Partitioned into MIG slices. */
  mig: number;
  /** Shared as time-sliced or MPS slots. */
  shared: number;
  /** Counted on the nodes but offered in none of those ways (driver or device plugin not advertising them). */
  notOffered: number;
}

/**
 * Splits the physical GPUs into whole, MIG, shared and not offered. Whole
 * and shared GPUs are read from their pools; on a product with MIG pools the
 * rest of its physical GPUs are the partitioned ones (a MIG slice is not a
 * GPU, so slices cannot be counted back into GPUs); elsewhere the rest is
 * not offered.
 */
export function physicalBreakdown(
  clusters: readonly ClusterGpus[],
): PhysicalGpuBreakdown {
  const b: PhysicalGpuBreakdown = {
    physical: 0,
    whole: 0,
    mig: 0,
    shared: 0,
    notOffered: 0,
  };
  for (const cluster of clusters) {
    for (const product of cluster.products) {
      let whole = 0;
      let shared = 0;
      let hasMig = false;
      for (const pool of product.pools) {
        if (pool.kind === 'whole' || pool.kind === 'dra')
          whole += pool.capacity;
        else if (pool.kind === 'shared') shared += pool.physicalGpus ?? 0;
        else hasMig = true;
      }
      const rest = Math.max(0, product.physicalGpus - whole - shared);
      b.physical += product.physicalGpus;
      b.whole += whole;
      b.shared += shared;
      if (hasMig) b.mig += rest;
      else b.notOffered += rest;
    }
  }
  return b;
}

const SLICE: Unit = { one: 'MIG slice', many: 'MIG slices' };
const SLOT: Unit = { one: 'slot', many: 'slots' };

/**
 * One sentence that reconciles the headline figures: the physical GPUs, and
 * how many of them are offered whole (with the allocation the "whole GPUs"
 * figure shows), partitioned into MIG slices and shared as slots.
 */
export function physicalBreakdownText(
  b: PhysicalGpuBreakdown,
  totals: GpuTotals,
): string {
  const parts = [
    `${count(b.whole, GPU_UNIT)} offered whole (${countOf(
      totals.wholeGpus.allocated,
      totals.wholeGpus.allocatable,
      GPU_UNIT,
    )} allocatable are allocated)`,
  ];
  if (b.mig > 0 || totals.migSlices.allocatable > 0) {
    parts.push(
      `${count(b.mig, GPU_UNIT)} partitioned into ${count(
        totals.migSlices.allocatable,
        SLICE,
      )}`,
    );
  }
  if (b.shared > 0 || totals.sharedSlots.allocatable > 0) {
    parts.push(
      `${count(b.shared, GPU_UNIT)} shared as ${count(
        totals.sharedSlots.allocatable,
        SLOT,
      )} (time-slicing or MPS)`,
    );
  }
  if (b.notOffered > 0) {
    parts.push(
      `${count(
        b.notOffered,
        GPU_UNIT,
      )} not offered to the scheduler (no device plugin or DRA driver advertises them)`,
    );
  }
  const list =
    parts.length === 1
      ? parts[0]
      : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const physical =
    b.physical === 1
      ? 'the 1 physical GPU'
      : `the ${formatNumber(b.physical)} physical GPUs`;
  return `Of ${physical}, ${list}. Each GPU counts once; slices and slots are counted in their own units, never added to GPUs.`;
}
