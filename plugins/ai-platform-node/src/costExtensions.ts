import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * Where a GPU is priced: its product as GPU Feature Discovery names it
 * (e.g. `NVIDIA-H100-80GB-HBM3`), its cluster, and the cluster's cloud
 * provider (its `ai-platform.io/provider` label) when it has one.
 *
 * @public
 */
export interface GpuPriceQuery {
  cluster: string;
  provider?: string;
  product: string;
}

/**
 * A source of prices per GPU-hour, in the currency of
 * `aiPlatform.cost.currency`.
 *
 * The cost domain asks the sources added through
 * {@link aiPlatformCostExtensionPoint} in the order they were added, and the
 * suite's own price table (`aiPlatform.cost.prices`, per provider and per
 * cluster) last; the first price a source gives is used. A GPU no source
 * prices costs nothing and is reported as unpriced.
 *
 * @public
 */
export interface GpuPriceSource {
  /** Names the source in logs, e.g. `config` or `cloud-billing`. */
  readonly id: string;
  /** The price per GPU-hour (0 or more), or undefined when this source has none. */
  priceOf(query: GpuPriceQuery): number | undefined;
}

/**
 * Where other modules of the `ai-platform` plugin add to the cost domain.
 *
 * @public
 */
export interface AiPlatformCostExtensionPoint {
  /** Adds price sources, asked before the configured price table. */
  addPriceSource(...sources: GpuPriceSource[]): void;
}

/**
 * The cost domain's extension point.
 *
 * @public
 */
export const aiPlatformCostExtensionPoint =
  createExtensionPoint<AiPlatformCostExtensionPoint>({
    id: 'ai-platform.cost',
  });
