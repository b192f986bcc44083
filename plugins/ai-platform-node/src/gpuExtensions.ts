import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { CachedObject } from './clusterSource';

/**
 * Says whether a DRA DeviceClass hands out GPUs, so that claims, quotas and
 * queues on it count as GPU demand.
 *
 * The GPU domain asks the recognisers added through
 * {@link aiPlatformGpuExtensionPoint} in the order they were added, and the
 * suite's own recogniser last; the first that answers `true` or `false`
 * decides. A class no recogniser answers for is not a GPU class.
 *
 * @public
 */
export interface GpuDeviceClassRecogniser {
  /** Names the recogniser in logs, e.g. `nvidia` or `config`. */
  readonly id: string;
  /**
   * `true`: the class hands out GPUs; `false`: it does not; `undefined`:
   * not this recogniser's to say. `object` is the DeviceClass when the
   * cluster serves and the cache holds it; a claim, quota or queue may name
   * a class the cluster does not (yet) have, then only `name` is known.
   */
  recognise(deviceClass: {
    name: string;
    object?: CachedObject;
  }): boolean | undefined;
}

/**
 * Where other modules of the `ai-platform` plugin add to the GPU domain.
 *
 * @public
 */
export interface AiPlatformGpuExtensionPoint {
  /** Adds recognisers of GPU device classes, asked before the suite's own. */
  addDeviceClassRecogniser(...recognisers: GpuDeviceClassRecogniser[]): void;
}

/**
 * The GPU domain's extension point.
 *
 * @public
 */
export const aiPlatformGpuExtensionPoint =
  createExtensionPoint<AiPlatformGpuExtensionPoint>({
    id: 'ai-platform.gpu',
  });
