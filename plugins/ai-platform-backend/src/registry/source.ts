import type {
  FetchedManifest,
  ManifestReference,
  Referrers,
} from './OciRegistryClient';

/**
 * What the model domain reads from a place that stores model artifacts: a
 * registry over the OCI Distribution API (`OciRegistryClient`) or an OCI
 * image-layout folder (`OciLayoutSource`).
 *
 * @public
 */
export interface RegistrySource {
  /** The registry's name in `aiPlatform.registries`. */
  readonly name: string;
  /** The repositories to read. */
  listRepositories(): Promise<string[]>;
  /** Every tag of a repository. */
  listTags(repository: string): Promise<string[]>;
  /** What a tag or digest points to now; undefined when absent. */
  resolve(
    repository: string,
    reference: string,
  ): Promise<ManifestReference | undefined>;
  /** A manifest or index by tag or digest; undefined when absent. */
  getManifest(
    repository: string,
    reference: string,
  ): Promise<FetchedManifest | undefined>;
  /** A blob by digest, checked against it; undefined when absent. */
  getBlob(repository: string, digest: string): Promise<Buffer | undefined>;
  /** Signatures, SBOMs and attestations that refer to a manifest. */
  listReferrers(repository: string, digest: string): Promise<Referrers>;
}
