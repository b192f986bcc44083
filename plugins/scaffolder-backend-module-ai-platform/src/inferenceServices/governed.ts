import type {
  GovernanceRequest,
  ResolvedModelVersion,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { AiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { describeFailures } from '../actions/governanceCheck';
import type { InferenceServiceParameters } from './manifests';

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The governance request of a service's parameters, as every write asks it. */
export function governanceRequestOf(
  params: InferenceServiceParameters,
  digest = params.model.digest,
): GovernanceRequest {
  return {
    name: params.name,
    namespace: params.namespace,
    cluster: params.cluster,
    model: {
      registry: params.model.registry,
      repository: params.model.repository,
      digest,
    },
    gpus: params.gpu.gpus,
    gpuProduct: params.gpu.gpuProduct,
    ...(params.gpu.migProfile ? { migProfile: params.gpu.migProfile } : {}),
    // Checked as for a new service: the quota must hold the new pods.
    replicas: params.replicas,
    classification: params.classification,
    team: params.owner,
  };
}

/** The model fields of the parameters, from the registry's own answer. */
export function modelOf(
  params: InferenceServiceParameters,
  resolved: ResolvedModelVersion,
): InferenceServiceParameters['model'] {
  return {
    registry: params.model.registry,
    repository: params.model.repository,
    tag: resolved.tag,
    digest: resolved.digest,
    reference: resolved.reference,
    entityRef: resolved.entityRef,
    llm: resolved.llm,
    ...(resolved.format ? { format: resolved.format } : {}),
  };
}

/**
 * What every action that writes an inference service runs first, whatever
 * template calls it: the model must be pinned by digest, the governance
 * check (policy maxima of replicas and GPUs, namespace of the team, quota,
 * capacity, sovereignty, model on a configured registry, signature, SBOM,
 * fit, conformance) must pass with the same request, and the version is
 * resolved on its configured registry: the reference and the LLM-ness come
 * from the backend's answer, never from the template, and the tag, when
 * given, must still point to that digest. Any failure is an InputError
 * listing every failed rule; nothing is written.
 *
 * @returns the parameters with the model as the registry answers it
 */
export async function governInferenceService(options: {
  aiPlatform: AiPlatformService;
  credentials: BackstageCredentials;
  params: InferenceServiceParameters;
}): Promise<InferenceServiceParameters> {
  const { aiPlatform, credentials, params } = options;
  const { registry, repository, digest, tag, reference } = params.model;
  if (typeof digest !== 'string' || !DIGEST.test(digest)) {
    throw new InputError(
      `The model ${registry}/${repository} must be pinned by digest (sha256: and 64 hex digits), got '${digest}'; resolve it with ai-platform:model:resolve first`,
    );
  }
  const governance = await aiPlatform.checkInferenceService(
    governanceRequestOf(params, digest),
    { credentials },
  );
  if (!governance.allowed) {
    throw new InputError(
      `${
        params.name
      } is not allowed: the governance check failed\n${describeFailures(
        governance.checks,
      )}`,
    );
  }
  if (governance.resolvedDigest && governance.resolvedDigest !== digest) {
    throw new InputError(
      `The governance check pinned ${registry}/${repository} to ${governance.resolvedDigest}, not ${digest}; resolve the version again`,
    );
  }
  const resolved = await aiPlatform.resolveModelVersion(
    tag ? { registry, repository, tag } : { registry, repository, digest },
    { credentials },
  );
  if (resolved.digest !== digest) {
    throw new InputError(
      `The tag '${tag}' of ${registry}/${repository} points to ${resolved.digest} now, not to ${digest}; resolve the version again`,
    );
  }
  if (reference && reference !== resolved.reference) {
    throw new InputError(
      `The model reference '${reference}' is not the one registry '${registry}' gives for ${digest} (${resolved.reference}); models are served only from the configured registries`,
    );
  }
  return { ...params, model: modelOf(params, resolved) };
}
