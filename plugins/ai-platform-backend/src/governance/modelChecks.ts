import {
  fitModel,
  GPU_PRODUCT_MEMORY_GIB,
  GpuProfile,
  migProfile,
  ModelVersionSummary,
  wholeGpuProfile,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { SovereigntyRule } from '@ai-platform/backstage-plugin-ai-platform-common';
import { evaluateModelStorage } from '../models/storage';
import type { RegistryConfig } from '../registry/config';
import type { GovernancePolicy } from './config';
import {
  fail,
  GovernanceCheck,
  GovernanceRequest,
  notEvaluated,
  pass,
} from './types';

const DIGEST = /^sha256:[a-f0-9]{64}$/;

type Resolved =
  | { version: ModelVersionSummary; check: GovernanceCheck }
  | { version?: undefined; check: GovernanceCheck };

/**
 * Resolves the tag (or digest) to one version of the repository. A tag is
 * mutable, so the answer is the digest it points to now, which the service
 * is then pinned to.
 */
export async function resolveModel(
  request: Pick<GovernanceRequest, 'model'>,
  models: ModelSource,
): Promise<Resolved> {
  const { registry, repository, tag, digest } = request.model;
  const ref = `${registry}/${repository}`;
  if (!tag && !digest) {
    return {
      check: fail(
        'model-digest',
        `No tag or digest of ${ref} was given`,
        'Choose a version of the model: a tag such as 1.0.0, or its digest',
      ),
    };
  }
  if (digest && !DIGEST.test(digest)) {
    return {
      check: fail(
        'model-digest',
        `'${digest}' is not a sha256 digest`,
        'Give the digest as sha256: and 64 lower-case hex digits, or give a tag',
      ),
    };
  }
  let list;
  try {
    list = await models.listVersions(registry, repository);
  } catch (e) {
    return {
      check: fail(
        'model-digest',
        `The model ${ref} could not be read: ${(e as Error).message}`,
        'Choose a model from the Models page (registry and repository as listed there)',
      ),
    };
  }
  const ok = list.versions.filter(
    (v): v is ModelVersionSummary => v.status === 'ok',
  );
  const version = digest
    ? ok.find(v => v.digest === digest || v.manifestDigest === digest)
    : ok.find(v => v.tag === tag);
  const wanted = digest ?? `tag '${tag}'`;
  if (!version) {
    const broken = list.versions.find(
      v => v.status === 'error' && v.tag === tag,
    );
    return {
      check: fail(
        'model-digest',
        broken && broken.status === 'error'
          ? `The ${wanted} of ${ref} could not be read as a model version: ${broken.error}`
          : `The ${wanted} of ${ref} does not resolve to a model version`,
        ok.length
          ? `Choose one of its versions: ${ok.map(v => v.tag).join(', ')}`
          : `${ref} has no readable versions; push one first`,
      ),
    };
  }
  return {
    version,
    check: pass(
      'model-digest',
      `${ref}:${version.tag} resolves to ${version.digest}; the service is pinned to that digest`,
    ),
  };
}

/** Signature and SBOM, as the policy asks; unknown (not readable) is not a pass. */
export function checkSupplyChain(
  version: ModelVersionSummary,
  policy: Pick<GovernancePolicy, 'requireSignature' | 'requireSbom'>,
): GovernanceCheck[] {
  const at = `${version.tag} (${version.digest})`;
  const unreadable = version.supplyChainError
    ? `its referrers could not be read: ${version.supplyChainError}`
    : undefined;
  const one = (
    id: 'model-signature' | 'model-sbom',
    required: boolean,
    has: boolean,
    what: string,
    fix: string,
  ): GovernanceCheck => {
    if (has) return pass(id, `${at} has ${what}`);
    if (!required) {
      return pass(id, `${at} has no ${what}; the policy does not require one`);
    }
    return fail(id, `${at} ${unreadable ?? `has no ${what}`}`, fix);
  };
  return [
    one(
      'model-signature',
      policy.requireSignature,
      version.signed,
      'a signature',
      'Choose a signed version, or sign this one (cosign sign) and check again',
    ),
    one(
      'model-sbom',
      policy.requireSbom,
      version.sbom,
      'an SBOM',
      'Choose a version with an SBOM, or attach one (cosign attach sbom / oras attach) and check again',
    ),
  ];
}

/** The GPU profile the request names, or why it cannot be sized. */
function profileOf(request: GovernanceRequest): GpuProfile | string {
  const product = request.gpuProduct.trim().replace(/\s+/g, '-');
  if (request.migProfile) {
    try {
      return migProfile(product, request.migProfile);
    } catch (e) {
      return (e as Error).message;
    }
  }
  const memory = GPU_PRODUCT_MEMORY_GIB[product];
  if (memory === undefined) {
    return `the memory of ${product} is not known (known: ${Object.keys(
      GPU_PRODUCT_MEMORY_GIB,
    ).join(', ')})`;
  }
  return wholeGpuProfile(product, memory, Math.max(1, request.gpus));
}

/** Whether the model's memory estimate fits the profile; `tight` passes with a warning. */
export function checkFit(
  request: GovernanceRequest,
  version: ModelVersionSummary,
): GovernanceCheck {
  const profile = profileOf(request);
  if (typeof profile === 'string') {
    return notEvaluated('model-fit', `Fit was not evaluated: ${profile}`);
  }
  const { parameterCount, precision, quantization } = version.metadata;
  if (!parameterCount) {
    return notEvaluated(
      'model-fit',
      `Fit was not evaluated: ${version.tag} does not state its parameter count`,
    );
  }
  let fit;
  try {
    fit = fitModel({ parameterCount, precision, quantization }, [profile]);
  } catch (e) {
    return notEvaluated(
      'model-fit',
      `Fit was not evaluated: ${(e as Error).message}`,
    );
  }
  const judged = fit.profiles[0];
  const needs = `${version.tag} needs about ${fit.estimate.totalGiB} GiB; ${
    profile.id
  } has ${profile.memoryGiB} GiB (${Math.round(judged.utilization * 100)} %)`;
  if (judged.tier === 'does-not-fit') {
    const bigger = fitModel({ parameterCount, precision, quantization })
      .recommended?.id;
    return fail(
      'model-fit',
      `${needs}: it does not fit`,
      bigger
        ? `Choose more GPUs or a larger GPU profile, e.g. ${bigger}, or a quantized version`
        : 'Choose more GPUs, a larger GPU profile, or a quantized version',
    );
  }
  return pass(
    'model-fit',
    judged.tier === 'tight'
      ? `${needs}: it fits, but tightly (above 80 %), leaving little room for the KV cache`
      : `${needs}: it fits comfortably`,
  );
}

/**
 * Where the model is stored, for the service's classification: weights of a
 * model that serves confidential data must sit where confidential data may
 * be stored (the sovereignty `store` rule), not only run where it may run.
 */
export function checkStorage(
  request: GovernanceRequest,
  registries: readonly Pick<RegistryConfig, 'name' | 'labels'>[],
  rules: readonly SovereigntyRule[],
): GovernanceCheck {
  const { registry, repository } = request.model;
  const config = registries.find(r => r.name === registry);
  if (!config) {
    return notEvaluated(
      'model-storage',
      `Storage was not evaluated: no registry named '${registry}' is configured`,
    );
  }
  const { classification } = request;
  const result = evaluateModelStorage(
    config,
    repository,
    rules,
    classification,
  );
  const where = `${registry}/${repository}`;
  if (result.status === 'compliant') {
    return pass(
      'model-storage',
      `${classification} data may be stored where ${where} is stored (registry ${registry})`,
    );
  }
  const problems = result.findings.filter(f => f.status !== 'compliant');
  return fail(
    'model-storage',
    `${
      result.status === 'unknown'
        ? `Cannot tell whether the registry ${registry} may store models for ${classification} data`
        : `The registry ${registry} may not store models for ${classification} data`
    }: ${problems.map(f => f.message).join(' ')}`,
    [
      ...new Set(problems.map(f => f.fix).filter((f): f is string => !!f)),
      `Or choose a copy of the model in a registry allowed for ${classification} data.`,
    ].join(' '),
  );
}
