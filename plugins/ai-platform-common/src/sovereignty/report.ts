import type { SovereigntyEvaluation } from './evaluate';

/**
 * What was evaluated: a catalog entity, or a Kubernetes namespace of a
 * watched cluster (namespaces carry the sovereignty labels too).
 *
 * @public
 */
export type SovereigntyReportSubject =
  | {
      type: 'entity';
      /** Entity ref, e.g. `component:default/mistral-small-eu`. */
      ref: string;
      title?: string;
      /** The entity's kind and `spec.type`, e.g. `Component` / `inference-service`. */
      kind: string;
      specType?: string;
    }
  | {
      type: 'namespace';
      cluster: string;
      namespace: string;
      /** Entity ref of the cluster's catalog Resource. */
      clusterRef: string;
    };

/**
 * One evaluated subject with the sovereignty labels it was judged by.
 *
 * @public
 */
export interface SovereigntyReportItem {
  subject: SovereigntyReportSubject;
  /** The `ai-platform.io/*` sovereignty labels of the subject, as read. */
  labels: Record<string, string>;
  evaluation: SovereigntyEvaluation;
}

/**
 * The answer of `GET /sovereignty/report`: every subject that is not
 * compliant, with every reason.
 *
 * @public
 */
export interface SovereigntyReport {
  generatedAt: string;
  /** How many subjects were evaluated in all. */
  evaluated: number;
  compliant: number;
  violations: SovereigntyReportItem[];
  /** Subjects whose labels are missing or conflicting, so no answer is possible. */
  unknown: SovereigntyReportItem[];
}
