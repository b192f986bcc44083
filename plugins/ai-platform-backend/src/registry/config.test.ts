import { ConfigReader } from '@backstage/config';
import { readRegistryConfigs } from './config';

function read(...registries: object[]) {
  return readRegistryConfigs(new ConfigReader({ aiPlatform: { registries } }));
}

describe('readRegistryConfigs', () => {
  it('reads a registry with defaults', () => {
    expect(read({ name: 'ghcr', url: 'https://ghcr.io/' })).toEqual([
      {
        name: 'ghcr',
        url: 'https://ghcr.io',
        aliases: [],
        labels: {},
        auth: { type: 'anonymous' },
        tokenRealms: [],
        blobRedirectHosts: [],
        repositories: [],
        repositoryPrefixes: [],
        concurrency: 4,
        timeoutMs: 30_000,
        retries: 3,
        pageSize: 100,
        maxBlobBytes: 4 * 1024 * 1024,
        maxPages: 1000,
        maxItems: 100_000,
        listTimeoutMs: 120_000,
      },
    ]);
  });

  it('reads every key, with durations as strings or objects', () => {
    const [registry] = read({
      name: 'harbor-eu',
      url: 'https://harbor.example.eu/v2/',
      auth: { type: 'basic', username: 'robot$models', password: 's3cret' },
      tokenRealms: ['https://auth.example.eu/service/token?x=1'],
      blobRedirectHosts: ['CDN.example.eu'],
      repositories: ['models/llama-3-8b'],
      repositoryPrefixes: ['models/'],
      concurrency: 8,
      timeout: '5s',
      retries: 0,
      pageSize: 10,
      maxBlobBytes: 1024,
      maxPages: 5,
      maxItems: 50,
      listTimeout: '10s',
    });
    expect(registry).toEqual({
      name: 'harbor-eu',
      url: 'https://harbor.example.eu',
      aliases: [],
      labels: {},
      auth: { type: 'basic', username: 'robot$models', password: 's3cret' },
      tokenRealms: ['https://auth.example.eu/service/token'],
      blobRedirectHosts: ['cdn.example.eu'],
      repositories: ['models/llama-3-8b'],
      repositoryPrefixes: ['models/'],
      concurrency: 8,
      timeoutMs: 5000,
      retries: 0,
      pageSize: 10,
      maxBlobBytes: 1024,
      maxPages: 5,
      maxItems: 50,
      listTimeoutMs: 10_000,
    });
    expect(
      read({ name: 'a', url: 'https://a.example', timeout: { minutes: 1 } })[0]
        .timeoutMs,
    ).toBe(60_000);
  });

  it('reads a bearer token', () => {
    expect(
      read({
        name: 'a',
        url: 'https://a.example',
        auth: { type: 'bearer', token: 't' },
      })[0].auth,
    ).toEqual({ type: 'bearer', token: 't' });
  });

  it('accepts plain http only on loopback hosts', () => {
    expect(read({ name: 'dev', url: 'http://127.0.0.1:5000' })[0].url).toBe(
      'http://127.0.0.1:5000',
    );
    expect(read({ name: 'dev', url: 'http://localhost:5000' })[0].url).toBe(
      'http://localhost:5000',
    );
    expect(() =>
      read({ name: 'plain', url: 'http://registry.example.com' }),
    ).toThrow(
      "aiPlatform.registries: 'plain' url uses plain http on 'registry.example.com'; use https (http is allowed only for localhost, for development)",
    );
  });

  it.each([
    [
      { name: 'Bad Name', url: 'https://a' },
      "aiPlatform.registries: 'Bad Name' is not a valid registry name",
    ],
    [
      { name: 'a', url: 'not a url' },
      "aiPlatform.registries: 'a' url is not a URL: 'not a url'",
    ],
    [
      { name: 'a', url: 'ftp://a.example' },
      "aiPlatform.registries: 'a' url must be an https URL, got 'ftp://a.example'",
    ],
    [
      { name: 'a', url: 'https://user:pw@a.example' },
      "aiPlatform.registries: 'a' url must not contain credentials",
    ],
    [
      { name: 'a', url: 'https://a', auth: { type: 'basic', username: 'u' } },
      "aiPlatform.registries: 'a' has auth.type basic but no auth.password; set both",
    ],
    [
      { name: 'a', url: 'https://a', auth: { type: 'bearer' } },
      "aiPlatform.registries: 'a' has auth.type bearer but no auth.token",
    ],
    [
      { name: 'a', url: 'https://a', auth: { type: 'oauth' } },
      "aiPlatform.registries: 'a' has auth.type 'oauth'; use anonymous, basic or bearer",
    ],
    [
      { name: 'a', url: 'https://a', repositories: ['Models/X'] },
      "aiPlatform.registries: 'a' repositories has 'Models/X', which is not a valid repository name",
    ],
    [
      { name: 'a', url: 'https://a', concurrency: 0 },
      "aiPlatform.registries: 'a' concurrency must be an integer of at least 1, got 0",
    ],
    [
      { name: 'a', url: 'https://a', tokenRealms: ['http://auth.example'] },
      "aiPlatform.registries: 'a' tokenRealms uses plain http on 'auth.example'",
    ],
  ])('rejects %j with a clear message', (registry, message) => {
    expect(() => read(registry)).toThrow(message);
  });

  it('rejects a name used twice', () => {
    expect(() =>
      read({ name: 'a', url: 'https://a' }, { name: 'a', url: 'https://b' }),
    ).toThrow(
      "aiPlatform.registries: name 'a' is used twice; names must be unique",
    );
  });

  it('reads no registries when none are configured', () => {
    expect(readRegistryConfigs(new ConfigReader({}))).toEqual([]);
  });

  it('reads aliases (lower-cased, oci:// and trailing slashes dropped), labels and owner', () => {
    const [registry] = read({
      name: 'ghcr',
      url: 'https://ghcr.io',
      aliases: ['oci://GHCR.io/example-org/', 'registry.example.eu:5000'],
      labels: { 'ai-platform.io/jurisdiction': 'US' },
      owner: 'group:default/ml-platform',
    });
    expect(registry).toMatchObject({
      aliases: ['ghcr.io/example-org', 'registry.example.eu:5000'],
      labels: { 'ai-platform.io/jurisdiction': 'US' },
      owner: 'group:default/ml-platform',
    });
  });

  it('reads an image-layout registry', () => {
    const [registry] = read({ name: 'local', layout: '/srv/models' });
    expect(registry).toMatchObject({ url: '', layout: '/srv/models' });
  });

  it.each([
    [
      { name: 'x', url: 'https://a.io', aliases: ['https://a.io'] },
      "aliases has 'https://a.io'",
    ],
    [
      { name: 'x', url: 'https://a.io', layout: '/srv' },
      'has both url and layout',
    ],
    [{ name: 'x' }, 'has neither url nor layout'],
    [{ name: 'x', layout: 'models' }, 'layout must be an absolute path'],
  ])('rejects %j', (registry, message) => {
    expect(() => read(registry)).toThrow(message);
  });
});
