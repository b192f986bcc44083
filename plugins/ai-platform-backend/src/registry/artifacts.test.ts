import {
  classifyManifest,
  layerKind,
  parseKitfile,
  parseModelConfig,
  parseModelPackConfig,
  parseParameterSize,
  readModelManifest,
  summariseSupplyChain,
} from './artifacts';
import {
  containerImageManifest,
  kitfileConfig,
  kitopsManifest,
  modelPackConfig,
  modelPackManifest,
} from './__fixtures__/models';

const sha = (c: string) => `sha256:${c.repeat(64)}`;

describe('classifyManifest', () => {
  it('recognises ModelPack by artifactType or config media type', () => {
    expect(classifyManifest(modelPackManifest)).toBe('modelpack');
    const { artifactType, ...withoutArtifactType } = modelPackManifest;
    expect(artifactType).toBeDefined();
    expect(classifyManifest(withoutArtifactType)).toBe('modelpack');
  });

  it('recognises a KitOps ModelKit by its config media type', () => {
    expect(classifyManifest(kitopsManifest)).toBe('kitops');
  });

  it('answers undefined for a container image', () => {
    expect(classifyManifest(containerImageManifest)).toBeUndefined();
  });
});

describe('layerKind', () => {
  it.each([
    ['application/vnd.cncf.model.weight.v1.raw', 'weight'],
    ['application/vnd.cncf.model.weight.config.v1.tar+zstd', 'weight-config'],
    ['application/vnd.cncf.model.dataset.v1.tar+gzip', 'dataset'],
    ['application/vnd.kitops.modelkit.model.v1.tar', 'weight'],
    ['application/vnd.kitops.modelkit.modelpart.v1.raw', 'weight-config'],
    ['application/vnd.kitops.modelkit.docs.v1.tar+gzip', 'doc'],
    ['application/vnd.oci.image.layer.v1.tar', 'other'],
  ])('maps %s to %s', (mediaType, kind) => {
    expect(layerKind(mediaType)).toBe(kind);
  });
});

describe('readModelManifest', () => {
  it('reads the config descriptor and layers with their paths', () => {
    const result = readModelManifest(modelPackManifest);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        packaging: 'modelpack',
        config: expect.objectContaining({ digest: sha('c'), size: 812 }),
      }),
    });
    const layers = result.ok ? result.value.layers : [];
    expect(layers.map(l => [l.kind, l.path, l.size])).toEqual([
      ['weight', 'model-00001-of-00002.safetensors', 4976698672],
      ['weight-config', 'tokenizer.json', 9085657],
      ['doc', 'README.md', 10240],
    ]);
  });

  it('fails with a sentence on a broken layer descriptor', () => {
    const broken = {
      ...kitopsManifest,
      layers: [{ mediaType: 'x', digest: 'nope', size: 1 }],
    };
    expect(readModelManifest(broken)).toEqual({
      ok: false,
      error: 'layer 0 of the manifest has no valid digest',
    });
  });

  it('fails on a missing config descriptor and a wrong schemaVersion', () => {
    expect(
      readModelManifest({
        schemaVersion: 2,
        artifactType: 'application/vnd.cncf.model.manifest.v1+json',
        layers: [],
      }),
    ).toEqual({
      ok: false,
      error: "the manifest's config descriptor is not an object",
    });
    expect(
      readModelManifest({ ...modelPackManifest, schemaVersion: 1 }),
    ).toEqual({ ok: false, error: 'the manifest has schemaVersion 1, not 2' });
  });

  it('fails on an artifact that is not a model', () => {
    expect(readModelManifest(containerImageManifest)).toEqual({
      ok: false,
      error: 'the manifest is neither a ModelPack nor a KitOps artifact',
    });
  });
});

describe('parseParameterSize', () => {
  it.each([
    ['8b', 8e9],
    ['6.7B', 6.7e9],
    ['1.0t', 1e12],
    ['100m', 1e8],
    ['70K', 7e4],
    ['2Q', 2e15],
  ])('reads %s as %d', (text, count) => {
    expect(parseParameterSize(text)).toBe(count);
  });

  it.each(['8', 'eight billion', '6.75B', 'B8'])('rejects %s', text => {
    expect(parseParameterSize(text)).toBeUndefined();
  });
});

describe('parseModelPackConfig', () => {
  it('reads the metadata of the model-spec example', () => {
    expect(parseModelPackConfig(modelPackConfig)).toEqual({
      ok: true,
      value: {
        name: 'xyz-3-8B-Instruct',
        title: 'XYZ 3 8B Instruct',
        description: 'An instruction-tuned 8B model.',
        vendor: 'XYZ Corp.',
        family: 'xyz3',
        version: '3.1',
        authors: ['XYZ Corp. AI team'],
        licenses: ['Apache-2.0'],
        createdAt: '2025-06-01T10:00:00Z',
        sourceUrl: 'https://example.com/xyz3',
        documentationUrl: 'https://example.com/xyz3/docs',
        architecture: 'transformer',
        format: 'safetensors',
        parameterSize: '8b',
        parameterCount: 8e9,
        precision: 'float16',
        quantization: 'gptq',
      },
    });
  });

  it('ignores fields of the wrong type with a warning', () => {
    const warnings: string[] = [];
    const result = parseModelPackConfig(
      {
        descriptor: { name: 'm', licenses: 'MIT' },
        config: { paramSize: 'big', precision: ['float16'] },
      },
      warnings,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'm', licenses: [], parameterSize: 'big' },
    });
    expect(warnings).toEqual([
      'descriptor.licenses is not a list of strings; it was ignored',
      'config.precision is not a string; it was ignored',
      "the parameter size 'big' is not of the form <number><K|M|B|T|Q>, e.g. 8B",
    ]);
  });

  it('fails on a config that is not an object', () => {
    expect(parseModelPackConfig([1, 2])).toEqual({
      ok: false,
      error: 'the ModelPack config is not a JSON object',
    });
    expect(parseModelPackConfig({ descriptor: 'x' })).toEqual({
      ok: false,
      error: "the ModelPack config's 'descriptor' is not an object",
    });
  });
});

describe('parseKitfile', () => {
  it('reads the Kitfile example and gathers every licence', () => {
    expect(parseKitfile(kitfileConfig)).toEqual({
      ok: true,
      value: {
        name: 'ModelName',
        description: undefined,
        version: '1',
        authors: ['Author Name', 'Contributor Name'],
        format: 'gguf',
        parameterSize: '7B',
        parameterCount: 7e9,
        precision: 'int4',
        quantization: 'q4_0',
        licenses: ['Apache-2.0', 'MIT', 'CC-BY-4.0'],
      },
    });
  });

  it('falls back to the package name and version', () => {
    expect(
      parseKitfile({ package: { name: 'pkg', version: '2.0.0' } }),
    ).toMatchObject({ ok: true, value: { name: 'pkg', version: '2.0.0' } });
  });

  it("fails when 'model' is not an object", () => {
    expect(parseKitfile({ model: 'x' })).toEqual({
      ok: false,
      error: "the Kitfile's 'model' is not an object",
    });
  });
});

describe('parseModelConfig', () => {
  it('takes the creation time of a ModelKit from its manifest annotation', () => {
    const manifest = readModelManifest(kitopsManifest);
    if (!manifest.ok) throw new Error(manifest.error);
    const result = parseModelConfig(
      manifest.value,
      Buffer.from(JSON.stringify(kitfileConfig)),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { createdAt: '2025-05-20T08:30:00Z' },
    });
  });

  it('fails with a sentence on a config blob that is not JSON', () => {
    const manifest = readModelManifest(modelPackManifest);
    if (!manifest.ok) throw new Error(manifest.error);
    const result = parseModelConfig(manifest.value, Buffer.from('{oops'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(
      `the config blob ${sha('c')} is not valid JSON`,
    );
  });
});

describe('summariseSupplyChain', () => {
  it('sorts referrers and cosign tags into signatures, SBOMs and attestations', () => {
    const chain = summariseSupplyChain({
      source: 'tag-schema',
      referrers: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          digest: sha('a'),
          size: 1,
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          digest: sha('b'),
          size: 1,
          annotations: {
            'dev.sigstore.bundle.predicateType': 'https://spdx.dev/Document',
          },
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          artifactType: 'application/vnd.cyclonedx+json',
          digest: sha('c'),
          size: 1,
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          artifactType: 'application/vnd.example.unknown',
          digest: sha('d'),
          size: 1,
        },
      ],
      cosignTags: [
        {
          kind: 'sig',
          tag: `sha256-${'e'.repeat(64)}.sig`,
          digest: sha('e'),
          layerMediaTypes: ['application/vnd.dev.cosign.simplesigning.v1+json'],
        },
        {
          kind: 'sbom',
          tag: `sha256-${'e'.repeat(64)}.sbom`,
          digest: sha('f'),
          layerMediaTypes: ['text/spdx+json'],
        },
      ],
    });
    expect(chain.signatures.map(s => [s.digest, s.source])).toEqual([
      [sha('a'), 'referrers-tag'],
      [sha('e'), 'cosign-tag'],
    ]);
    expect(chain.sboms.map(s => [s.digest, s.sbomFormat])).toEqual([
      [sha('b'), 'spdx'],
      [sha('c'), 'cyclonedx'],
      [sha('f'), 'spdx'],
    ]);
    expect(chain.attestations.map(s => s.digest)).toEqual([sha('b')]);
  });
});
