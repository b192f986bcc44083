/**
 * Writes deterministic ModelPack and KitOps model artifacts, with
 * signatures, SBOMs and a moved tag, to an OCI registry or as OCI image
 * layouts: the demo data of the portal, and data for tests and benchmarks.
 *
 * @packageDocumentation
 */

export { RegistryPusher, pushReferrer } from './RegistryPusher';
export { LayoutWriter, REF_NAME } from './LayoutWriter';
export { MediaTypes, referrersTag, sha256 } from './target';
export type { Descriptor, OciTarget } from './target';
export { SEED_MODELS, SEED_REGISTRIES } from './catalogue';
export type {
  SeedModel,
  SeedProvenance,
  SeedRegistry,
  SeedSbom,
  SeedSignature,
  SeedVersion,
} from './catalogue';
export { fakeBytes, seedModels } from './seed';
export type { SeededModel, SeededVersion, SeedReport } from './seed';
export { buildRegistryAppConfig } from './appConfig';
export {
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  PredicateTypes,
} from './documents';
