import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  attributeOf,
  GpuDeviceClasses,
  readSliceDevice,
  SliceDevice,
} from './deviceClasses';
import { deviceMemoryMiB, normalizeProduct, UNKNOWN_PRODUCT } from './nodes';
import { amountProblem, count } from './quantities';

/** A GPU published by a DRA driver in a ResourceSlice. */
export interface DraDevice {
  /** `<driver>/<pool>/<device>`: how claims name it. */
  key: string;
  driver: string;
  /** The GPU DeviceClass it belongs to. */
  deviceClass: string;
  node?: string;
  product: string;
  memoryMiB?: number;
}

interface SliceSpec {
  driver?: string;
  nodeName?: string;
  pool?: { name?: string; generation?: number };
  devices?: unknown[];
}

/** Attributes drivers publish the product name under (NVIDIA/AMD, the example driver, others). */
const PRODUCT_ATTRIBUTES = ['productName', 'model', 'product', 'marketingName'];

function productOf(driver: string, device: SliceDevice): string {
  for (const name of PRODUCT_ATTRIBUTES) {
    const value = attributeOf(driver, device, name)?.string;
    if (value && value.trim()) return normalizeProduct(value);
  }
  return UNKNOWN_PRODUCT;
}

function memoryOf(device: SliceDevice): number | undefined {
  const key =
    'memory' in device.capacity
      ? 'memory'
      : Object.keys(device.capacity).find(k => /(^|\/)memory$/i.test(k));
  return key ? deviceMemoryMiB(device.capacity[key]?.value) : undefined;
}

/**
 * The GPUs of the cluster's ResourceSlices, from any driver and any served
 * version of the API. A device is a GPU when a GPU DeviceClass selects it
 * (see {@link GpuDeviceClasses}), so partitions and non-GPU devices (NICs,
 * MIG slices) are not counted. Slices being deleted, and slices of an older
 * generation of their pool, are left out, as the scheduler leaves them out.
 */
export function readDraDevices(
  slices: ReadonlyArray<CachedObject>,
  classes: GpuDeviceClasses = new GpuDeviceClasses([]),
): DraDevice[] {
  const live = slices.filter(s => !s.metadata.deletionTimestamp);
  const newest = new Map<string, number>();
  for (const slice of live) {
    const spec = (slice.spec ?? {}) as SliceSpec;
    const pool = `${spec.driver}/${spec.pool?.name}`;
    const generation = Number(spec.pool?.generation ?? 0);
    newest.set(pool, Math.max(newest.get(pool) ?? -Infinity, generation));
  }
  const devices: DraDevice[] = [];
  const seen = new Set<string>();
  for (const slice of live) {
    const spec = (slice.spec ?? {}) as SliceSpec;
    if (typeof spec.driver !== 'string' || typeof spec.pool?.name !== 'string')
      continue;
    const pool = `${spec.driver}/${spec.pool.name}`;
    if (Number(spec.pool.generation ?? 0) < (newest.get(pool) ?? 0)) continue;
    for (const raw of Array.isArray(spec.devices) ? spec.devices : []) {
      const device = readSliceDevice(raw);
      if (!device) continue;
      const deviceClass = classes.classOf(spec.driver, device);
      if (!deviceClass) continue;
      const key = `${pool}/${device.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      devices.push({
        key,
        driver: spec.driver,
        deviceClass,
        node: device.nodeName ?? spec.nodeName,
        product: productOf(spec.driver, device),
        memoryMiB: memoryOf(device),
      });
    }
  }
  return devices;
}

/** Capacities of a ResourceSlice's devices that cannot be read. */
export function inspectResourceSlice(slice: CachedObject): string[] {
  const spec = (slice.spec ?? {}) as SliceSpec;
  const problems: string[] = [];
  if (typeof spec.driver !== 'string' || typeof spec.pool?.name !== 'string') {
    problems.push(
      `spec.driver or spec.pool.name is missing; its ${
        Array.isArray(spec.devices) ? spec.devices.length : 0
      } device(s) are not counted`,
    );
  }
  (Array.isArray(spec.devices) ? spec.devices : []).forEach((raw, i) => {
    const device = readSliceDevice(raw);
    if (!device) {
      problems.push(
        `spec.devices[${i}] has no name; the device is not counted`,
      );
      return;
    }
    for (const [name, value] of Object.entries(device.capacity)) {
      const problem = amountProblem(
        value?.value,
        `spec.devices[${device.name}].capacity['${name}'].value`,
      );
      if (problem) problems.push(`${problem}; the capacity is not used`);
    }
  });
  return problems;
}

interface ClaimShape {
  spec?: {
    devices?: {
      requests?: Array<{
        exactly?: {
          deviceClassName?: string;
          count?: number;
          allocationMode?: string;
        };
        firstAvailable?: Array<{ deviceClassName?: string; count?: number }>;
        deviceClassName?: string;
        count?: number;
      }>;
    };
  };
  status?: {
    allocation?: {
      devices?: {
        results?: Array<{ driver: string; pool: string; device: string }>;
      };
    };
    reservedFor?: Array<{ resource?: string; name?: string }>;
  };
}

/** What one ResourceClaim holds or waits for. */
export interface ClaimGpus {
  namespace: string;
  name: string;
  /** Keys of the allocated devices that are GPUs. */
  devices: string[];
  /** Devices asked for but not allocated yet (only for GPU device classes). */
  pending: number;
  /** Pods the claim is reserved for, or that own it. */
  pods: string[];
}

function pendingDevices(
  spec: ClaimShape['spec'],
  isGpuClass: (name: string) => boolean,
): number {
  let total = 0;
  for (const request of spec?.devices?.requests ?? []) {
    // v1 nests the request under `exactly`; v1beta1 keeps it at the top level.
    const exact = request.exactly ?? request;
    const className =
      exact.deviceClassName ?? request.firstAvailable?.[0]?.deviceClassName;
    if (!className || !isGpuClass(className)) continue;
    total += count(exact.count ?? request.firstAvailable?.[0]?.count ?? 1) || 1;
  }
  return total;
}

/**
 * The GPU devices each claim holds. Allocation, not reservation, is what
 * makes a device unavailable to others, so an allocated claim counts even
 * between pods.
 */
export function readClaims(
  claims: ReadonlyArray<CachedObject>,
  gpuKeys: ReadonlySet<string>,
  isGpuClass: (name: string) => boolean,
): ClaimGpus[] {
  return claims.map(claim => {
    const shape = claim as unknown as ClaimShape;
    const results = shape.status?.allocation?.devices?.results ?? [];
    const devices = results
      .map(r => `${r.driver}/${r.pool}/${r.device}`)
      .filter(key => gpuKeys.has(key));
    const pods = new Set<string>();
    for (const r of shape.status?.reservedFor ?? []) {
      if (r.resource === 'pods' && r.name) pods.add(r.name);
    }
    for (const owner of claim.metadata.ownerReferences ?? []) {
      if (owner.kind === 'Pod') pods.add(owner.name);
    }
    return {
      namespace: claim.metadata.namespace ?? '',
      name: claim.metadata.name,
      devices,
      pending: shape.status?.allocation
        ? 0
        : pendingDevices(shape.spec, isGpuClass),
      pods: [...pods],
    };
  });
}
