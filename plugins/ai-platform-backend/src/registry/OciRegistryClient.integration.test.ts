import { ConfigReader } from '@backstage/config';
import { readRegistryConfigs } from './config';
import { MediaTypes, OciDescriptor, referrersTag } from './oci';
import { OciRegistryClient } from './OciRegistryClient';
import { RegistryError } from './RegistryHttp';
import { readModelVersions } from './versions';
import {
  findDockerRegistry,
  MISSING_REGISTRY_MESSAGE,
  RunningRegistry,
  startDockerRegistry,
} from './__testUtils__/dockerRegistry';
import { TestPusher } from './__testUtils__/push';
import { kitfileConfig, modelPackConfig } from './__fixtures__/models';

// These tests talk to a real registry (Debian's docker-registry, CNCF
// Distribution). On CI its absence is a failure; locally they are skipped
// with the reason printed.
const available = !!findDockerRegistry();
const onCi = process.env.CI === 'true';
if (!available && !onCi) {
  process.stderr.write(`Skipping: ${MISSING_REGISTRY_MESSAGE}\n`);
}

if (!available && onCi) {
  it('has docker-registry installed', () => {
    expect(MISSING_REGISTRY_MESSAGE).toBe('');
  });
}

const describeWithRegistry = available ? describe : describe.skip;

function clientFor(url: string, extra: object = {}): OciRegistryClient {
  const [config] = readRegistryConfigs(
    new ConfigReader({
      aiPlatform: {
        registries: [{ name: 'local', url, timeout: '5s', ...extra }],
      },
    }),
  );
  return new OciRegistryClient(config);
}

const MODELPACK = {
  configMediaType: MediaTypes.modelPackConfig,
  artifactType: MediaTypes.modelPackManifest,
  layerMediaTypes: [
    'application/vnd.cncf.model.weight.v1.raw',
    'application/vnd.cncf.model.weight.config.v1.raw',
  ],
};

const KITOPS = {
  configMediaType: MediaTypes.kitopsConfig,
  layerMediaTypes: [
    'application/vnd.kitops.modelkit.model.v1.tar',
    'application/vnd.kitops.modelkit.docs.v1.tar',
  ],
  annotations: { 'org.opencontainers.image.created': '2025-05-20T08:30:00Z' },
};

describeWithRegistry('OciRegistryClient against docker-registry', () => {
  let registry: RunningRegistry;
  let push: TestPusher;

  beforeAll(async () => {
    registry = await startDockerRegistry({ catalogMaxEntries: 2 });
    push = new TestPusher(registry.url);
  });

  afterAll(async () => {
    await registry?.stop();
  });

  it('answers ping with the distribution API version', async () => {
    await expect(clientFor(registry.url).ping()).resolves.toEqual({
      apiVersion: 'registry/2.0',
    });
  });

  it('lists more than one page of tags through the Link header', async () => {
    const model = await push.model('models/paged', 'v0', {
      ...MODELPACK,
      config: modelPackConfig,
    });
    const manifest = {
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      artifactType: MediaTypes.modelPackManifest,
    };
    const tags = Array.from({ length: 120 }, (_, i) => `v${i + 1}`);
    const { config, layers } = (await clientFor(registry.url).getManifest(
      'models/paged',
      model.digest,
    ))!.content as any;
    await Promise.all(
      tags.map(tag =>
        push.manifest('models/paged', tag, { ...manifest, config, layers }),
      ),
    );
    const listed = await clientFor(registry.url).listTags('models/paged', {
      pageSize: 25,
    });
    expect(listed).toHaveLength(121);
    expect(new Set(listed)).toEqual(new Set(['v0', ...tags]));
  });

  it('discovers repositories through _catalog pages and filters them by prefix', async () => {
    for (const name of ['models/a', 'models/b', 'images/c']) {
      await push.model(name, 'v1', { ...MODELPACK, config: modelPackConfig });
    }
    const all = await clientFor(registry.url).listCatalog();
    expect(all).toEqual(expect.arrayContaining(['images/c', 'models/a']));
    const models = await clientFor(registry.url, {
      repositoryPrefixes: ['models/'],
    }).listRepositories();
    expect(models).toEqual(expect.arrayContaining(['models/a', 'models/b']));
    expect(models).not.toContain('images/c');
    await expect(
      clientFor(registry.url, {
        repositories: ['models/x'],
      }).listRepositories(),
    ).resolves.toEqual(['models/x']);
  });

  it('reads ModelPack and KitOps versions with their metadata and sizes', async () => {
    const pack = await push.model('models/mixed', '3.1', {
      ...MODELPACK,
      config: modelPackConfig,
    });
    await push.model('models/mixed', 'kit-1.2.3', {
      ...KITOPS,
      config: kitfileConfig,
    });
    const client = clientFor(registry.url);
    const resolved = await client.resolve('models/mixed', '3.1');
    expect(resolved).toEqual({
      digest: pack.digest,
      mediaType: MediaTypes.ociManifest,
      size: pack.size,
    });
    const listing = await readModelVersions(client, 'models/mixed');
    expect(listing.skipped).toEqual([]);
    const byTag = Object.fromEntries(listing.versions.map(v => [v.tag, v]));
    expect(byTag['3.1']).toMatchObject({
      status: 'ok',
      digest: pack.digest,
      packaging: 'modelpack',
      metadata: {
        name: 'xyz-3-8B-Instruct',
        family: 'xyz3',
        version: '3.1',
        parameterCount: 8e9,
        precision: 'float16',
        licenses: ['Apache-2.0'],
      },
      layers: [
        { kind: 'weight', path: 'file-0' },
        { kind: 'weight-config', path: 'file-1' },
      ],
      supplyChain: { signatures: [], sboms: [], attestations: [] },
    });
    expect(byTag['kit-1.2.3']).toMatchObject({
      status: 'ok',
      packaging: 'kitops',
      metadata: {
        name: 'ModelName',
        quantization: 'q4_0',
        createdAt: '2025-05-20T08:30:00Z',
      },
    });
    const version = byTag['3.1'];
    if (version.status !== 'ok') throw new Error(version.error);
    const layerBytes = version.layers.reduce((sum, l) => sum + l.size, 0);
    const configBytes = Buffer.byteLength(JSON.stringify(modelPackConfig));
    expect(version.totalSize).toBe(pack.size + configBytes + layerBytes);
  });

  it('finds signatures and SBOMs through the fallback tag when the referrers API is absent', async () => {
    const model = await push.model('models/signed', '1.0', {
      ...MODELPACK,
      config: modelPackConfig,
    });
    const signature = await push.referrer(
      'models/signed',
      model,
      MediaTypes.sigstoreBundle,
      '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}',
    );
    const sbom = await push.referrer(
      'models/signed',
      model,
      MediaTypes.spdx,
      '{"spdxVersion":"SPDX-2.3"}',
    );
    // What an OCI 1.1 client writes when the registry has no referrers API.
    await push.manifest('models/signed', referrersTag(model.digest), {
      schemaVersion: 2,
      mediaType: MediaTypes.ociIndex,
      manifests: [signature, sbom],
    });
    // cosign's legacy signature tag.
    const simpleSigning = await push.blob(
      'models/signed',
      '{"critical":{}}',
      MediaTypes.cosignSimpleSigning,
    );
    const empty = await push.blob('models/signed', '{}', MediaTypes.ociEmpty);
    await push.manifest('models/signed', `${referrersTag(model.digest)}.sig`, {
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config: empty,
      layers: [simpleSigning],
    });

    const client = clientFor(registry.url);
    const referrers = await client.listReferrers('models/signed', model.digest);
    expect(referrers.source).toBe('tag-schema');
    expect(referrers.referrers.map(r => [r.digest, r.artifactType])).toEqual([
      [signature.digest, MediaTypes.sigstoreBundle],
      [sbom.digest, MediaTypes.spdx],
    ]);
    expect(referrers.cosignTags).toEqual([
      expect.objectContaining({
        kind: 'sig',
        layerMediaTypes: [MediaTypes.cosignSimpleSigning],
      }),
    ]);

    const listing = await readModelVersions(client, 'models/signed');
    expect(listing.versions).toHaveLength(1);
    expect(listing.skipped.map(s => s.tag).sort()).toEqual([
      referrersTag(model.digest),
      `${referrersTag(model.digest)}.sig`,
    ]);
    const [version] = listing.versions;
    if (version.status !== 'ok') throw new Error(version.error);
    expect(version.supplyChain?.signatures).toHaveLength(2);
    expect(version.supplyChain?.sboms).toEqual([
      {
        digest: sbom.digest,
        artifactType: MediaTypes.spdx,
        source: 'referrers-tag',
        sbomFormat: 'spdx',
      },
    ]);
  });

  it('gives a clear per-version error for a malformed manifest or config and a missing blob, and still lists the good version', async () => {
    await push.model('models/broken', 'good', {
      ...MODELPACK,
      config: modelPackConfig,
    });
    const notJson = await push.model('models/broken', 'not-json', {
      ...MODELPACK,
      config: '{"descriptor": {"name": ',
    });
    await push.model('models/broken', 'wrong-shape', {
      ...KITOPS,
      config: { package: 'not an object' },
    });
    const missing = await push.model('models/broken', 'missing-blob', {
      ...MODELPACK,
      config: { ...modelPackConfig, descriptor: { name: 'gone' } },
    });
    // A manifest the registry stores but that is no valid model manifest.
    const config = await push.blob(
      'models/broken',
      modelPackConfig,
      MediaTypes.modelPackConfig,
    );
    const noLayers = await push.manifest('models/broken', 'no-layers', {
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      artifactType: MediaTypes.modelPackManifest,
      config,
    });
    const client = clientFor(registry.url);
    const missingManifest = await client.getManifest(
      'models/broken',
      missing.digest,
    );
    const configDigest = (missingManifest!.content.config as OciDescriptor)
      .digest;
    await push.deleteBlob('models/broken', configDigest);

    const listing = await readModelVersions(
      clientFor(registry.url),
      'models/broken',
    );
    const byTag = Object.fromEntries(listing.versions.map(v => [v.tag, v]));
    expect(byTag.good.status).toBe('ok');
    expect(byTag['not-json']).toEqual({
      status: 'error',
      tag: 'not-json',
      digest: notJson.digest,
      error: expect.stringMatching(
        /^the config blob sha256:[a-f0-9]{64} is not valid JSON/,
      ),
    });
    expect(byTag['no-layers']).toEqual({
      status: 'error',
      tag: 'no-layers',
      digest: noLayers.digest,
      error: 'the manifest has no layers array',
    });
    expect(byTag['wrong-shape']).toMatchObject({
      status: 'error',
      error: "the Kitfile's 'package' is not an object",
    });
    expect(byTag['missing-blob']).toEqual({
      status: 'error',
      tag: 'missing-blob',
      digest: missing.digest,
      error: `the config blob ${configDigest} is missing from the registry`,
    });
  });

  it('verifies digests and answers undefined for unknown tags', async () => {
    const model = await push.model('models/digest', 'v1', {
      ...MODELPACK,
      config: modelPackConfig,
    });
    const client = clientFor(registry.url);
    const byTag = await client.getManifest('models/digest', 'v1');
    const byDigest = await client.getManifest('models/digest', model.digest);
    expect(byTag?.digest).toBe(model.digest);
    expect(byDigest).toEqual(byTag);
    await expect(client.getManifest('models/digest', 'nope')).resolves.toBe(
      undefined,
    );
    await expect(client.resolve('models/digest', 'nope')).resolves.toBe(
      undefined,
    );
  });

  it('enforces the blob size limit', async () => {
    const model = await push.model('models/big', 'v1', {
      ...MODELPACK,
      config: modelPackConfig,
    });
    const manifest = await clientFor(registry.url).getManifest(
      'models/big',
      model.digest,
    );
    const config = manifest!.content.config as OciDescriptor;
    const error = await clientFor(registry.url, { maxBlobBytes: 100 })
      .getBlob('models/big', config.digest)
      .catch(e => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe(
      `registry 'local': GET /v2/models/big/blobs/${config.digest} is larger than the limit of 100 bytes (${config.size} bytes)`,
    );
  });
});

describeWithRegistry('OciRegistryClient with htpasswd basic auth', () => {
  let registry: RunningRegistry;
  const credentials = { username: 'modelops', password: 'correct horse' };

  beforeAll(async () => {
    registry = await startDockerRegistry({ htpasswd: credentials });
    await new TestPusher(registry.url, credentials).model(
      'models/private',
      'v1',
      {
        ...MODELPACK,
        config: modelPackConfig,
      },
    );
  });

  afterAll(async () => {
    await registry?.stop();
  });

  it('reads with the configured user', async () => {
    const client = clientFor(registry.url, {
      auth: { type: 'basic', ...credentials },
    });
    await expect(client.ping()).resolves.toBeDefined();
    await expect(client.listTags('models/private')).resolves.toEqual(['v1']);
    const listing = await readModelVersions(client, 'models/private');
    expect(listing.versions[0].status).toBe('ok');
  });

  it('says that credentials are missing when none are configured', async () => {
    await expect(
      clientFor(registry.url).listTags('models/private'),
    ).rejects.toThrow(
      "registry 'local': /v2/models/private/tags/list needs basic authentication, and no credentials are configured; set auth of registry 'local' in aiPlatform.registries",
    );
  });

  it('says that the credentials were refused when the password is wrong', async () => {
    const error = await clientFor(registry.url, {
      auth: { type: 'basic', username: 'modelops', password: 'wrong' },
    })
      .listTags('models/private')
      .catch(e => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.reason).toBe('unauthorized');
    expect(error.message).toMatch(/the configured credentials were refused/);
  });
});
