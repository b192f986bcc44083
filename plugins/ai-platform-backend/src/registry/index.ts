export { readRegistryConfigs } from './config';
export type { RegistryAuth, RegistryConfig } from './config';
export { createRegistryClients } from './clients';
export { OciRegistryClient } from './OciRegistryClient';
export type {
  CosignTagArtifact,
  FetchedManifest,
  ManifestReference,
  OciRegistryClientOptions,
  Referrers,
  RegistryPing,
} from './OciRegistryClient';
export { RegistryError } from './RegistryHttp';
export type { RegistryErrorReason } from './RegistryHttp';
export { isDigest, MediaTypes, referrersTag } from './oci';
export type { OciDescriptor, OciIndex, OciManifest } from './oci';
export {
  classifyManifest,
  parseKitfile,
  parseModelConfig,
  parseModelPackConfig,
  parseParameterSize,
  readModelManifest,
  summariseSupplyChain,
} from './artifacts';
export type {
  ModelLayer,
  ModelLayerKind,
  ModelMetadata,
  ModelPackaging,
  SupplyChain,
  SupplyChainArtifact,
} from './artifacts';
export { readModelVersion, readModelVersions } from './versions';
export type {
  ModelVersion,
  ModelVersionError,
  ModelVersionInfo,
  ModelVersionListing,
  SkippedTag,
} from './versions';
