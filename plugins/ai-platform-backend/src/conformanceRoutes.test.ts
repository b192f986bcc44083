import {
  conformanceChecklistSchema,
  ConformanceMatrix,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { parse } from 'yaml';
import { startDemoBackend as start } from './__testUtils__/testBackend';

describe('ai-platform backend: conformance routes and action', () => {
  it('answers the cluster × requirement matrix with the demo findings', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/ai-platform/conformance');
    expect(res.status).toBe(200);
    const matrix = res.body as ConformanceMatrix;
    expect(matrix.requirements).toHaveLength(15);
    const cluster = (name: string) =>
      matrix.clusters.find(c => c.cluster === name)!;
    expect(
      cluster('us-east-virginia').checks.find(c => c.id === 'dra_support'),
    ).toMatchObject({ status: 'fail', level: 'MUST' });
    expect(
      cluster('eu-hyperscaler-par').hygiene.find(
        h => h.id === 'ingress_nginx_eol',
      ),
    ).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining('ingress2gateway'),
    });
    // The stale cluster is judged on its last objects and says so.
    expect(cluster('us-east-virginia').health.state).toBe('stale');
  });

  it('answers one cluster, and a 404 naming the known clusters', async () => {
    const { server } = await start();
    const res = await request(server).get(
      '/api/ai-platform/conformance/clusters/eu-sovereign-fra',
    );
    expect(res.status).toBe(200);
    expect(res.body.checklistVersion).toBe('1.35');
    const missing = await request(server).get(
      '/api/ai-platform/conformance/clusters/mars',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('eu-sovereign-fra');
  });

  it('exports the self-assessment as YAML in the checklist shape', async () => {
    const { server } = await start();
    const res = await request(server).get(
      '/api/ai-platform/conformance/clusters/us-east-virginia/self-assessment.yaml',
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/yaml');
    expect(res.headers['content-disposition']).toContain(
      'us-east-virginia-ai-conformance.yaml',
    );
    const doc = parse(res.text);
    expect(conformanceChecklistSchema.safeParse(doc).success).toBe(true);
    expect(
      doc.spec.accelerators.find((r: any) => r.id === 'dra_support').status,
    ).toBe('Not Implemented');
  });

  it('answers the trend (recorded by the scheduled task) and rejects a bad since', async () => {
    const { server } = await start();
    const res = await request(server).get(
      '/api/ai-platform/conformance/clusters/eu-sovereign-fra/trend',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ cluster: 'eu-sovereign-fra' });
    expect(Array.isArray(res.body.points)).toBe(true);
    const bad = await request(server)
      .get('/api/ai-platform/conformance/clusters/eu-sovereign-fra/trend')
      .query({ since: 'yesterday' });
    expect(bad.status).toBe(400);
  });

  it('refuses every conformance route to a caller without ai-platform.conformance.read', async () => {
    const { server } = await start(AuthorizeResult.DENY);
    for (const path of [
      '/conformance',
      '/conformance/clusters/eu-sovereign-fra',
      '/conformance/clusters/eu-sovereign-fra/trend',
      '/conformance/clusters/eu-sovereign-fra/self-assessment.yaml',
    ]) {
      const res = await request(server).get(`/api/ai-platform${path}`);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('ai-platform.conformance.read');
    }
  });

  it('answers get-cluster-conformance, optionally only what did not pass', async () => {
    const { actions } = await start();
    const credentials = mockCredentials.user();
    const { output } = (await actions.invoke({
      id: 'test:get-cluster-conformance',
      input: { cluster: 'eu-hyperscaler-par', onlyFailing: true },
      credentials,
    })) as { output: any };
    expect(output.checks.every((c: any) => c.status !== 'pass')).toBe(true);
    expect(output.hygiene.map((h: any) => h.id)).toContain('ingress_nginx_eol');
    expect(output.checklistVersion).toBe('1.34');
  });
});
