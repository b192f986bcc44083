import type {
  CostPrice,
  CostPriceSource,
} from '@ai-platform/backstage-plugin-ai-platform-common';
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
