/**
 * Serves the Kubernetes REST and watch API for fixture clusters loaded from
 * YAML folders or generated, for tests, benchmarks and the demo portal.
 *
 * @packageDocumentation
 */

export { startFixtureServer } from './server';
export { buildAppConfig } from './appConfig';
export type {
  FixtureServer,
  FixtureServerOptions,
  FixtureClusterInfo,
} from './server';
export type { ClusterDefinition } from './clusters';
export { ClusterFaults } from './faults';
export type { FaultSettings } from './faults';
export { ClusterStore } from './store/ClusterStore';
export type {
  ListOptions,
  ListPage,
  StoreEvent,
  ChangeType,
  ClusterStoreOptions,
} from './store/ClusterStore';
export { loadClustersDir, loadClusterDir } from './loader';
export { generateSyntheticClusters } from './synthetic';
export type { SyntheticClustersOptions } from './synthetic';
export type { Kubeconfig } from './kubeconfig';
export type {
  KubeObject,
  ObjectMeta,
  PrinterColumn,
  ResourceType,
} from './types';
