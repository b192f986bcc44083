import { CacheManager } from '@backstage/backend-defaults/cache';
import { ConfigReader } from '@backstage/config';
import { randomUUID } from 'node:crypto';
import { testRedisUrl } from '../__testUtils__/redis';
import { readRegistryConfigs } from './config';
import { MediaTypes } from './oci';
import { OciRegistryClient } from './OciRegistryClient';
import { sharedDigestCacheFromConfig } from './sharedCache';
import {
  findDockerRegistry,
  MISSING_REGISTRY_MESSAGE,
  RunningRegistry,
  startDockerRegistry,
} from './__testUtils__/dockerRegistry';
import { TestPusher } from './__testUtils__/push';
import { modelPackConfig } from './__fixtures__/models';

// Two backend replicas share the registry digest cache through Backstage's
// cache service on a real Redis (Debian's redis-server, started by
// scripts/test.sh) and read a real registry (Debian's docker-registry).
const redisUrl = testRedisUrl();
const registryAvailable = !!findDockerRegistry();
if (!registryAvailable && process.env.CI !== 'true') {
  process.stderr.write(`Skipping: ${MISSING_REGISTRY_MESSAGE}\n`);
}
if (!registryAvailable && process.env.CI === 'true') {
  it('has docker-registry installed', () => {
    expect(MISSING_REGISTRY_MESSAGE).toBe('');
  });
}

// Nothing listens there: a replica configured with it cannot read the
// registry, so whatever it serves comes from the shared cache.
const NOWHERE = 'http://127.0.0.1:9';

/** The configuration of one replica: one registry and the cache store. */
function replicaConfig(registryUrl: string, cache?: object) {
  return new ConfigReader({
    ...(cache ? { backend: { cache } } : {}),
    aiPlatform: {
      registries: [
        { name: 'local', url: registryUrl, timeout: '2s', retries: 0 },
      ],
    },
  });
}

/** A replica's registry client, with the shared cache its config names. */
function replica(registryUrl: string, cache?: object) {
  const config = replicaConfig(registryUrl, cache);
  const [registry] = readRegistryConfigs(config);
  return new OciRegistryClient(registry, {
    sharedCache: sharedDigestCacheFromConfig(config),
  });
}

const describeWithServers =
  redisUrl && registryAvailable ? describe : describe.skip;

describeWithServers('the registry digest cache shared through Redis', () => {
  let registry: RunningRegistry;
  let modelDigest: string;
  let configDigest: string;
  // Each run in a namespace of its own, so runs never see each other's keys.
  const redis = () => ({
    store: 'redis',
    connection: redisUrl,
    redis: { client: { namespace: `aip-test-${randomUUID()}` } },
  });

  beforeAll(async () => {
    registry = await startDockerRegistry();
    const push = new TestPusher(registry.url);
    const model = await push.model('models/shared', 'v1', {
      configMediaType: MediaTypes.modelPackConfig,
      artifactType: MediaTypes.modelPackManifest,
      layerMediaTypes: ['application/vnd.cncf.model.weight.v1.raw'],
      config: modelPackConfig,
    });
    modelDigest = model.digest;
    const manifest = await replica(registry.url).getManifest(
      'models/shared',
      modelDigest,
    );
    configDigest = (manifest!.content as any).config.digest;
  });

  afterAll(async () => {
    await registry?.stop();
  });

  it('serves a manifest and blob one replica read to another that cannot reach the registry', async () => {
    const cache = redis();
    const first = replica(registry.url, cache);
    const manifest = await first.getManifest('models/shared', modelDigest);
    const blob = await first.getBlob('models/shared', configDigest);

    const second = replica(NOWHERE, cache);
    await expect(
      second.getManifest('models/shared', modelDigest),
    ).resolves.toEqual(manifest);
    await expect(
      second.getBlob('models/shared', configDigest),
    ).resolves.toEqual(blob);
    // Tags are never cached: the second replica asks the registry for them.
    await expect(second.getManifest('models/shared', 'v1')).rejects.toThrow();
  });

  it('reads the registry when the shared entry does not have the digest asked for', async () => {
    const cache = redis();
    const store = CacheManager.fromConfig(
      replicaConfig(registry.url, cache),
    ).forPlugin('ai-platform');
    const other = Buffer.from('{"schemaVersion":2,"layers":[]}');
    await store.set(`registry:local:manifest:models/shared@${modelDigest}`, {
      body: other.toString('base64'),
    });
    await store.set(`registry:local:blob:models/shared@${configDigest}`, {
      body: other.toString('base64'),
    });

    const client = replica(registry.url, cache);
    const manifest = await client.getManifest('models/shared', modelDigest);
    expect(manifest).toMatchObject({
      digest: modelDigest,
      mediaType: MediaTypes.ociManifest,
    });
    expect((manifest!.content as any).layers).toHaveLength(1);
    const blob = await client.getBlob('models/shared', configDigest);
    expect(JSON.parse(blob!.toString('utf8'))).toEqual(modelPackConfig);
  });

  it('does not share between replicas with the default memory store', async () => {
    const first = replica(registry.url);
    await first.getManifest('models/shared', modelDigest);
    await expect(
      replica(NOWHERE).getManifest('models/shared', modelDigest),
    ).rejects.toThrow();
  });

  it('reads the registry when the cache store cannot be reached', async () => {
    const client = replica(registry.url, {
      store: 'redis',
      connection: 'redis://127.0.0.1:9',
    });
    await expect(
      client.getManifest('models/shared', modelDigest),
    ).resolves.toMatchObject({ digest: modelDigest });
  });
});
