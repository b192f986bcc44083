import {
  checklistMinor,
  ClusterConformance,
  ConformanceCheckResult,
  conformanceScore,
  CONFORMANCE_REQUIREMENTS,
  kubernetesMinor,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterView,
  ConformancePlatformCheck,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { REQUIREMENT_CHECKS } from './checks';
import type { SignatureLookup } from './hygiene';
import { runPlatformCheck, suitePlatformChecks } from './platformChecks';
import { snapshotOf } from './snapshot';

const checksById = new Map(REQUIREMENT_CHECKS.map(c => [c.id, c]));

/** Options of one evaluation. */
export interface EvaluateOptions {
  now?: Date;
  /** For the suite's own platform checks, when `platformChecks` is not given. */
  signed?: SignatureLookup;
  /** The platform checks to run; the suite's own by default. */
  platformChecks?: readonly ConformancePlatformCheck[];
}

/**
 * Runs every requirement and hygiene check on one cluster. A cluster whose
 * caches never filled (error, still syncing) yields `unknown` everywhere with
 * the reason; a stale cluster is judged on its last known objects, and says
 * so. A check that throws becomes `unknown` with the error: one bad object
 * never takes the page down.
 */
export function evaluateCluster(
  view: ClusterView,
  options: EvaluateOptions = {},
): ClusterConformance {
  const minor = kubernetesMinor(view.kubernetesVersion);
  const checklist = checklistMinor(minor);
  const snapshot = snapshotOf(view);
  const health = view.health;
  const unreadable =
    health.state === 'error' || health.state === 'syncing'
      ? `The cluster's objects are not available (${health.state}${
          health.error ? `: ${health.error}` : ''
        }); nothing can be judged.`
      : undefined;
  const staleNote =
    health.state === 'stale'
      ? ` (as of ${
          health.staleSince ?? 'an earlier read'
        }: the cluster is stale${health.error ? `, ${health.error}` : ''})`
      : '';
  const checks: ConformanceCheckResult[] = CONFORMANCE_REQUIREMENTS.map(
    requirement => {
      const check = checksById.get(requirement.id)!;
      const level =
        checklist !== undefined ? requirement.levels[checklist] : undefined;
      let notApplicable: string | undefined;
      if (minor === undefined) {
        notApplicable = 'The cluster did not report its Kubernetes version.';
      } else if (checklist === undefined) {
        notApplicable = `No AI conformance checklist exists for Kubernetes 1.${minor}.`;
      } else if (!level) {
        notApplicable =
          requirement.id === 'dra_support' && checklist >= 36
            ? `Not in the 1.${checklist} checklist: DRA is covered by base Kubernetes conformance from v1.35 (KAR-0051).`
            : `Not in the 1.${checklist} checklist.`;
      }
      const base = {
        id: requirement.id,
        category: requirement.category,
        kar: requirement.kar,
        title: requirement.title,
        level,
        notApplicable,
        signal: check.signal,
        stillToProve: check.stillToProve,
      };
      if (unreadable) {
        return {
          ...base,
          status: 'unknown',
          summary: unreadable,
          evidence: [],
        };
      }
      try {
        const outcome = check.run(snapshot);
        return { ...base, ...outcome, summary: outcome.summary + staleNote };
      } catch (error) {
        return {
          ...base,
          status: 'unknown',
          summary: `The check failed to read the cluster's objects: ${
            (error as Error).message
          }`,
          evidence: [],
        };
      }
    },
  );
  const platformChecks =
    options.platformChecks ?? suitePlatformChecks(options.signed);
  const hygiene = unreadable
    ? []
    : platformChecks.map(check => runPlatformCheck(check, view));
  return {
    cluster: view.name,
    title: view.title,
    kubernetesVersion: view.kubernetesVersion,
    minor,
    checklistVersion: checklist !== undefined ? `1.${checklist}` : undefined,
    health,
    checks,
    hygiene,
    score: conformanceScore(checks),
    evaluatedAt: (options.now ?? new Date()).toISOString(),
  };
}

/** The signal each requirement check reads, for documentation and the UI. */
export function checkSignal(id: string): string | undefined {
  return checksById.get(id)?.signal;
}
