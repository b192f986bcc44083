import type { HygieneCheckResult } from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterView,
  ConformancePlatformCheck,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  checkIngressNginx,
  checkModelReferences,
  checkPolicyReports,
  SignatureLookup,
} from './hygiene';
import { ClusterSnapshot, snapshotOf } from './snapshot';

function platformCheck(
  id: string,
  title: string,
  run: (snapshot: ClusterSnapshot) => HygieneCheckResult,
): ConformancePlatformCheck {
  return {
    id,
    title,
    run: view => {
      const { id: _id, title: _title, ...outcome } = run(snapshotOf(view));
      return outcome;
    },
  };
}

/**
 * The suite's own platform checks: ingress-nginx end of life, Kyverno
 * policy reports, and pinned and signed models (signatures as `signed`
 * knows them).
 */
export function suitePlatformChecks(
  signed?: SignatureLookup,
): ConformancePlatformCheck[] {
  return [
    platformCheck(
      'ingress_nginx_eol',
      'Ingress-NGINX (end of life since March 2026)',
      checkIngressNginx,
    ),
    platformCheck(
      'policy_reports',
      'Kyverno policy reports',
      checkPolicyReports,
    ),
    platformCheck(
      'model_references',
      'Inference services: pinned and signed models',
      snapshot => checkModelReferences(snapshot, signed),
    ),
  ];
}

const STATUSES = new Set(['pass', 'fail', 'unknown', 'warn']);

/**
 * Runs one platform check on a cluster. A check that throws, or answers
 * without a known status, a summary and an evidence list, is `unknown`
 * with the reason: one module's bug never takes the page down.
 */
export function runPlatformCheck(
  check: ConformancePlatformCheck,
  view: ClusterView,
): HygieneCheckResult {
  const base = { id: check.id, title: check.title };
  let outcome: unknown;
  try {
    outcome = check.run(view);
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
  const o = outcome as Partial<HygieneCheckResult> | undefined;
  if (
    !o ||
    typeof o.status !== 'string' ||
    !STATUSES.has(o.status) ||
    typeof o.summary !== 'string' ||
    !Array.isArray(o.evidence)
  ) {
    return {
      ...base,
      status: 'unknown',
      summary: `The check '${check.id}' answered no status, summary and evidence list; its result is not shown.`,
      evidence: [],
    };
  }
  return { ...o, ...base } as HygieneCheckResult;
}
