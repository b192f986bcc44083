import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

const KEY = 'aiPlatform.governance';

/** What a governed inference service may ask for; see `config.d.ts` for each key. */
export interface GovernancePolicy {
  maxReplicas: number;
  maxGpusPerReplica: number;
  maxTotalGpus: number;
  requireSignature: boolean;
  requireSbom: boolean;
  /**
   * The lowest Kubernetes AI Conformance score (% of the applicable
   * requirements passed) a target cluster may have; unset: not enforced.
   */
  minConformanceScore?: number;
}

/** The defaults `config.d.ts` states. */
export const DEFAULT_GOVERNANCE_POLICY: Readonly<GovernancePolicy> =
  Object.freeze({
    maxReplicas: 4,
    maxGpusPerReplica: 8,
    maxTotalGpus: 16,
    requireSignature: true,
    requireSbom: true,
  });

function positiveInteger(config: Config, key: keyof GovernancePolicy): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return DEFAULT_GOVERNANCE_POLICY[key] as number;
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(
      `${KEY}.${key} must be a whole number of at least 1, got ${value}`,
    );
  }
  return value;
}

/**
 * Reads the governance policy once at start-up. Throws an InputError naming
 * the bad key, so a typo stops the backend rather than loosening the policy.
 */
export function readGovernancePolicy(root: Config): GovernancePolicy {
  const config = root.getOptionalConfig(KEY);
  if (!config) return { ...DEFAULT_GOVERNANCE_POLICY };
  const policy: GovernancePolicy = {
    maxReplicas: positiveInteger(config, 'maxReplicas'),
    maxGpusPerReplica: positiveInteger(config, 'maxGpusPerReplica'),
    maxTotalGpus: positiveInteger(config, 'maxTotalGpus'),
    requireSignature:
      config.getOptionalBoolean('requireSignature') ??
      DEFAULT_GOVERNANCE_POLICY.requireSignature,
    requireSbom:
      config.getOptionalBoolean('requireSbom') ??
      DEFAULT_GOVERNANCE_POLICY.requireSbom,
  };
  const min = config.getOptionalNumber('minConformanceScore');
  if (min !== undefined) {
    if (!Number.isFinite(min) || min < 0 || min > 100) {
      throw new InputError(
        `${KEY}.minConformanceScore must be a percentage from 0 to 100, got ${min}`,
      );
    }
    policy.minConformanceScore = min;
  }
  if (policy.maxGpusPerReplica > policy.maxTotalGpus) {
    throw new InputError(
      `${KEY}.maxGpusPerReplica (${policy.maxGpusPerReplica}) is above maxTotalGpus (${policy.maxTotalGpus}); lower it or raise maxTotalGpus`,
    );
  }
  return policy;
}
