/**
 * Resolution of the six sovereignty labels of one location from the label
 * maps that describe it (cluster, namespace, catalog entity).
 */

import { SOVEREIGNTY_LABELS, TOPOLOGY_REGION_LABEL } from '../labels';
import {
  jurisdictionWithin,
  normalizeJurisdiction,
  wellKnownRegionCountry,
} from './jurisdictions';

/**
 * The name of a sovereignty label, a key of `SOVEREIGNTY_LABELS`.
 *
 * @public
 */
export type SovereigntyLabelName = keyof typeof SOVEREIGNTY_LABELS;

/**
 * Where a label value came from.
 *
 * @public
 */
export type SovereigntyLabelOrigin = 'entity' | 'namespace' | 'cluster';

/**
 * The label maps that describe one location. The most specific one wins:
 * entity labels over namespace labels over cluster labels.
 *
 * @public
 */
export interface SovereigntyLabelSources {
  /** Labels of the cluster (from configuration or its catalog entity). */
  cluster?: Readonly<Record<string, string>>;
  /** Kubernetes labels of the namespace; they override the cluster's. */
  namespace?: Readonly<Record<string, string>>;
  /**
   * `metadata.labels` of a catalog entity that describes the location itself,
   * e.g. an MCP server or a model registry; they override the others.
   */
  entity?: Readonly<Record<string, string>>;
  /**
   * A short description of the location for messages, e.g.
   * `cluster eu-hyperscaler-par, namespace eu-inference`.
   */
  description?: string;
}

/**
 * One resolved label value.
 *
 * @public
 */
export interface ResolvedSovereigntyLabel {
  /** The normalised value (jurisdictions upper-case, others lower-case). */
  value: string;
  origin: SovereigntyLabelOrigin;
  /** The label key the value was read from. */
  key: string;
  /**
   * True when the value is a default, i.e. the region came from
   * `topology.kubernetes.io/region` because `ai-platform.io/region` is unset.
   */
  defaulted: boolean;
}

/**
 * Two label values that cannot both be true.
 *
 * @public
 */
export interface SovereigntyLabelConflict {
  /** The label whose value cannot be trusted. */
  label: SovereigntyLabelName;
  /** The contradicting values with where each came from. */
  values: ReadonlyArray<{
    origin: SovereigntyLabelOrigin;
    key: string;
    value: string;
  }>;
  /** A sentence that says what contradicts what. */
  message: string;
}

/**
 * The sovereignty labels of one location after resolution.
 *
 * @public
 */
export interface ResolvedSovereigntyLabels {
  values: Partial<Record<SovereigntyLabelName, ResolvedSovereigntyLabel>>;
  /** Labels that no source sets (and that have no default). */
  missing: SovereigntyLabelName[];
  conflicts: SovereigntyLabelConflict[];
}

/** Most specific first. */
const ORIGINS: readonly SovereigntyLabelOrigin[] = [
  'entity',
  'namespace',
  'cluster',
];

/**
 * Labels that describe the physical location. A namespace cannot be in
 * another country or at another provider than its cluster, so different
 * values between sources are a conflict. Data classification and residency
 * policy may legitimately be narrowed by a namespace, so they simply
 * override.
 */
const PLACEMENT_LABELS: readonly SovereigntyLabelName[] = [
  'jurisdiction',
  'region',
  'provider',
  'nonEuLawExposure',
];

const LABEL_NAMES = Object.keys(SOVEREIGNTY_LABELS) as SovereigntyLabelName[];

function normalize(label: SovereigntyLabelName, value: string): string {
  return label === 'jurisdiction'
    ? normalizeJurisdiction(value)
    : value.trim().toLowerCase();
}

/** Every source's value for one key, most specific first; blanks dropped. */
function valuesOf(
  sources: SovereigntyLabelSources,
  label: SovereigntyLabelName,
  key: string,
): ResolvedSovereigntyLabel[] {
  return ORIGINS.flatMap(origin => {
    const raw = sources[origin]?.[key];
    return raw && raw.trim()
      ? [{ value: normalize(label, raw), origin, key, defaulted: false }]
      : [];
  });
}

function layerConflict(
  label: SovereigntyLabelName,
  found: ResolvedSovereigntyLabel[],
): SovereigntyLabelConflict | undefined {
  const distinct = new Set(found.map(f => f.value));
  if (distinct.size < 2) {
    return undefined;
  }
  const parts = found.map(f => `${f.value} on the ${f.origin}`);
  return {
    label,
    values: found.map(({ origin, key, value }) => ({ origin, key, value })),
    message: `The label ${found[0].key} disagrees between sources: ${parts.join(
      ', ',
    )}.`,
  };
}

/** A well-known region in another country than the jurisdiction label. */
function regionConflict(
  jurisdiction: ResolvedSovereigntyLabel | undefined,
  region: ResolvedSovereigntyLabel | undefined,
): SovereigntyLabelConflict | undefined {
  if (!jurisdiction || !region) {
    return undefined;
  }
  const country = wellKnownRegionCountry(region.value);
  if (!country || jurisdictionWithin(jurisdiction.value, country)) {
    return undefined;
  }
  return {
    label: 'jurisdiction',
    values: [jurisdiction, region].map(({ origin, key, value }) => ({
      origin,
      key,
      value,
    })),
    message: `The jurisdiction ${jurisdiction.value} (${jurisdiction.key} on the ${jurisdiction.origin}) contradicts the region ${region.value} (${region.key} on the ${region.origin}), which is in ${country}.`,
  };
}

/** The region, falling back to the topology label of the same sources. */
function resolveRegion(
  sources: SovereigntyLabelSources,
): ResolvedSovereigntyLabel[] {
  const own = valuesOf(sources, 'region', SOVEREIGNTY_LABELS.region);
  if (own.length > 0) {
    return own;
  }
  return valuesOf(sources, 'region', TOPOLOGY_REGION_LABEL).map(v => ({
    ...v,
    defaulted: true,
  }));
}

/**
 * Resolves the six sovereignty labels of one location. The most specific
 * source wins; `topology.kubernetes.io/region` gives the region when
 * `ai-platform.io/region` is absent (marked `defaulted`). Missing labels are
 * listed, never guessed; placement labels that differ between sources, and a
 * jurisdiction that contradicts a well-known region, are conflicts.
 *
 * @public
 */
export function resolveSovereigntyLabels(
  sources: SovereigntyLabelSources,
): ResolvedSovereigntyLabels {
  const result: ResolvedSovereigntyLabels = {
    values: {},
    missing: [],
    conflicts: [],
  };
  for (const label of LABEL_NAMES) {
    const found =
      label === 'region'
        ? resolveRegion(sources)
        : valuesOf(sources, label, SOVEREIGNTY_LABELS[label]);
    if (found.length === 0) {
      result.missing.push(label);
      continue;
    }
    result.values[label] = found[0];
    const conflict = PLACEMENT_LABELS.includes(label)
      ? layerConflict(label, found)
      : undefined;
    if (conflict) {
      result.conflicts.push(conflict);
    }
  }
  const hasJurisdictionConflict = result.conflicts.some(
    c => c.label === 'jurisdiction',
  );
  const mismatch = hasJurisdictionConflict
    ? undefined
    : regionConflict(result.values.jurisdiction, result.values.region);
  if (mismatch) {
    result.conflicts.push(mismatch);
  }
  return result;
}
