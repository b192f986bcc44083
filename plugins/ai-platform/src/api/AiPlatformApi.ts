import type {
  CostGroupBy,
  CostReport,
  CostWindow,
  CraEntityReadiness,
  CraReport,
  InferenceServiceInventory,
  RoutingOverview,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  AgentList,
  AgentListFilter,
  AiAgent,
  CapacityRequest,
  ClusterConformance,
  ConformanceMatrix,
  ConformanceTrend,
  CapacityResult,
  ClusterPlacementList,
  ClusterSummary,
  GpuOverview,
  GpuOverviewFilter,
  ModelDeployment,
  ModelList,
  ModelVersionComparison,
  ModelVersionDetail,
  ModelVersionList,
  SovereigntyReport,
  SovereigntyReportItem,
  McpServerList,
  TeamGpuUsage,
  WorkloadGpus,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { createApiRef } from '@backstage/core-plugin-api';

/**
 * The answer of `GET /clusters`.
 *
 * @public
 */
export interface ClusterList {
  items: ClusterSummary[];
}

/**
 * Reads the AI Platform backend.
 *
 * @public
 */
export interface AiPlatformApi {
  /** Every configured cluster, with its health and cache sizes. */
  getClusters(): Promise<ClusterList>;
  /** One cluster by name; rejects with a `ResponseError` (404) if unknown. */
  getCluster(name: string): Promise<ClusterSummary>;
  /** GPU capacity, quotas and queues of every cluster, optionally filtered. */
  getGpuOverview(filter?: GpuOverviewFilter): Promise<GpuOverview>;
  /** A team's GPU quotas, queues and usage across clusters (team: Group entity ref or name). */
  getTeamGpuUsage(team: string): Promise<TeamGpuUsage>;
  /** The GPU pods matching a Kubernetes label selector, in every cluster. */
  getWorkloadGpus(labelSelector: string): Promise<WorkloadGpus>;
  /** Where the requested GPUs fit now, best first, and why other places do not. */
  findGpuCapacity(request: CapacityRequest): Promise<CapacityResult>;
  /** Every entity and labelled namespace that violates the sovereignty rules or cannot be judged. */
  getSovereigntyReport(): Promise<SovereigntyReport>;
  /** Every cluster judged for a data classification: allowed or not, and why. */
  getClusterPlacements(classification: string): Promise<ClusterPlacementList>;
  /** One entity's sovereignty labels and verdict (entityRef as `kind:namespace/name`). */
  getEntitySovereignty(entityRef: string): Promise<SovereigntyReportItem>;
  /** The kagent agents of every cluster, with the health of each cluster read. */
  getAgents(filter?: AgentListFilter): Promise<AgentList>;
  /** One agent; rejects with a `ResponseError` (404) if no cluster has it. */
  getAgent(cluster: string, namespace: string, name: string): Promise<AiAgent>;
  /** The MCP servers of every cluster, with their tools and the agents using them. */
  getMcpServers(): Promise<McpServerList>;
  /** Every cluster against every Kubernetes AI Conformance requirement, with hygiene checks. */
  getConformanceMatrix(): Promise<ConformanceMatrix>;
  /** One cluster's conformance checks with their evidence. */
  getClusterConformance(cluster: string): Promise<ClusterConformance>;
  /** A cluster's recorded conformance scores, oldest first. */
  getConformanceTrend(cluster: string): Promise<ConformanceTrend>;
  /** A cluster's self-assessment in the CNCF checklist shape, as YAML text. */
  getConformanceSelfAssessment(cluster: string): Promise<string>;
  /** GPU cost over a window, grouped (`GET /cost`). */
  getCost(options: CostQuery): Promise<CostReport>;
  /** GPU cost of a Group or an inference-service Component. */
  getEntityCost(entityRef: string, window?: CostWindow): Promise<CostReport>;
  /** The same report as CSV (`GET /cost/export.csv`). */
  getCostCsv(options: CostQuery): Promise<string>;
  /** CRA readiness of every model version and inference service, gaps first (`GET /cra`). */
  getCraReport(options?: { team?: string }): Promise<CraReport>;
  /** CRA readiness of an ai-model Resource's versions or an inference-service Component. */
  getEntityCra(entityRef: string): Promise<CraEntityReadiness>;
  /** The CRA report as a file to keep: CSV (one line per product and item) or JSON. */
  getCraExport(options: {
    format: 'csv' | 'json';
    team?: string;
  }): Promise<string>;
  /** Every model repository of the configured registries, with per-registry errors. */
  getModels(): Promise<ModelList>;
  /** The versions of a model (`repository` may contain slashes), newest first. */
  getModelVersions(
    registry: string,
    repository: string,
  ): Promise<ModelVersionList>;
  /** One version with its manifest, layers and referrers. */
  getModelVersion(
    registry: string,
    repository: string,
    tag: string,
  ): Promise<ModelVersionDetail>;
  /** What changed from version `a` to version `b`. */
  compareModelVersions(
    registry: string,
    repository: string,
    a: string,
    b: string,
  ): Promise<ModelVersionComparison>;
  /** The workloads that reference the model, or one tag of it. */
  getModelDeployments(
    registry: string,
    repository: string,
    tag?: string,
  ): Promise<{ items: ModelDeployment[] }>;
  /** The model references of one workload, with the digest its pods run. */
  getWorkloadDeployments(workload: {
    namespace: string;
    name: string;
    cluster?: string;
  }): Promise<{ items: ModelDeployment[] }>;
  /** Every KServe InferenceService and LLMInferenceService, or those matching the filter. */
  getInferenceServices(
    filter?: ServingFilter,
  ): Promise<InferenceServiceInventory>;
  /** HTTPRoutes, InferencePools and objectives; with `service`, the path to that service. */
  getInferenceRouting(filter?: ServingFilter): Promise<RoutingOverview>;
}

/**
 * Which inference services or routes are asked for.
 *
 * @public
 */
export interface ServingFilter {
  cluster?: string;
  namespace?: string;
  /** An InferenceService or LLMInferenceService name. */
  service?: string;
}

/**
 * What a cost report is asked for: the window, the grouping, and the
 * drill-down (a team's rows, or one service's, as `<cluster>/<namespace>/<name>`).
 *
 * @public
 */
export interface CostQuery {
  window: CostWindow;
  groupBy: CostGroupBy;
  team?: string;
  service?: string;
}

/**
 * The API reference of {@link AiPlatformApi}.
 *
 * @public
 */
export const aiPlatformApiRef = createApiRef<AiPlatformApi>({
  id: 'plugin.ai-platform.service',
});
