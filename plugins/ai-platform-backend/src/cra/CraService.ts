import {
  CraAnnotationSource,
  CraEntityReadiness,
  CraArtifactRead,
  CraEvidence,
  CraItemVerdict,
  CraModelVersionRow,
  CraReport,
  CraRow,
  CraRules,
  CraServiceRow,
  CraServiceVersion,
  INFERENCE_SERVICE_ANNOTATIONS,
  ModelDeployment,
  ModelSummary,
  ModelVersionSummary,
  OCI_REPOSITORY_ANNOTATION,
  parseProvenance,
  parseSbom,
  ProvenanceParse,
  provenanceItem,
  SbomParse,
  sbomItem,
  scoreReadiness,
  securityContactItem,
  signatureItem,
  sortCraRows,
  sovereigntyItem,
  SovereigntyReportItem,
  SupplyChainArtifact,
  supportPeriodItem,
  vulnerabilityDisclosureItem,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { teamRef } from '../gpu/teams';
import type { RegistrySource } from '../registry/source';

/** An artifact's content as text, or why it could not be fetched. */
type Content = { ref: string; text: string } | { ref: string; error: string };

/** What the report is built from, read once per request. */
interface Catalog {
  models: Map<string, Entity>;
  services: Entity[];
  groups: Map<string, Entity>;
  /** Set when the catalog could not be read: metadata is then unknown, not missing. */
  error?: string;
}

/** A version row with the workloads that run it, for the services. */
interface VersionRead {
  row: CraModelVersionRow;
  deployments: ModelDeployment[];
}

const MAX_ARTIFACT_BYTES = 8 * 1024 * 1024;
const SBOM_LAYER = /spdx|cyclonedx/i;
const KUBERNETES_ID = 'backstage.io/kubernetes-id';
const KUBERNETES_NAMESPACE = 'backstage.io/kubernetes-namespace';
const CLUSTER = 'ai-platform.io/cluster';

const refOf = (e: Entity) => stringifyEntityRef(e).toLocaleLowerCase('en-US');
const specOwner = (e: Entity) =>
  typeof e.spec?.owner === 'string' ? teamRef(e.spec.owner) : undefined;

/**
 * CRA readiness of model versions and inference services, from evidence
 * the portal can check: SBOM and provenance documents attached to each
 * version's manifest (parsed, the provenance's subject compared with the
 * manifest digest), signatures, and the CRA annotations of the catalog.
 * Artifacts are read by digest, so their parses are kept for good.
 */
export class CraService {
  private readonly contents = new Map<string, Promise<Content[]>>();
  private readonly logged = new Set<string>();

  constructor(
    private readonly options: {
      models: ModelSource;
      sources: ReadonlyMap<string, RegistrySource>;
      catalog: CatalogService;
      rules: CraRules;
      logger: LoggerService;
      /** The sovereignty verdict of an entity, from the one evaluator. */
      sovereignty?: {
        entity(
          ref: string,
          credentials: BackstageCredentials,
        ): Promise<SovereigntyReportItem>;
      };
      now?: () => Date;
    },
  ) {}

  get rules(): CraRules {
    return this.options.rules;
  }

  /** Every model version and inference service, gaps first; `team` keeps one owner's. */
  async report(request: {
    credentials: BackstageCredentials;
    team?: string;
  }): Promise<CraReport> {
    const { credentials } = request;
    const now = this.options.now?.() ?? new Date();
    const errors: string[] = [];
    const catalog = await this.readCatalog(credentials);
    if (catalog.error) {
      errors.push(`The catalog could not be read: ${catalog.error}`);
    }
    const versions = await this.readVersions(catalog, errors, now);
    const services = await Promise.all(
      catalog.services.map(s =>
        this.serviceRow(s, catalog, versions, credentials),
      ),
    );
    const owner = request.team?.trim() ? teamRef(request.team) : undefined;
    const rows: CraRow[] = [...versions.map(v => v.row), ...services].filter(
      r => !owner || r.owner === owner,
    );
    return {
      generatedAt: now.toISOString(),
      rules: this.options.rules,
      rows: sortCraRows(rows),
      errors,
    };
  }

  /**
   * The rows of one entity: an `ai-model` Resource's versions, or an
   * `inference-service` Component.
   */
  async entity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<CraEntityReadiness> {
    let ref: string;
    try {
      ref = stringifyEntityRef(parseEntityRef(entityRef)).toLocaleLowerCase(
        'en-US',
      );
    } catch {
      throw new InputError(
        `'${entityRef}' is not an entity ref; use e.g. resource:default/llama-3.1-8b-instruct`,
      );
    }
    const entity = await this.options.catalog.getEntityByRef(ref, {
      credentials,
    });
    if (!entity) throw new NotFoundError(`No entity ${ref} in the catalog`);
    const type = entity.spec?.type;
    if (
      !(entity.kind === 'Resource' && type === 'ai-model') &&
      !(entity.kind === 'Component' && type === 'inference-service')
    ) {
      throw new InputError(
        `CRA readiness is kept for ai-model Resources and inference-service Components, not ${entity.kind} of type ${type}`,
      );
    }
    const report = await this.report({ credentials });
    const rows = report.rows.filter(r =>
      r.kind === 'inference-service'
        ? r.entityRef === ref
        : r.entityRef === ref,
    );
    return { entityRef: ref, rows, errors: report.errors };
  }

  private async readCatalog(
    credentials: BackstageCredentials,
  ): Promise<Catalog> {
    let items: Entity[];
    try {
      ({ items } = await this.options.catalog.getEntities(
        {
          filter: [
            { kind: 'Resource', 'spec.type': 'ai-model' },
            { kind: 'Component', 'spec.type': 'inference-service' },
            { kind: 'Group' },
          ],
        },
        { credentials },
      ));
    } catch (error) {
      const message = (error as Error).message;
      return {
        models: new Map(),
        services: [],
        groups: new Map(),
        error: message,
      };
    }
    const models = new Map<string, Entity>();
    const groups = new Map<string, Entity>();
    const services: Entity[] = [];
    for (const entity of items) {
      if (entity.kind === 'Group') groups.set(refOf(entity), entity);
      else if (entity.kind === 'Component') services.push(entity);
      else {
        const repo = entity.metadata.annotations?.[OCI_REPOSITORY_ANNOTATION];
        if (repo) models.set(repo, entity);
      }
    }
    return { models, services, groups };
  }

  private warnOnce(message: string) {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    this.options.logger.warn(message);
  }

  private async readVersions(
    catalog: Catalog,
    errors: string[],
    now: Date,
  ): Promise<VersionRead[]> {
    const list = await this.options.models.listModels();
    for (const registry of list.registries) {
      if (registry.error) {
        errors.push(
          `Registry ${registry.name} could not be listed: ${registry.error}`,
        );
      }
    }
    const perModel = await Promise.all(
      list.models.map(async summary => {
        if (summary.error) {
          errors.push(`${summary.ref} could not be read: ${summary.error}`);
          return [];
        }
        const listing = await this.options.models.listVersions(
          summary.registry,
          summary.repository,
        );
        const byDigest = new Map<string, ModelVersionSummary[]>();
        for (const v of listing.versions) {
          if (v.status !== 'ok') {
            errors.push(
              `${summary.ref}:${v.tag} is not a readable model version: ${v.error}`,
            );
            continue;
          }
          byDigest.set(v.manifestDigest, [
            ...(byDigest.get(v.manifestDigest) ?? []),
            v,
          ]);
        }
        return Promise.all(
          [...byDigest.values()].map(same =>
            this.versionRow(summary, same, catalog, now),
          ),
        );
      }),
    );
    for (const message of errors) this.warnOnce(`CRA readiness: ${message}`);
    return perModel.flat();
  }

  /** The text of every relevant layer of a referring artifact. */
  private read(
    registry: string,
    repository: string,
    artifact: SupplyChainArtifact,
    layers: 'sbom' | 'all',
  ): Promise<Content[]> {
    const key = `${registry}/${repository}@${artifact.digest}/${layers}`;
    let found = this.contents.get(key);
    if (!found) {
      found = this.fetchContents(registry, repository, artifact, layers);
      this.contents.set(key, found);
      // A failed read is tried again on the next request.
      found.then(list => {
        if (list.some(c => 'error' in c)) this.contents.delete(key);
      });
    }
    return found;
  }

  private async fetchContents(
    registry: string,
    repository: string,
    artifact: SupplyChainArtifact,
    layers: 'sbom' | 'all',
  ): Promise<Content[]> {
    const source = this.options.sources.get(registry);
    const ref = artifact.digest;
    if (!source)
      return [{ ref, error: `registry ${registry} is not configured` }];
    try {
      const manifest = await source.getManifest(repository, artifact.digest);
      if (!manifest) return [{ ref, error: 'the referring manifest is gone' }];
      const all = Array.isArray(manifest.content.layers)
        ? (manifest.content.layers as Array<Record<string, any>>)
        : [];
      const wanted =
        layers === 'sbom' && all.length > 1
          ? all.filter(l => SBOM_LAYER.test(String(l.mediaType)))
          : all;
      if (wanted.length === 0)
        return [{ ref, error: 'the artifact has no layer' }];
      return await Promise.all(
        wanted.map(async (layer): Promise<Content> => {
          if (
            typeof layer.size === 'number' &&
            layer.size > MAX_ARTIFACT_BYTES
          ) {
            return {
              ref,
              error: `its layer is ${layer.size} bytes, more than the ${MAX_ARTIFACT_BYTES} read`,
            };
          }
          const blob = await source.getBlob(repository, String(layer.digest));
          return blob
            ? { ref, text: blob.toString('utf8') }
            : { ref, error: `its layer ${layer.digest} is missing` };
        }),
      );
    } catch (error) {
      return [{ ref, error: (error as Error).message }];
    }
  }

  private async versionRow(
    summary: ModelSummary,
    same: ModelVersionSummary[],
    catalog: Catalog,
    now: Date,
  ): Promise<VersionRead> {
    const { registry, repository } = summary;
    const first = same[0];
    const digest = first.manifestDigest;
    const tags = same.map(v => v.tag).sort();
    const detail = await this.options.models.getVersion(
      registry,
      repository,
      first.tag,
    );
    const chain = detail.supplyChain ?? {
      signatures: [],
      sboms: [],
      attestations: [],
    };
    const readError = detail.supplyChainError;
    const evidenceOf = (a: SupplyChainArtifact): CraEvidence => ({
      kind: a.source,
      ref: a.digest,
      detail: a.artifactType,
    });
    const sboms: Array<CraArtifactRead<SbomParse>> = [];
    for (const artifact of chain.sboms) {
      // An SBOM attestation is a statement, not a document: read as provenance would be.
      if (artifact.artifactType.includes('sigstore.bundle')) continue;
      for (const content of await this.read(
        registry,
        repository,
        artifact,
        'sbom',
      )) {
        sboms.push({
          evidence: evidenceOf(artifact),
          parse:
            'text' in content
              ? parseSbom(content.text, artifact.sbomFormat)
              : {
                  ok: false,
                  status: 'unknown',
                  reason: `not read: ${content.error}`,
                },
        });
      }
    }
    const provenance: Array<CraArtifactRead<ProvenanceParse>> = [];
    for (const artifact of chain.attestations) {
      for (const content of await this.read(
        registry,
        repository,
        artifact,
        'all',
      )) {
        provenance.push({
          evidence: evidenceOf(artifact),
          parse:
            'text' in content
              ? parseProvenance(content.text, digest)
              : {
                  ok: false,
                  status: 'unknown',
                  reason: `not read: ${content.error}`,
                },
        });
      }
    }
    const entity = catalog.models.get(summary.ref);
    const owner = summary.owner
      ? teamRef(summary.owner)
      : entity && specOwner(entity);
    const sources = this.annotationSources(
      [
        {
          ref: `the manifest ${digest}`,
          annotations: (detail.manifest?.annotations ?? {}) as Record<
            string,
            string
          >,
        },
        ...(entity
          ? [{ ref: refOf(entity), annotations: entity.metadata.annotations }]
          : []),
      ],
      owner,
      catalog,
    );
    const metadata: CraItemVerdict[] = catalog.error
      ? (
          [
            'security-contact',
            'support-period',
            'vulnerability-disclosure',
          ] as const
        ).map(id => ({
          id,
          status: 'unknown' as const,
          reason: `The catalog could not be read (${catalog.error}), so the annotations that say this are unknown.`,
        }))
      : [
          securityContactItem(sources),
          supportPeriodItem(sources, {
            rules: this.options.rules,
            now,
            createdAt: first.metadata.createdAt,
          }),
          vulnerabilityDisclosureItem(sources),
        ];
    const verdicts: CraItemVerdict[] = [
      sbomItem(sboms, readError),
      provenanceItem(provenance, readError),
      signatureItem(chain.signatures.map(evidenceOf), readError),
      ...metadata,
      sovereigntyItem(summary.storage, `${repository} in registry ${registry}`),
    ];
    const name = summary.title ?? summary.name ?? repository;
    return {
      row: {
        kind: 'model-version',
        id: `${registry}/${repository}@${digest}`,
        registry,
        repository,
        tags,
        digest,
        title: `${name} ${tags.join(', ')}`,
        entityRef: entity ? refOf(entity) : undefined,
        owner,
        readiness: scoreReadiness(verdicts, this.options.rules),
      },
      deployments: same.flatMap(v => v.deployments),
    };
  }

  /** The sources of CRA annotations, most specific first, ending with the owning Group. */
  private annotationSources(
    own: CraAnnotationSource[],
    owner: string | undefined,
    catalog: Catalog,
  ): CraAnnotationSource[] {
    const group = owner ? catalog.groups.get(owner) : undefined;
    return [
      ...own,
      ...(group
        ? [{ ref: refOf(group), annotations: group.metadata.annotations }]
        : []),
    ];
  }

  private async serviceRow(
    entity: Entity,
    catalog: Catalog,
    versions: VersionRead[],
    credentials: BackstageCredentials,
  ): Promise<CraServiceRow> {
    const ref = refOf(entity);
    const owner = specOwner(entity);
    const annotations = entity.metadata.annotations ?? {};
    const name = annotations[KUBERNETES_ID] ?? entity.metadata.name;
    const namespace = annotations[KUBERNETES_NAMESPACE];
    const cluster = annotations[CLUSTER];
    const pinned = annotations[INFERENCE_SERVICE_ANNOTATIONS.modelDigest];
    const runs: Array<{ read: VersionRead; workload: string }> = [];
    for (const read of versions) {
      for (const d of read.deployments) {
        if (
          d.name === name &&
          (!namespace || d.namespace === namespace) &&
          (!cluster || d.cluster === cluster)
        ) {
          runs.push({
            read,
            workload: `${d.cluster}/${d.namespace}/${d.kind}/${d.name}`,
          });
        }
      }
    }
    if (runs.length === 0 && pinned) {
      const read = versions.find(v => v.row.digest === pinned);
      if (read) {
        runs.push({
          read,
          workload: `${INFERENCE_SERVICE_ANNOTATIONS.modelDigest} on ${ref}`,
        });
      }
    }
    const served: CraServiceVersion[] = runs.map(({ read, workload }) => ({
      registry: read.row.registry,
      repository: read.row.repository,
      digest: read.row.digest,
      tags: read.row.tags,
      workload,
      score: read.row.readiness.score,
      ready: read.row.readiness.ready,
    }));
    const sources = this.annotationSources(
      [{ ref, annotations }],
      owner,
      catalog,
    );
    let sovereignty: CraItemVerdict;
    try {
      const item = await this.options.sovereignty?.entity(ref, credentials);
      sovereignty = sovereigntyItem(item?.evaluation, entity.metadata.name);
    } catch (error) {
      sovereignty = {
        id: 'sovereignty',
        status: 'unknown',
        reason: `The sovereignty of ${ref} could not be evaluated: ${
          (error as Error).message
        }`,
      };
    }
    const verdicts: CraItemVerdict[] = [
      this.versionsItem(
        runs.map(r => r.read),
        served,
        name,
        namespace,
      ),
      securityContactItem(sources),
      supportPeriodItem(sources, {
        rules: this.options.rules,
        now: this.options.now?.() ?? new Date(),
      }),
      vulnerabilityDisclosureItem(sources),
      sovereignty,
    ];
    return {
      kind: 'inference-service',
      id: ref,
      entityRef: ref,
      title: entity.metadata.title ?? entity.metadata.name,
      owner,
      versions: served,
      readiness: scoreReadiness(verdicts, this.options.rules),
    };
  }

  /** Whether every model version a service runs is ready, and which are not. */
  private versionsItem(
    reads: VersionRead[],
    served: CraServiceVersion[],
    name: string,
    namespace: string | undefined,
  ): CraItemVerdict {
    const evidence = served.map(s => ({
      kind: 'model-version',
      ref: `${s.registry}/${s.repository}@${s.digest}`,
      detail: `run by ${s.workload}`,
    }));
    if (reads.length === 0) {
      return {
        id: 'model-versions',
        status: 'unknown',
        reason: `No workload named ${name}${
          namespace ? ` in namespace ${namespace}` : ''
        } runs a model version of the configured registries, and no ${
          INFERENCE_SERVICE_ANNOTATIONS.modelDigest
        } annotation names one.`,
        evidence,
      };
    }
    const unique = [...new Map(reads.map(r => [r.row.id, r])).values()];
    const gaps = unique.filter(r => !r.row.readiness.ready);
    if (gaps.length === 0) {
      return {
        id: 'model-versions',
        status: 'pass',
        reason: `Every model version it runs is ready: ${unique
          .map(r => r.row.title)
          .join(', ')}.`,
        evidence,
      };
    }
    const describe = (r: VersionRead) =>
      `${r.row.title} (${r.row.readiness.items
        .filter(i => i.required && i.status !== 'pass')
        .map(i => `${i.title.toLocaleLowerCase('en-US')} ${i.status}`)
        .join(', ')})`;
    const invalid = gaps.some(r =>
      r.row.readiness.items.some(i => i.required && i.status === 'invalid'),
    );
    return {
      id: 'model-versions',
      status: invalid ? 'invalid' : 'missing',
      reason: `It runs model versions that are not ready: ${gaps
        .map(describe)
        .join('; ')}.`,
      evidence,
    };
  }
}
