import type {
  InferenceServiceClaim,
  InferenceServiceRow,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { count, unitOfResource } from './gpuFormat';
import { shortDigest } from './modelFormat';

/** `4 GPUs, 3 MIG 1g.10gb slices`; `none` when empty. */
export function unitsText(byResource: Record<string, number>): string {
  const parts = Object.entries(byResource)
    .filter(([, n]) => n > 0)
    .map(([resource, n]) => count(n, unitOfResource(resource)));
  return parts.length ? parts.join(', ') : 'none';
}

/** `2 × gpu.nvidia.com (template qwen-managed-dra)`, one line per request. */
export function claimText(claim: InferenceServiceClaim): string {
  const where = `${
    claim.via === 'managed-dra' ? 'KServe managed DRA' : claim.via
  }${claim.object ? ` ${claim.object}` : ''}`;
  if (claim.unresolved) return `DRA claim ${claim.name}: unknown (${where})`;
  const requests = claim.requests.map(
    r =>
      `${r.allDevices ? 'all' : `${r.count} ×`} ${r.deviceClass}${
        r.gpu ? '' : ' (not a GPU class)'
      }`,
  );
  return `DRA ${requests.join(' + ')} (${where})`;
}

/** What a service's model resolves to: tags and short digest, or why not. */
export function versionText(model: InferenceServiceRow['model']): string {
  if (model.digest) {
    const tags = model.tags?.length ? model.tags.join(', ') : 'untagged';
    return `${tags} · ${shortDigest(model.digest)}`;
  }
  return model.unresolved ?? 'unknown';
}

/** `2 / 3 ready`, with the autoscaling range and prefill replicas. */
export function replicasText(
  replicas: InferenceServiceRow['replicas'],
): string {
  const parts = [`${replicas.ready} / ${replicas.desired} ready`];
  if (
    replicas.max !== undefined &&
    replicas.max !== (replicas.min ?? replicas.desired)
  ) {
    parts.push(`scales ${replicas.min ?? replicas.desired}–${replicas.max}`);
  }
  if (replicas.prefill !== undefined) {
    parts.push(`${replicas.prefill} prefill`);
  }
  return parts.join(' · ');
}

/** `37.5%` with at most one decimal. */
export function shareText(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}
