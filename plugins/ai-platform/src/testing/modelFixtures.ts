import type {
  ModelDeployment,
  ModelList,
  ModelVersionComparison,
  ModelVersionDetail,
  ModelVersionList,
  ModelVersionSummary,
  SovereigntyEvaluation,
} from '@ai-platform/backstage-plugin-ai-platform-common';

export const digest = (c: string) => `sha256:${c.repeat(64)}`;

const storage: SovereigntyEvaluation = { status: 'compliant', findings: [] };

export const modelList: ModelList = {
  generatedAt: '2026-07-15T09:00:00Z',
  registries: [
    { name: 'local', kind: 'registry', aliases: [], labels: {} },
    {
      name: 'ghcr',
      kind: 'registry',
      aliases: [],
      labels: {},
      error: 'connect ECONNREFUSED 127.0.0.1:5001',
    },
  ],
  models: [
    {
      registry: 'local',
      repository: 'models/llama-3.1-8b-instruct',
      ref: 'local/models/llama-3.1-8b-instruct',
      name: 'llama-3.1-8b-instruct',
      title: 'Llama 3.1 8B Instruct',
      family: 'llama',
      packaging: 'modelpack',
      licenses: ['Llama-3.1'],
      latest: {
        tag: 'v1.1',
        digest: digest('b'),
        createdAt: '2026-07-10T08:00:00Z',
        signed: true,
        sbom: false,
      },
      versionCount: 3,
      digestCount: 2,
      signedVersionCount: 2,
      sbomVersionCount: 0,
      deploymentCount: 1,
      storage,
    },
  ],
};

const deployment: ModelDeployment = {
  cluster: 'eu-sovereign-fra',
  clusterHealth: { state: 'synced', syncedAt: '2026-07-15T09:00:00Z' },
  namespace: 'eu-inference',
  kind: 'InferenceService',
  name: 'llama-chat',
  field: 'spec.predictor.model.storageUri',
  reference: 'oci://localhost:5000/models/llama-3.1-8b-instruct:latest',
  registry: 'local',
  repository: 'models/llama-3.1-8b-instruct',
  digest: digest('b'),
  tags: ['latest', 'v1.1'],
  mutableTag: {
    tag: 'latest',
    currentDigest: digest('b'),
    moved: 'yes',
    basis: 'pod-image-id',
    runningDigest: digest('a'),
    runningTags: ['v1.0'],
    currentTags: ['v1.1'],
    summary: 'runs v1.0; :latest now points to v1.1',
    message: 'The pods run sha256:aaaa, the tag now points to sha256:bbbb.',
  },
  podCount: 2,
};

export const v11: ModelVersionSummary = {
  status: 'ok',
  tag: 'v1.1',
  digest: digest('b'),
  manifestDigest: digest('b'),
  packaging: 'modelpack',
  metadata: {
    authors: [],
    licenses: ['Llama-3.1'],
    format: 'safetensors',
    parameterSize: '8b',
    precision: 'bfloat16',
    createdAt: '2026-07-10T08:00:00Z',
  },
  totalSize: 3 * 1024 * 1024,
  signed: true,
  sbom: false,
  sbomFormats: [],
  fit: {
    status: 'ok',
    estimate: {
      bytesPerParameter: 2,
      weightsGiB: 14.9,
      overheadGiB: 3,
      totalGiB: 17.88,
      method: 'weights-x1.2',
      assumptions: [],
    },
    profiles: [],
    recommended: {
      id: 'NVIDIA-L40S',
      product: 'NVIDIA-L40S',
      count: 1,
      memoryGiB: 48,
      utilization: 0.37,
      tier: 'comfortable',
    },
  },
  deployments: [deployment],
  sameDigestTags: ['latest'],
  warnings: [],
};

export const v10: ModelVersionSummary = {
  ...v11,
  tag: 'v1.0',
  digest: digest('a'),
  manifestDigest: digest('a'),
  totalSize: 2 * 1024 * 1024,
  signed: false,
  sbom: true,
  sbomFormats: ['spdx'],
  deployments: [],
  sameDigestTags: [],
  metadata: { ...v11.metadata, createdAt: '2026-07-01T08:00:00Z' },
};

export const versionList: ModelVersionList = {
  registry: 'local',
  repository: 'models/llama-3.1-8b-instruct',
  generatedAt: '2026-07-15T09:00:00Z',
  versions: [
    v11,
    v10,
    {
      status: 'error',
      tag: 'broken',
      digest: digest('c'),
      error: 'manifest is not valid JSON',
    },
  ],
  skipped: [],
  storage,
};

export const versionDetail: ModelVersionDetail = {
  ...v11,
  registry: 'local',
  repository: 'models/llama-3.1-8b-instruct',
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  configDigest: digest('d'),
  layers: [
    {
      kind: 'weight',
      mediaType: 'application/vnd.cncf.model.weight.v1.raw',
      digest: digest('e'),
      size: 2048,
      path: 'model.safetensors',
    },
  ],
  manifest: { schemaVersion: 2, artifactType: 'application/vnd.cncf.model' },
  supplyChain: {
    signatures: [
      {
        digest: digest('f'),
        artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json',
        source: 'referrers-api',
      },
    ],
    sboms: [],
    attestations: [],
  },
};

export const comparison: ModelVersionComparison = {
  registry: 'local',
  repository: 'models/llama-3.1-8b-instruct',
  a: v10,
  b: v11,
  sameDigest: false,
  changes: [{ field: 'signed', a: 'no', b: 'yes' }],
  layers: {
    unchanged: [],
    removed: [
      {
        kind: 'weight',
        mediaType: 'application/vnd.cncf.model.weight.v1.raw',
        digest: digest('1'),
        size: 1024,
        path: 'old.safetensors',
      },
    ],
    added: versionDetail.layers,
  },
  sizeDelta: 1024 * 1024,
};
