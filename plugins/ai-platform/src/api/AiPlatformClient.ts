import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { AiPlatformApi, ClusterList } from './AiPlatformApi';

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

  private async request<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('ai-platform');
    const res = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as T;
  }
}
