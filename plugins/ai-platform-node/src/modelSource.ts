import { createServiceRef } from '@backstage/backend-plugin-api';
import type {
  DigestDeployments,
  ModelDeployment,
  ModelList,
  ModelVersionComparison,
  ModelVersionDetail,
  ModelVersionList,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * The models domain of the AI Platform backend: model repositories of the
 * configured OCI registries, their versions and where each runs. One
 * instance per backend, so the REST API, the actions and the catalog
 * provider share one digest cache.
 *
 * @public
 */
export interface ModelSource {
  /** Every model repository with its latest version and counts. */
  listModels(): Promise<ModelList>;
  /** The versions of a repository, newest first. */
  listVersions(registry: string, repository: string): Promise<ModelVersionList>;
  /** One version with its manifest, layers and referrers. */
  getVersion(
    registry: string,
    repository: string,
    tag: string,
  ): Promise<ModelVersionDetail>;
  /** What differs between two versions. */
  compare(
    registry: string,
    repository: string,
    a: string,
    b: string,
  ): Promise<ModelVersionComparison>;
  /** Where the versions of a repository, or one tag, are deployed. */
  whereDeployed(
    registry: string,
    repository: string,
    tag?: string,
  ): Promise<ModelDeployment[]>;
  /** Where a digest is deployed and which versions have it. */
  deploymentsByDigest(digest: string): Promise<DigestDeployments>;
  /**
   * The model references of one workload (a KServe service or a pod, by
   * namespace and name, on one cluster or any), each with the digest its
   * pods run and any drift of its tag.
   */
  deploymentsOfWorkload(workload: {
    namespace: string;
    name: string;
    cluster?: string;
  }): Promise<ModelDeployment[]>;
  /**
   * Every workload's model references on a configured registry, across
   * clusters, each with the digest its pods run.
   */
  listDeployments(): Promise<ModelDeployment[]>;
  /** Rescans every repository now; unchanged digests are not read again. */
  refresh(): Promise<void>;
  /**
   * Notes a registry's push notifications (the CNCF Distribution envelope),
   * so the repositories pushed to are rescanned; answers those repositories.
   */
  noteRegistryEvents(registry: string, envelope: unknown): string[];
}

/**
 * The models domain, for the catalog module and other backend plugins.
 *
 * @public
 */
export const modelSourceServiceRef = createServiceRef<ModelSource>({
  id: 'ai-platform.model-source',
  scope: 'root',
});
