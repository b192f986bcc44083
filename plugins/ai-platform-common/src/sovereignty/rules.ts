/**
 * The sovereignty rule model: which data classification may run, be stored
 * or be sent where. The backend reads the rules from app-config
 * (`aiPlatform.sovereignty.rules`); the same types are used by the frontend.
 */

import { EU_JURISDICTION } from './jurisdictions';

/**
 * The data classifications, from least to most sensitive.
 *
 * @public
 */
export const DATA_CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;

/**
 * A data classification.
 *
 * @public
 */
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

/**
 * Whether a string is one of {@link DATA_CLASSIFICATIONS}.
 *
 * @public
 */
export function isDataClassification(
  value: string,
): value is DataClassification {
  return (DATA_CLASSIFICATIONS as readonly string[]).includes(value);
}

/**
 * What a rule governs:
 * - `run`: where workloads that process the data may run (clusters, namespaces);
 * - `store`: where the data and model weights may be stored (registries, buckets);
 * - `callOut`: where the data may be sent (MCP servers, model endpoints an
 *   agent calls).
 *
 * @public
 */
export type SovereigntyAspect = 'run' | 'store' | 'callOut';

/**
 * Every {@link SovereigntyAspect}, in evaluation order.
 *
 * @public
 */
export const SOVEREIGNTY_ASPECTS: readonly SovereigntyAspect[] = Object.freeze([
  'run',
  'store',
  'callOut',
] as const);

/**
 * Where one aspect of a classification is allowed. Every list is an
 * allow-list matched against the location's sovereignty labels; an omitted
 * list puts no constraint on that label, so `{}` means "anywhere".
 *
 * @public
 */
export interface SovereigntyConstraint {
  /**
   * Allowed jurisdictions: ISO 3166-1 alpha-2 codes, or `EU` for any EU
   * member state. Matched against `ai-platform.io/jurisdiction`.
   */
  jurisdictions?: readonly string[];
  /** Allowed regions, matched against `ai-platform.io/region`. */
  regions?: readonly string[];
  /** Allowed providers, matched against `ai-platform.io/provider`. */
  providers?: readonly string[];
  /**
   * Acceptable exposures to non-EU law, matched against
   * `ai-platform.io/non-eu-law-exposure`; `['none']` accepts no exposure.
   */
  nonEuLawExposure?: readonly string[];
  /**
   * Residency policies the location must declare, matched against
   * `ai-platform.io/residency-policy`, e.g. `['eu-only']`.
   */
  residencyPolicies?: readonly string[];
}

/**
 * The rule for one data classification.
 *
 * @public
 */
export interface SovereigntyRule {
  classification: DataClassification;
  run: SovereigntyConstraint;
  store: SovereigntyConstraint;
  callOut: SovereigntyConstraint;
}

const ANYWHERE: SovereigntyConstraint = Object.freeze({});

const EU_NO_EXPOSURE: SovereigntyConstraint = Object.freeze({
  jurisdictions: Object.freeze([EU_JURISDICTION]),
  nonEuLawExposure: Object.freeze(['none']),
});

const EU_ONLY_RESIDENCY: SovereigntyConstraint = Object.freeze({
  ...EU_NO_EXPOSURE,
  residencyPolicies: Object.freeze(['eu-only']),
});

function everywhere(
  classification: DataClassification,
  constraint: SovereigntyConstraint,
): SovereigntyRule {
  return Object.freeze({
    classification,
    run: constraint,
    store: constraint,
    callOut: constraint,
  });
}

/**
 * The rules used when `aiPlatform.sovereignty.rules` is not configured:
 * `public` and `internal` anywhere; `confidential` only in EU jurisdictions
 * with no exposure to non-EU law; `restricted` like `confidential` and only
 * where the residency policy is `eu-only`. Configured rules replace these
 * entirely.
 *
 * @public
 */
export const DEFAULT_SOVEREIGNTY_RULES: readonly SovereigntyRule[] =
  Object.freeze([
    everywhere('public', ANYWHERE),
    everywhere('internal', ANYWHERE),
    everywhere('confidential', EU_NO_EXPOSURE),
    everywhere('restricted', EU_ONLY_RESIDENCY),
  ]);
