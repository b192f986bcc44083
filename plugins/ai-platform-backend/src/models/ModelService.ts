import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { unknownName } from '../tools/names';
import {
  DEFAULT_SOVEREIGNTY_RULES,
  DigestDeployments,
  MODEL_OWNER_ANNOTATION,
  ModelDeployment,
  ModelList,
  ModelRegistryInfo,
  ModelSummary,
  ModelVersionComparison,
  ModelVersionDetail,
  ModelVersionList,
  ModelVersionSummary,
  SovereigntyEvaluation,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { RegistryConfig } from '../registry/config';
import { REPOSITORY_NAME } from '../registry/config';
import { isDigest } from '../registry/oci';
import { RegistryAliases } from '../registry/references';
import type { RegistrySource } from '../registry/source';
import type { ModelVersionInfo } from '../registry/versions';
import { compareVersions } from './compare';
import { evaluateModelStorage } from './storage';
import { deploymentOf, toDeployment } from './deployments';
import { RepositoryScanner, RepositorySnapshot } from './RepositoryScanner';
import { newestFirst, versionSummary } from './versionViews';
import { findWorkloadReferences } from './workloads';

const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;

/** Options of {@link ModelService}. */
export interface ModelServiceOptions {
  registries: RegistryConfig[];
  /** One source per registry name. */
  sources: Map<string, RegistrySource>;
  clusters: ClusterSource;
  rules?: readonly SovereigntyRule[];
  logger?: LoggerService;
  /** A repository scanned less than this long ago is served from its snapshot. Default 30 s. */
  maxAgeMs?: number;
  /** False reads every version in full on each scan (benchmark baseline). Default true. */
  digestCache?: boolean;
}

/**
 * The models domain: model repositories of the configured registries, their
 * versions with metadata, supply chain and GPU fit, and where each version
 * is deployed across the clusters. Routers, actions and the catalog provider
 * are thin adapters over this class.
 */
export class ModelService implements ModelSource {
  private readonly scanner: RepositoryScanner;
  private readonly aliases: RegistryAliases;
  private readonly maxAgeMs: number;
  /** Repositories a push event named since their last scan. */
  private readonly pushed = new Set<string>();
  private readonly repositoryLists = new Map<
    string,
    { at: number; repositories: Promise<string[]> }
  >();

  constructor(private readonly options: ModelServiceOptions) {
    this.scanner = new RepositoryScanner({
      logger: options.logger,
      digestCache: options.digestCache,
    });
    this.aliases = new RegistryAliases(options.registries);
    this.maxAgeMs = options.maxAgeMs ?? 30_000;
  }

  /** Every model repository of every registry, with its latest version and counts. */
  async listModels(): Promise<ModelList> {
    const registries: ModelRegistryInfo[] = [];
    const snapshots: RepositorySnapshot[] = [];
    await Promise.all(
      this.options.registries.map(async config => {
        const info: ModelRegistryInfo = {
          name: config.name,
          kind: config.layout ? 'layout' : 'registry',
          aliases: config.aliases,
          labels: config.labels,
        };
        registries.push(info);
        try {
          const repositories = await this.repositories(config.name);
          snapshots.push(
            ...(await Promise.all(
              repositories.map(r => this.snapshot(config.name, r)),
            )),
          );
        } catch (error) {
          info.error = (error as Error).message;
          this.options.logger?.warn(
            `Could not list the repositories of registry '${config.name}': ${info.error}`,
          );
        }
      }),
    );
    const deployments = this.deployments();
    const order = this.options.registries.map(r => r.name);
    return {
      generatedAt: new Date().toISOString(),
      registries: registries.sort(
        (a, b) => order.indexOf(a.name) - order.indexOf(b.name),
      ),
      models: snapshots
        .map(s => this.summary(s, deployments))
        .sort((a, b) => a.ref.localeCompare(b.ref)),
    };
  }

  /** The versions of one repository, newest first, with deployments and fit. */
  async listVersions(
    registry: string,
    repository: string,
  ): Promise<ModelVersionList> {
    const snapshot = await this.knownSnapshot(registry, repository);
    const deployments = this.deployments();
    return {
      registry,
      repository,
      generatedAt: new Date(snapshot.scannedAt).toISOString(),
      versions: [...snapshot.versions]
        .sort(newestFirst)
        .map(v =>
          v.status === 'ok'
            ? versionSummary(v, snapshot.versions, deployments)
            : v,
        ),
      skipped: snapshot.skipped.map(({ tag, reason }) => ({ tag, reason })),
      storage: this.storage(registry, repository),
    };
  }

  /** One version with its manifest, layers and referrers. */
  async getVersion(
    registry: string,
    repository: string,
    tag: string,
  ): Promise<ModelVersionDetail> {
    const snapshot = await this.knownSnapshot(registry, repository);
    const version = this.okVersion(snapshot, tag);
    const source = this.source(registry);
    const manifest = await source.getManifest(
      repository,
      version.manifestDigest,
    );
    return {
      ...versionSummary(version, snapshot.versions, this.deployments()),
      registry,
      repository,
      mediaType: version.mediaType,
      configDigest: version.configDigest,
      layers: version.layers,
      manifest: manifest?.content ?? {},
      ...(version.supplyChain ? { supplyChain: version.supplyChain } : {}),
    };
  }

  /** What differs between two versions of a repository. */
  async compare(
    registry: string,
    repository: string,
    a: string,
    b: string,
  ): Promise<ModelVersionComparison> {
    const snapshot = await this.knownSnapshot(registry, repository);
    const deployments = this.deployments();
    const [va, vb] = [a, b].map(tag =>
      versionSummary(
        this.okVersion(snapshot, tag),
        snapshot.versions,
        deployments,
      ),
    );
    const layers = (tag: string) => this.okVersion(snapshot, tag).layers;
    return {
      registry,
      repository,
      ...compareVersions(va, vb, layers(a), layers(b)),
    };
  }

  /** Where a digest is deployed, and which versions have it. */
  async deploymentsByDigest(digest: string): Promise<DigestDeployments> {
    if (!isDigest(digest)) {
      throw new InputError(
        `'${digest}' is not a digest; give sha256:<64 hex digits>`,
      );
    }
    // Every repository is brought up to date first: a workload that names a
    // tag matches a digest only through its repository's snapshot.
    const versions: DigestDeployments['versions'] = [];
    for (const config of this.options.registries) {
      const repositories = await this.repositories(config.name).catch(
        () => [] as string[],
      );
      const snapshots = await Promise.all(
        repositories.map(r => this.snapshot(config.name, r)),
      );
      for (const snapshot of snapshots) {
        const tags = snapshot.versions
          .filter(v => v.digest === digest)
          .map(v => v.tag)
          .sort();
        if (tags.length > 0) {
          versions.push({
            registry: config.name,
            repository: snapshot.repository,
            tags,
          });
        }
      }
    }
    const deployments = this.deployments().filter(d => deploymentOf(d, digest));
    return { digest, versions, deployments };
  }

  /** The model references of one workload, with what its pods run. */
  async deploymentsOfWorkload(workload: {
    namespace: string;
    name: string;
    cluster?: string;
  }): Promise<ModelDeployment[]> {
    return this.deployments().filter(
      d =>
        d.namespace === workload.namespace &&
        d.name === workload.name &&
        (!workload.cluster || d.cluster === workload.cluster),
    );
  }

  /** Every workload's model references across clusters. */
  async listDeployments(): Promise<ModelDeployment[]> {
    return this.deployments();
  }

  /** Where the versions of a repository (or one tag of it) are deployed. */
  async whereDeployed(
    registry: string,
    repository: string,
    tag?: string,
  ): Promise<ModelDeployment[]> {
    const snapshot = await this.knownSnapshot(registry, repository);
    const all = this.deployments().filter(
      d => d.registry === registry && d.repository === repository,
    );
    if (!tag) return all;
    const digest = snapshot.tags.get(tag);
    if (!digest) {
      throw new NotFoundError(
        `${registry}/${repository} has no tag '${tag}'; list its versions to see the tags`,
      );
    }
    return all.filter(d => deploymentOf(d, digest, tag));
  }

  /**
   * Rescans the repositories now (the catalog provider's schedule,
   * benchmarks): all of them, or, for a registry that sends push events,
   * those pushed to since their last scan and those not checked for
   * `fullRescanInterval`.
   */
  async refresh(): Promise<void> {
    this.repositoryLists.clear();
    await Promise.all(
      this.options.registries.map(async config => {
        const repositories = await this.repositories(config.name).catch(
          () => [],
        );
        await Promise.all(
          repositories
            .filter(r => !config.events || !this.fresh(config, r))
            .map(r => this.scan(config.name, r)),
        );
      }),
    );
  }

  /**
   * Takes a registry's push notifications (the CNCF Distribution envelope
   * `{ events: [{ action, target: { repository, tag, digest } }] }`): the
   * repositories pushed to are rescanned on their next read. Answers the
   * repositories noted.
   */
  noteRegistryEvents(registry: string, envelope: unknown): string[] {
    const config = this.config(registry);
    if (!config.events) {
      throw new InputError(
        `Registry '${registry}' is not configured to send events (aiPlatform.registries events)`,
      );
    }
    const events = (envelope as { events?: unknown })?.events;
    if (!Array.isArray(events)) {
      throw new InputError(
        'The body is not a registry notification envelope: it has no events list',
      );
    }
    const noted = new Set<string>();
    for (const event of events) {
      const repository = event?.target?.repository;
      if (
        (event?.action === 'push' || event?.action === 'delete') &&
        typeof repository === 'string' &&
        REPOSITORY_NAME.test(repository)
      ) {
        this.pushed.add(`${registry}/${repository}`);
        noted.add(repository);
      }
    }
    // A push may create a repository the last listing did not have.
    if (noted.size > 0) this.repositoryLists.delete(registry);
    return [...noted].sort();
  }

  /** Whether a repository's snapshot may be served without a rescan. */
  private fresh(config: RegistryConfig, repository: string): boolean {
    const last = this.scanner.last(config.name, repository);
    if (!last || last.error) return false;
    const age = Date.now() - last.scannedAt;
    if (!config.events) return age < this.maxAgeMs;
    return (
      !this.pushed.has(`${config.name}/${repository}`) &&
      age < config.events.fullRescanMs
    );
  }

  private scan(registry: string, repository: string) {
    // Events that arrive while the scan runs mark the repository again.
    this.pushed.delete(`${registry}/${repository}`);
    return this.scanner.scan(this.source(registry), repository);
  }

  /** Every workload reference to a configured registry, matched to digests. */
  private deployments(): ModelDeployment[] {
    return findWorkloadReferences(this.options.clusters, this.aliases).map(
      ref => toDeployment(ref, this.scanner.last(ref.registry, ref.repository)),
    );
  }

  private summary(
    snapshot: RepositorySnapshot,
    deployments: ModelDeployment[],
  ): ModelSummary {
    const { registry, repository } = snapshot;
    const ok = snapshot.versions.filter(
      (v): v is ModelVersionInfo => v.status === 'ok',
    );
    const latest = [...ok].sort(newestFirst)[0];
    const latestRow =
      latest && versionSummary(latest, snapshot.versions, deployments);
    const rows = ok.map(v => versionSummary(v, snapshot.versions, deployments));
    const config = this.config(registry);
    return {
      registry,
      repository,
      ref: `${registry}/${repository}`,
      name: latest?.metadata.name,
      title: latest?.metadata.title,
      vendor: latest?.metadata.vendor,
      family: latest?.metadata.family,
      packaging: latest?.packaging,
      licenses: latest?.metadata.licenses ?? [],
      owner: latest?.annotations[MODEL_OWNER_ANNOTATION] ?? config.owner,
      ...(latest && latestRow
        ? {
            latest: {
              tag: latest.tag,
              digest: latest.digest,
              createdAt: latest.metadata.createdAt,
              signed: latestRow.signed,
              sbom: latestRow.sbom,
            },
          }
        : {}),
      versionCount: snapshot.versions.length,
      digestCount: new Set(snapshot.versions.map(v => v.digest)).size,
      signedVersionCount: rows.filter((r: ModelVersionSummary) => r.signed)
        .length,
      sbomVersionCount: rows.filter(r => r.sbom).length,
      deploymentCount: deployments.filter(
        d => d.registry === registry && d.repository === repository,
      ).length,
      storage: this.storage(registry, repository),
      ...(snapshot.error ? { error: snapshot.error } : {}),
    };
  }

  /** Where the model is stored, checked against the `store` rule. */
  private storage(registry: string, repository: string): SovereigntyEvaluation {
    return evaluateModelStorage(
      this.config(registry),
      repository,
      this.options.rules ?? DEFAULT_SOVEREIGNTY_RULES,
    );
  }

  private okVersion(
    snapshot: RepositorySnapshot,
    tag: string,
  ): ModelVersionInfo {
    if (!TAG.test(tag)) {
      throw new InputError(`'${tag}' is not a valid tag`);
    }
    const version = snapshot.versions.find(v => v.tag === tag);
    if (!version && snapshot.error) {
      // The registry did not answer: the tag is not known to be missing.
      throw new ServiceUnavailableError(
        `The versions of ${snapshot.registry}/${snapshot.repository} could not be read, so '${tag}' cannot be shown: ${snapshot.error}`,
      );
    }
    if (!version) {
      throw new NotFoundError(
        `${snapshot.registry}/${snapshot.repository} has no model version tagged '${tag}'`,
      );
    }
    if (version.status !== 'ok') {
      throw new InputError(
        `${snapshot.registry}/${snapshot.repository}:${tag} could not be read: ${version.error}`,
      );
    }
    return version;
  }

  /** A fresh enough snapshot of a repository the registry is configured to read. */
  private async knownSnapshot(
    registry: string,
    repository: string,
  ): Promise<RepositorySnapshot> {
    if (!REPOSITORY_NAME.test(repository)) {
      throw new InputError(
        `'${repository}' is not a valid repository name (lower-case path components such as 'models/llama-3-8b')`,
      );
    }
    this.config(registry);
    const repositories = await this.repositories(registry);
    if (!repositories.includes(repository)) {
      throw unknownName(
        'model repository',
        repository,
        repositories,
        `in registry ${registry}`,
      );
    }
    return this.snapshot(registry, repository);
  }

  private async snapshot(
    registry: string,
    repository: string,
  ): Promise<RepositorySnapshot> {
    const last = this.scanner.last(registry, repository);
    if (last && this.fresh(this.config(registry), repository)) return last;
    return this.scan(registry, repository);
  }

  private repositories(registry: string): Promise<string[]> {
    const cached = this.repositoryLists.get(registry);
    if (cached && Date.now() - cached.at < this.maxAgeMs) {
      return cached.repositories;
    }
    const repositories = this.source(registry).listRepositories();
    this.repositoryLists.set(registry, { at: Date.now(), repositories });
    // A failed listing is not kept, so the next call tries again.
    repositories.catch(() => this.repositoryLists.delete(registry));
    return repositories;
  }

  private config(registry: string): RegistryConfig {
    const config = this.options.registries.find(r => r.name === registry);
    if (!config) {
      throw unknownName(
        'registry',
        registry,
        this.options.registries.map(r => r.name),
      );
    }
    return config;
  }

  private source(registry: string): RegistrySource {
    const source = this.options.sources.get(registry);
    if (!source) {
      throw new NotFoundError(`No registry named '${registry}' is configured`);
    }
    return source;
  }
}
