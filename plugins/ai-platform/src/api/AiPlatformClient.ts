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
import type {
  AiPlatformApiAnswer,
  AiPlatformApiPathParams,
  AiPlatformApiQuery,
  AiPlatformApiRoute,
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
    return this.request('/clusters');
  }

  async getCluster(name: string): Promise<ClusterSummary> {
    return this.request('/clusters/{name}', { path: { name } });
  }

  async getGpuOverview(filter: GpuOverviewFilter = {}): Promise<GpuOverview> {
    return this.request('/gpu/overview', { query: { ...filter } });
  }

  async getTeamGpuUsage(team: string): Promise<TeamGpuUsage> {
    return this.request('/gpu/teams/{team}', { path: { team } });
  }

  async getWorkloadGpus(labelSelector: string): Promise<WorkloadGpus> {
    return this.request('/gpu/workloads', { query: { labelSelector } });
  }

  async findGpuCapacity(request: CapacityRequest): Promise<CapacityResult> {
    return this.request('/gpu/capacity', { query: { ...request } });
  }

  async getSovereigntyReport(): Promise<SovereigntyReport> {
    return this.request('/sovereignty/report');
  }

  async getClusterPlacements(
    classification: string,
  ): Promise<ClusterPlacementList> {
    return this.request('/sovereignty/clusters', {
      query: { classification },
    });
  }

  async getEntitySovereignty(
    entityRef: string,
  ): Promise<SovereigntyReportItem> {
    return this.request('/sovereignty/entity', {
      query: { ref: entityRef },
    });
  }

  async getAgents(filter: AgentListFilter = {}): Promise<AgentList> {
    const { cluster, owner, q } = filter;
    return this.request('/agents', { query: { cluster, owner, q } });
  }

  async getAgent(
    cluster: string,
    namespace: string,
    name: string,
  ): Promise<AiAgent> {
    return this.request('/agents/{cluster}/{namespace}/{name}', {
      path: { cluster, namespace, name },
    });
  }

  async getMcpServers(): Promise<McpServerList> {
    return this.request('/mcp-servers');
  }

  async getModels(): Promise<ModelList> {
    return this.request('/models');
  }

  async getModelVersions(
    registry: string,
    repository: string,
  ): Promise<ModelVersionList> {
    return this.request('/models/{registry}/{repository}/versions', {
      path: { registry, repository },
    });
  }

  async getModelVersion(
    registry: string,
    repository: string,
    tag: string,
  ): Promise<ModelVersionDetail> {
    return this.request('/models/{registry}/{repository}/versions/{tag}', {
      path: { registry, repository, tag },
    });
  }

  async compareModelVersions(
    registry: string,
    repository: string,
    a: string,
    b: string,
  ): Promise<ModelVersionComparison> {
    return this.request('/models/{registry}/{repository}/compare', {
      path: { registry, repository },
      query: { a, b },
    });
  }

  async getModelDeployments(
    registry: string,
    repository: string,
    tag?: string,
  ): Promise<{ items: ModelDeployment[] }> {
    return this.request('/models/{registry}/{repository}/deployments', {
      path: { registry, repository },
      query: { tag },
    });
  }

  async getWorkloadDeployments(workload: {
    namespace: string;
    name: string;
    cluster?: string;
  }): Promise<{ items: ModelDeployment[] }> {
    return this.request('/deployments/of-workload', { query: workload });
  }

  async getConformanceMatrix(): Promise<ConformanceMatrix> {
    return this.request('/conformance');
  }

  async getClusterConformance(cluster: string): Promise<ClusterConformance> {
    return this.request('/conformance/clusters/{cluster}', {
      path: { cluster },
    });
  }

  async getConformanceTrend(cluster: string): Promise<ConformanceTrend> {
    return this.request('/conformance/clusters/{cluster}/trend', {
      path: { cluster },
    });
  }

  async getConformanceSelfAssessment(cluster: string): Promise<string> {
    return this.request(
      '/conformance/clusters/{cluster}/self-assessment.yaml',
      { path: { cluster } },
    );
  }

  async getCost(options: CostQuery): Promise<CostReport> {
    return this.request('/cost', { query: { ...options } });
  }

  async getEntityCost(
    entityRef: string,
    window: CostWindow = '30d',
  ): Promise<CostReport> {
    return this.request('/cost/entity', { query: { entityRef, window } });
  }

  async getCostCsv(options: CostQuery): Promise<string> {
    return this.request('/cost/export.csv', { query: { ...options } });
  }

  async getCraReport(options: { team?: string } = {}): Promise<CraReport> {
    return this.request('/cra', { query: { team: options.team } });
  }

  async getEntityCra(entityRef: string): Promise<CraEntityReadiness> {
    return this.request('/cra/entity', { query: { entityRef } });
  }

  async getCraExport(options: {
    format: 'csv' | 'json';
    team?: string;
  }): Promise<string> {
    const query = { team: options.team };
    // The JSON export is offered as a file too: its text as it was sent.
    return options.format === 'csv'
      ? this.request('/cra/export.csv', { query })
      : this.text('/cra/export.json', { query });
  }

  async getInferenceServices(
    filter: ServingFilter = {},
  ): Promise<InferenceServiceInventory> {
    return this.request('/serving/inference-services', {
      query: { ...filter },
    });
  }

  async getInferenceRouting(
    filter: ServingFilter = {},
  ): Promise<RoutingOverview> {
    return this.request('/serving/routing', { query: { ...filter } });
  }

  /**
   * GET a route of the REST API's OpenAPI document: the path parameters
   * filled in (each an encoded segment), the query from the set values, the
   * answer typed by the document (JSON, or the text of a download).
   */
  private async request<R extends AiPlatformApiRoute>(
    route: R,
    params: RequestParams<R> = {},
  ): Promise<AiPlatformApiAnswer<R>> {
    const res = await this.fetch(route, params);
    const type = res.headers.get('content-type') ?? '';
    return (
      type.includes('json') ? await res.json() : await res.text()
    ) as AiPlatformApiAnswer<R>;
  }

  /** The answer of a route as text, whatever its type (for downloads). */
  private async text<R extends AiPlatformApiRoute>(
    route: R,
    params: RequestParams<R> = {},
  ): Promise<string> {
    return (await this.fetch(route, params)).text();
  }

  private async fetch<R extends AiPlatformApiRoute>(
    route: R,
    params: RequestParams<R>,
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('ai-platform');
    const values: Record<string, unknown> = params.path ?? {};
    const path = route.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String(values[name])),
    );
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params.query ?? {})) {
      if (value !== undefined && value !== '') search.set(key, String(value));
    }
    const query = search.size > 0 ? `?${search}` : '';
    const res = await this.fetchApi.fetch(`${baseUrl}${path}${query}`);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return res;
  }
}

/** The parameters of a route, as its OpenAPI document types them. */
interface RequestParams<R extends AiPlatformApiRoute> {
  path?: AiPlatformApiPathParams<R>;
  query?: AiPlatformApiQuery<R>;
}
