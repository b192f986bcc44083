import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/** Prices per GPU-hour by GPU product (as GPU Feature Discovery names it), and `default`. */
export type PriceTable = Record<string, number>;

/** Where one cluster's OpenCost answers, and the (secret) headers it needs. */
export interface OpenCostTarget {
  baseUrl: string;
  headers: Record<string, string>;
}

/** Settings of GPU cost (`aiPlatform.cost`). */
export interface CostSettings {
  /** ISO 4217, e.g. `EUR`. */
  currency: string;
  prices: PriceTable;
  /** Overrides per cloud provider (the cluster's `ai-platform.io/provider` label). */
  providers: Record<string, PriceTable>;
  /** Overrides per cluster name; beat the provider's. */
  clusters: Record<string, PriceTable>;
  /** OpenCost per cluster, used instead of the recorded allocation figures. */
  opencost: Record<string, OpenCostTarget>;
  recordFrequency: HumanDuration;
}

const CURRENCY = /^[A-Z]{3}$/;

function readPrices(config: Config | undefined, key: string): PriceTable {
  const out: PriceTable = {};
  if (!config) return out;
  for (const product of config.keys()) {
    const value = config.getNumber(product);
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(
        `${key}.${product} must be a price per GPU-hour of 0 or more, got ${value}`,
      );
    }
    out[product] = value;
  }
  return out;
}

/** Reads and validates `aiPlatform.cost`; errors name the key that is wrong. */
export function readCostSettings(config: Config): CostSettings {
  const section = config.getOptionalConfig('aiPlatform.cost');
  const currency = section?.getOptionalString('currency') ?? 'USD';
  if (!CURRENCY.test(currency)) {
    throw new Error(
      `aiPlatform.cost.currency must be an ISO 4217 code such as EUR or USD, got '${currency}'`,
    );
  }
  const nested = (name: string) => {
    const out: Record<string, PriceTable> = {};
    const group = section?.getOptionalConfig(name);
    for (const key of group?.keys() ?? []) {
      out[key] = readPrices(
        group!.getConfig(key).getOptionalConfig('prices'),
        `aiPlatform.cost.${name}.${key}.prices`,
      );
    }
    return out;
  };
  const opencost: Record<string, OpenCostTarget> = {};
  const oc = section?.getOptionalConfig('opencost.clusters');
  for (const cluster of oc?.keys() ?? []) {
    const key = `aiPlatform.cost.opencost.clusters.${cluster}`;
    const entry = oc!.getConfig(cluster);
    const url = entry.getString('baseUrl');
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    // The URL is not echoed: it may carry what should have been a secret.
    if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
      throw new Error(`${key}.baseUrl must be an absolute http(s) URL`);
    }
    if (parsed.username || parsed.password || parsed.search) {
      throw new Error(
        `${key}.baseUrl must not carry credentials or a query; put them in ${key}.headers (a secret setting)`,
      );
    }
    const headers: Record<string, string> = {};
    const headerConfig = entry.getOptionalConfig('headers');
    for (const name of headerConfig?.keys() ?? []) {
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
        throw new Error(`${key}.headers has an invalid header name`);
      }
      headers[name] = headerConfig!.getString(name);
    }
    opencost[cluster] = {
      baseUrl: `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, ''),
      headers,
    };
  }
  const recordFrequency = section?.has('recordFrequency')
    ? readDurationFromConfig(section, { key: 'recordFrequency' })
    : { minutes: 5 };
  if (durationToMilliseconds(recordFrequency) <= 0) {
    throw new Error(
      'aiPlatform.cost.recordFrequency must be a positive duration',
    );
  }
  return {
    currency,
    prices: readPrices(
      section?.getOptionalConfig('prices'),
      'aiPlatform.cost.prices',
    ),
    providers: nested('providers'),
    clusters: nested('clusters'),
    opencost,
    recordFrequency,
  };
}

/**
 * The price per GPU-hour of a product on a cluster: the cluster's override,
 * else the provider's, else the global table; within a table the product,
 * else its `default`. Undefined when nothing prices it.
 */
export function priceOf(
  settings: Pick<CostSettings, 'prices' | 'providers' | 'clusters'>,
  where: { cluster: string; provider?: string; product: string },
): number | undefined {
  const tables = [
    settings.clusters[where.cluster],
    where.provider ? settings.providers[where.provider] : undefined,
    settings.prices,
  ];
  for (const table of tables) {
    if (table && where.product in table) return table[where.product];
  }
  for (const table of tables) {
    if (table && 'default' in table) return table.default;
  }
  return undefined;
}
