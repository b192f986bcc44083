/**
 * Which inference service an OpenAI-compatible base URL points at, and
 * whether a URL is served inside a cluster at all.
 *
 * URLs are compared in a canonical form without scheme and port:
 * `<name>.<namespace><path>` for in-cluster service DNS names
 * (`<name>.<namespace>.svc.cluster.local` and its shorter forms), and
 * `<host><path>` for anything else.
 */

import type { KubernetesObjectRef } from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';

export const INFERENCE_KINDS = {
  isvc: 'serving.kserve.io/InferenceService',
  llmisvc: 'serving.kserve.io/LLMInferenceService',
  pool: 'inference.networking.k8s.io/InferencePool',
  legacyPool: 'inference.networking.x-k8s.io/InferencePool',
} as const;

/** A parsed URL in canonical form, and whether it is a cluster-local name. */
export interface CanonicalUrl {
  key: string;
  host: string;
  /** The namespace of an in-cluster service name, if the URL is one. */
  namespace?: string;
  inCluster: boolean;
}

/**
 * `a.b.svc.cluster.local`, `a.b.svc` and a single label `a` (resolved in
 * `defaultNamespace`) are cluster-local names; `a.b` is one only when the
 * cluster has a namespace `b`.
 */
export function canonicalUrl(
  url: string,
  defaultNamespace: string,
  namespaces: ReadonlySet<string>,
): CanonicalUrl | undefined {
  let parsed: URL;
  try {
    parsed = new URL(
      /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`,
    );
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.replace(/\/+$/, '');
  const labels = host.split('.');
  const svc = host.match(
    /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc(\.cluster\.local)?$/,
  );
  let service: { name: string; namespace: string } | undefined;
  if (svc) service = { name: svc[1], namespace: svc[2] };
  else if (labels.length === 1)
    service = { name: host, namespace: defaultNamespace };
  else if (labels.length === 2 && namespaces.has(labels[1])) {
    service = { name: labels[0], namespace: labels[1] };
  }
  if (service) {
    return {
      key: `${service.name}.${service.namespace}${path}`,
      host,
      namespace: service.namespace,
      inCluster: true,
    };
  }
  return { key: `${host}${path}`, host, inCluster: false };
}

/** One way of reaching an inference service. */
interface Prefix {
  prefix: string;
  ref: KubernetesObjectRef;
}

/** The prefixes of one cluster: in-cluster names, and URLs valid from anywhere. */
export interface InferenceIndex {
  inCluster: Prefix[];
  external: Prefix[];
}

function refOf(cluster: string, object: CachedObject): KubernetesObjectRef {
  return {
    cluster,
    namespace: object.metadata.namespace ?? '',
    name: object.metadata.name,
    kind: object.kind,
    apiVersion: object.apiVersion,
  };
}

type Json = Record<string, any>;

/** Status URLs of an InferenceService or LLMInferenceService. */
function statusUrls(status: Json | undefined): string[] {
  if (!status) return [];
  const urls = [
    status.url,
    status.address?.url,
    ...(Array.isArray(status.addresses)
      ? status.addresses.map((a: Json) => a?.url)
      : []),
    ...Object.values(status.components ?? {}).flatMap((c: any) => [
      c?.url,
      c?.restUrl,
    ]),
  ];
  return urls.filter((u): u is string => typeof u === 'string' && u !== '');
}

/** Gateways an LLMInferenceService is routed through, from spec and status. */
function gateways(
  object: CachedObject,
): Array<{ name: string; namespace: string }> {
  const spec = object.spec as Json | undefined;
  const status = object.status as Json | undefined;
  const refs = [
    ...(spec?.router?.gateway?.refs ?? []),
    ...(status?.router?.gateways ?? []),
  ];
  return refs
    .filter((r: Json) => typeof r?.name === 'string')
    .map((r: Json) => ({
      name: r.name,
      namespace: r.namespace ?? object.metadata.namespace,
    }));
}

/** The LLMInferenceService that owns a pool, if one does. */
function poolOwner(
  cluster: string,
  pool: CachedObject,
  services: ReadonlyArray<CachedObject>,
): KubernetesObjectRef | undefined {
  const owner = pool.metadata.ownerReferences?.find(
    o => o.kind === 'LLMInferenceService',
  );
  const found =
    owner &&
    services.find(
      s =>
        s.metadata.name === owner.name &&
        s.metadata.namespace === pool.metadata.namespace,
    );
  return found ? refOf(cluster, found) : undefined;
}

/** Every way the cluster's inference services can be addressed. */
export function inferenceIndex(
  view: ClusterView,
  namespaces: ReadonlySet<string>,
): InferenceIndex {
  const index: InferenceIndex = { inCluster: [], external: [] };
  const add = (url: string, ns: string, ref: KubernetesObjectRef) => {
    const c = canonicalUrl(url, ns, namespaces);
    if (c)
      (c.inCluster ? index.inCluster : index.external).push({
        prefix: c.key,
        ref,
      });
  };
  const llm = view.list(INFERENCE_KINDS.llmisvc);
  for (const isvc of view.list(INFERENCE_KINDS.isvc)) {
    const ref = refOf(view.name, isvc);
    const { name } = isvc.metadata;
    // KServe's Standard mode serves `<name>-predictor` next to `<name>`.
    for (const service of [name, `${name}-predictor`]) {
      index.inCluster.push({ prefix: `${service}.${ref.namespace}`, ref });
    }
    statusUrls(isvc.status as Json).forEach(u => add(u, ref.namespace, ref));
  }
  for (const llmisvc of llm) {
    const ref = refOf(view.name, llmisvc);
    const urls = statusUrls(llmisvc.status as Json);
    urls.forEach(u => add(u, ref.namespace, ref));
    const workload = (llmisvc.status as Json | undefined)?.workloads?.service
      ?.name;
    if (typeof workload === 'string') {
      index.inCluster.push({ prefix: `${workload}.${ref.namespace}`, ref });
    }
    // Behind a Gateway the service is addressed by the gateway's in-cluster
    // name plus the route path of its status URL (`/<namespace>/<name>`).
    const paths = urls
      .map(u => canonicalUrl(u, ref.namespace, namespaces))
      .map(c => (c ? c.key.slice(c.key.indexOf('/')) : ''))
      .filter(p => p.startsWith('/') && p.length > 1);
    for (const gw of gateways(llmisvc)) {
      for (const path of new Set(paths)) {
        index.inCluster.push({
          prefix: `${gw.name}.${gw.namespace}${path}`,
          ref,
        });
      }
    }
  }
  for (const id of [INFERENCE_KINDS.pool, INFERENCE_KINDS.legacyPool]) {
    for (const pool of view.list(id)) {
      const ref = poolOwner(view.name, pool, llm) ?? refOf(view.name, pool);
      index.inCluster.push({
        prefix: `${pool.metadata.name}.${pool.metadata.namespace}`,
        ref,
      });
    }
  }
  return index;
}

function matches(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix}/`);
}

/**
 * The inference service a URL points at: in-cluster names are looked up in
 * the caller's own cluster (that is where they resolve), URLs from status
 * fields in every cluster. The longest matching prefix wins.
 */
export function findInferenceService(
  url: CanonicalUrl,
  own: InferenceIndex,
  all: readonly InferenceIndex[],
): KubernetesObjectRef | undefined {
  const candidates = url.inCluster
    ? own.inCluster
    : [...own.external, ...all.flatMap(i => i.external)];
  let best: Prefix | undefined;
  for (const p of candidates) {
    if (
      matches(url.key, p.prefix) &&
      (!best || p.prefix.length > best.prefix.length)
    ) {
      best = p;
    }
  }
  return best?.ref;
}
