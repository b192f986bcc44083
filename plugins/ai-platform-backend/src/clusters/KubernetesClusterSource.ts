import type {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import type {
  ClusterSource,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { readClusterConfigs, readWatchSettings } from './config';
import { ClusterCache } from './ClusterCache';
import { KubeClient } from './KubeClient';
import { withInspectors } from './inspectors';
import { WATCHED_KINDS, WatchedKindDefinition } from './kinds';

/**
 * The cluster layer: one {@link ClusterCache} per configured cluster. Reads
 * are answered from memory and never wait on a cluster.
 */
export class KubernetesClusterSource implements ClusterSource {
  private constructor(private readonly caches: ClusterCache[]) {}

  static fromConfig(
    config: RootConfigService,
    options: { logger: LoggerService; kinds?: WatchedKindDefinition[] },
  ): KubernetesClusterSource {
    const settings = readWatchSettings(config);
    const kinds = withInspectors(options.kinds ?? WATCHED_KINDS);
    const caches = readClusterConfigs(config).map(
      cluster =>
        new ClusterCache(
          cluster,
          KubeClient.fromConfig(cluster),
          kinds,
          settings,
          options.logger.child({ cluster: cluster.name }),
        ),
    );
    options.logger.info(
      `Watching ${caches.length} Kubernetes cluster(s): ${
        caches.map(c => c.config.name).join(', ') ||
        'none configured (aiPlatform.clusters)'
      }`,
    );
    return new KubernetesClusterSource(caches);
  }

  start(): void {
    this.caches.forEach(cache => cache.start());
  }

  stop(): void {
    this.caches.forEach(cache => cache.stop());
  }

  clusters(): ClusterView[] {
    return this.caches.map(cache => cache.view());
  }

  cluster(name: string): ClusterView | undefined {
    return this.caches.find(cache => cache.config.name === name)?.view();
  }
}
