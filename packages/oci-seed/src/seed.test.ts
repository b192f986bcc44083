import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LayoutWriter, REF_NAME } from './LayoutWriter';
import { seedModels, SeedReport } from './seed';

const EXAMPLES = resolve(__dirname, '../../../examples/clusters');

describe('seedModels into an OCI image layout', () => {
  let dir: string;
  let report: SeedReport;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oci-seed-'));
    report = await seedModels(new LayoutWriter(dir));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const version = (repository: string, tag: string) =>
    report.models
      .find(m => m.repository === repository)!
      .versions.find(v => v.tag === tag)!;

  it('writes the same digests on every run', async () => {
    const again = await mkdtemp(join(tmpdir(), 'oci-seed-'));
    try {
      expect(await seedModels(new LayoutWriter(again))).toEqual(report);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it('writes one layout per repository with the tags in index.json', async () => {
    const index = JSON.parse(
      await readFile(
        join(dir, 'models/llama-3.1-8b-instruct/index.json'),
        'utf8',
      ),
    );
    const tags = index.manifests
      .map((m: any) => m.annotations?.[REF_NAME])
      .filter(Boolean)
      .sort();
    expect(tags).toEqual(
      [
        '1.0.0',
        '1.1.0',
        'latest',
        `${version('models/llama-3.1-8b-instruct', '1.1.0').digest.replace(
          ':',
          '-',
        )}`,
      ].sort(),
    );
    expect(await readdir(join(dir, 'models'))).toHaveLength(4);
  });

  it('moves latest of llama-3.1-8b-instruct from 1.0.0 to 1.1.0', () => {
    const llama = report.models.find(
      m => m.repository === 'models/llama-3.1-8b-instruct',
    )!;
    expect(llama.movedTag).toEqual({
      tag: 'latest',
      previousDigest: version('models/llama-3.1-8b-instruct', '1.0.0').digest,
      digest: version('models/llama-3.1-8b-instruct', '1.1.0').digest,
    });
  });

  /** The referrers of a version, as the `sha256-<hex>` fallback index lists them, with their first layer. */
  async function referrerLayers(repository: string, digest: string) {
    const root = join(dir, repository);
    const blob = (d: string) =>
      readFile(
        join(root, 'blobs', 'sha256', d.slice('sha256:'.length)),
        'utf8',
      );
    const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
    const fallback = index.manifests.find(
      (m: any) => m.annotations?.[REF_NAME] === digest.replace(':', '-'),
    );
    if (!fallback) return [];
    const referrers = JSON.parse(await blob(fallback.digest)).manifests;
    return Promise.all(
      referrers.map(async (r: any) => {
        const manifest = JSON.parse(await blob(r.digest));
        return {
          artifactType: r.artifactType,
          annotations: r.annotations ?? {},
          subject: manifest.subject.digest,
          content: await blob(manifest.layers[0].digest),
        };
      }),
    );
  }

  it('attaches SLSA provenance whose statement names the version, except one that names the previous build', async () => {
    const subjects = async (repository: string, tag: string) => {
      const { digest } = version(repository, tag);
      const layers = await referrerLayers(repository, digest);
      return layers
        .filter(
          l =>
            l.annotations['dev.sigstore.bundle.predicateType'] ===
            'https://slsa.dev/provenance/v1',
        )
        .map(l => {
          expect(l.subject).toBe(digest);
          const { dsseEnvelope } = JSON.parse(l.content);
          const statement = JSON.parse(
            Buffer.from(dsseEnvelope.payload, 'base64').toString('utf8'),
          );
          return `sha256:${statement.subject[0].digest.sha256}`;
        });
    };
    const small = 'models/mistral-small-3.2-24b-instruct';
    const llama = 'models/llama-3.1-8b-instruct';
    expect(await subjects(small, '3.2.0')).toEqual([
      version(small, '3.2.0').digest,
    ]);
    expect(await subjects(small, '3.1.0')).toEqual([]);
    expect(await subjects(llama, '1.1.0')).toEqual([
      version(llama, '1.0.0').digest,
    ]);
  });

  it('attaches an SPDX document to mistral-small 3.1.0 that is cut short', async () => {
    const small = 'models/mistral-small-3.2-24b-instruct';
    const [sbom] = await referrerLayers(small, version(small, '3.1.0').digest);
    expect(sbom.artifactType).toBe('application/spdx+json');
    expect(sbom.content).toContain('"spdxVersion": "SPDX-2.3"');
    expect(() => JSON.parse(sbom.content)).toThrow();
    const good = (
      await referrerLayers(small, version(small, '3.2.0').digest)
    ).find(l => l.artifactType === 'application/spdx+json')!;
    expect(JSON.parse(good.content).packages).toHaveLength(4);
  });

  it('is referenced by digest from the fixture clusters', async () => {
    const fra = await readFile(
      join(EXAMPLES, 'eu-sovereign-fra/serving.yaml'),
      'utf8',
    );
    const par = await readFile(
      join(EXAMPLES, 'eu-hyperscaler-par/serving.yaml'),
      'utf8',
    );
    expect(fra).toContain(
      `registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct@${
        version('models/mistral-small-3.2-24b-instruct', '3.2.0').digest
      }`,
    );
    expect(par).toContain(
      `harbor.par.example.eu/models/mistral-7b-instruct-v0.3@${
        version('models/mistral-7b-instruct-v0.3', 'v0.3').digest
      }`,
    );
  });
});
