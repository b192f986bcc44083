import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { HygieneCheckResult } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterView } from './clusterSource';

/**
 * What a platform check found on one cluster: status (`warn` reports
 * without failing), a summary with the figures it rests on, the objects as
 * evidence, and what to do about a failure.
 *
 * @public
 */
export type ConformancePlatformCheckOutcome = Omit<
  HygieneCheckResult,
  'id' | 'title'
>;

/**
 * A platform check run on every cluster beside the Kubernetes AI
 * Conformance requirements: it shows in the conformance matrix, the
 * cluster's conformance page and the `get-cluster-conformance` action (their
 * `hygiene` list). Checks read the cluster layer's watch caches only; they
 * never call the cluster. A check that throws, or answers something that is
 * not an outcome, is shown as `unknown` with the reason; on a cluster whose
 * objects are not available no platform check runs.
 *
 * @public
 */
export interface ConformancePlatformCheck {
  /** Stable id, unique among the platform checks, e.g. `ingress_nginx_eol`. */
  readonly id: string;
  /** What it checks, as a heading. */
  readonly title: string;
  run(cluster: ClusterView): ConformancePlatformCheckOutcome;
}

/**
 * Where other modules of the `ai-platform` plugin add to the conformance
 * domain.
 *
 * @public
 */
export interface AiPlatformConformanceExtensionPoint {
  /** Adds platform checks, run after the suite's own. */
  addPlatformCheck(...checks: ConformancePlatformCheck[]): void;
}

/**
 * The conformance domain's extension point.
 *
 * @public
 */
export const aiPlatformConformanceExtensionPoint =
  createExtensionPoint<AiPlatformConformanceExtensionPoint>({
    id: 'ai-platform.conformance',
  });
