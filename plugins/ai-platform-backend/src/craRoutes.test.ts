import {
  CraItem,
  CraModelVersionRow,
  CraReport,
  CraServiceRow,
  modelEntityName,
  OCI_REPOSITORY_ANNOTATION,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  REF_NAME,
  SEED_MODELS,
  SEED_REGISTRIES,
  SeedReport,
} from '@internal/oci-seed';
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseAllDocuments } from 'yaml';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { modelSourceServiceFactory } from './models/serviceFactory';
import { aiPlatformPlugin } from './plugin';
import { demoClusters, startDemoBackend } from './__testUtils__/testBackend';
import { seededLayout, seededRegistryConfig } from './__testUtils__/models';

const ROOT = path.resolve(__dirname, '../../..');
const yamlEntities = (file: string): Entity[] =>
  parseAllDocuments(fs.readFileSync(path.join(ROOT, file), 'utf8'))
    .map(d => d.toJS())
    .filter(Boolean);

/** The ai-model Resources the catalog provider makes of the seeded repositories. */
const modelEntities: Entity[] = SEED_REGISTRIES.flatMap(r =>
  r.repositories.map(repository => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: modelEntityName(repository),
      annotations: {
        [OCI_REPOSITORY_ANNOTATION]: `${r.name}/${repository}`,
      },
    },
    spec: {
      type: 'ai-model',
      owner:
        SEED_MODELS.find(m => m.repository === repository)?.owner ?? r.owner,
    },
  })),
);
const groups = yamlEntities('examples/org.yaml').filter(
  e => e.kind === 'Group',
);
const services = yamlEntities('examples/inference-services.yaml');

describe('ai-platform backend: CRA readiness over the seeded registry', () => {
  let layout: Awaited<ReturnType<typeof seededLayout>>;
  let seed: SeedReport;
  let server: Parameters<typeof request>[0];
  let report: CraReport;
  let actions: ReturnType<typeof actionsRegistryServiceMock>;

  beforeAll(async () => {
    layout = await seededLayout();
    seed = layout.report;
    actions = actionsRegistryServiceMock();
    ({ server } = await startTestBackend({
      features: [
        aiPlatformPlugin,
        demoClusters,
        agentRegistryServiceFactory,
        modelSourceServiceFactory,
        mockServices.rootConfig.factory({
          data: seededRegistryConfig({ layout: layout.layout }),
        }),
        catalogServiceMock.factory({
          entities: [...modelEntities, ...groups, ...services],
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        createServiceFactory({
          service: actionsRegistryServiceMock.factory().service,
          deps: {},
          factory: () => actions,
        }),
      ],
    }));
    const res = await request(server).get('/api/ai-platform/cra');
    if (res.status !== 200) throw new Error(`GET /cra answered ${res.status}`);
    report = res.body;
  });
  afterAll(() => layout.remove());

  /** The seeded document an artifact of the layout holds, by the tag that names it. */
  async function layoutBlob(repository: string, tag: string) {
    const root = path.join(layout.layout, repository);
    const blob = (digest: string) =>
      readFile(
        path.join(root, 'blobs', 'sha256', digest.slice('sha256:'.length)),
        'utf8',
      );
    const index = JSON.parse(
      await readFile(path.join(root, 'index.json'), 'utf8'),
    );
    const entry = index.manifests.find(
      (m: any) => m.annotations?.[REF_NAME] === tag,
    );
    return entry
      ? { blob, manifest: JSON.parse(await blob(entry.digest)) }
      : undefined;
  }

  /** Components listed by the SBOM the seeder attached, counted from the document itself. */
  async function seededComponentCount(repository: string, digest: string) {
    const fallback = await layoutBlob(repository, digest.replace(':', '-'));
    const docs: any[] = [];
    for (const r of fallback?.manifest.manifests ?? []) {
      const m = JSON.parse(await fallback!.blob(r.digest));
      const text = await fallback!.blob(m.layers[0].digest);
      if (/spdx|cyclonedx/.test(r.artifactType)) docs.push(JSON.parse(text));
    }
    const tag = await layoutBlob(
      repository,
      `${digest.replace(':', '-')}.sbom`,
    );
    if (tag)
      docs.push(JSON.parse(await tag.blob(tag.manifest.layers[0].digest)));
    const [doc] = docs;
    return doc.packages
      ? doc.packages.length
      : 1 + (doc.components?.length ?? 0);
  }

  const versionRow = (repository: string, digest: string) =>
    report.rows.find(
      (r): r is CraModelVersionRow =>
        r.kind === 'model-version' &&
        r.repository === repository &&
        r.digest === digest,
    )!;
  const item = (row: { readiness: { items: CraItem[] } }, id: string) =>
    row.readiness.items.find(i => i.id === id)!;

  it('judges SBOM, provenance and signature of every seeded version as the seeder attached them', async () => {
    const SBOM = {
      none: 'missing',
      'spdx-referrer-malformed': 'invalid',
    } as Record<string, string>;
    const PROVENANCE = {
      none: 'missing',
      'slsa-referrer-wrong-subject': 'invalid',
    } as Record<string, string>;
    const expected = [];
    const actual = [];
    for (const model of SEED_MODELS) {
      const seeded = seed.models.find(m => m.repository === model.repository)!;
      for (const v of model.versions) {
        const { digest } = seeded.versions.find(s => s.tag === v.tag)!;
        const row = versionRow(model.repository, digest);
        const sbom = item(row, 'sbom');
        const provenance = item(row, 'provenance');
        const sbomStatus = SBOM[v.sbom ?? 'none'] ?? 'pass';
        const provenanceStatus = PROVENANCE[v.provenance ?? 'none'] ?? 'pass';
        expected.push({
          where: `${model.repository}:${v.tag}`,
          sbom: sbomStatus,
          components:
            sbomStatus === 'pass'
              ? await seededComponentCount(model.repository, digest)
              : undefined,
          declaresLicence: sbomStatus === 'pass',
          provenance: provenanceStatus,
          builder: v.provenance ? model.builder : undefined,
          signature: v.signature ? 'pass' : 'missing',
        });
        actual.push({
          where: `${model.repository}:${v.tag}`,
          sbom: sbom.status,
          components: sbom.sbom?.componentCount,
          declaresLicence: Boolean(sbom.sbom?.licenses.includes(model.license)),
          provenance: provenance.status,
          builder: provenance.provenance?.builder,
          signature: item(row, 'signature').status,
        });
      }
    }
    expect(actual).toEqual(expected);
    expect(new Set(actual.map(a => a.provenance))).toEqual(
      new Set(['pass', 'missing', 'invalid']),
    );
  });

  it('says why a malformed SBOM and a provenance of another build are invalid', () => {
    const small = 'models/mistral-small-3.2-24b-instruct';
    const llama = 'models/llama-3.1-8b-instruct';
    const digestOf = (repository: string, tag: string) =>
      seed.models
        .find(m => m.repository === repository)!
        .versions.find(v => v.tag === tag)!.digest;
    const malformed = item(versionRow(small, digestOf(small, '3.1.0')), 'sbom');
    expect(malformed.reason).toContain('is not valid JSON');
    expect(malformed.evidence[0]).toMatchObject({
      kind: 'referrers-tag',
      detail: 'application/spdx+json',
    });
    const wrong = item(
      versionRow(llama, digestOf(llama, '1.1.0')),
      'provenance',
    );
    expect(wrong.reason).toContain(
      `the statement's subject is ${digestOf(
        llama,
        '1.0.0',
      )}, not this version's manifest digest ${digestOf(llama, '1.1.0')}`,
    );
  });

  it('takes contact, support period and disclosure policy from the owning Group, most specific first', () => {
    const small = versionRow(
      'models/mistral-small-3.2-24b-instruct',
      seed.models[0].versions.find(v => v.tag === '3.2.0')!.digest,
    );
    expect(small.owner).toBe('group:default/eu-inference');
    expect(small.readiness).toMatchObject({ ready: true, score: 100, gaps: 0 });
    const phi = report.rows.find(
      (r): r is CraModelVersionRow =>
        r.kind === 'model-version' && r.tags.includes('1.0-q4'),
    )!;
    expect(item(phi, 'support-period')).toMatchObject({
      status: 'invalid',
      reason: 'The support period ended on 2026-06-30.',
    });
    expect(item(phi, 'vulnerability-disclosure').status).toBe('missing');
    expect(item(phi, 'security-contact').evidence[0].ref).toBe(
      'ai-platform.io/security-contact on group:default/platform-engineering',
    );
  });

  it('judges services by the versions their workloads run, gaps first', () => {
    const svc = (name: string) =>
      report.rows.find(
        (r): r is CraServiceRow =>
          r.kind === 'inference-service' &&
          r.entityRef === `component:default/${name}`,
      )!;
    const eu = svc('mistral-small-eu');
    const small = seed.models[0].versions.find(v => v.tag === '3.2.0')!;
    expect(eu.versions.map(v => v.digest)).toEqual([small.digest]);
    expect(item(eu, 'model-versions').status).toBe('pass');
    const llama = svc('llama-31-8b-chat');
    expect(llama.readiness.ready).toBe(false);
    expect(item(llama, 'support-period').evidence[0].ref).toBe(
      'ai-platform.io/support-period-end on component:default/llama-31-8b-chat',
    );
    expect(['missing', 'invalid']).toContain(
      item(llama, 'model-versions').status,
    );
    const firstReady = report.rows.findIndex(r => r.readiness.ready);
    expect(report.rows.slice(firstReady).every(r => r.readiness.ready)).toBe(
      true,
    );
  });

  it('filters by team and exports CSV and JSON an auditor can file', async () => {
    const team = await request(server)
      .get('/api/ai-platform/cra')
      .query({ team: 'us-applied-ml' });
    expect(team.body.rows.length).toBeGreaterThan(0);
    expect(
      team.body.rows.every(
        (r: { owner?: string }) => r.owner === 'group:default/us-applied-ml',
      ),
    ).toBe(true);
    const csv = await request(server).get('/api/ai-platform/cra/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(
      /attachment; filename="cra-readiness-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const records = parseCsv(csv.text, { columns: true });
    expect(records).toHaveLength(
      report.rows.reduce((n, r) => n + r.readiness.items.length, 0),
    );
    expect(records).toContainEqual(
      expect.objectContaining({
        item: 'provenance',
        status: 'invalid',
        ready: 'false',
      }),
    );
    const json = await request(server).get('/api/ai-platform/cra/export.json');
    expect(json.headers['content-disposition']).toContain('.json');
    expect(JSON.parse(json.text).rows).toHaveLength(report.rows.length);
  });

  it('answers one entity and refuses an entity of another kind', async () => {
    const res = await request(server)
      .get('/api/ai-platform/cra/entity')
      .query({ entityRef: 'resource:default/llama-3.1-8b-instruct' });
    expect(res.status).toBe(200);
    expect(
      res.body.rows.map((r: CraModelVersionRow) => r.tags.join(',')).sort(),
    ).toEqual(['1.0.0', '1.1.0,latest']);
    const group = await request(server)
      .get('/api/ai-platform/cra/entity')
      .query({ entityRef: 'group:default/eu-inference' });
    expect(group.status).toBe(400);
  });

  it('answers the get-cra-readiness action with the gaps the API shows', async () => {
    const { output } = (await actions.invoke({
      id: 'test:get-cra-readiness',
      input: { onlyGaps: true },
      credentials: mockCredentials.user(),
    })) as { output: { rows: Array<{ id: string; ready: boolean }> } };
    expect(output.rows.map(r => r.id)).toEqual(
      report.rows.filter(r => !r.readiness.ready).map(r => r.id),
    );
  });
});

describe('ai-platform backend: CRA permission', () => {
  it('refuses the CRA routes without ai-platform.cra.read', async () => {
    const { server } = await startDemoBackend(AuthorizeResult.DENY);
    for (const route of ['/cra', '/cra/export.csv', '/cra/export.json']) {
      const res = await request(server).get(`/api/ai-platform${route}`);
      expect([route, res.status, res.body.error?.message]).toEqual([
        route,
        403,
        expect.stringContaining('ai-platform.cra.read'),
      ]);
    }
  });
});
