import { DEFAULT_SOVEREIGNTY_RULES } from '@ai-platform/backstage-plugin-ai-platform-common';
import { GpuService } from '../gpu/GpuService';
import { sovereigntyPlacementCheck } from '../gpu/placement';
import {
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { ConfigReader } from '@backstage/config';
import {
  modelService,
  seededLayout,
  seededRegistryConfig,
} from '../__testUtils__/models';
import { readRegistryConfigs } from '../registry/config';
import { DEFAULT_GOVERNANCE_POLICY, GovernancePolicy } from './config';
import { GovernanceService } from './GovernanceService';
import type { GovernanceRequest, GovernanceResult } from './types';

const clusters = staticClusterSource([
  exampleCluster('eu-sovereign-fra'),
  exampleCluster('eu-hyperscaler-par'),
  exampleCluster('us-east-virginia'),
]);

let layout: Awaited<ReturnType<typeof seededLayout>>;
beforeAll(async () => {
  layout = await seededLayout();
});
afterAll(() => layout.remove());

function service(policy: Partial<GovernancePolicy> = {}) {
  const rules = DEFAULT_SOVEREIGNTY_RULES;
  return new GovernanceService({
    clusters,
    gpu: new GpuService({
      clusters,
      placementCheck: sovereigntyPlacementCheck(rules),
    }),
    models: modelService({ layout: layout.layout }, clusters),
    registries: readRegistryConfigs(
      new ConfigReader(seededRegistryConfig({ layout: layout.layout })),
    ),
    rules,
    policy: { ...DEFAULT_GOVERNANCE_POLICY, ...policy },
  });
}

/** Mistral Small 3.2 (signed, SBOM) on one H100 in the EU team's namespace in Frankfurt. */
const good: GovernanceRequest = {
  name: 'mistral-chat',
  namespace: 'eu-inference',
  cluster: 'eu-sovereign-fra',
  model: {
    registry: 'fra-sovereign',
    repository: 'models/mistral-small-3.2-24b-instruct',
    tag: '3.2.0',
  },
  gpus: 1,
  gpuProduct: 'NVIDIA-H100-80GB-HBM3',
  replicas: 1,
  classification: 'confidential',
  team: 'eu-inference',
};

const byId = (result: GovernanceResult, id: string) =>
  result.checks.find(c => c.id === id);

describe('GovernanceService', () => {
  it('allows a good request on eu-sovereign-fra and pins the digest', async () => {
    const result = await service().check(good);
    expect(result.checks.filter(c => c.status === 'fail')).toEqual([]);
    expect(result.allowed).toBe(true);
    expect(result.resolvedDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(byId(result, 'model-digest')?.message).toContain(
      result.resolvedDigest,
    );
    expect(byId(result, 'gpu-quota')?.message).toContain(
      'eu-inference on eu-sovereign-fra has 4 requests.nvidia.com/gpu left (16 of 20 used); 1 asked',
    );
    expect(byId(result, 'model-fit')?.message).toContain('fits comfortably');
  });

  it('states the conformance minimum was not evaluated when no score is known, without blocking', async () => {
    const result = await service().check(good);
    expect(byId(result, 'cluster-conformance')).toMatchObject({
      status: 'not-evaluated',
      message: expect.stringContaining('not known yet'),
    });
    expect(result.allowed).toBe(true);
  });

  it('refuses confidential data on us-east-virginia with the sovereignty reasons', async () => {
    const result = await service().check({
      ...good,
      cluster: 'us-east-virginia',
      namespace: 'eu-inference',
    });
    expect(result.allowed).toBe(false);
    const sovereignty = byId(result, 'sovereignty')!;
    expect(sovereignty.status).toBe('fail');
    expect(sovereignty.message).toMatch(/confidential data may not run/);
    expect(sovereignty.message).toMatch(/US/);
    expect(sovereignty.message).toMatch(/us-cloud-act/);
    expect(sovereignty.fix).toMatch(/choose a cluster allowed/i);
  });

  it('fails a GPU count above the namespace quota with the numbers', async () => {
    const result = await service().check({ ...good, gpus: 3, replicas: 2 });
    expect(byId(result, 'gpu-quota')).toMatchObject({
      status: 'fail',
      message:
        'eu-inference on eu-sovereign-fra has 4 requests.nvidia.com/gpu left (16 of 20 used); 6 asked (2 x 3)',
      fix: expect.stringContaining('at most 4 GPUs'),
    });
    expect(result.allowed).toBe(false);
  });

  it('rejects a model tag that does not resolve to a digest, and lists the tags', async () => {
    const result = await service().check({
      ...good,
      model: { ...good.model, tag: '9.9.9' },
    });
    expect(byId(result, 'model-digest')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining("tag '9.9.9'"),
      fix: expect.stringContaining('3.2.0'),
    });
    expect(result.resolvedDigest).toBeUndefined();
    expect(byId(result, 'model-fit')?.status).toBe('not-evaluated');
  });

  it('refuses a model stored where confidential data may not be stored', async () => {
    // par-harbor is in the EU but run by a provider under the US CLOUD Act.
    const result = await service().check({
      ...good,
      model: {
        registry: 'par-harbor',
        repository: 'models/mistral-7b-instruct-v0.3',
        tag: 'v0.3',
      },
    });
    expect(byId(result, 'sovereignty')?.status).toBe('pass');
    expect(byId(result, 'model-storage')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(
        /^The registry par-harbor may not store models for confidential data: .*us-cloud-act/,
      ),
      fix: expect.stringContaining('registry allowed for confidential data'),
    });
    expect(result.allowed).toBe(false);
  });

  it('passes the storage check where the registry may store the classification', async () => {
    const result = await service().check(good);
    expect(byId(result, 'model-storage')).toMatchObject({
      status: 'pass',
      message:
        'confidential data may be stored where fra-sovereign/models/mistral-small-3.2-24b-instruct is stored (registry fra-sovereign)',
    });
  });

  it('rejects an unknown model', async () => {
    const result = await service().check({
      ...good,
      model: { registry: 'fra-sovereign', repository: 'models/nope', tag: '1' },
    });
    expect(byId(result, 'model-digest')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('fra-sovereign/models/nope'),
    });
    expect(result.allowed).toBe(false);
  });

  it('resolves a digest to its version', async () => {
    const first = await service().check(good);
    const result = await service().check({
      ...good,
      model: { ...good.model, tag: undefined, digest: first.resolvedDigest },
    });
    expect(result.resolvedDigest).toBe(first.resolvedDigest);
    expect(byId(result, 'model-digest')?.message).toContain(':3.2.0');
  });

  it('fails an invalid name with a valid suggestion', async () => {
    const result = await service().check({ ...good, name: 'Mistral_Chat!' });
    expect(byId(result, 'name')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('not a valid DNS-1123 label'),
      fix: "Use a name such as 'mistral-chat'",
    });
  });

  it('requires a signature and an SBOM per policy, and not when the policy drops them', async () => {
    // 3.1.0 has an SBOM and no signature.
    const unsigned = { ...good, model: { ...good.model, tag: '3.1.0' } };
    const strict = await service().check(unsigned);
    expect(byId(strict, 'model-signature')).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining('signed version'),
    });
    expect(byId(strict, 'model-sbom')?.status).toBe('pass');
    const lenient = await service({ requireSignature: false }).check(unsigned);
    expect(byId(lenient, 'model-signature')?.status).toBe('pass');
    expect(lenient.allowed).toBe(true);
  });

  it('fails a model that does not fit the GPU profile and names one it fits', async () => {
    // Mistral Small 24B in bf16 needs about 54 GiB; a 3g.40gb slice has 40.
    const result = await service().check({
      ...good,
      gpuProduct: 'NVIDIA-A100-SXM4-80GB',
      migProfile: '3g.40gb',
    });
    expect(byId(result, 'model-fit')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('does not fit'),
      fix: expect.stringContaining('e.g.'),
    });
    expect(byId(result, 'gpu-capacity')?.status).toBe('not-evaluated');
  });

  it('fails replicas and GPUs beyond the policy, both at once', async () => {
    const result = await service({ maxReplicas: 2 }).check({
      ...good,
      replicas: 3,
      gpus: 9,
    });
    expect(byId(result, 'replicas')).toMatchObject({
      status: 'fail',
      message: '3 replicas asked; the policy allows at most 2',
    });
    expect(byId(result, 'gpus')).toMatchObject({
      status: 'fail',
      message: '9 GPUs per replica asked; the policy allows at most 8',
    });
  });

  it('reports every failed rule of a bad request at once', async () => {
    const result = await service().check({
      ...good,
      name: 'Bad Name',
      cluster: 'us-east-virginia',
      namespace: 'eu-inference',
      gpus: 2,
      model: { ...good.model, tag: 'nope' },
    });
    expect(
      result.checks.filter(c => c.status === 'fail').map(c => c.id),
    ).toEqual(['name', 'gpu-quota', 'sovereignty', 'model-digest']);
    expect(result.checks.every(c => c.status !== 'fail' || c.fix)).toBe(true);
  });

  it('fails a namespace of another team and an unknown cluster', async () => {
    const other = await service().check({ ...good, namespace: 'platform' });
    expect(byId(other, 'namespace')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        'belongs to group:default/platform-engineering',
      ),
      fix: expect.stringContaining('eu-inference'),
    });
    const unknown = await service().check({ ...good, cluster: 'mars-1' });
    expect(byId(unknown, 'namespace')).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining('eu-sovereign-fra'),
    });
    expect(byId(unknown, 'sovereignty')?.status).toBe('not-evaluated');
  });
});
