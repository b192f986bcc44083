import { RegistryPusher, seedModels, SeedReport } from '@internal/oci-seed';
import {
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import {
  findDockerRegistry,
  MISSING_REGISTRY_MESSAGE,
  RunningRegistry,
  startDockerRegistry,
} from '../registry/__testUtils__/dockerRegistry';
import { modelService, seededLayout } from '../__testUtils__/models';
import { ModelService } from './ModelService';

const clusters = staticClusterSource([
  exampleCluster('eu-sovereign-fra'),
  exampleCluster('eu-hyperscaler-par'),
  exampleCluster('us-east-virginia'),
]);

const service = (source: { url: string } | { layout: string }) =>
  modelService(source, clusters);

const LLAMA = 'models/llama-3.1-8b-instruct';
const MISTRAL_SMALL = 'models/mistral-small-3.2-24b-instruct';
const MISTRAL_7B = 'models/mistral-7b-instruct-v0.3';

type Started = {
  source: { url: string } | { layout: string };
  report: SeedReport;
  stop(): Promise<void>;
};

async function startRegistrySeeded(): Promise<Started> {
  const registry: RunningRegistry = await startDockerRegistry();
  const report = await seedModels(new RegistryPusher(registry.url));
  return { source: { url: registry.url }, report, stop: registry.stop };
}

async function startLayoutSeeded(): Promise<Started> {
  const { layout, report, remove } = await seededLayout();
  return { source: { layout }, report, stop: remove };
}

// The registry tests need Debian's docker-registry. On CI its absence is a
// failure; locally they are skipped with the reason printed. The layout
// tests always run.
const available = !!findDockerRegistry();
const onCi = process.env.CI === 'true';
if (!available && !onCi) {
  process.stderr.write(
    `Skipping the registry half: ${MISSING_REGISTRY_MESSAGE}\n`,
  );
}
if (!available && onCi) {
  it('has docker-registry installed', () => {
    expect(MISSING_REGISTRY_MESSAGE).toBe('');
  });
}

const SOURCES: Array<[string, () => Promise<Started>]> = [
  ...(available
    ? [
        ['seeded data in a real docker-registry', startRegistrySeeded] as [
          string,
          () => Promise<Started>,
        ],
      ]
    : []),
  ['seeded OCI image layouts', startLayoutSeeded],
];

describe.each(SOURCES)('ModelService over %s', (_name, start) => {
  let models: ModelService;
  let report: SeedReport;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const started = await start();
    models = service(started.source);
    report = started.report;
    stop = started.stop;
  }, 60_000);
  afterAll(() => stop?.());

  const seeded = (repository: string, tag: string) =>
    report.models
      .find(m => m.repository === repository)!
      .versions.find(v => v.tag === tag)!;

  it('lists every seeded model with its latest version, counts, owner and storage status', async () => {
    const list = await models.listModels();
    expect(list.registries.map(r => [r.name, r.error])).toEqual([
      ['fra-sovereign', undefined],
      ['par-harbor', undefined],
      ['ghcr-example-org', undefined],
    ]);
    const byRef = Object.fromEntries(list.models.map(m => [m.ref, m]));
    expect(Object.keys(byRef).sort()).toEqual([
      `fra-sovereign/${MISTRAL_SMALL}`,
      'fra-sovereign/models/phi-4-mini-instruct',
      `ghcr-example-org/${LLAMA}`,
      `par-harbor/${MISTRAL_7B}`,
    ]);
    const llama = byRef[`ghcr-example-org/${LLAMA}`];
    expect(llama).toMatchObject({
      family: 'llama-3.1',
      licenses: ['LicenseRef-Llama-3.1-Community'],
      owner: 'group:default/us-applied-ml',
      latest: {
        tag: '1.1.0',
        digest: seeded(LLAMA, '1.1.0').digest,
        signed: false,
        sbom: true,
      },
      versionCount: 3,
      digestCount: 2,
      deploymentCount: 1,
      storage: { status: 'compliant' },
    });
    expect(byRef[`fra-sovereign/${MISTRAL_SMALL}`]).toMatchObject({
      signedVersionCount: 2,
      sbomVersionCount: 3,
      deploymentCount: 1,
      storage: { status: 'compliant', classification: 'restricted' },
    });
    // Confidential data in a registry exposed to the US CLOUD Act.
    expect(byRef[`par-harbor/${MISTRAL_7B}`].storage.status).toBe('violation');
    expect(byRef['fra-sovereign/models/phi-4-mini-instruct']).toMatchObject({
      owner: 'group:default/platform-engineering',
      deploymentCount: 0,
    });
  });

  it('reads versions with digests, sizes, signed and SBOM flags and fit, newest first', async () => {
    const list = await models.listVersions('fra-sovereign', MISTRAL_SMALL);
    const rows = list.versions.map(v =>
      v.status === 'ok'
        ? [v.tag, v.digest, v.totalSize, v.signed, v.sbom, v.sbomFormats]
        : [v.tag, v.error],
    );
    expect(rows).toEqual([
      [
        '3.2.1',
        seeded(MISTRAL_SMALL, '3.2.1').digest,
        seeded(MISTRAL_SMALL, '3.2.1').totalSize,
        true,
        true,
        ['spdx'],
      ],
      [
        '3.2.0',
        seeded(MISTRAL_SMALL, '3.2.0').digest,
        seeded(MISTRAL_SMALL, '3.2.0').totalSize,
        true,
        true,
        ['spdx'],
      ],
      [
        '3.1.0',
        seeded(MISTRAL_SMALL, '3.1.0').digest,
        seeded(MISTRAL_SMALL, '3.1.0').totalSize,
        false,
        true,
        ['spdx'],
      ],
    ]);
    const [latest] = list.versions;
    expect(latest.status === 'ok' && latest.fit).toMatchObject({
      status: 'ok',
      estimate: { totalGiB: 53.64, method: 'weights-x1.2' },
      recommended: { id: 'NVIDIA-H100-80GB-HBM3' },
    });
    expect(list.skipped.map(s => s.tag)).toEqual(
      expect.arrayContaining([
        seeded(MISTRAL_SMALL, '3.2.0').digest.replace(':', '-'),
      ]),
    );
  });

  it('finds the KitOps signature under the cosign .sig tag and the CycloneDX SBOM referrer', async () => {
    const list = await models.listVersions('par-harbor', MISTRAL_7B);
    const v03 = list.versions.find(v => v.tag === 'v0.3');
    expect(v03).toMatchObject({
      status: 'ok',
      packaging: 'kitops',
      digest: seeded(MISTRAL_7B, 'v0.3').digest,
      signed: true,
      sbom: true,
      sbomFormats: ['cyclonedx'],
      metadata: {
        parameterSize: '7.2b',
        precision: 'float16',
        licenses: ['Apache-2.0'],
      },
    });
  });

  it('matches the fixture clusters deployments by digest', async () => {
    const fra = await models.listVersions('fra-sovereign', MISTRAL_SMALL);
    const v32 = fra.versions.find(v => v.tag === '3.2.0');
    expect(v32?.status === 'ok' && v32.deployments).toEqual([
      expect.objectContaining({
        cluster: 'eu-sovereign-fra',
        namespace: 'eu-inference',
        kind: 'LLMInferenceService',
        name: 'mistral-small-eu',
        field: 'spec.model.uri',
        tags: ['3.2.0'],
        podCount: 2,
      }),
    ]);
    const par = await models.whereDeployed('par-harbor', MISTRAL_7B, 'v0.3');
    expect(par).toEqual([
      expect.objectContaining({
        cluster: 'eu-hyperscaler-par',
        kind: 'InferenceService',
        name: 'eu-summarizer',
        field: 'spec.predictor.model.storageUri',
        digest: seeded(MISTRAL_7B, 'v0.3').digest,
        podCount: 2,
      }),
    ]);
    expect(par[0].mutableTag).toBeUndefined();
  });

  it('attributes the virginia deployment of llama :latest to 1.0.0, the digest its modelcar runs, with the drift', async () => {
    const [deployment] = await models.whereDeployed(
      'ghcr-example-org',
      LLAMA,
      'latest',
    );
    expect(deployment).toMatchObject({
      cluster: 'us-east-virginia',
      name: 'llama-31-8b-chat',
      reference:
        'oci://ghcr.io/example-org/models/llama-3.1-8b-instruct:latest',
      digest: seeded(LLAMA, '1.0.0').digest,
      tags: ['1.0.0'],
      mutableTag: {
        tag: 'latest',
        currentDigest: seeded(LLAMA, '1.1.0').digest,
        moved: 'yes',
        basis: 'pod-image-id',
        runningDigest: seeded(LLAMA, '1.0.0').digest,
        summary: 'runs 1.0.0; :latest now points to 1.1.0',
      },
    });
    // "What runs 1.0.0?" finds it, by tag and by digest; 1.1.0 runs nowhere.
    expect(
      (await models.whereDeployed('ghcr-example-org', LLAMA, '1.0.0')).map(
        d => d.name,
      ),
    ).toEqual(['llama-31-8b-chat']);
    const old = await models.deploymentsByDigest(seeded(LLAMA, '1.0.0').digest);
    expect(old.deployments.map(d => d.name)).toEqual(['llama-31-8b-chat']);
    expect(
      await models.whereDeployed('ghcr-example-org', LLAMA, '1.1.0'),
    ).toEqual([]);
    const current = await models.deploymentsByDigest(
      seeded(LLAMA, '1.1.0').digest,
    );
    expect(current.versions).toEqual([
      {
        registry: 'ghcr-example-org',
        repository: LLAMA,
        tags: ['1.1.0', 'latest'],
      },
    ]);
    expect(current.deployments).toEqual([]);
    // The Versions tab lists it under 1.0.0 (what runs) and latest (what it names).
    const versions = await models.listVersions('ghcr-example-org', LLAMA);
    const names = (tag: string) => {
      const v = versions.versions.find(x => x.tag === tag);
      return v?.status === 'ok' ? v.deployments.map(d => d.name) : undefined;
    };
    expect(names('1.0.0')).toEqual(['llama-31-8b-chat']);
    expect(names('latest')).toEqual(['llama-31-8b-chat']);
    expect(names('1.1.0')).toEqual([]);
  });

  it('shows a version with its manifest, layers and referrers, and compares two', async () => {
    const detail = await models.getVersion(
      'fra-sovereign',
      MISTRAL_SMALL,
      '3.2.0',
    );
    expect(detail.layers.map(l => [l.kind, l.path])).toEqual([
      ['weight', 'model.safetensors'],
      ['weight-config', 'tokenizer.json'],
      ['doc', 'README.md'],
    ]);
    expect(detail.manifest.artifactType).toBe(
      'application/vnd.cncf.model.manifest.v1+json',
    );
    expect(detail.supplyChain?.signatures).toEqual([
      expect.objectContaining({
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        source: 'referrers-tag',
      }),
    ]);
    const diff = await models.compare(
      'ghcr-example-org',
      LLAMA,
      '1.0.0',
      '1.1.0',
    );
    expect(diff.changes).toEqual(
      expect.arrayContaining([
        { field: 'metadata.precision', a: 'bfloat16', b: 'float8_e4m3' },
        { field: 'sbom', a: 'false', b: 'true' },
      ]),
    );
    // Same tokenizer and model card (both are Llama 3.1), new weights.
    expect(diff.layers.unchanged.map(l => l.path)).toEqual([
      'tokenizer.json',
      'README.md',
    ]);
    expect(diff.layers.added.map(l => l.path)).toEqual(['model.safetensors']);
    expect(diff.sizeDelta).toBe(
      seeded(LLAMA, '1.1.0').totalSize - seeded(LLAMA, '1.0.0').totalSize,
    );
  });

  it('says clearly what was asked for that does not exist', async () => {
    await expect(models.listVersions('nope', LLAMA)).rejects.toThrow(
      /Unknown registry 'nope'; the valid ones? (is|are) .*ghcr-example-org/,
    );
    await expect(
      models.listVersions('ghcr-example-org', 'models/other'),
    ).rejects.toThrow(
      /Unknown model repository 'models\/other'; the valid ones? (is|are) .*\(in registry ghcr-example-org\)/,
    );
    await expect(
      models.getVersion('ghcr-example-org', LLAMA, '9.9'),
    ).rejects.toThrow("has no model version tagged '9.9'");
    await expect(models.deploymentsByDigest('sha256:abc')).rejects.toThrow(
      'is not a digest',
    );
  });
});
