import {
  ModelDeployment,
  MutableTagStatus,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { RepositorySnapshot } from './RepositoryScanner';
import type { WorkloadReference } from './workloads';

const short = (digest: string) => digest.slice(0, 19);

/**
 * Whether a workload that names a tag runs the tag's current digest. A
 * modelcar container's image ID says it exactly; otherwise, a current digest
 * created after every pod started cannot be what the pods loaded. Anything
 * else is unknown, and said so.
 */
function mutableTagStatus(
  ref: WorkloadReference,
  snapshot: RepositorySnapshot,
): MutableTagStatus {
  const tag = ref.tag!;
  const currentDigest = snapshot.tags.get(tag);
  if (!currentDigest) {
    return {
      tag,
      moved: 'unknown',
      basis: 'none',
      message: `The tag '${tag}' no longer exists in ${ref.registry}/${ref.repository}, so what the workload runs cannot be matched.`,
    };
  }
  const running = [...new Set(ref.pods.flatMap(p => p.imageDigests))];
  if (running.length > 0) {
    const moved = running.some(d => d !== currentDigest);
    return {
      tag,
      currentDigest,
      moved: moved ? 'yes' : 'no',
      basis: 'pod-image-id',
      runningDigest: running.find(d => d !== currentDigest) ?? running[0],
      message: moved
        ? `The pods run ${short(
            running.find(d => d !== currentDigest)!,
          )}, but '${tag}' now points to ${short(currentDigest)}.`
        : `The pods run ${short(
            currentDigest,
          )}, the digest '${tag}' points to.`,
    };
  }
  const current = snapshot.versions.find(
    v => v.status === 'ok' && v.digest === currentDigest,
  );
  const createdAt =
    current?.status === 'ok' ? current.metadata.createdAt : undefined;
  const starts = ref.pods
    .map(p => p.startTime)
    .filter((t): t is string => Boolean(t))
    .sort();
  const lastStart = starts[starts.length - 1];
  if (createdAt && lastStart && Date.parse(createdAt) > Date.parse(lastStart)) {
    return {
      tag,
      currentDigest,
      moved: 'yes',
      basis: 'created-after-pods-started',
      message: `'${tag}' now points to ${short(
        currentDigest,
      )}, created ${createdAt}, after the pods started (last at ${lastStart}); the pods run an earlier digest, which the cluster does not name.`,
    };
  }
  return {
    tag,
    currentDigest,
    moved: 'unknown',
    basis: 'none',
    message:
      ref.pods.length === 0
        ? `No pods of the workload were seen, so whether they run ${short(
            currentDigest,
          )} ('${tag}' now) cannot be told.`
        : `The pods do not report the model's digest (no modelcar image ID), so whether they run ${short(
            currentDigest,
          )} ('${tag}' now) cannot be told; pin the digest to be sure.`,
  };
}

/** A workload reference matched against its repository's snapshot. */
export function toDeployment(
  ref: WorkloadReference,
  snapshot: RepositorySnapshot | undefined,
): ModelDeployment {
  const digest =
    ref.digest ?? (ref.tag ? snapshot?.tags.get(ref.tag) : undefined);
  const tags = snapshot
    ? snapshot.versions
        .filter(v => digest && v.digest === digest)
        .map(v => v.tag)
        .sort()
    : [];
  const deployment: ModelDeployment = {
    cluster: ref.cluster,
    clusterHealth: ref.clusterHealth,
    namespace: ref.namespace,
    kind: ref.kind,
    name: ref.name,
    field: ref.field,
    reference: ref.reference,
    registry: ref.registry,
    repository: ref.repository,
    ...(digest ? { digest } : {}),
    tags,
    podCount: ref.pods.length,
  };
  if (ref.tag && !ref.digest && snapshot) {
    deployment.mutableTag = mutableTagStatus(ref, snapshot);
    // What the pods really run is the better match when the cluster says it.
    const running = deployment.mutableTag.runningDigest;
    if (running) {
      deployment.digest = running;
      deployment.tags = snapshot.versions
        .filter(v => v.digest === running)
        .map(v => v.tag)
        .sort();
    }
  }
  return deployment;
}
