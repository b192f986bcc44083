import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import { ResponseError } from '@backstage/errors';
import { mockApis, registerMswTestHooks } from '@backstage/frontend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  agentList,
  gpuCapacityAgent,
  mcpServerList,
} from '../testing/agentFixtures';
import { AiPlatformClient } from './AiPlatformClient';

const baseUrl = 'http://localhost:7007/api/ai-platform';

const fra: ClusterSummary = {
  name: 'eu-sovereign-fra',
  labels: { 'ai-platform.io/jurisdiction': 'DE' },
  kubernetesVersion: 'v1.35.2',
  servedApis: [],
  objectCounts: { 'core/Node': 3 },
  health: { state: 'synced', syncedAt: '2026-07-15T09:00:00Z' },
};

describe('AiPlatformClient', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = new AiPlatformClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: mockApis.fetch(),
  });

  it('reads a cluster self-assessment as YAML text, the cluster encoded in the path', async () => {
    let requestedPath: string | undefined;
    server.use(
      http.get(
        `${baseUrl}/conformance/clusters/:cluster/self-assessment.yaml`,
        ({ request }) => {
          requestedPath = new URL(request.url).pathname;
          return new HttpResponse('metadata: {}\nspec: {}\n', {
            headers: { 'content-type': 'application/yaml' },
          });
        },
      ),
    );

    await expect(client.getConformanceSelfAssessment('a b')).resolves.toBe(
      'metadata: {}\nspec: {}\n',
    );
    expect(requestedPath).toBe(
      '/api/ai-platform/conformance/clusters/a%20b/self-assessment.yaml',
    );
  });

  it('rejects a denied conformance read with the backend error', async () => {
    server.use(
      http.get(`${baseUrl}/conformance`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message:
                'You may not read conformance results (permission ai-platform.conformance.read)',
            },
            request: { method: 'GET', url: '/api/ai-platform/conformance' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );

    const error = await client.getConformanceMatrix().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
  });

  it('lists the clusters the backend watches', async () => {
    server.use(
      http.get(`${baseUrl}/clusters`, () =>
        HttpResponse.json({ items: [fra] }),
      ),
    );

    await expect(client.getClusters()).resolves.toEqual({ items: [fra] });
  });

  it('encodes the cluster name into the path', async () => {
    let requestedPath: string | undefined;
    server.use(
      http.get(`${baseUrl}/clusters/:name`, ({ request }) => {
        requestedPath = new URL(request.url).pathname;
        return HttpResponse.json(fra);
      }),
    );

    await client.getCluster('a/b c');

    expect(requestedPath).toBe('/api/ai-platform/clusters/a%2Fb%20c');
  });

  it('asks which clusters a classification may run on, by query parameter', async () => {
    let requested: URL | undefined;
    server.use(
      http.get(`${baseUrl}/sovereignty/clusters`, ({ request }) => {
        requested = new URL(request.url);
        return HttpResponse.json({ classification: 'confidential', items: [] });
      }),
    );

    await expect(client.getClusterPlacements('confidential')).resolves.toEqual({
      classification: 'confidential',
      items: [],
    });
    expect(requested?.searchParams.get('classification')).toBe('confidential');
  });

  it('rejects with the backend error when a cluster is unknown', async () => {
    server.use(
      http.get(`${baseUrl}/clusters/:name`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: "No cluster named 'nope' is configured",
            },
            request: { method: 'GET', url: '/api/ai-platform/clusters/nope' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );

    const error = await client.getCluster('nope').catch(e => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.cause.message).toBe("No cluster named 'nope' is configured");
  });

  it('sends the model repository as one encoded path segment', async () => {
    const paths: string[] = [];
    server.use(
      http.get(`${baseUrl}/models/:registry/:repository/*`, ({ request }) => {
        const url = new URL(request.url);
        paths.push(`${url.pathname}${url.search}`);
        return HttpResponse.json({});
      }),
    );

    await client.getModelVersions('local', 'models/llama-3.1-8b-instruct');
    await client.getModelVersion('local', 'models/llama', 'v1.0+b');
    await client.compareModelVersions('local', 'models/llama', 'v1', 'v2');
    await client.getModelDeployments('local', 'models/llama', 'latest');

    expect(paths).toEqual([
      '/api/ai-platform/models/local/models%2Fllama-3.1-8b-instruct/versions',
      '/api/ai-platform/models/local/models%2Fllama/versions/v1.0%2Bb',
      '/api/ai-platform/models/local/models%2Fllama/compare?a=v1&b=v2',
      '/api/ai-platform/models/local/models%2Fllama/deployments?tag=latest',
    ]);
  });

  it('lists the models', async () => {
    const list = { generatedAt: 'now', registries: [], models: [] };
    server.use(http.get(`${baseUrl}/models`, () => HttpResponse.json(list)));

    await expect(client.getModels()).resolves.toEqual(list);
  });
});

describe('AiPlatformClient agent registry', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const client = new AiPlatformClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: mockApis.fetch(),
  });

  it('sends the agent filters as query parameters and leaves out empty ones', async () => {
    let search: string | undefined;
    server.use(
      http.get(`${baseUrl}/agents`, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(agentList);
      }),
    );

    await expect(
      client.getAgents({ cluster: 'eu-sovereign-fra', owner: '', q: 'gpu' }),
    ).resolves.toEqual(agentList);
    expect(search).toBe('?cluster=eu-sovereign-fra&q=gpu');
  });

  it('asks for every agent when no filter is given', async () => {
    let search: string | undefined;
    server.use(
      http.get(`${baseUrl}/agents`, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(agentList);
      }),
    );

    await client.getAgents();

    expect(search).toBe('');
  });

  it('encodes cluster, namespace and name of one agent into the path', async () => {
    let requestedPath: string | undefined;
    server.use(
      http.get(`${baseUrl}/agents/:cluster/:namespace/:name`, ({ request }) => {
        requestedPath = new URL(request.url).pathname;
        return HttpResponse.json(gpuCapacityAgent);
      }),
    );

    await expect(
      client.getAgent('eu-sovereign-fra', 'plat form', 'a/b'),
    ).resolves.toEqual(gpuCapacityAgent);
    expect(requestedPath).toBe(
      '/api/ai-platform/agents/eu-sovereign-fra/plat%20form/a%2Fb',
    );
  });

  it('lists the MCP servers with their tools', async () => {
    server.use(
      http.get(`${baseUrl}/mcp-servers`, () =>
        HttpResponse.json(mcpServerList),
      ),
    );

    await expect(client.getMcpServers()).resolves.toEqual(mcpServerList);
  });

  it('rejects with the backend error when the registry may not be read', async () => {
    server.use(
      http.get(`${baseUrl}/mcp-servers`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message:
                'You may not read the agent registry (permission ai-platform.agents.read)',
            },
            request: { method: 'GET', url: '/api/ai-platform/mcp-servers' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );

    const error = await client.getMcpServers().catch(e => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
  });
});
