import {
  ClusterConformance,
  ConformanceMatrix,
  ConformanceTrend,
  CONFORMANCE_REQUIREMENTS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  ClusterSource,
  ConformancePlatformCheck,
  ModelSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { ConformanceStore } from './ConformanceStore';
import { evaluateCluster } from './evaluate';
import type { SignatureLookup } from './hygiene';
import { suitePlatformChecks } from './platformChecks';
import { selfAssessmentYaml } from './selfAssessment';

/**
 * Conformance of every cluster: evaluated on demand from the watch caches
 * (never waiting on a cluster), recorded over time in the store for the
 * score trend.
 */
export class ConformanceService {
  /** Model digest → signed, from the models domain; refreshed before each record. */
  private signatures = new Map<string, boolean>();

  constructor(
    private readonly options: {
      clusters: ClusterSource;
      store: ConformanceStore;
      logger: LoggerService;
      /** Where signatures of model versions are read (the models domain). */
      models?: ModelSource;
      /** Platform checks other modules added, run after the suite's own. */
      platformChecks?: readonly ConformancePlatformCheck[];
      now?: () => Date;
    },
  ) {
    this.platformChecks = [
      ...suitePlatformChecks(this.signed),
      ...(options.platformChecks ?? []),
    ];
  }

  private readonly platformChecks: readonly ConformancePlatformCheck[];

  /** Signed or not by digest, as last read; undefined when not known. */
  private readonly signed: SignatureLookup = ({ digest }) =>
    digest ? this.signatures.get(digest) : undefined;

  /**
   * Reads which model versions are signed from the models domain. Runs in
   * the scheduled task, so a page read never waits on a registry.
   */
  async refreshSignatures(): Promise<void> {
    const models = this.options.models;
    if (!models) return;
    const map = new Map<string, boolean>();
    const list = await models.listModels();
    for (const model of list.models.filter(m => !m.error)) {
      const versions = await models
        .listVersions(model.registry, model.repository)
        .catch(() => undefined);
      for (const version of versions?.versions ?? []) {
        // Unreadable signatures leave the digest unknown, never unsigned.
        if (version.status !== 'ok' || version.supplyChainError) continue;
        map.set(version.digest, version.signed);
        map.set(version.manifestDigest, version.signed);
      }
    }
    this.signatures = map;
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /** Every cluster × every requirement. */
  matrix(): ConformanceMatrix {
    const now = this.now();
    return {
      generatedAt: now.toISOString(),
      requirements: CONFORMANCE_REQUIREMENTS.map(r => ({
        id: r.id,
        category: r.category,
        kar: r.kar,
        title: r.title,
      })),
      clusters: this.options.clusters
        .clusters()
        .map(view =>
          evaluateCluster(view, { now, platformChecks: this.platformChecks }),
        ),
    };
  }

  /** One cluster's checks, or a NotFoundError naming the known clusters. */
  cluster(name: string): ClusterConformance {
    const view = this.options.clusters.cluster(name);
    if (!view) {
      const known = this.options.clusters
        .clusters()
        .map(c => c.name)
        .join(', ');
      throw new NotFoundError(
        `No cluster named '${name}' is configured; known clusters: ${
          known || 'none'
        }`,
      );
    }
    return evaluateCluster(view, {
      now: this.now(),
      platformChecks: this.platformChecks,
    });
  }

  /** The cluster's self-assessment in the CNCF checklist shape, as YAML. */
  selfAssessmentYaml(name: string): string {
    return selfAssessmentYaml(this.cluster(name));
  }

  /** The recorded scores of a cluster, oldest first. */
  async trend(name: string, since?: Date): Promise<ConformanceTrend> {
    this.cluster(name);
    return {
      cluster: name,
      points: await this.options.store.trend(name, since),
    };
  }

  /** Records every cluster's results now and prunes what is past retention. */
  async record(retentionMs: number): Promise<void> {
    await this.refreshSignatures().catch(error =>
      this.options.logger.warn(
        `Could not read model signatures for the conformance checks: ${error}`,
      ),
    );
    const now = this.now();
    // A cluster whose first list is not complete would record a false 0%.
    const all = this.matrix().clusters;
    const results = all.filter(r => r.health.state !== 'syncing');
    const skipped = all.filter(r => r.health.state === 'syncing');
    if (skipped.length > 0) {
      this.options.logger.info(
        `Not recording conformance of ${skipped
          .map(r => r.cluster)
          .join(', ')}: still syncing`,
      );
    }
    await this.options.store.record(results, now);
    const pruned = await this.options.store.prune(
      new Date(now.getTime() - retentionMs),
    );
    this.options.logger.info(
      `Recorded conformance of ${results.length} cluster(s) (${results
        .map(r => `${r.cluster} ${r.score.percent}%`)
        .join(', ')}); pruned ${pruned} old run(s)`,
    );
  }
}
