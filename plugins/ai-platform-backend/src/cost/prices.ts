import type {
  CostPrice,
  CostPriceSource,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  GpuPriceQuery,
  GpuPriceSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { CostSettings } from './config';

/**
 * The price per GPU-hour of a product on a cluster and where it came from,
 * in the order `priceOf` uses: the product in the cluster's, the
 * provider's, then the global table; else the `default` of the same
 * tables in the same order.
 */
export function priceUsed(
  settings: Pick<CostSettings, 'prices' | 'providers' | 'clusters'>,
  where: { cluster: string; provider?: string; product: string },
): CostPrice {
  const tables: Array<{
    table?: Record<string, number>;
    source: CostPriceSource;
    setting: string;
  }> = [
    {
      table: settings.clusters[where.cluster],
      source: 'cluster',
      setting: `aiPlatform.cost.clusters.${where.cluster}.prices`,
    },
    {
      table: where.provider ? settings.providers[where.provider] : undefined,
      source: 'provider',
      setting: `aiPlatform.cost.providers.${where.provider}.prices`,
    },
    {
      table: settings.prices,
      source: 'global',
      setting: 'aiPlatform.cost.prices',
    },
  ];
  const base = {
    cluster: where.cluster,
    ...(where.provider ? { provider: where.provider } : {}),
    product: where.product,
  };
  for (const { table, source, setting } of tables) {
    if (table && Object.prototype.hasOwnProperty.call(table, where.product)) {
      return {
        ...base,
        price: table[where.product],
        source,
        setting: `${setting}.${where.product}`,
      };
    }
  }
  for (const { table, source, setting } of tables) {
    if (table && Object.prototype.hasOwnProperty.call(table, 'default')) {
      return {
        ...base,
        price: table.default,
        // The global table's `default` is the one fallback everybody shares.
        source: source === 'global' ? 'default' : source,
        setting: `${setting}.default`,
      };
    }
  }
  return { ...base, source: 'none' };
}

/** The price of a GPU-hour and where it came from. */
export type GpuPricing = (where: GpuPriceQuery) => CostPrice;

/**
 * One pricing: the price sources other modules added, in order, then the
 * configured tables (`priceUsed`). A price that is not a number of 0 or
 * more is not believed: the next source is asked, and `onInvalid` is told
 * once per source and product.
 */
export function gpuPricing(
  settings: Pick<CostSettings, 'prices' | 'providers' | 'clusters'>,
  sources: readonly GpuPriceSource[],
  onInvalid: (message: string) => void,
): GpuPricing {
  const reported = new Set<string>();
  return where => {
    for (const source of sources) {
      const price = source.priceOf(where);
      if (price === undefined) continue;
      if (typeof price === 'number' && Number.isFinite(price) && price >= 0) {
        return {
          cluster: where.cluster,
          ...(where.provider ? { provider: where.provider } : {}),
          product: where.product,
          price,
          source: 'module',
          setting: `price source '${source.id}'`,
        };
      }
      const key = `${source.id}\u0000${where.product}`;
      if (!reported.has(key)) {
        reported.add(key);
        onInvalid(
          `GPU price source '${source.id}' gave ${String(
            price,
          )} per GPU-hour for ${where.product} on ${
            where.cluster
          }; not a price of 0 or more, so the next source is asked`,
        );
      }
    }
    return priceUsed(settings, where);
  };
}
