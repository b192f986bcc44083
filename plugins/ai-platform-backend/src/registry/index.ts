export { readRegistryConfigs } from './config';
export type { RegistryAuth, RegistryConfig } from './config';
export { createRegistryClients, createRegistrySource } from './clients';
export { OciLayoutSource } from './OciLayoutSource';
export { SharedDigestCache, sharedDigestCacheFromConfig } from './sharedCache';
export type { RegistrySource } from './source';
export { parseReference, RegistryAliases } from './references';
export type {
  ParsedReference,
  RegistryKey,
  RegistryReference,
} from './references';
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
