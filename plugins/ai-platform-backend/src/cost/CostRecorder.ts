import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { IsGpuDeviceClass } from '../gpu/deviceClasses';
import type { CostInterval, CostStore } from './CostStore';
import { desiredIntervals } from './intervals';

export { desiredIntervals, repositoryOf, servedModels } from './intervals';

/**
 * Records GPU allocations from the watch caches: opens an interval for each
 * GPU a pod holds (from the pod's start, so a fresh install shows what runs
 * already) and closes it when the pod is gone or finished; each node's GPU
 * capacity the same way (from the node's creation), so idle is known over
 * the same window. Idempotent: a run with nothing changed writes nothing.
 * A cluster that is not synced is left as it is; one that fails is logged
 * and the others are still recorded.
 */
export class CostRecorder {
  constructor(
    private readonly options: {
      clusters: ClusterSource;
      store: CostStore;
      logger: LoggerService;
      /** Which DRA device classes hand out GPUs; the suite's own recognition by default. */
      deviceClasses?: IsGpuDeviceClass;
    },
  ) {}

  async record(now = Date.now()): Promise<void> {
    const { clusters, logger } = this.options;
    for (const view of clusters.clusters()) {
      if (view.health.state !== 'synced') {
        logger.debug(
          `GPU cost: ${view.name} is ${view.health.state}, its intervals are left open`,
        );
        continue;
      }
      try {
        await this.recordCluster(
          view.name,
          desiredIntervals(view, now, this.options.deviceClasses),
          now,
        );
      } catch (e) {
        logger.warn(
          `GPU cost: recording ${
            view.name
          } failed, its intervals are left as they were: ${
            (e as Error).message
          }`,
        );
      }
    }
  }

  /** Keys of intervals the store refused, so each is logged once. */
  private readonly refused = new Set<string>();

  private async recordCluster(
    cluster: string,
    desired: CostInterval[],
    now: number,
  ): Promise<void> {
    const { store, logger } = this.options;
    const open = await store.open(cluster);
    const openByKey = new Map(open.map(i => [i.key, i]));
    const desiredByKey = new Map(desired.map(i => [i.key, i]));
    const close: string[] = [];
    const add: CostInterval[] = [];
    for (const interval of open) {
      const want = desiredByKey.get(interval.key);
      if (!want || Math.abs(want.gpus - interval.gpus) > 1e-9) {
        close.push(interval.key);
      }
    }
    for (const interval of desired) {
      const have = openByKey.get(interval.key);
      if (!have) add.push(interval);
      else if (Math.abs(have.gpus - interval.gpus) > 1e-9) {
        // The count changed: the new figure counts from now.
        add.push({ ...interval, startedAt: now });
      }
    }
    if (close.length === 0 && add.length === 0) return;
    const { skipped } = await store.apply(cluster, {
      close,
      open: add,
      at: now,
    });
    logger.debug(
      `GPU cost: ${cluster}: ${
        add.length - skipped.length
      } interval(s) opened, ${close.length} closed`,
    );
    for (const { interval, reason } of skipped) {
      const id = `${cluster}/${interval.key}`;
      if (this.refused.has(id)) continue;
      this.refused.add(id);
      logger.warn(
        `GPU cost: ${cluster}: the ${interval.kind} of ${
          interval.namespace ? `${interval.namespace}/` : ''
        }${(interval.pod ?? interval.key).slice(
          0,
          120,
        )} was not recorded, the cluster's other intervals were: ${reason}`,
      );
    }
  }
}
