/**
 * The models the seeder writes. Every field is fixed (times included), so
 * the same artifacts, and therefore the same digests, come out on every run
 * and every machine; the fixture clusters in examples/clusters reference
 * these digests.
 */

/** How a version's signature is stored. */
export type SeedSignature =
  /** A sigstore bundle as an OCI 1.1 referrer (cosign v3), found through the `sha256-<hex>` fallback tag. */
  | 'sigstore-referrer'
  /** A cosign simple-signing payload under cosign's legacy `sha256-<hex>.sig` tag. */
  | 'cosign-tag';

/** How a version's SBOM is stored. */
export type SeedSbom =
  /** An SPDX document as an OCI 1.1 referrer. */
  | 'spdx-referrer'
  /** A CycloneDX document as an OCI 1.1 referrer. */
  | 'cyclonedx-referrer'
  /** A CycloneDX document under cosign's legacy `sha256-<hex>.sbom` tag. */
  | 'cyclonedx-cosign-tag'
  /**
   * An SPDX referrer whose upload was cut short: the blob is the first part
   * of a valid document, so it is present but cannot be parsed.
   */
  | 'spdx-referrer-malformed';

/** How a version's SLSA build provenance (an in-toto statement) is stored. */
export type SeedProvenance =
  /** A DSSE-signed statement in a sigstore bundle, as an OCI 1.1 referrer (cosign v3 `attest`). */
  | 'slsa-referrer'
  /** A DSSE envelope under cosign's legacy `sha256-<hex>.att` tag. */
  | 'slsa-cosign-tag'
  /**
   * A referrer of this version whose statement names another digest as its
   * subject: the provenance of the previous build, attached again.
   */
  | 'slsa-referrer-wrong-subject';

export interface SeedVersion {
  tag: string;
  /** The model's own version, as its config states it. */
  version: string;
  createdAt: string;
  paramSize: string;
  precision: string;
  quantization?: string;
  format: string;
  /** Bytes of the fake weights layer. */
  weightBytes: number;
  signature?: SeedSignature;
  sbom?: SeedSbom;
  provenance?: SeedProvenance;
}

export interface SeedModel {
  repository: string;
  packaging: 'modelpack' | 'kitops';
  name: string;
  title: string;
  vendor: string;
  family: string;
  license: string;
  /** The catalog Group that owns the model, as the `ai-platform.io/owner` manifest annotation. */
  owner?: string;
  /** Where the weights come from, as a package URL (SBOM and provenance name it). */
  upstream: string;
  /** The CI workflow that packages the model: the SLSA builder of its provenance. */
  builder: string;
  versions: SeedVersion[];
  /**
   * A tag pushed first as one version and then again as another, as
   * `latest` moves in real registries; the deployment that references it is
   * then flagged.
   */
  movedTag?: { tag: string; from: string; to: string };
}

export const SEED_MODELS: readonly SeedModel[] = [
  {
    repository: 'models/mistral-small-3.2-24b-instruct',
    upstream: 'pkg:huggingface/mistralai/Mistral-Small-3.2-24B-Instruct-2506',
    builder:
      'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
    packaging: 'modelpack',
    name: 'Mistral-Small-3.2-24B-Instruct',
    title: 'Mistral Small 3.2 24B Instruct',
    vendor: 'Mistral AI',
    family: 'mistral-small',
    license: 'Apache-2.0',
    owner: 'group:default/eu-inference',
    versions: [
      {
        tag: '3.1.0',
        version: '3.1',
        createdAt: '2026-03-17T09:00:00Z',
        paramSize: '24b',
        precision: 'bfloat16',
        format: 'safetensors',
        weightBytes: 6144,
        sbom: 'spdx-referrer-malformed',
      },
      {
        tag: '3.2.0',
        version: '3.2',
        createdAt: '2026-06-20T09:00:00Z',
        paramSize: '24b',
        precision: 'bfloat16',
        format: 'safetensors',
        weightBytes: 6400,
        signature: 'sigstore-referrer',
        sbom: 'spdx-referrer',
        provenance: 'slsa-referrer',
      },
      {
        // Newer than what the fixture clusters run: the version the
        // governed-service e2e deploys and then rolls back from to 3.2.0.
        tag: '3.2.1',
        version: '3.2',
        createdAt: '2026-09-15T09:00:00Z',
        paramSize: '24b',
        precision: 'bfloat16',
        format: 'safetensors',
        weightBytes: 6464,
        signature: 'sigstore-referrer',
        sbom: 'spdx-referrer',
        provenance: 'slsa-referrer',
      },
    ],
  },
  {
    repository: 'models/phi-4-mini-instruct',
    upstream: 'pkg:huggingface/microsoft/Phi-4-mini-instruct',
    builder:
      'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
    packaging: 'modelpack',
    name: 'Phi-4-mini-instruct',
    title: 'Phi 4 mini instruct',
    vendor: 'Microsoft',
    family: 'phi-4',
    license: 'MIT',
    versions: [
      {
        tag: '1.0',
        version: '1.0',
        createdAt: '2026-02-26T12:00:00Z',
        paramSize: '3.8b',
        precision: 'bfloat16',
        format: 'safetensors',
        weightBytes: 3072,
        sbom: 'cyclonedx-cosign-tag',
      },
      {
        tag: '1.0-q4',
        version: '1.0',
        createdAt: '2026-02-27T12:00:00Z',
        paramSize: '3.8b',
        precision: 'int4',
        quantization: 'q4_k_m',
        format: 'gguf',
        weightBytes: 1024,
      },
    ],
  },
  {
    repository: 'models/mistral-7b-instruct-v0.3',
    upstream: 'pkg:huggingface/mistralai/Mistral-7B-Instruct-v0.3',
    builder:
      'https://gitlab.com/example-eu/model-factory/-/pipelines@refs/heads/main',
    packaging: 'kitops',
    name: 'mistral-7b-instruct',
    title: 'Mistral 7B Instruct',
    vendor: 'Mistral AI',
    family: 'mistral',
    license: 'Apache-2.0',
    owner: 'group:default/eu-inference',
    versions: [
      {
        tag: 'v0.2',
        version: '0.2',
        createdAt: '2026-02-10T08:30:00Z',
        paramSize: '7.2b',
        precision: 'float16',
        format: 'safetensors',
        weightBytes: 4096,
      },
      {
        tag: 'v0.3',
        version: '0.3',
        createdAt: '2026-05-05T08:30:00Z',
        paramSize: '7.2b',
        precision: 'float16',
        format: 'safetensors',
        weightBytes: 4352,
        signature: 'cosign-tag',
        sbom: 'cyclonedx-referrer',
        provenance: 'slsa-cosign-tag',
      },
    ],
  },
  {
    repository: 'models/llama-3.1-8b-instruct',
    upstream: 'pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct',
    builder:
      'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
    packaging: 'modelpack',
    name: 'Llama-3.1-8B-Instruct',
    title: 'Llama 3.1 8B Instruct',
    vendor: 'Meta',
    family: 'llama-3.1',
    license: 'LicenseRef-Llama-3.1-Community',
    owner: 'group:default/us-applied-ml',
    versions: [
      {
        tag: '1.0.0',
        version: '3.1',
        createdAt: '2026-06-15T16:00:00Z',
        paramSize: '8b',
        precision: 'bfloat16',
        format: 'safetensors',
        weightBytes: 4608,
      },
      {
        tag: '1.1.0',
        version: '3.1',
        // After the virginia pods started (2026-07-10): they run 1.0.0.
        createdAt: '2026-08-01T16:00:00Z',
        paramSize: '8b',
        precision: 'float8_e4m3',
        quantization: 'fp8',
        format: 'safetensors',
        weightBytes: 2560,
        sbom: 'spdx-referrer',
        provenance: 'slsa-referrer-wrong-subject',
      },
    ],
    movedTag: { tag: 'latest', from: '1.0.0', to: '1.1.0' },
  },
];

/**
 * The registries the portal is configured with over the seeded data: one
 * local registry (or image layout) seen as three places, each under the
 * reference host the fixture clusters' workloads use, with the sovereignty
 * labels of where such a registry would be.
 */
export interface SeedRegistry {
  name: string;
  aliases: string[];
  owner: string;
  labels: Record<string, string>;
  repositories: string[];
}

export const SEED_REGISTRIES: readonly SeedRegistry[] = [
  {
    name: 'fra-sovereign',
    aliases: ['registry.fra.eu-sovereign.example'],
    owner: 'group:default/platform-engineering',
    labels: {
      'ai-platform.io/jurisdiction': 'DE',
      'ai-platform.io/region': 'eu-de-fra-1',
      'ai-platform.io/provider': 'eu-sovereign-cloud',
      'ai-platform.io/data-classification': 'restricted',
      'ai-platform.io/residency-policy': 'eu-only',
      'ai-platform.io/non-eu-law-exposure': 'none',
    },
    repositories: [
      'models/mistral-small-3.2-24b-instruct',
      'models/phi-4-mini-instruct',
    ],
  },
  {
    name: 'par-harbor',
    aliases: ['harbor.par.example.eu'],
    owner: 'group:default/platform-engineering',
    labels: {
      'ai-platform.io/jurisdiction': 'FR',
      'ai-platform.io/region': 'eu-west-3',
      'ai-platform.io/provider': 'aws',
      'ai-platform.io/data-classification': 'confidential',
      'ai-platform.io/residency-policy': 'eu-only',
      'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
    },
    repositories: ['models/mistral-7b-instruct-v0.3'],
  },
  {
    name: 'ghcr-example-org',
    aliases: ['ghcr.io/example-org'],
    owner: 'group:default/us-applied-ml',
    labels: {
      'ai-platform.io/jurisdiction': 'US',
      'ai-platform.io/provider': 'github',
      'ai-platform.io/data-classification': 'internal',
      'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
    },
    repositories: ['models/llama-3.1-8b-instruct'],
  },
];
