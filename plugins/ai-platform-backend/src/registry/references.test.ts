import { parseReference, RegistryAliases } from './references';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  it.each([
    [
      `oci://registry.fra.eu-sovereign.example/models/mistral@${DIGEST}`,
      {
        host: 'registry.fra.eu-sovereign.example',
        path: 'models/mistral',
        digest: DIGEST,
      },
    ],
    [
      'oci://ghcr.io/example-org/models/llama-3.1-8b-instruct:latest',
      {
        host: 'ghcr.io',
        path: 'example-org/models/llama-3.1-8b-instruct',
        tag: 'latest',
      },
    ],
    [
      'oci+fetch://127.0.0.1:5000/models/x:v1',
      { host: '127.0.0.1:5000', path: 'models/x', tag: 'v1' },
    ],
    [
      `harbor.par.example.eu/models/m:v0.3@${DIGEST}`,
      {
        host: 'harbor.par.example.eu',
        path: 'models/m',
        tag: 'v0.3',
        digest: DIGEST,
      },
    ],
  ])('parses %s', (value, expected) => {
    expect(parseReference(value)).toEqual(expect.objectContaining(expected));
  });

  it.each([
    'hf://Qwen/Qwen3-Coder-30B',
    's3://bucket/model',
    'kserve/huggingfaceserver:v0.20.0-gpu',
    'oci://ghcr.io/models/x@sha256:short',
    'oci://nohost',
  ])('ignores %s', value => {
    expect(parseReference(value)).toBeUndefined();
  });
});

describe('RegistryAliases', () => {
  const aliases = new RegistryAliases([
    {
      name: 'ghcr-org',
      url: 'https://ghcr.io',
      aliases: ['ghcr.io/example-org'],
      repositories: ['models/llama'],
    },
    { name: 'ghcr', url: 'https://ghcr.io', aliases: [] },
    {
      name: 'local',
      url: 'http://127.0.0.1:5000',
      aliases: ['harbor.par.example.eu'],
    },
    { name: 'layout', url: '', aliases: ['registry.fra.eu-sovereign.example'] },
  ]);

  it('maps a reference to the registry with the longest matching alias', () => {
    expect(
      aliases.resolve('oci://ghcr.io/example-org/models/llama:latest'),
    ).toEqual({
      registry: 'ghcr-org',
      repository: 'models/llama',
      tag: 'latest',
      digest: undefined,
    });
    expect(aliases.resolve('oci://ghcr.io/other/models/llama:1')).toMatchObject(
      {
        registry: 'ghcr',
        repository: 'other/models/llama',
      },
    );
  });

  it('knows a registry by its alias and by the host of its URL', () => {
    expect(
      aliases.resolve(`oci://harbor.par.example.eu/models/m@${DIGEST}`),
    ).toMatchObject({
      registry: 'local',
      repository: 'models/m',
      digest: DIGEST,
    });
    expect(aliases.resolve('127.0.0.1:5000/models/m:v1')).toMatchObject({
      registry: 'local',
    });
    expect(
      aliases.resolve('oci://registry.fra.eu-sovereign.example/models/m:1'),
    ).toMatchObject({ registry: 'layout' });
  });

  it('picks, among registries on one host, the one configured with the repository', () => {
    expect(aliases.resolve('ghcr.io/models/llama:1')).toMatchObject({
      registry: 'ghcr-org',
    });
    expect(aliases.resolve('ghcr.io/models/other:1')).toMatchObject({
      registry: 'ghcr',
    });
  });

  it('answers undefined for a registry that is not configured, or a partial host match', () => {
    expect(aliases.resolve('oci://quay.io/models/m:1')).toBeUndefined();
    expect(
      aliases.resolve('oci://ghcr.io/example-organisation/m:1'),
    ).toMatchObject({
      registry: 'ghcr',
    });
  });
});
