import {
  ModelDeployment,
  MutableTagStatus,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { RepositorySnapshot } from './RepositoryScanner';
import type { WorkloadReference } from './workloads';

const short = (digest: string) => digest.slice(0, 19);

/** What people call a digest: its other tags (`1.0.0`), else its short form. */
function versionName(
  digest: string,
  snapshot: RepositorySnapshot,
  movingTag: string,
): { tags: string[]; name: string } {
  const tags = [
    ...new Set(
      [...snapshot.tags]
        .filter(([tag, d]) => d === digest && tag !== movingTag)
        .map(([tag]) => tag),
    ),
  ].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { tags, name: tags.length ? tags.join(', ') : short(digest) };
}

/**
 * Whether a workload that names a tag runs the tag's current digest. A
 * modelcar container's image ID (or its init container's) says it exactly;
 * otherwise, a current digest created after every pod started cannot be
 * what the pods loaded. Anything else is unknown, and said so: the digest
 * is never guessed from what the tag points to now.
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
      summary: `unknown (tag reference): :${tag} no longer exists`,
      message: `The tag '${tag}' no longer exists in ${ref.registry}/${ref.repository}, so what the workload runs cannot be matched.`,
    };
  }
  const current = versionName(currentDigest, snapshot, tag);
  const running = [...new Set(ref.pods.flatMap(p => p.imageDigests))];
  if (running.length > 0) {
    const other = running.find(d => d !== currentDigest);
    const runningDigest = other ?? running[0];
    const runs = versionName(runningDigest, snapshot, tag);
    return {
      tag,
      currentDigest,
      moved: other ? 'yes' : 'no',
      basis: 'pod-image-id',
      runningDigest,
      runningTags: runs.tags,
      currentTags: current.tags,
      summary: other
        ? `runs ${runs.name}; :${tag} now points to ${current.name}`
        : `runs ${current.name}, what :${tag} points to`,
      message: other
        ? `The pods' model container runs ${short(runningDigest)} (${
            runs.name
          }), but '${tag}' now points to ${short(currentDigest)} (${
            current.name
          }): the tag moved after the pods started.`
        : `The pods' model container runs ${short(
            currentDigest,
          )}, the digest '${tag}' points to (${current.name}).`,
    };
  }
  const currentVersion = snapshot.versions.find(
    v => v.status === 'ok' && v.digest === currentDigest,
  );
  const createdAt =
    currentVersion?.status === 'ok'
      ? currentVersion.metadata.createdAt
      : undefined;
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
      currentTags: current.tags,
      summary: `unknown (tag reference): not ${current.name}, which :${tag} points to since after the pods started`,
      message: `'${tag}' now points to ${short(currentDigest)} (${
        current.name
      }), created ${createdAt}, after the pods started (last at ${lastStart}); the pods run an earlier digest, which the cluster does not name (no modelcar image ID).`,
    };
  }
  return {
    tag,
    currentDigest,
    moved: 'unknown',
    basis: 'none',
    currentTags: current.tags,
    summary: `unknown (tag reference); :${tag} now points to ${current.name}`,
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
  const tagsOf = (digest: string | undefined) =>
    snapshot && digest
      ? snapshot.versions
          .filter(v => v.digest === digest)
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
    ...(ref.digest ? { digest: ref.digest } : {}),
    tags: tagsOf(ref.digest),
    podCount: ref.pods.length,
  };
  if (ref.tag && !ref.digest && snapshot) {
    deployment.mutableTag = mutableTagStatus(ref, snapshot);
    // Only what the pods say they run is attributed; a tag is not a version.
    const running = deployment.mutableTag.runningDigest;
    if (running) {
      deployment.digest = running;
      deployment.tags = tagsOf(running);
    }
  }
  return deployment;
}

/**
 * Whether a deployment belongs with a version (a digest, and the tag it is
 * listed under): it runs that digest, it names that tag, or it names a tag
 * that points to the digest and what it runs cannot be seen (listed so a
 * recall misses nothing, with "unknown (tag reference)" on it).
 */
export function deploymentOf(
  d: ModelDeployment,
  digest: string,
  tag?: string,
): boolean {
  if (d.digest === digest) return true;
  const m = d.mutableTag;
  if (!m || m.currentDigest !== digest) return false;
  return m.tag === tag || m.moved === 'unknown';
}
