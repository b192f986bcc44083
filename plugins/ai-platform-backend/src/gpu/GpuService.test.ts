import type { GpuPool } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { DEFAULT_SOVEREIGNTY_RULES } from '@ai-platform/backstage-plugin-ai-platform-common';
import { GpuService } from './GpuService';
import { sovereigntyPlacementCheck } from './placement';

// Every figure below is stated in examples/clusters/README.md ("Expected figures").
describe('GpuService on the demo clusters', () => {
  const clusters = [
    exampleCluster('eu-sovereign-fra'),
    exampleCluster('eu-hyperscaler-par'),
    exampleCluster('us-east-virginia'),
  ];
  const service = new GpuService({ clusters: staticClusterSource(clusters) });
  const overview = service.overview();
  const cluster = (name: string) =>
    overview.clusters.find(c => c.cluster === name)!;
  const product = (name: string, p: string) =>
    cluster(name).products.find(x => x.product === p)!;
  const pool = (name: string, p: string, resource: string): GpuPool =>
    product(name, p).pools.find(x => x.resource === resource)!;
  const counts = ({ allocatable, allocated, free }: GpuPool) => ({
    allocatable,
    allocated,
    free,
  });
  const H100 = 'NVIDIA-H100-80GB-HBM3';

  it('counts device-plugin and DRA H100s of eu-sovereign-fra once each', () => {
    expect(product('eu-sovereign-fra', H100).physicalGpus).toBe(24);
    expect(counts(pool('eu-sovereign-fra', H100, 'nvidia.com/gpu'))).toEqual({
      allocatable: 16,
      allocated: 9,
      free: 7,
    });
    expect(counts(pool('eu-sovereign-fra', H100, 'gpu.nvidia.com'))).toEqual({
      allocatable: 8,
      allocated: 3,
      free: 5,
    });
    expect(cluster('eu-sovereign-fra').totals.wholeGpus).toEqual({
      allocatable: 24,
      allocated: 12,
      free: 12,
    });
  });

  it('does not count the pending 8-GPU pod as allocated but reports it as pending', () => {
    const totals = cluster('eu-sovereign-fra').totals;
    expect(totals.pendingPods).toBe(1);
    expect(totals.pendingRequests).toBe(8);
  });

  it('keeps MIG slices of the mixed strategy apart from whole A100s', () => {
    const A100 = 'NVIDIA-A100-SXM4-80GB';
    expect(product('eu-hyperscaler-par', A100).physicalGpus).toBe(16);
    expect(counts(pool('eu-hyperscaler-par', A100, 'nvidia.com/gpu'))).toEqual({
      allocatable: 2,
      allocated: 2,
      free: 0,
    });
    const slices = pool('eu-hyperscaler-par', A100, 'nvidia.com/mig-1g.10gb');
    expect(slices.kind).toBe('mig');
    expect(slices.migProfile).toBe('1g.10gb');
    expect(counts(slices)).toEqual({ allocatable: 44, allocated: 4, free: 40 });
    expect(
      pool('eu-hyperscaler-par', A100, 'nvidia.com/mig-2g.20gb').free,
    ).toBe(8);
    expect(
      pool('eu-hyperscaler-par', A100, 'nvidia.com/mig-3g.40gb').free,
    ).toBe(12);
  });

  it('shows time-sliced L40S as 32 shared slots on 8 physical GPUs', () => {
    const slots = pool('eu-hyperscaler-par', 'NVIDIA-L40S', 'nvidia.com/gpu');
    expect(slots).toMatchObject({
      kind: 'shared',
      sharingStrategy: 'time-slicing',
      replicasPerGpu: 4,
      physicalGpus: 8,
    });
    expect(counts(slots)).toEqual({ allocatable: 32, allocated: 3, free: 29 });
    expect(product('eu-hyperscaler-par', 'NVIDIA-L40S').physicalGpus).toBe(8);
    // Slots and slices never inflate the whole-GPU figures.
    expect(cluster('eu-hyperscaler-par').totals.wholeGpus.allocatable).toBe(2);
  });

  it('reads us-east-virginia H100 and L40S allocation', () => {
    expect(counts(pool('us-east-virginia', H100, 'nvidia.com/gpu'))).toEqual({
      allocatable: 16,
      allocated: 13,
      free: 3,
    });
    expect(
      counts(pool('us-east-virginia', 'NVIDIA-L40S', 'nvidia.com/gpu')),
    ).toEqual({ allocatable: 4, allocated: 2, free: 2 });
  });

  it('reads namespace quotas with their team, including a quota with no GPU key', () => {
    const row = (c: string, ns: string) =>
      overview.quotas.find(q => q.cluster === c && q.namespace === ns)!;
    const fra = row('eu-sovereign-fra', 'eu-inference');
    expect(fra.team).toBe('group:default/eu-inference');
    expect(fra.quotas[0].resources).toEqual([
      expect.objectContaining({
        key: 'requests.nvidia.com/gpu',
        used: 16,
        hard: 20,
      }),
      expect.objectContaining({
        key: 'gpu.nvidia.com.deviceclass.resource.k8s.io/devices',
        resource: 'deviceclass/gpu.nvidia.com',
        used: 3,
        hard: 4,
      }),
    ]);
    expect(fra.allocated).toEqual({ 'nvidia.com/gpu': 8, 'gpu.nvidia.com': 3 });
    expect(fra.pending).toEqual({ 'nvidia.com/gpu': 8 });
    const noGpuKey = row('eu-sovereign-fra', 'us-applied-ml');
    expect(noGpuKey.quotas).toEqual([]);
    expect(noGpuKey.quotasWithoutGpuKeys).toEqual(['compute-quota']);
    expect(
      row('us-east-virginia', 'eu-inference').quotas[0].resources[0],
    ).toMatchObject({
      used: 0,
      hard: 0,
    });
  });

  it('reads Kueue cohorts with borrowing and KAI queues', () => {
    const queue = (c: string, name: string) =>
      overview.queues.find(q => q.cluster === c && q.name === name)!;
    expect(queue('eu-sovereign-fra', 'eu-inference-cq')).toMatchObject({
      scheduler: 'kueue',
      parent: 'fra-gpu',
      team: 'group:default/eu-inference',
      quotas: [{ nominal: 8, borrowingLimit: 4, used: 4, borrowed: 0 }],
      pendingWorkloads: 1,
      admittedWorkloads: 1,
    });
    expect(
      queue('us-east-virginia', 'us-applied-ml-cq').quotas[0],
    ).toMatchObject({
      flavor: 'h100-80gb',
      nominal: 8,
      borrowingLimit: 4,
      used: 12,
      borrowed: 4,
    });
    expect(queue('us-east-virginia', 'platform-cq').quotas[0]).toMatchObject({
      nominal: 4,
      lendingLimit: 4,
      used: 0,
    });
    expect(queue('eu-hyperscaler-par', 'eu-inference')).toMatchObject({
      scheduler: 'kai',
      parent: 'eu-department',
      quotas: [{ nominal: 4, limit: 6, used: 2, requested: 6 }],
    });
  });

  it('filters by jurisdiction, EU meaning any member state', () => {
    const eu = service.overview({ jurisdiction: 'EU' });
    expect(eu.clusters.map(c => c.cluster)).toEqual([
      'eu-sovereign-fra',
      'eu-hyperscaler-par',
    ]);
    expect(eu.quotas.every(q => q.cluster !== 'us-east-virginia')).toBe(true);
    expect(eu.totals.wholeGpus.allocatable).toBe(26);
  });

  it('filters by product and by team', () => {
    const h100 = service.overview({ product: 'NVIDIA H100 80GB HBM3' });
    expect(h100.clusters.map(c => c.cluster)).toEqual([
      'eu-sovereign-fra',
      'us-east-virginia',
    ]);
    expect(h100.totals.physicalGpus).toBe(40);
    const team = service.overview({ team: 'eu-inference' });
    expect(new Set(team.quotas.map(q => q.team))).toEqual(
      new Set(['group:default/eu-inference']),
    );
    expect(team.filterOptions.teams).toHaveLength(3);
  });

  it("answers a team's usage across clusters", () => {
    const usage = service.teamUsage('group:default/eu-inference');
    expect(usage.quotas.map(q => q.cluster)).toEqual([
      'eu-sovereign-fra',
      'eu-hyperscaler-par',
      'us-east-virginia',
    ]);
    expect(usage.queues.map(q => q.name)).toEqual([
      'eu-inference-cq',
      'eu-inference',
    ]);
    expect(usage.clusters).toHaveLength(3);
  });

  it('finds the pods of a workload by label selector', () => {
    const pods = service.workloads('app.kubernetes.io/name=mistral-small-eu');
    // Two predictor pods of 2 H100 each in Frankfurt.
    expect(pods.held).toEqual({ 'nvidia.com/gpu': 4 });
    expect(new Set(pods.pods.map(p => p.cluster))).toEqual(
      new Set(['eu-sovereign-fra']),
    );
    expect(() => service.workloads('app in (a')).toThrow(/Cannot read/);
  });
});

describe('capacity finder on the demo clusters', () => {
  const service = new GpuService({
    placementCheck: sovereigntyPlacementCheck(DEFAULT_SOVEREIGNTY_RULES),
    clusters: staticClusterSource([
      exampleCluster('eu-sovereign-fra'),
      exampleCluster('eu-hyperscaler-par'),
      exampleCluster('us-east-virginia'),
    ]),
  });

  it('offers only EU clusters when asked for EU, and says why the US one is out', () => {
    const result = service.findCapacity({ gpus: 2, jurisdiction: 'EU' });
    expect(new Set(result.candidates.map(c => c.cluster))).toEqual(
      new Set(['eu-sovereign-fra']),
    );
    expect(result.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'us-east-virginia',
        reason: 'jurisdiction',
        message: 'us-east-virginia is in jurisdiction US, not EU',
      }),
    );
    // The Paris cluster's only whole A100s are in use.
    expect(result.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'eu-hyperscaler-par',
        reason: 'capacity',
      }),
    );
  });

  it('puts a pool where all GPUs fit on one node first', () => {
    const result = service.findCapacity({
      gpus: 5,
      product: 'NVIDIA-H100-80GB-HBM3',
    });
    // Frankfurt's DRA node has 5 free; its device-plugin nodes have 3 and 4.
    expect(result.candidates.map(c => [c.cluster, c.kind])).toEqual([
      ['eu-sovereign-fra', 'dra'],
    ]);
    expect(result.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'eu-sovereign-fra',
        reason: 'fragmented',
      }),
    );
    const spread = service.findCapacity({
      gpus: 5,
      product: 'NVIDIA-H100-80GB-HBM3',
      placement: 'spread',
    });
    expect(spread.candidates.map(c => [c.cluster, c.kind])).toEqual([
      ['eu-sovereign-fra', 'dra'],
      ['eu-sovereign-fra', 'whole'],
    ]);
  });

  it("checks the team's quota headroom in its namespace", () => {
    const result = service.findCapacity({
      gpus: 2,
      team: 'eu-inference',
      product: 'NVIDIA-H100-80GB-HBM3',
    });
    const fra = result.candidates.filter(c => c.cluster === 'eu-sovereign-fra');
    // 4 of 20 nvidia.com/gpu left; the DRA device-class quota has 1 of 4 left.
    expect(fra.map(c => [c.kind, c.quotaHeadroom])).toEqual([['whole', 4]]);
    expect(result.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'eu-sovereign-fra',
        namespace: 'eu-inference',
        reason: 'quota',
        message:
          'eu-inference on eu-sovereign-fra has 1 gpu.nvidia.com.deviceclass.resource.k8s.io/devices left (3 of 4 used); 2 asked',
      }),
    );
    expect(result.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'us-east-virginia',
        namespace: 'eu-inference',
        reason: 'quota',
      }),
    );
  });

  it('keeps confidential data off clusters exposed to the US CLOUD Act, with the reason', () => {
    const result = service.findCapacity({
      gpus: 1,
      classification: 'confidential',
    });
    expect(new Set(result.candidates.map(c => c.cluster))).toEqual(
      new Set(['eu-sovereign-fra']),
    );
    const par = result.excluded.find(e => e.cluster === 'eu-hyperscaler-par')!;
    expect(par.reason).toBe('sovereignty');
    expect(par.message).toMatch(
      /^Not allowed for confidential data: .*CLOUD Act/,
    );
    expect(result.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'us-east-virginia',
        reason: 'sovereignty',
      }),
    );
  });

  it('excludes GPUs with too little memory', () => {
    const result = service.findCapacity({ gpus: 1, minMemoryGiB: 80 });
    expect(result.candidates.every(c => c.product !== 'NVIDIA-L40S')).toBe(
      true,
    );
    expect(result.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'us-east-virginia',
        product: 'NVIDIA-L40S',
        reason: 'memory',
      }),
    );
  });

  it('rejects a bad request with every problem at once', () => {
    expect(() =>
      service.findCapacity({
        gpus: 0,
        minMemoryGiB: -1,
        jurisdiction: 'Europe',
      }),
    ).toThrow(
      /gpus must be a whole number from 1 to 512.*minMemoryGiB must be a positive number.*jurisdiction must be an ISO 3166-1 alpha-2 code/,
    );
  });

  it('leaves a stale cluster out and says since when', () => {
    const stale = new GpuService({
      clusters: staticClusterSource([
        exampleCluster('eu-sovereign-fra', {
          state: 'stale',
          staleSince: '2026-07-15T09:00:00Z',
          error: 'connect ECONNREFUSED',
        }),
      ]),
    });
    const result = stale.findCapacity({ gpus: 1 });
    expect(result.candidates).toEqual([]);
    expect(result.excluded).toEqual([
      expect.objectContaining({
        reason: 'stale',
        message:
          'eu-sovereign-fra is stale since 2026-07-15T09:00:00Z, so its free GPUs are not known now: connect ECONNREFUSED',
      }),
    ]);
  });
});
