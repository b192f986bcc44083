import {
  describeGpuShare,
  gpuShare,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { GovernancePolicy } from './config';
import { fail, GovernanceCheck, GovernanceRequest, pass } from './types';

// RFC 1123 label, as Kubernetes validates namespace and Service names.
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LABEL = 63;

/** Why a value is not a DNS-1123 label, or undefined when it is one. */
export function dns1123LabelProblem(value: string): string | undefined {
  if (!value) return 'it is empty';
  if (value.length > MAX_LABEL) {
    return `it has ${value.length} characters, at most ${MAX_LABEL} are allowed`;
  }
  if (!DNS_1123_LABEL.test(value)) {
    return 'it must be lower-case letters, digits and dashes, starting and ending with a letter or digit';
  }
  return undefined;
}

/** A suggestion that is a valid label, from what was typed. */
export function dns1123Suggestion(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LABEL)
    .replace(/-+$/, '');
}

export function checkName(name: string): GovernanceCheck {
  const problem = dns1123LabelProblem(name);
  if (!problem) return pass('name', `'${name}' is a valid DNS-1123 name`);
  const suggestion = dns1123Suggestion(name);
  return fail(
    'name',
    `The name '${name}' is not a valid DNS-1123 label: ${problem}`,
    suggestion
      ? `Use a name such as '${suggestion}'`
      : 'Use lower-case letters, digits and dashes, e.g. chat-api',
  );
}

/** Replicas and GPUs against the policy; one check each, so both are reported. */
export function checkLimits(
  request: Pick<GovernanceRequest, 'replicas' | 'gpus' | 'migProfile'> &
    Partial<Pick<GovernanceRequest, 'gpuProduct'>>,
  policy: GovernancePolicy,
): GovernanceCheck[] {
  const { replicas } = request;
  const checks: GovernanceCheck[] = [];
  if (!Number.isInteger(replicas) || replicas < 1) {
    checks.push(
      fail(
        'replicas',
        `replicas must be a whole number of at least 1, got ${replicas}`,
        'Ask for 1 replica or more',
      ),
    );
  } else if (replicas > policy.maxReplicas) {
    checks.push(
      fail(
        'replicas',
        `${replicas} replicas asked; the policy allows at most ${policy.maxReplicas}`,
        `Ask for at most ${policy.maxReplicas} replicas, or ask the platform team to raise aiPlatform.governance.maxReplicas`,
      ),
    );
  } else {
    checks.push(
      pass('replicas', `${replicas} of at most ${policy.maxReplicas} replicas`),
    );
  }
  checks.push(checkGpus(request, policy));
  return checks;
}

function checkGpus(
  {
    replicas,
    gpus,
    migProfile,
    gpuProduct,
  }: Pick<GovernanceRequest, 'replicas' | 'gpus' | 'migProfile'> &
    Partial<Pick<GovernanceRequest, 'gpuProduct'>>,
  policy: GovernancePolicy,
): GovernanceCheck {
  if (!Number.isInteger(gpus) || gpus < 1) {
    return fail(
      'gpus',
      `gpus must be a whole number of at least 1, got ${gpus}`,
      'Ask for 1 GPU or more per replica',
    );
  }
  // A MIG slice is one device; several slices per replica is not a profile we render.
  if (migProfile && gpus !== 1) {
    return fail(
      'gpus',
      `${gpus} GPUs asked with MIG profile ${migProfile}; a replica gets one slice`,
      'Ask for 1 GPU with a MIG profile, or drop the profile to use whole GPUs',
    );
  }
  if (gpus > policy.maxGpusPerReplica) {
    return fail(
      'gpus',
      `${gpus} GPUs per replica asked; the policy allows at most ${policy.maxGpusPerReplica}`,
      `Ask for at most ${policy.maxGpusPerReplica} GPUs per replica`,
    );
  }
  // Counted in physical GPUs, as the GPU pages and cost do: a 3g.40gb
  // slice is 3/7 of a GPU, so seven replicas of it are three GPUs.
  const share = migProfile
    ? gpuShare({ kind: 'mig', migProfile, product: gpuProduct })
    : 1;
  const count =
    Number.isInteger(replicas) && replicas > 0 ? gpus * replicas : gpus;
  const total = Math.round(count * share * 100) / 100;
  const slices = migProfile
    ? ` (${count} MIG ${migProfile} slice${
        count === 1 ? '' : 's'
      }, ${describeGpuShare({
        kind: 'mig',
        migProfile,
        product: gpuProduct,
      })} each)`
    : '';
  if (total > policy.maxTotalGpus) {
    return fail(
      'gpus',
      `${total} GPUs in all (${replicas} replicas x ${gpus})${slices}; the policy allows at most ${policy.maxTotalGpus} per service`,
      `Ask for at most ${policy.maxTotalGpus} GPUs in all, e.g. ${Math.max(
        1,
        Math.floor(policy.maxTotalGpus / gpus),
      )} replicas of ${gpus}`,
    );
  }
  return pass(
    'gpus',
    `${total} GPU${total === 1 ? '' : 's'} in all${slices}, within ${
      policy.maxGpusPerReplica
    } per replica and ${policy.maxTotalGpus} per service`,
  );
}
