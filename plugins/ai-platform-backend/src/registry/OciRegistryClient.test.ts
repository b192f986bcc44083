import { ConfigReader } from '@backstage/config';
import { createHash } from 'node:crypto';
import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';
import { readRegistryConfigs } from './config';
import { MediaTypes } from './oci';
import { OciRegistryClient } from './OciRegistryClient';
import { readModelVersions } from './versions';
import { modelPackConfig } from './__fixtures__/models';

/**
 * Behaviours a plain docker-registry cannot show (token servers, failures,
 * hostile headers), against a small scripted HTTP server.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface FakeRegistry {
  url: string;
  requests: Array<{ path: string; authorization?: string }>;
  handle(handler: Handler): void;
  close(): Promise<void>;
}

async function fakeRegistry(): Promise<FakeRegistry> {
  let handler: Handler = (_req, res) => res.writeHead(404).end();
  const requests: FakeRegistry['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({
      path: req.url!,
      authorization: req.headers.authorization,
    });
    handler(req, res);
  });
  await new Promise<void>(resolve =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: h => {
      handler = h;
    },
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function client(url: string, extra: object = {}): OciRegistryClient {
  const [config] = readRegistryConfigs(
    new ConfigReader({
      aiPlatform: {
        registries: [{ name: 'fake', url, retries: 0, ...extra }],
      },
    }),
  );
  return new OciRegistryClient(config);
}

function json(res: ServerResponse, body: unknown, headers = {}) {
  res
    .writeHead(200, { 'Content-Type': 'application/json', ...headers })
    .end(JSON.stringify(body));
}

const sha256 = (body: string) =>
  `sha256:${createHash('sha256').update(body).digest('hex')}`;

describe('OciRegistryClient', () => {
  let fake: FakeRegistry;
  let other: FakeRegistry;

  beforeEach(async () => {
    fake = await fakeRegistry();
    other = await fakeRegistry();
  });

  afterEach(async () => {
    await fake.close();
    await other.close();
  });

  describe('bearer token flow', () => {
    const tokenServer = (realm: () => string, expiresIn = 300) => {
      const issued: string[] = [];
      const handler: Handler = (req, res) => {
        const url = new URL(req.url!, 'http://x');
        if (url.pathname === '/token') {
          issued.push(url.search);
          json(res, {
            token: `tok-${url.searchParams.get('scope')}`,
            expires_in: expiresIn,
          });
          return;
        }
        if (
          req.headers.authorization === 'Bearer tok-repository:models/m:pull'
        ) {
          json(res, { name: 'models/m', tags: ['v1'] });
          return;
        }
        res
          .writeHead(401, {
            'WWW-Authenticate': `Bearer realm="${realm()}",service="fake-registry",scope="repository:models/m:pull"`,
          })
          .end();
      };
      return { handler, issued };
    };

    it('fetches a token for the challenged scope and reuses it until it expires', async () => {
      const { handler, issued } = tokenServer(() => `${fake.url}/token`);
      fake.handle(handler);
      const registry = client(fake.url);
      await expect(registry.listTags('models/m')).resolves.toEqual(['v1']);
      await expect(registry.listTags('models/m')).resolves.toEqual(['v1']);
      expect(issued).toEqual([
        '?service=fake-registry&scope=repository%3Amodels%2Fm%3Apull',
      ]);
      // Once the registry is known to want tokens, no 401 round trip.
      expect(fake.requests.map(r => r.path)).toEqual([
        '/v2/models/m/tags/list?n=100',
        '/token?service=fake-registry&scope=repository%3Amodels%2Fm%3Apull',
        '/v2/models/m/tags/list?n=100',
        '/v2/models/m/tags/list?n=100',
      ]);
    });

    it('asks for a new token after the old one expired', async () => {
      const { handler, issued } = tokenServer(() => `${fake.url}/token`, 1);
      fake.handle(handler);
      const registry = client(fake.url);
      await registry.listTags('models/m');
      await new Promise(resolve => setTimeout(resolve, 1100));
      await registry.listTags('models/m');
      expect(issued).toHaveLength(2);
    });

    it('sends basic credentials to the token endpoint', async () => {
      const { handler } = tokenServer(() => `${fake.url}/token`);
      fake.handle(handler);
      await client(fake.url, {
        auth: { type: 'basic', username: 'u', password: 'p' },
      }).listTags('models/m');
      const token = fake.requests.find(r => r.path.startsWith('/token'));
      expect(token?.authorization).toBe(
        `Basic ${Buffer.from('u:p').toString('base64')}`,
      );
    });

    it('refuses a token realm on another host unless it is listed', async () => {
      const { handler } = tokenServer(() => `${other.url}/token`);
      fake.handle(handler);
      other.handle(handler);
      await expect(client(fake.url).listTags('models/m')).rejects.toThrow(
        `registry 'fake': refused the token realm ${other.url}/token; list it in tokenRealms if the registry really uses it`,
      );
      expect(other.requests).toEqual([]);
      await expect(
        client(fake.url, { tokenRealms: [`${other.url}/token`] }).listTags(
          'models/m',
        ),
      ).resolves.toEqual(['v1']);
    });

    it('sends a configured bearer token as it is', async () => {
      fake.handle((_req, res) => json(res, { tags: ['a'] }));
      await client(fake.url, {
        auth: { type: 'bearer', token: 'robot' },
      }).listTags('models/m');
      expect(fake.requests[0].authorization).toBe('Bearer robot');
    });
  });

  describe('repository discovery', () => {
    it('reads configured repositories without asking _catalog', async () => {
      await expect(
        client(fake.url, { repositories: ['models/a'] }).listRepositories(),
      ).resolves.toEqual(['models/a']);
      expect(fake.requests).toEqual([]);
    });

    it('adds the _catalog repositories that match a prefix to the configured ones', async () => {
      fake.handle((_req, res) =>
        json(res, { repositories: ['images/x', 'models/a', 'models/b'] }),
      );
      await expect(
        client(fake.url, {
          repositories: ['models/a', 'team/c'],
          repositoryPrefixes: ['models/'],
        }).listRepositories(),
      ).resolves.toEqual(['models/a', 'team/c', 'models/b']);
    });

    it('says what to configure when the registry offers no _catalog', async () => {
      await expect(client(fake.url).listRepositories()).rejects.toThrow(
        "registry 'fake': the repository list (GET /v2/_catalog) is not offered to this backend (GET /v2/_catalog answered 404); list the repositories to read under repositories in aiPlatform.registries",
      );
    });
  });

  describe('retries and limits', () => {
    it('retries 5xx and 429 with backoff, then succeeds', async () => {
      let calls = 0;
      fake.handle((_req, res) => {
        calls++;
        if (calls === 1) res.writeHead(503).end();
        else if (calls === 2) res.writeHead(429, { 'Retry-After': '0' }).end();
        else json(res, { tags: ['v1'] });
      });
      await expect(
        client(fake.url, { retries: 2 }).listTags('models/m'),
      ).resolves.toEqual(['v1']);
      expect(calls).toBe(3);
    });

    it('retries a dropped connection', async () => {
      let calls = 0;
      fake.handle((req, res) => {
        calls++;
        if (calls === 1) req.socket.destroy();
        else json(res, { tags: ['v1'] });
      });
      await expect(
        client(fake.url, { retries: 1 }).listTags('models/m'),
      ).resolves.toEqual(['v1']);
    });

    it('does not retry other 4xx answers', async () => {
      fake.handle((_req, res) =>
        res
          .writeHead(400, { 'Content-Type': 'application/json' })
          .end('{"errors":[{"code":"NAME_INVALID","message":"invalid name"}]}'),
      );
      await expect(
        client(fake.url, { retries: 3 }).listTags('models/m'),
      ).rejects.toThrow(
        "registry 'fake': GET /v2/models/m/tags/list answered 400 (NAME_INVALID: invalid name)",
      );
      expect(fake.requests).toHaveLength(1);
    });

    it('gives up on a request that hangs past the timeout', async () => {
      fake.handle(() => undefined);
      await expect(
        client(fake.url, { timeout: { milliseconds: 200 } }).listTags(
          'models/m',
        ),
      ).rejects.toThrow(
        "registry 'fake': GET /v2/models/m/tags/list failed: no answer within 200 ms",
      );
    });

    it('keeps at most `concurrency` requests in flight', async () => {
      let inFlight = 0;
      let most = 0;
      fake.handle((_req, res) => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight--;
          json(res, { tags: [] });
        }, 30);
      });
      const registry = client(fake.url, { concurrency: 2 });
      await Promise.all(
        Array.from({ length: 6 }, (_, i) => registry.listTags(`models/m${i}`)),
      );
      expect(most).toBe(2);
    });
  });

  describe('allow-list', () => {
    it('refuses a Link header that leads to another host', async () => {
      fake.handle((_req, res) =>
        json(
          res,
          { tags: ['a'] },
          { Link: `<${other.url}/v2/models/m/tags/list?last=a>; rel="next"` },
        ),
      );
      await expect(client(fake.url).listTags('models/m')).rejects.toThrow(
        `registry 'fake': refused a request to ${other.url}, which is not the registry's origin ${fake.url}`,
      );
      expect(other.requests).toEqual([]);
    });

    it('stops a listing whose Link header points back to a page already read', async () => {
      fake.handle((req, res) =>
        json(
          res,
          { tags: [req.url] },
          { Link: '</v2/models/m/tags/list?n=100>; rel="next"' },
        ),
      );
      await expect(client(fake.url).listTags('models/m')).resolves.toEqual([
        '/v2/models/m/tags/list?n=100',
      ]);
    });

    it('caps a registry that links to a new page forever, naming the bound, and another registry is unaffected', async () => {
      let served = 0;
      fake.handle((req, res) => {
        served++;
        const page = Number(
          new URL(req.url!, fake.url).searchParams.get('last') ?? 0,
        );
        json(
          res,
          { tags: [`t${page}`] },
          {
            Link: `</v2/models/m/tags/list?n=100&last=${page + 1}>; rel="next"`,
          },
        );
      });
      other.handle((_req, res) => json(res, { tags: ['1.0', '1.1'] }));
      const [endless, sound] = await Promise.allSettled([
        client(fake.url, { maxPages: 40 }).listTags('models/m'),
        client(other.url).listTags('models/m'),
      ]);
      expect(endless).toMatchObject({
        status: 'rejected',
        reason: expect.objectContaining({
          message:
            "registry 'fake': the listing of /v2/models/m/tags/list stopped: the registry still linked to a next page after 40 pages (maxPages of aiPlatform.registries); it is tried again at the next scan",
        }),
      });
      expect(served).toBe(40);
      expect(sound).toEqual({ status: 'fulfilled', value: ['1.0', '1.1'] });
    });

    it('caps the names of one listing and its time', async () => {
      fake.handle((req, res) => {
        const page = Number(
          new URL(req.url!, fake.url).searchParams.get('last') ?? 0,
        );
        setTimeout(
          () =>
            json(
              res,
              { tags: Array.from({ length: 10 }, (_, i) => `t${page}-${i}`) },
              { Link: `</v2/models/m/tags/list?last=${page + 1}>; rel="next"` },
            ),
          20,
        );
      });
      await expect(
        client(fake.url, { maxItems: 25 }).listTags('models/m'),
      ).rejects.toThrow(
        'stopped: more than 25 names (maxItems of aiPlatform.registries)',
      );
      await expect(
        client(fake.url, { listTimeout: { milliseconds: 100 } }).listTags(
          'models/m',
        ),
      ).rejects.toThrow(
        /stopped: \d+ pages took longer than 100 ms \(listTimeout of aiPlatform.registries\)/,
      );
    });

    it('follows a blob redirect only to a listed host, without credentials', async () => {
      const body = '{"descriptor":{}}';
      const digest = sha256(body);
      fake.handle((_req, res) =>
        res
          .writeHead(307, {
            Location: `${other.url.replace('127.0.0.1', 'localhost')}/blob`,
          })
          .end(),
      );
      other.handle((_req, res) => res.writeHead(200).end(body));
      await expect(
        client(fake.url).getBlob('models/m', digest),
      ).rejects.toThrow('refused a blob redirect to http://localhost:');
      const allowed = client(fake.url, {
        blobRedirectHosts: ['localhost'],
        auth: { type: 'bearer', token: 'secret' },
      });
      await expect(allowed.getBlob('models/m', digest)).resolves.toEqual(
        Buffer.from(body),
      );
      expect(other.requests).toEqual([
        { path: '/blob', authorization: undefined },
      ]);
    });
  });

  describe('digests and caching', () => {
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config: {
        mediaType: MediaTypes.modelPackConfig,
        digest: sha256('{}'),
        size: 2,
      },
      layers: [],
    });

    it('refuses a manifest whose body does not match Docker-Content-Digest', async () => {
      fake.handle((_req, res) =>
        res
          .writeHead(200, {
            'Content-Type': MediaTypes.ociManifest,
            'Docker-Content-Digest': sha256('something else'),
          })
          .end(manifest),
      );
      await expect(
        client(fake.url).getManifest('models/m', 'v1'),
      ).rejects.toThrow(
        `registry 'fake': manifest /v2/models/m/manifests/v1 has digest ${sha256(
          manifest,
        )}, but Docker-Content-Digest says ${sha256('something else')}`,
      );
    });

    it('asks for every manifest type and caches by digest', async () => {
      fake.handle((_req, res) =>
        res
          .writeHead(200, { 'Content-Type': MediaTypes.ociManifest })
          .end(manifest),
      );
      const registry = client(fake.url);
      const first = await registry.getManifest('models/m', sha256(manifest));
      const second = await registry.getManifest('models/m', sha256(manifest));
      expect(second).toBe(first);
      expect(fake.requests).toHaveLength(1);
      expect(first).toMatchObject({
        digest: sha256(manifest),
        mediaType: MediaTypes.ociManifest,
        size: manifest.length,
      });
    });

    it('sends the Accept header with OCI and Docker manifest types', async () => {
      let accept: string | undefined;
      fake.handle((req, res) => {
        accept = req.headers.accept;
        res.writeHead(200).end(manifest);
      });
      await client(fake.url).getManifest('models/m', 'v1');
      expect(accept?.split(', ')).toEqual([
        MediaTypes.ociManifest,
        MediaTypes.ociIndex,
        MediaTypes.dockerManifest,
        MediaTypes.dockerManifestList,
      ]);
    });

    it('uses the referrers API when the registry serves it', async () => {
      const subject = sha256(manifest);
      fake.handle((req, res) => {
        if (req.url === `/v2/models/m/referrers/${subject}`) {
          json(res, {
            schemaVersion: 2,
            mediaType: MediaTypes.ociIndex,
            manifests: [
              {
                mediaType: MediaTypes.ociManifest,
                digest: sha256('sbom'),
                size: 10,
                artifactType: MediaTypes.cyclonedx,
              },
            ],
          });
        } else res.writeHead(404).end();
      });
      const referrers = await client(fake.url).listReferrers(
        'models/m',
        subject,
      );
      expect(referrers).toEqual({
        source: 'api',
        referrers: [
          expect.objectContaining({ artifactType: MediaTypes.cyclonedx }),
        ],
        cosignTags: [],
      });
    });
  });

  describe('readModelVersions', () => {
    it('reads a known digest from the cache on the next listing, with a HEAD only', async () => {
      const config = JSON.stringify(modelPackConfig);
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaTypes.ociManifest,
        artifactType: MediaTypes.modelPackManifest,
        config: {
          mediaType: MediaTypes.modelPackConfig,
          digest: sha256(config),
          size: config.length,
        },
        layers: [],
      });
      const digest = sha256(manifest);
      fake.handle((req, res) => {
        const path = req.url!.split('?')[0];
        if (path === '/v2/models/m/tags/list') json(res, { tags: ['v1'] });
        else if (path === `/v2/models/m/blobs/${sha256(config)}`) {
          res.writeHead(200).end(config);
        } else if (/\/manifests\/(v1|sha256:)/.test(path)) {
          res
            .writeHead(200, {
              'Content-Type': MediaTypes.ociManifest,
              'Docker-Content-Digest': digest,
              'Content-Length': String(manifest.length),
            })
            .end(req.method === 'HEAD' ? undefined : manifest);
        } else res.writeHead(404).end();
      });
      const registry = client(fake.url);
      const first = await readModelVersions(registry, 'models/m');
      expect(first.versions).toEqual([
        expect.objectContaining({ status: 'ok', tag: 'v1', digest }),
      ]);
      fake.requests.length = 0;
      const second = await readModelVersions(registry, 'models/m');
      expect(second).toEqual(first);
      // Tags, the tag's digest and referrers are live; the manifest and
      // config are not read again.
      const tag = `sha256-${digest.slice(7)}`;
      expect(fake.requests.map(r => r.path).sort()).toEqual(
        [
          '/v2/models/m/tags/list?n=100',
          '/v2/models/m/manifests/v1',
          `/v2/models/m/referrers/${digest}`,
          `/v2/models/m/manifests/${tag}`,
          `/v2/models/m/manifests/${tag}.sig`,
          `/v2/models/m/manifests/${tag}.att`,
          `/v2/models/m/manifests/${tag}.sbom`,
        ].sort(),
      );
    });
  });
});
