import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startDemoBackend as start } from './__testUtils__/testBackend';

describe('ai-platform backend: agent registry routes and actions', () => {
  it('lists agents with every cluster read, a stale one marked', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/ai-platform/agents');
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([
      'eu-sovereign-fra/platform/gpu-capacity-agent',
      'eu-sovereign-fra/eu-inference/eu-support-assistant',
      'eu-hyperscaler-par/platform/cluster-ops-assistant',
    ]);
    expect(res.body.clusters).toContainEqual({
      cluster: 'us-east-virginia',
      health: expect.objectContaining({ state: 'stale' }),
    });
    const owned = await request(server)
      .get('/api/ai-platform/agents')
      .query({ owner: 'group:default/eu-inference', q: 'support' });
    expect(owned.body.items).toHaveLength(1);
  });

  it('answers one agent, and a 404 that says where to look for an unknown one', async () => {
    const { server } = await start();
    const res = await request(server).get(
      '/api/ai-platform/agents/eu-sovereign-fra/eu-inference/eu-support-assistant',
    );
    expect(res.status).toBe(200);
    expect(res.body.spiffeId).toBe(
      'spiffe://cluster.local/ns/eu-inference/sa/eu-support-assistant',
    );
    const missing = await request(server).get(
      '/api/ai-platform/agents/eu-sovereign-fra/eu-inference/nobody',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('GET /agents');
  });

  it('lists MCP servers with their tools and users', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/ai-platform/mcp-servers');
    expect(res.status).toBe(200);
    expect(res.body.items.map((s: { id: string }) => s.id)).toEqual([
      'eu-sovereign-fra/platform/RemoteMCPServer/backstage-actions',
      'eu-sovereign-fra/platform/MCPServer/fetch',
      'eu-hyperscaler-par/platform/MCPServer/k8s-reader',
    ]);
  });

  it('refuses the registry to a caller without ai-platform.agents.read', async () => {
    const { server } = await start(AuthorizeResult.DENY);
    for (const path of ['/agents', '/agents/a/b/c', '/mcp-servers']) {
      const res = await request(server).get(`/api/ai-platform${path}`);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('ai-platform.agents.read');
    }
  });

  it('answers the agent actions and checks a placement with every finding', async () => {
    const { actions } = await start();
    const credentials = mockCredentials.user();
    const { output: listed } = (await actions.invoke({
      id: 'test:list-ai-agents',
      input: { q: 'support' },
      credentials,
    })) as { output: any };
    expect(listed.agents[0]).toMatchObject({
      name: 'eu-support-assistant',
      model: {
        location: 'inference-service',
        inferenceService: 'eu-sovereign-fra/eu-inference/mistral-small-eu',
      },
      sovereignty: { status: 'compliant', problems: [] },
    });
    const { output: servers } = (await actions.invoke({
      id: 'test:list-mcp-servers',
      input: { q: 'check-sovereignty' },
      credentials,
    })) as { output: any };
    expect(servers.servers.map((s: any) => s.name)).toEqual([
      'backstage-actions',
    ]);
    const { output: paris } = (await actions.invoke({
      id: 'test:check-placement',
      input: { classification: 'confidential', cluster: 'eu-hyperscaler-par' },
      credentials,
    })) as { output: any };
    expect(paris.status).toBe('violation');
    expect(paris.placement).toBe('cluster eu-hyperscaler-par');
    expect(
      paris.findings.find((f: any) => f.status === 'violation').message,
    ).toContain('US CLOUD Act');
    const { output: fra } = (await actions.invoke({
      id: 'test:check-placement',
      input: {
        classification: 'confidential',
        cluster: 'eu-sovereign-fra',
        namespace: 'eu-inference',
      },
      credentials,
    })) as { output: any };
    expect(fra.status).toBe('compliant');
    await expect(
      actions.invoke({
        id: 'test:check-placement',
        input: { classification: 'internal', cluster: 'mars' },
        credentials,
      }),
    ).rejects.toThrow(/Unknown cluster 'mars'; the valid ones are/);
  });
});
