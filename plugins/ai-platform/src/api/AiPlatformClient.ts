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
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import type {
  CostReport,
  CraEntityReadiness,
  CraReport,
  CostWindow,
  InferenceServiceInventory,
  RoutingOverview,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { ResponseError } from '@backstage/errors';
import type {
  AiPlatformApi,
  ClusterList,
  CostQuery,
  ServingFilter,
} from './AiPlatformApi';

/**
 * The {@link AiPlatformApi} over HTTP, authenticated by the app's fetch API.
 *
 * @public
 */
export class AiPlatformClient implements AiPlatformApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getClusters(): Promise<ClusterList> {
    return this.request<ClusterList>('/clusters');
  }

  async getCluster(name: string): Promise<ClusterSummary> {
    return this.request<ClusterSummary>(
      `/clusters/${encodeURIComponent(name)}`,
    );
  }

  async getGpuOverview(filter: GpuOverviewFilter = {}): Promise<GpuOverview> {
    return this.request<GpuOverview>('/gpu/overview', { ...filter });
  }

  async getTeamGpuUsage(team: string): Promise<TeamGpuUsage> {
    return this.request<TeamGpuUsage>(`/gpu/teams/${encodeURIComponent(team)}`);
  }

  async getWorkloadGpus(labelSelector: string): Promise<WorkloadGpus> {
    return this.request<WorkloadGpus>('/gpu/workloads', { labelSelector });
  }

  async findGpuCapacity(request: CapacityRequest): Promise<CapacityResult> {
    const { gpus, minMemoryGiB, ...rest } = request;
    return this.request<CapacityResult>('/gpu/capacity', {
      ...rest,
      gpus: String(gpus),
      minMemoryGiB:
        minMemoryGiB === undefined ? undefined : String(minMemoryGiB),
    });
  }

  async getSovereigntyReport(): Promise<SovereigntyReport> {
    return this.request<SovereigntyReport>('/sovereignty/report');
  }

  async getClusterPlacements(
    classification: string,
  ): Promise<ClusterPlacementList> {
    return this.request<ClusterPlacementList>('/sovereignty/clusters', {
      classification,
    });
  }

  async getEntitySovereignty(
    entityRef: string,
  ): Promise<SovereigntyReportItem> {
    return this.request<SovereigntyReportItem>('/sovereignty/entity', {
      ref: entityRef,
    });
  }

  async getAgents(filter: AgentListFilter = {}): Promise<AgentList> {
    const { cluster, owner, q } = filter;
    return this.request<AgentList>('/agents', { cluster, owner, q });
  }

  async getAgent(
    cluster: string,
    namespace: string,
    name: string,
  ): Promise<AiAgent> {
    const path = [cluster, namespace, name].map(encodeURIComponent).join('/');
    return this.request<AiAgent>(`/agents/${path}`);
  }

  async getMcpServers(): Promise<McpServerList> {
    return this.request<McpServerList>('/mcp-servers');
  }

  async getModels(): Promise<ModelList> {
    return this.request<ModelList>('/models');
  }

  async getModelVersions(
    registry: string,
    repository: string,
  ): Promise<ModelVersionList> {
    return this.request<ModelVersionList>(
      `${modelPath(registry, repository)}/versions`,
    );
  }

  async getModelVersion(
    registry: string,
    repository: string,
    tag: string,
  ): Promise<ModelVersionDetail> {
    return this.request<ModelVersionDetail>(
      `${modelPath(registry, repository)}/versions/${encodeURIComponent(tag)}`,
    );
  }

  async compareModelVersions(
    registry: string,
    repository: string,
    a: string,
    b: string,
  ): Promise<ModelVersionComparison> {
    return this.request<ModelVersionComparison>(
      `${modelPath(registry, repository)}/compare`,
      { a, b },
    );
  }

  async getModelDeployments(
    registry: string,
    repository: string,
    tag?: string,
  ): Promise<{ items: ModelDeployment[] }> {
    return this.request<{ items: ModelDeployment[] }>(
      `${modelPath(registry, repository)}/deployments`,
      { tag },
    );
  }

  async getWorkloadDeployments(workload: {
    namespace: string;
    name: string;
    cluster?: string;
  }): Promise<{ items: ModelDeployment[] }> {
    return this.request<{ items: ModelDeployment[] }>(
      '/deployments/of-workload',
      workload,
    );
  }

  async getConformanceMatrix(): Promise<ConformanceMatrix> {
    return this.request<ConformanceMatrix>('/conformance');
  }

  async getClusterConformance(cluster: string): Promise<ClusterConformance> {
    return this.request<ClusterConformance>(
      `/conformance/clusters/${encodeURIComponent(cluster)}`,
    );
  }

  async getConformanceTrend(cluster: string): Promise<ConformanceTrend> {
    return this.request<ConformanceTrend>(
      `/conformance/clusters/${encodeURIComponent(cluster)}/trend`,
    );
  }

  async getConformanceSelfAssessment(cluster: string): Promise<string> {
    return this.request<string>(
      `/conformance/clusters/${encodeURIComponent(
        cluster,
      )}/self-assessment.yaml`,
      {},
      'text',
    );
  }

  async getCost(options: CostQuery): Promise<CostReport> {
    return this.request<CostReport>('/cost', { ...options });
  }

  async getEntityCost(
    entityRef: string,
    window: CostWindow = '30d',
  ): Promise<CostReport> {
    return this.request<CostReport>('/cost/entity', { entityRef, window });
  }

  async getCostCsv(options: CostQuery): Promise<string> {
    return this.request<string>('/cost/export.csv', { ...options }, 'text');
  }

  async getCraReport(options: { team?: string } = {}): Promise<CraReport> {
    return this.request<CraReport>('/cra', { team: options.team });
  }

  async getEntityCra(entityRef: string): Promise<CraEntityReadiness> {
    return this.request<CraEntityReadiness>('/cra/entity', { entityRef });
  }

  async getCraExport(options: {
    format: 'csv' | 'json';
    team?: string;
  }): Promise<string> {
    return this.request<string>(
      `/cra/export.${options.format}`,
      { team: options.team },
      'text',
    );
  }

  async getInferenceServices(
    filter: ServingFilter = {},
  ): Promise<InferenceServiceInventory> {
    return this.request<InferenceServiceInventory>(
      '/serving/inference-services',
      { ...filter },
    );
  }

  async getInferenceRouting(
    filter: ServingFilter = {},
  ): Promise<RoutingOverview> {
    return this.request<RoutingOverview>('/serving/routing', { ...filter });
  }

  private async request<T>(
    path: string,
    query: Record<string, string | undefined> = {},
    as: 'json' | 'text' = 'json',
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('ai-platform');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(key, value);
    }
    const search = params.size > 0 ? `?${params}` : '';
    const res = await this.fetchApi.fetch(`${baseUrl}${path}${search}`);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    if (as === 'text') return (await res.text()) as T;
    return (await res.json()) as T;
  }
}

/** `/models/<registry>/<repository>`, the repository as one encoded segment. */
function modelPath(registry: string, repository: string): string {
  return `/models/${encodeURIComponent(registry)}/${encodeURIComponent(
    repository,
  )}`;
}
