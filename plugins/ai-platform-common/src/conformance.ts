import type { ClusterHealth } from './clusters';

/**
 * Categories of the Kubernetes AI Conformance checklist (`spec.<category>`).
 *
 * @public
 */
export type ConformanceCategory =
  | 'accelerators'
  | 'networking'
  | 'schedulingOrchestration'
  | 'observability'
  | 'security'
  | 'operator';

/**
 * The checklist's requirement levels.
 *
 * @public
 */
export type ConformanceLevel = 'MUST' | 'SHOULD';

/**
 * One requirement of the Kubernetes AI Conformance checklist, with its level
 * per Kubernetes minor (absent: not in that minor's checklist).
 *
 * @public
 */
export interface ConformanceRequirement {
  id: string;
  category: ConformanceCategory;
  /** The KAR number (`kar-number`), or undefined where no KAR file exists. */
  kar?: string;
  title: string;
  description: string;
  levels: Partial<Record<number, ConformanceLevel>>;
}

/**
 * The Kubernetes minors the requirement table covers; a newer minor is
 * assessed against the newest table.
 *
 * @public
 */
export const CONFORMANCE_MINORS = [33, 34, 35, 36] as const;

/**
 * Every requirement of the Kubernetes AI Conformance checklists 1.33 to 1.36
 * (`kubernetes-sigs/ai-conformance/conformance-versions`), with its KAR.
 *
 * @public
 */
export const CONFORMANCE_REQUIREMENTS: ConformanceRequirement[] = [
  {
    id: 'dra_support',
    category: 'accelerators',
    kar: '0051',
    title: 'Accelerator Resource Exposure & Allocation',
    description:
      'Support Dynamic Resource Allocation (DRA) APIs to enable more flexible and fine-grained resource requests beyond simple counts.',
    levels: { 33: 'SHOULD', 34: 'MUST', 35: 'MUST' },
  },
  {
    id: 'driver_runtime_management',
    category: 'accelerators',
    kar: '0001',
    title: 'Accelerator Driver & Runtime Management',
    description:
      'Provide a verifiable mechanism for ensuring that compatible accelerator drivers and corresponding container runtime configurations are correctly installed and maintained on nodes with accelerators.',
    levels: { 35: 'SHOULD', 36: 'SHOULD' },
  },
  {
    id: 'gpu_sharing',
    category: 'accelerators',
    kar: '0003',
    title: 'GPU Sharing',
    description:
      'Support at least one static GPU sharing strategy: hardware partitions exposed as schedulable resources, or software sharing (time-slicing, MPS).',
    levels: { 35: 'SHOULD', 36: 'SHOULD' },
  },
  {
    id: 'virtualized_accelerator',
    category: 'accelerators',
    kar: '0004',
    title: 'Virtualized Accelerators',
    description:
      'Expose and manage virtualized accelerators (vGPU), maintaining consistency with physical fractional GPUs.',
    levels: { 35: 'SHOULD', 36: 'SHOULD' },
  },
  {
    id: 'ai_inference',
    category: 'networking',
    title: 'Gateway API for inference traffic',
    description:
      'Support the Kubernetes Gateway API with an implementation for advanced traffic management for inference services, which enables capabilities like weighted traffic splitting, header-based routing (for OpenAI protocol headers), and optional integration with service meshes.',
    levels: { 33: 'MUST', 34: 'MUST', 35: 'MUST', 36: 'MUST' },
  },
  {
    id: 'advanced_inference_ingress',
    category: 'networking',
    kar: '0011',
    title: 'Advanced Inference Ingress (GAIE)',
    description:
      'Support an implementation of the Gateway API Inference Extension (GAIE) for advanced routing decisions (e.g., K/V cache-aware routing).',
    levels: { 36: 'SHOULD' },
  },
  {
    id: 'high_performance_networking',
    category: 'networking',
    kar: '0010',
    title: 'High-Performance Pod-to-Pod Communication',
    description:
      'Make specialised network resources discoverable and allow multi-NIC pods; platforms should use DRA (e.g., DRANET).',
    levels: { 36: 'SHOULD' },
  },
  {
    id: 'disaggregated_inference',
    category: 'networking',
    kar: '0041',
    title: 'Disaggregated Inference Support',
    description:
      'Install and run a disaggregated inference solution (vLLM, SGLang, llm-d, Dynamo) with separate prefill and decode instances.',
    levels: { 36: 'SHOULD' },
  },
  {
    id: 'gang_scheduling',
    category: 'schedulingOrchestration',
    kar: '0053',
    title: 'Gang Scheduling',
    description:
      'Provide at least one gang scheduling solution that ensures all-or-nothing scheduling (e.g. Kueue, Volcano).',
    levels: { 33: 'MUST', 34: 'MUST', 35: 'MUST', 36: 'MUST' },
  },
  {
    id: 'cluster_autoscaling',
    category: 'schedulingOrchestration',
    kar: '0055',
    title: 'Effective Cluster Autoscaling for Accelerators',
    description:
      'If the platform provides a cluster autoscaler, it can scale up/down node groups containing specific accelerator types based on pending pods requesting those accelerators.',
    levels: { 33: 'MUST', 34: 'MUST', 35: 'MUST', 36: 'MUST' },
  },
  {
    id: 'pod_autoscaling',
    category: 'schedulingOrchestration',
    kar: '0057',
    title: 'Effective HPA Autoscaling for AI Workloads',
    description:
      'The HorizontalPodAutoscaler works for accelerator pods based on custom metrics relevant to AI/ML workloads.',
    levels: { 33: 'MUST', 34: 'MUST', 35: 'MUST', 36: 'MUST' },
  },
  {
    id: 'accelerator_metrics',
    category: 'observability',
    kar: '0059',
    title: 'Accelerator Performance Metrics',
    description:
      'At least one metrics solution with a machine-readable endpoint exposing per-accelerator utilization and memory usage.',
    levels: { 33: 'MUST', 34: 'MUST', 35: 'MUST', 36: 'MUST' },
  },
  {
    id: 'ai_service_metrics',
    category: 'observability',
    kar: '0061',
    title: 'AI Job & Inference Service Metrics',
    description:
      'A monitoring system that discovers and collects workload metrics in a standard format (Prometheus).',
    levels: { 33: 'MUST', 34: 'MUST', 35: 'MUST', 36: 'MUST' },
  },
  {
    id: 'secure_accelerator_access',
    category: 'security',
    kar: '0049',
    title: 'Secure Accelerator Access',
    description:
      'Access to accelerators is isolated and mediated by the Kubernetes resource management framework (device plugin or DRA) and container runtime.',
    levels: { 33: 'MUST', 34: 'MUST', 35: 'MUST', 36: 'MUST' },
  },
  {
    id: 'robust_controller',
    category: 'operator',
    kar: '0063',
    title: 'Robust CRD and Controller Operation',
    description:
      'At least one complex AI operator with a CRD can be installed and functions reliably: pods run correctly, its webhooks are operational, and its custom resources can be reconciled.',
    levels: { 33: 'MUST', 34: 'MUST', 35: 'MUST', 36: 'MUST' },
  },
];

/**
 * The Kubernetes minor of a version string such as `v1.35.2` or
 * `v1.34.4-eks-1234`; undefined when it cannot be read.
 *
 * @public
 */
export function kubernetesMinor(
  version: string | undefined,
): number | undefined {
  const match = /^v?1\.(\d+)/.exec(version?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * The checklist a minor is assessed against: the same minor when the table
 * has it, the newest for a newer minor, undefined for an older one.
 *
 * @public
 */
export function checklistMinor(minor: number | undefined): number | undefined {
  if (minor === undefined) return undefined;
  const newest = CONFORMANCE_MINORS[CONFORMANCE_MINORS.length - 1];
  if (minor > newest) return newest;
  return (CONFORMANCE_MINORS as readonly number[]).includes(minor)
    ? minor
    : undefined;
}

/**
 * Result of one automated read-only check.
 *
 * @public
 */
export type ConformanceStatus = 'pass' | 'fail' | 'unknown';

/**
 * An object a check looked at.
 *
 * @public
 */
export interface ConformanceEvidence {
  kind: string;
  /** `group/version`, as the cluster serves it, when known. */
  apiVersion?: string;
  namespace?: string;
  name: string;
  /** What this object showed, in a sentence. */
  note?: string;
}

/**
 * One requirement checked on one cluster.
 *
 * @public
 */
export interface ConformanceCheckResult {
  id: string;
  category: ConformanceCategory;
  kar?: string;
  title: string;
  /** Level in the checklist of the cluster's minor; undefined when not in it. */
  level?: ConformanceLevel;
  /** Set when the requirement is not in the checklist of the cluster's minor. */
  notApplicable?: string;
  status: ConformanceStatus;
  /** Why this status, in a sentence. */
  summary: string;
  evidence: ConformanceEvidence[];
  /** The read-only signal the check reads. */
  signal: string;
  /** What only an active test (writing to the cluster) could prove. */
  stillToProve: string;
}

/**
 * A platform hygiene finding (not a conformance requirement): the suite's
 * own (`ingress_nginx_eol`, `policy_reports`, `model_references`) and those
 * other modules add through the conformance extension point.
 *
 * @public
 */
export interface HygieneCheckResult {
  id: string;
  title: string;
  status: ConformanceStatus | 'warn';
  summary: string;
  evidence: ConformanceEvidence[];
  /** What to do about a failure. */
  fix?: string;
  /** Kyverno PolicyReport totals, for `policy_reports`. */
  totals?: PolicyReportTotals;
}

/**
 * Summed `summary` of every PolicyReport and ClusterPolicyReport.
 *
 * @public
 */
export interface PolicyReportTotals {
  pass: number;
  fail: number;
  warn: number;
  error: number;
  skip: number;
}

/**
 * Score: passed requirements over applicable ones, as a percentage.
 *
 * @public
 */
export interface ConformanceScore {
  percent: number;
  passed: number;
  failed: number;
  unknown: number;
  applicable: number;
  /** Applicable MUSTs that did not pass. */
  mustFailed: number;
}

/**
 * Every check of one cluster.
 *
 * @public
 */
export interface ClusterConformance {
  cluster: string;
  title?: string;
  kubernetesVersion?: string;
  minor?: number;
  /** The checklist version used, e.g. `1.35`. */
  checklistVersion?: string;
  health: ClusterHealth;
  checks: ConformanceCheckResult[];
  hygiene: HygieneCheckResult[];
  score: ConformanceScore;
  evaluatedAt: string;
}

/**
 * Answer of `GET /conformance`: clusters × requirements.
 *
 * @public
 */
export interface ConformanceMatrix {
  generatedAt: string;
  requirements: Array<{
    id: string;
    category: ConformanceCategory;
    kar?: string;
    title: string;
  }>;
  clusters: ClusterConformance[];
}

/**
 * One stored evaluation of a cluster.
 *
 * @public
 */
export interface ConformanceTrendPoint {
  recordedAt: string;
  percent: number;
  passed: number;
  failed: number;
  unknown: number;
  mustFailed: number;
}

/**
 * Answer of `GET /conformance/clusters/{cluster}/trend`.
 *
 * @public
 */
export interface ConformanceTrend {
  cluster: string;
  points: ConformanceTrendPoint[];
}

/**
 * Score of a set of checks: applicable requirements only.
 *
 * @public
 */
export function conformanceScore(
  checks: ConformanceCheckResult[],
): ConformanceScore {
  const applicable = checks.filter(c => c.level !== undefined);
  const passed = applicable.filter(c => c.status === 'pass').length;
  const failed = applicable.filter(c => c.status === 'fail').length;
  const unknown = applicable.filter(c => c.status === 'unknown').length;
  return {
    percent: applicable.length
      ? Math.round((passed / applicable.length) * 100)
      : 0,
    passed,
    failed,
    unknown,
    applicable: applicable.length,
    mustFailed: applicable.filter(
      c => c.level === 'MUST' && c.status !== 'pass',
    ).length,
  };
}
