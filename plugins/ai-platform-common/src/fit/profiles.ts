/**
 * GPU products by the memory they offer, as GPU Feature Discovery names
 * them (`nvidia.com/gpu.product`). Memory is the nominal figure in GiB, as
 * AI Runway's GPU table keeps it (`cloudPricing.ts`).
 *
 * @public
 */
export const GPU_PRODUCT_MEMORY_GIB: Readonly<Record<string, number>> =
  Object.freeze({
    'NVIDIA-H200': 141,
    'NVIDIA-H100-80GB-HBM3': 80,
    'NVIDIA-A100-SXM4-80GB': 80,
    'NVIDIA-A100-SXM4-40GB': 40,
    'NVIDIA-L40S': 48,
    'NVIDIA-L4': 24,
    'NVIDIA-A10G': 24,
    'Tesla-T4': 16,
    'Tesla-V100-SXM2-16GB': 16,
  });

/**
 * MIG profiles of the 80 GB A100 and H100 (`nvidia.com/mig-<profile>`).
 *
 * @public
 */
export const MIG_PROFILES_80GB = [
  '1g.10gb',
  '2g.20gb',
  '3g.40gb',
  '4g.40gb',
  '7g.80gb',
] as const;

/**
 * Something a model can be placed on: `count` whole GPUs of a product, or one
 * MIG slice of it.
 *
 * @public
 */
export interface GpuProfile {
  /** e.g. `2 x NVIDIA-H100-80GB-HBM3` or `NVIDIA-A100-SXM4-80GB MIG 3g.40gb`. */
  id: string;
  product: string;
  count: number;
  /** The MIG profile, e.g. `3g.40gb`, when this is a slice. */
  migProfile?: string;
  /** Memory of the whole profile (every GPU together), in GiB. */
  memoryGiB: number;
}

/**
 * The memory of a MIG profile from its name, e.g. 40 for `3g.40gb`.
 *
 * @public
 */
export function migMemoryGiB(profile: string): number | undefined {
  const match = /^\d+g\.(\d+)gb$/i.exec(profile.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * `count` whole GPUs of a product with `memoryGiB` each.
 *
 * @public
 */
export function wholeGpuProfile(
  product: string,
  memoryGiB: number,
  count = 1,
): GpuProfile {
  return {
    id: count === 1 ? product : `${count} x ${product}`,
    product,
    count,
    memoryGiB: memoryGiB * count,
  };
}

/**
 * One MIG slice of a product; throws when the profile name has no memory size.
 *
 * @public
 */
export function migProfile(product: string, profile: string): GpuProfile {
  const memoryGiB = migMemoryGiB(profile);
  if (memoryGiB === undefined) {
    throw new Error(
      `'${profile}' is not a MIG profile name such as 1g.10gb or 3g.40gb`,
    );
  }
  return {
    id: `${product} MIG ${profile}`,
    product,
    count: 1,
    migProfile: profile,
    memoryGiB,
  };
}

/**
 * The profiles fit is judged against when none are given: 1, 2, 4 and 8 of
 * every known product, and the MIG slices of the 80 GB A100 and H100.
 *
 * @public
 */
export function defaultGpuProfiles(): GpuProfile[] {
  const whole = Object.entries(GPU_PRODUCT_MEMORY_GIB).flatMap(
    ([product, memory]) =>
      [1, 2, 4, 8].map(count => wholeGpuProfile(product, memory, count)),
  );
  const slices = ['NVIDIA-A100-SXM4-80GB', 'NVIDIA-H100-80GB-HBM3'].flatMap(
    product => MIG_PROFILES_80GB.map(p => migProfile(product, p)),
  );
  return [...slices, ...whole];
}
