import {
  HttpRouteView,
  InferenceObjectiveView,
  InferencePoolView,
  judgeWeights,
  ObjectRef,
  PoolPodView,
  readHttpRoute,
  readInferenceObjective,
  readInferencePool,
  readParentStatuses,
  RouteBackendView,
  RoutingProblem,
  weightShares,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';

/** The kinds the routing views read, by kind id. */
export const ROUTING_KINDS = {
  gateway: 'gateway.networking.k8s.io/Gateway',
  httpRoute: 'gateway.networking.k8s.io/HTTPRoute',
  pool: 'inference.networking.k8s.io/InferencePool',
  legacyPool: 'inference.networking.x-k8s.io/InferencePool',
  objective: 'llm-d.ai/InferenceObjective',
  legacyObjective: 'inference.networking.x-k8s.io/InferenceObjective',
  inferenceModel: 'inference.networking.x-k8s.io/InferenceModel',
  service: 'core/Service',
  pod: 'core/Pod',
} as const;

/** The KServe kinds that own routes and pools. */
const SERVING_OWNERS = ['LLMInferenceService', 'InferenceService'];

/** The kind id a reference resolves to: `<group or core>/<Kind>`. */
function refKindId(ref: Pick<ObjectRef, 'group' | 'kind'>): string {
  return `${ref.group || 'core'}/${ref.kind}`;
}

function key(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

/** A cluster's objects of the routing kinds, indexed by namespace and name. */
class Index {
  private readonly byKind = new Map<string, Map<string, CachedObject>>();

  constructor(private readonly view: ClusterView) {}

  list(kindId: string): ReadonlyArray<CachedObject> {
    return this.view.list(kindId);
  }

  get(kindId: string, namespace: string, name: string) {
    let map = this.byKind.get(kindId);
    if (!map) {
      map = new Map(
        this.view
          .list(kindId)
          .map(o => [key(o.metadata.namespace, o.metadata.name), o]),
      );
      this.byKind.set(kindId, map);
    }
    return map.get(key(namespace, name));
  }

  /** Why an object of this kind cannot be looked up here, if it cannot. */
  unchecked(kindId: string): string | undefined {
    if (!Object.values(ROUTING_KINDS).includes(kindId as any)) {
      return `the portal does not read ${kindId}`;
    }
    const denied = this.view.health.notPermitted?.find(k => k.id === kindId);
    if (denied) {
      return `the portal may not read ${kindId} on this cluster`;
    }
    return undefined;
  }
}

/** The KServe service that owns an object, from its controller reference. */
export function servingOwner(
  object: CachedObject,
): { kind: string; name: string } | undefined {
  const ref = object.metadata.ownerReferences?.find(
    r => SERVING_OWNERS.includes(r.kind) && r.controller !== false,
  );
  return ref ? { kind: ref.kind, name: ref.name } : undefined;
}

function isReady(pod: CachedObject): boolean {
  if (pod.metadata.deletionTimestamp) return false;
  const status = (pod.status ?? {}) as {
    phase?: string;
    conditions?: Array<{ type?: string; status?: string }>;
  };
  return (
    status.phase === 'Running' &&
    (status.conditions ?? []).some(
      c => c.type === 'Ready' && c.status === 'True',
    )
  );
}

function digestOf(imageId: unknown): string | undefined {
  if (typeof imageId !== 'string') return undefined;
  return /@(sha256:[a-f0-9]{64})$/.exec(imageId)?.[1];
}

/** What a pod runs: each container's image and the digest it reports. */
export function podView(pod: CachedObject): PoolPodView {
  type Status = { name?: string; image?: string; imageID?: string };
  const spec = (pod.spec ?? {}) as {
    nodeName?: string;
    containers?: Array<{ name?: string; image?: string }>;
    initContainers?: Array<{ name?: string; image?: string }>;
  };
  const status = (pod.status ?? {}) as {
    phase?: string;
    containerStatuses?: Status[];
    initContainerStatuses?: Status[];
  };
  const statuses = new Map(
    [
      ...(status.containerStatuses ?? []),
      ...(status.initContainerStatuses ?? []),
    ].map(s => [s.name, s]),
  );
  return {
    name: pod.metadata.name,
    ...(status.phase ? { phase: status.phase } : {}),
    ready: isReady(pod),
    ...(spec.nodeName ? { node: spec.nodeName } : {}),
    // Init containers too: KServe's modelcar-init pulls the model image.
    images: [
      ...(spec.containers ?? []),
      ...(spec.initContainers ?? []),
    ].flatMap(c => {
      if (typeof c.image !== 'string') return [];
      const digest = digestOf(statuses.get(c.name)?.imageID);
      return [
        {
          container: String(c.name ?? ''),
          image: c.image,
          ...(digest ? { digest } : {}),
        },
      ];
    }),
  };
}

function selects(
  selector: Record<string, string>,
  labels: Record<string, string> = {},
): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

function resolveBackend(
  index: Index,
  backend: RouteBackendView,
): Pick<RouteBackendView, 'state' | 'reason'> {
  const id = refKindId(backend);
  const unchecked = index.unchecked(id);
  if (unchecked) return { state: 'unchecked', reason: unchecked };
  if (index.get(id, backend.namespace, backend.name)) return { state: 'found' };
  return {
    state: 'missing',
    reason: `${backend.kind} '${backend.namespace}/${backend.name}'${
      backend.group ? ` (${backend.group})` : ''
    } does not exist on the cluster`,
  };
}

function routeView(index: Index, route: CachedObject): HttpRouteView {
  const namespace = route.metadata.namespace ?? 'default';
  const reading = readHttpRoute(route);
  const statuses = readParentStatuses(route.status, namespace);
  const problems: RoutingProblem[] = reading.problems.map(message => ({
    severity: 'error',
    message: `${message}; that part of the route is left out`,
  }));
  const parents = reading.parents.map(parent => {
    const id = refKindId(parent);
    const checked = !index.unchecked(id);
    const exists = checked
      ? Boolean(index.get(id, parent.namespace, parent.name))
      : undefined;
    const verdict = statuses.find(
      s =>
        s.parent.name === parent.name &&
        s.parent.namespace === parent.namespace &&
        s.parent.kind === parent.kind,
    );
    if (exists === false) {
      problems.push({
        severity: 'error',
        message: `parent ${parent.kind} '${parent.namespace}/${parent.name}' does not exist on the cluster: the route carries no traffic through it`,
      });
    } else if (verdict?.accepted === 'False') {
      problems.push({
        severity: 'error',
        message: `${parent.kind} '${parent.namespace}/${
          parent.name
        }' did not accept the route${
          verdict.reason ? ` (${verdict.reason})` : ''
        }`,
      });
    }
    return {
      ...parent,
      ...(exists !== undefined ? { exists } : {}),
      ...(verdict?.accepted ? { accepted: verdict.accepted } : {}),
      ...(verdict?.reason ? { reason: verdict.reason } : {}),
    };
  });
  if (reading.parents.length === 0 && reading.problems.length === 0) {
    problems.push({
      severity: 'warning',
      message: 'the route names no parent Gateway: no traffic reaches it',
    });
  }
  const rules = reading.rules.map((rule, r) => {
    const shares = weightShares(rule.backends.map(b => b.weight));
    const backends = rule.backends.map((backend, b) => {
      const view: RouteBackendView = {
        ...backend,
        sharePercent: shares[b],
        state: 'found',
      };
      return { ...view, ...resolveBackend(index, view) };
    });
    for (const backend of backends) {
      if (backend.state !== 'missing') continue;
      problems.push({
        severity: 'error',
        message: `rule ${r + 1}: backend ${backend.reason}; the ${
          Math.round(backend.sharePercent * 10) / 10
        }% of requests sent to it get 500`,
      });
    }
    if (rule.backends.length === 0) {
      problems.push({
        severity: 'warning',
        message: `rule ${
          r + 1
        } has no backend: its requests get 500 (or a filter answers them)`,
      });
    }
    for (const p of judgeWeights(rule.backends)) {
      problems.push({ ...p, message: `rule ${r + 1}: ${p.message}` });
    }
    return {
      ...(rule.name ? { name: rule.name } : {}),
      matches: rule.matches,
      backends,
      totalWeight: rule.backends.reduce((sum, b) => sum + b.weight, 0),
    };
  });
  const owner = servingOwner(route);
  return {
    cluster: '',
    namespace,
    name: route.metadata.name,
    apiVersion: route.apiVersion,
    hostnames: reading.hostnames,
    parents,
    rules,
    ...(owner ? { owner } : {}),
    problems,
  };
}

function poolView(
  index: Index,
  pool: CachedObject,
  routes: HttpRouteView[],
  objectives: InferenceObjectiveView[],
): InferencePoolView {
  const namespace = pool.metadata.namespace ?? 'default';
  const reading = readInferencePool(pool);
  const group = pool.apiVersion.split('/')[0];
  const problems: RoutingProblem[] = reading.problems.map(message => ({
    severity: 'error',
    message,
  }));
  const pods = index
    .list(ROUTING_KINDS.pod)
    .filter(
      p =>
        p.metadata.namespace === namespace &&
        selects(reading.selector, p.metadata.labels),
    )
    .map(podView);
  const readyPods = pods.filter(p => p.ready).length;
  if (Object.keys(reading.selector).length > 0 && readyPods === 0) {
    problems.push({
      severity: 'error',
      message:
        pods.length === 0
          ? 'the pool selects no pod: requests routed to it fail'
          : `none of the ${pods.length} pod(s) the pool selects is ready: requests routed to it fail`,
    });
  }
  let endpointPicker: InferencePoolView['endpointPicker'];
  if (reading.endpointPicker) {
    const ref = reading.endpointPicker;
    const id = refKindId(ref);
    const checked = !index.unchecked(id);
    const exists = checked
      ? Boolean(index.get(id, namespace, ref.name))
      : undefined;
    endpointPicker = { ...ref, ...(exists !== undefined ? { exists } : {}) };
    if (exists === false) {
      problems.push({
        severity: 'error',
        message: `endpoint picker ${ref.kind} '${namespace}/${
          ref.name
        }' does not exist: ${
          ref.failureMode === 'FailOpen'
            ? 'the gateway picks endpoints without it (FailOpen)'
            : 'requests fail (FailClose)'
        }`,
      });
    }
  } else if (reading.problems.length === 0) {
    problems.push({
      severity: 'warning',
      message:
        'no endpoint picker (endpointPickerRef): most Gateway implementations still require one',
    });
  }
  const parents = readParentStatuses(pool.status, namespace);
  for (const parent of parents) {
    if (parent.accepted === 'False') {
      problems.push({
        severity: 'error',
        message: `${parent.parent.kind} '${parent.parent.namespace}/${
          parent.parent.name
        }' did not accept the pool${
          parent.reason ? ` (${parent.reason})` : ''
        }`,
      });
    }
  }
  const routedBy = routes.flatMap(route =>
    route.rules.flatMap((rule, r) =>
      rule.backends
        .filter(
          b =>
            b.kind === 'InferencePool' &&
            b.group === group &&
            b.namespace === namespace &&
            b.name === pool.metadata.name,
        )
        .map(b => ({
          namespace: route.namespace,
          name: route.name,
          rule: r + 1,
          weight: b.weight,
          sharePercent: b.sharePercent,
        })),
    ),
  );
  if (routedBy.length === 0) {
    problems.push({
      severity: 'warning',
      message: 'no HTTPRoute sends traffic to this pool',
    });
  } else if (parents.length === 0) {
    problems.push({
      severity: 'warning',
      message:
        'no Gateway has reported accepting this pool (status.parents is empty), though a route sends traffic to it',
    });
  }
  const owner = servingOwner(pool);
  return {
    cluster: '',
    namespace,
    name: pool.metadata.name,
    apiVersion: pool.apiVersion,
    selector: reading.selector,
    targetPorts: reading.targetPorts,
    ...(reading.appProtocol ? { appProtocol: reading.appProtocol } : {}),
    ...(endpointPicker ? { endpointPicker } : {}),
    parents,
    pods,
    readyPods,
    routedBy,
    objectives: objectives
      .filter(
        o =>
          o.pool &&
          o.pool.namespace === namespace &&
          o.pool.name === pool.metadata.name &&
          o.pool.group === group,
      )
      .map(o => ({ kind: o.kind, name: o.name })),
    ...(owner ? { owner } : {}),
    problems,
  };
}

function objectiveView(
  index: Index,
  object: CachedObject,
): InferenceObjectiveView {
  const reading = readInferenceObjective(object);
  const routingProblems: RoutingProblem[] = reading.problems.map(message => ({
    severity: 'error',
    message,
  }));
  let poolExists: boolean | undefined;
  if (reading.pool) {
    const id = refKindId(reading.pool);
    if (!index.unchecked(id)) {
      poolExists = Boolean(
        index.get(id, reading.pool.namespace, reading.pool.name),
      );
      if (!poolExists) {
        routingProblems.push({
          severity: 'error',
          message: `${reading.pool.kind} '${reading.pool.namespace}/${reading.pool.name}' (${reading.pool.group}) does not exist: the ${object.kind} applies to nothing`,
        });
      }
    }
  }
  return {
    ...reading,
    cluster: '',
    namespace: object.metadata.namespace ?? 'default',
    name: object.metadata.name,
    kind: object.kind as InferenceObjectiveView['kind'],
    apiVersion: object.apiVersion,
    ...(poolExists !== undefined ? { poolExists } : {}),
    routingProblems,
  };
}

/**
 * The routes, pools and objectives of one cluster, each reference resolved
 * against the cluster's caches and every problem on the way flagged.
 */
export function clusterRouting(view: ClusterView): {
  routes: HttpRouteView[];
  pools: InferencePoolView[];
  objectives: InferenceObjectiveView[];
} {
  const index = new Index(view);
  const cluster = view.name;
  const routes = index
    .list(ROUTING_KINDS.httpRoute)
    .map(r => ({ ...routeView(index, r), cluster }));
  const objectives = [
    ...index.list(ROUTING_KINDS.objective),
    ...index.list(ROUTING_KINDS.legacyObjective),
    ...index.list(ROUTING_KINDS.inferenceModel),
  ].map(o => ({ ...objectiveView(index, o), cluster }));
  const pools = [
    ...index.list(ROUTING_KINDS.pool),
    ...index.list(ROUTING_KINDS.legacyPool),
  ].map(p => ({ ...poolView(index, p, routes, objectives), cluster }));
  return { routes, pools, objectives };
}
