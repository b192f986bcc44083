import {
  aiPlatformCostReadAllPermission,
  aiPlatformCostReadPermission,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type BasicPermission,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import { startDemoBackend as start } from './__testUtils__/testBackend';
import { costVisibility } from './cost/access';

describe('ai-platform backend: GPU cost routes', () => {
  it('answers a report in the configured currency, and CSV with a header', async () => {
    const { server } = await start();
    const res = await request(server)
      .get('/api/ai-platform/cost')
      .query({ window: '7d', groupBy: 'model' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      window: '7d',
      groupBy: 'model',
      currency: 'USD',
      hiddenRows: 0,
    });
    expect(res.body.series).toHaveLength(7);
    expect(res.body.idle.basis).toMatch(/allocatable minus allocated/);
    expect(Array.isArray(res.body.prices)).toBe(true);
    const team = await request(server)
      .get('/api/ai-platform/cost')
      .query({ groupBy: 'workload', team: 'group:default/eu-inference' });
    expect(team.status).toBe(200);
    expect(team.body.groupBy).toBe('workload');
    const csv = await request(server)
      .get('/api/ai-platform/cost/export.csv')
      .query({ window: '24h', groupBy: 'team' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(
      'gpu-cost-24h-by-team.csv',
    );
    expect(csv.text.split('\n')[0]).toBe(
      'record,group_by,key,label,cluster,product,gpu_hours,allocatable_gpu_hours,utilisation,cost,currency,price_per_gpu_hour,price_source,price_setting,idle_known_from,window_from,window_to',
    );
  });

  it('rejects a window it does not know, naming the parameter', async () => {
    const { server } = await start();
    const res = await request(server)
      .get('/api/ai-platform/cost')
      .query({ window: '90d' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('window');
  });

  it('refuses the cost routes without ai-platform.cost.read', async () => {
    const { server } = await start(AuthorizeResult.DENY);
    for (const path of [
      '/cost',
      '/cost/export.csv',
      `/cost/entity?entityRef=${encodeURIComponent(
        'group:default/eu-inference',
      )}`,
    ]) {
      const res = await request(server).get(`/api/ai-platform${path}`);
      expect([path, res.status, res.body.error?.message]).toEqual([
        path,
        403,
        expect.stringContaining('ai-platform.cost.read'),
      ]);
    }
  });
});

describe('costVisibility', () => {
  const permissions = (allowed: BasicPermission[]) => ({
    authorize: async (requests: Array<{ permission: BasicPermission }>) =>
      requests.map(r => ({
        result: allowed.some(p => p.name === r.permission.name)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      })),
    authorizeConditional: async () => [],
  });
  const userInfo = mockServices.userInfo({
    ownershipEntityRefs: ['user:default/ada', 'group:default/eu-inference'],
  });

  it('limits a user with cost.read to the teams they belong to, and lets cost.read.all see every team', async () => {
    const own = await costVisibility({
      credentials: mockCredentials.user('user:default/ada'),
      permissions: permissions([aiPlatformCostReadPermission]) as any,
      userInfo,
    });
    expect(own).toEqual({
      all: false,
      teams: new Set(['user:default/ada', 'group:default/eu-inference']),
    });
    const all = await costVisibility({
      credentials: mockCredentials.user('user:default/ada'),
      permissions: permissions([
        aiPlatformCostReadPermission,
        aiPlatformCostReadAllPermission,
      ]) as any,
      userInfo,
    });
    expect(all).toEqual({ all: true });
    await expect(
      costVisibility({
        credentials: mockCredentials.user('user:default/ada'),
        permissions: permissions([]) as any,
        userInfo,
      }),
    ).rejects.toThrow('permission ai-platform.cost.read');
  });
});
