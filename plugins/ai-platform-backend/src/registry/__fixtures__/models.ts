/**
 * Model artifacts in the shapes upstream tools write: a ModelPack manifest
 * as modctl builds it (model-spec `docs/config.md` config), and a KitOps
 * ModelKit as `kit pack` builds it (the Kitfile of `pkg/artifact/kitfile.md`).
 */

const sha = (c: string) => `sha256:${c.repeat(64)}`;

export const modelPackConfig = {
  descriptor: {
    createdAt: '2025-06-01T10:00:00Z',
    authors: ['XYZ Corp. AI team'],
    vendor: 'XYZ Corp.',
    family: 'xyz3',
    name: 'xyz-3-8B-Instruct',
    version: '3.1',
    title: 'XYZ 3 8B Instruct',
    description: 'An instruction-tuned 8B model.',
    docURL: 'https://example.com/xyz3/docs',
    sourceURL: 'https://example.com/xyz3',
    licenses: ['Apache-2.0'],
  },
  config: {
    architecture: 'transformer',
    format: 'safetensors',
    paramSize: '8b',
    precision: 'float16',
    quantization: 'gptq',
    capabilities: {
      inputTypes: ['text'],
      outputTypes: ['text', 'image'],
      reasoning: true,
      toolUsage: false,
      languages: ['en', 'zh'],
    },
  },
  modelfs: { type: 'layers', diffIds: [sha('1'), sha('2'), sha('3')] },
};

export const modelPackManifest = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  artifactType: 'application/vnd.cncf.model.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.cncf.model.config.v1+json',
    digest: sha('c'),
    size: 812,
  },
  layers: [
    {
      mediaType: 'application/vnd.cncf.model.weight.v1.raw',
      digest: sha('1'),
      size: 4976698672,
      annotations: {
        'org.cncf.model.filepath': 'model-00001-of-00002.safetensors',
        'org.cncf.model.file.metadata+json':
          '{"name":"model-00001-of-00002.safetensors","mode":420,"uid":0,"gid":0,"size":4976698672,"mtime":"2025-06-01T10:00:00Z","typeflag":48}',
        'org.cncf.model.file.mediatype.untested': 'false',
      },
    },
    {
      mediaType: 'application/vnd.cncf.model.weight.config.v1.raw',
      digest: sha('2'),
      size: 9085657,
      annotations: { 'org.cncf.model.filepath': 'tokenizer.json' },
    },
    {
      mediaType: 'application/vnd.cncf.model.doc.v1.tar',
      digest: sha('3'),
      size: 10240,
      annotations: { 'org.cncf.model.filepath': 'README.md' },
    },
  ],
};

export const kitfileConfig = {
  manifestVersion: '1.0',
  package: {
    name: 'AIProjectName',
    version: '1.2.3',
    authors: ['Author Name', 'Contributor Name'],
    license: 'Apache-2.0',
  },
  model: {
    name: 'ModelName',
    path: 'models/model.gguf',
    framework: 'llama.cpp',
    format: 'gguf',
    version: 1.0,
    license: 'Apache-2.0',
    parts: [{ name: 'tokenizer', path: 'tokenizer.json', license: 'MIT' }],
    parameters: { paramSize: '7B', precision: 'int4', quantization: 'q4_0' },
  },
  datasets: [
    { name: 'DatasetName', path: 'data/dataset.csv', license: 'CC-BY-4.0' },
  ],
  docs: [{ path: 'README.md', description: 'Model card' }],
};

export const kitopsManifest = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.kitops.modelkit.config.v1+json',
    digest: sha('d'),
    size: 512,
  },
  layers: [
    {
      mediaType: 'application/vnd.kitops.modelkit.model.v1.tar+gzip',
      digest: sha('4'),
      size: 3825819519,
      annotations: { 'org.opencontainers.image.title': 'models/model.gguf' },
    },
    {
      mediaType: 'application/vnd.kitops.modelkit.modelpart.v1.tar',
      digest: sha('5'),
      size: 1842767,
    },
    {
      mediaType: 'application/vnd.kitops.modelkit.dataset.v1.tar+zstd',
      digest: sha('6'),
      size: 1000,
    },
    {
      mediaType: 'application/vnd.kitops.modelkit.docs.v1.tar',
      digest: sha('7'),
      size: 2048,
    },
  ],
  annotations: {
    'ml.kitops.modelkit.cli-version': '1.3.0',
    'org.opencontainers.image.created': '2025-05-20T08:30:00Z',
  },
};

/** A plain container image, which is not a model. */
export const containerImageManifest = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: sha('e'),
    size: 1469,
  },
  layers: [
    {
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: sha('8'),
      size: 3623807,
    },
  ],
};
