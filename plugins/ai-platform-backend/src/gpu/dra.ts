import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { deviceMemoryMiB, normalizeProduct } from './nodes';
import type { IsGpuDeviceClass } from './deviceClasses';
import { count } from './quantities';

/** A GPU published by a DRA driver in a ResourceSlice. */
export interface DraDevice {
  /** `<driver>/<pool>/<device>`: how claims name it. */
  key: string;
  driver: string;
  node?: string;
  product: string;
  memoryMiB?: number;
}

type Attribute = {
  string?: string;
  int?: number;
  bool?: boolean;
  version?: string;
};

interface SliceSpec {
  driver?: string;
  nodeName?: string;
  pool?: { name?: string };
  devices?: Array<{
    name: string;
    attributes?: Record<string, Attribute>;
    capacity?: Record<string, { value?: unknown }>;
  }>;
}

/**
 * The GPUs of the cluster's ResourceSlices. A device counts as a GPU when it
 * says so (`type: gpu`, as NVIDIA's driver does) or names a product; MIG and
 * other partitions of a GPU (`type: mig`) are not counted again.
 */
export function readDraDevices(
  slices: ReadonlyArray<CachedObject>,
): DraDevice[] {
  const devices: DraDevice[] = [];
  for (const slice of slices) {
    const spec = (slice.spec ?? {}) as SliceSpec;
    if (!spec.driver || !spec.pool?.name) continue;
    for (const device of spec.devices ?? []) {
      const attributes = device.attributes ?? {};
      const type = attributes.type?.string;
      const productName = attributes.productName?.string;
      if (type ? type !== 'gpu' : !productName) continue;
      devices.push({
        key: `${spec.driver}/${spec.pool.name}/${device.name}`,
        driver: spec.driver,
        node: spec.nodeName,
        product: normalizeProduct(productName),
        memoryMiB: deviceMemoryMiB(device.capacity?.memory?.value),
      });
    }
  }
  return devices;
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
  isGpuClass: IsGpuDeviceClass,
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
  isGpuClass: IsGpuDeviceClass,
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
