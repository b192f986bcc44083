import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startDemoBackend as start } from './__testUtils__/testBackend';

describe('ai-platform backend: GPU routes and actions', () => {
  it('serves the GPU overview, with a stale cluster kept and marked', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/ai-platform/gpu/overview');
    expect(res.status).toBe(200);
    const us = res.body.clusters.find(
      (c: { cluster: string }) => c.cluster === 'us-east-virginia',
    );
    expect(us.health).toMatchObject({
      state: 'stale',
      staleSince: '2026-07-15T09:05:00Z',
    });
    expect(us.totals.wholeGpus.allocatable).toBe(20);
    expect(res.body.totals.physicalGpus).toBe(68);
  });

  it('answers the capacity finder and rejects a bad request with a 400 that says why', async () => {
    const { server } = await start();
    const ok = await request(server)
      .get('/api/ai-platform/gpu/capacity')
      .query({ gpus: 2, jurisdiction: 'EU' });
    expect(ok.status).toBe(200);
    expect(ok.body.candidates[0].cluster).toBe('eu-sovereign-fra');
    const bad = await request(server)
      .get('/api/ai-platform/gpu/capacity')
      .query({ gpus: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/gpus/);
    const missing = await request(server).get('/api/ai-platform/gpu/workloads');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/labelSelector/);
  });

  it('refuses GPU data to a caller without ai-platform.gpu.read, but still lists clusters', async () => {
    const { server } = await start(AuthorizeResult.DENY);
    const res = await request(server).get(
      '/api/ai-platform/gpu/teams/eu-inference',
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('ai-platform.gpu.read');
    const clusters = await request(server).get('/api/ai-platform/clusters');
    expect(clusters.status).toBe(200);
    expect(clusters.body.items).toHaveLength(3);
  });

  it('serves its OpenAPI document', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/ai-platform/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toContain(
      '/api/ai-platform/gpu/capacity',
    );
  });

  it('registers the GPU and agent actions, and each example runs', async () => {
    const { actions } = await start();
    const listed = await actions.list();
    expect(listed.actions.map(a => a.name).sort()).toEqual([
      'check-placement',
      'find-gpu-capacity',
      'get-gpu-overview',
      'get-team-gpu-quota',
      'list-ai-agents',
      'list-mcp-servers',
    ]);
    for (const [name, action] of actions.actions) {
      for (const example of action.examples ?? []) {
        const { output } = await actions.invoke({
          id: name,
          input: example.input,
          credentials: mockCredentials.user(),
        });
        expect(output).toBeDefined();
      }
    }
    const { output } = (await actions.invoke({
      id: 'test:find-gpu-capacity',
      input: { gpus: 4, jurisdiction: 'EU', team: 'eu-inference' },
    })) as { output: any };
    expect(output.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'us-east-virginia',
        reason: 'stale',
      }),
    );
  });
});
