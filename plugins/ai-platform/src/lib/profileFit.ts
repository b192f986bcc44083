import {
  fitModel,
  GPU_PRODUCT_MEMORY_GIB,
  GpuProductSummary,
  GpuProfile,
  GpuProfileFit,
  migProfile,
  ModelMemoryEstimate,
  ModelVersionSummary,
  wholeGpuProfile,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/** A GPU profile judged for a model version: the same maths as the Models page and the governance check. */
export type ProfileFit =
  | { status: 'ok'; profile: GpuProfileFit; estimate: ModelMemoryEstimate }
  | { status: 'unknown'; reason: string };

/**
 * Memory of one GPU of a product in GiB: the nominal figure the fit maths
 * and the governance check use, else what the cluster reports.
 */
export function productMemoryGiB(
  product: Pick<GpuProductSummary, 'product' | 'memoryMiB'>,
): number | undefined {
  const nominal = GPU_PRODUCT_MEMORY_GIB[product.product];
  if (nominal !== undefined) return nominal;
  return product.memoryMiB
    ? Math.round((product.memoryMiB / 1024) * 10) / 10
    : undefined;
}

/** `count` whole GPUs or one MIG slice of a product, or why it cannot be sized. */
export function gpuProfile(
  product: Pick<GpuProductSummary, 'product' | 'memoryMiB'>,
  gpus: number,
  mig?: string,
): GpuProfile | string {
  if (mig) {
    try {
      return migProfile(product.product, mig);
    } catch (e) {
      return (e as Error).message;
    }
  }
  const memory = productMemoryGiB(product);
  if (memory === undefined) {
    return `the memory of ${product.product} is not known`;
  }
  return wholeGpuProfile(product.product, memory, Math.max(1, gpus));
}

/** Whether a version fits a profile, with the memory figures. */
export function fitVersionOn(
  version: ModelVersionSummary,
  profile: GpuProfile | string,
): ProfileFit {
  if (typeof profile === 'string')
    return { status: 'unknown', reason: profile };
  const { parameterCount, precision, quantization } = version.metadata;
  if (!parameterCount) {
    return {
      status: 'unknown',
      reason: `${version.tag} does not state its parameter count`,
    };
  }
  try {
    const fit = fitModel({ parameterCount, precision, quantization }, [
      profile,
    ]);
    return { status: 'ok', profile: fit.profiles[0], estimate: fit.estimate };
  } catch (e) {
    return { status: 'unknown', reason: (e as Error).message };
  }
}

const TIER_LABELS = {
  comfortable: 'Comfortable',
  tight: 'Tight',
  'does-not-fit': 'Does not fit',
} as const;

/** `Comfortable`, `Tight`, `Does not fit`. */
export const tierLabel = (tier: keyof typeof TIER_LABELS) => TIER_LABELS[tier];

/** `needs 17.88 GiB, has 48 GiB (37 %)`. */
export function fitFigures(fit: Extract<ProfileFit, { status: 'ok' }>) {
  return `needs ${fit.estimate.totalGiB} GiB, has ${
    fit.profile.memoryGiB
  } GiB (${Math.round(fit.profile.utilization * 100)} %)`;
}
