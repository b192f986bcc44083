import type {
  HttpRouteView,
  InferenceObjectiveView,
  InferencePoolView,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { ROUTING_KINDS, servingOwner } from './routing';

type Obj = Record<string, any>;

/** A KServe service, by kind and name in a namespace. */
export interface ServiceId {
  kind: string;
  namespace: string;
  name: string;
}

function ownedBy(
  item: { namespace: string; owner?: { kind: string; name: string } },
  service: ServiceId,
): boolean {
  return (
    item.namespace === service.namespace &&
    item.owner?.kind === service.kind &&
    item.owner.name === service.name
  );
}

/** The routes and pool an LLMInferenceService reports in `status.router`. */
function reportedByStatus(object: CachedObject | undefined) {
  const router = (object?.status as Obj | undefined)?.router;
  const routes = new Set<string>();
  const pools = new Set<string>();
  for (const gateway of Array.isArray(router?.gateways)
    ? router.gateways
    : []) {
    for (const route of Array.isArray(gateway?.httpRoutes)
      ? gateway.httpRoutes
      : []) {
      if (typeof route?.name === 'string') {
        routes.add(
          `${route.namespace ?? object!.metadata.namespace}/${route.name}`,
        );
      }
    }
  }
  const pool = router?.scheduler?.inferencePool;
  if (typeof pool?.name === 'string') {
    pools.add(`${pool.namespace ?? object!.metadata.namespace}/${pool.name}`);
  }
  return { routes, pools };
}

/**
 * The path requests take to one KServe service: the pools it owns (or its
 * status names), the HTTPRoutes it owns or names and those whose backends
 * are its pools or its Services, and the objectives of those pools.
 */
export function pathTo(
  view: ClusterView,
  routing: {
    routes: HttpRouteView[];
    pools: InferencePoolView[];
    objectives: InferenceObjectiveView[];
  },
  service: ServiceId,
  object?: CachedObject,
) {
  const reported = reportedByStatus(object);
  const pools = routing.pools.filter(
    p => ownedBy(p, service) || reported.pools.has(`${p.namespace}/${p.name}`),
  );
  const poolKeys = new Set(
    pools.map(p => `${p.apiVersion.split('/')[0]}|${p.namespace}/${p.name}`),
  );
  const services = new Set(
    view
      .list(ROUTING_KINDS.service, service.namespace)
      .filter(s => {
        const owner = servingOwner(s);
        return owner?.kind === service.kind && owner.name === service.name;
      })
      .map(s => `${s.metadata.namespace}/${s.metadata.name}`),
  );
  const routes = routing.routes.filter(
    r =>
      ownedBy(r, service) ||
      reported.routes.has(`${r.namespace}/${r.name}`) ||
      r.rules.some(rule =>
        rule.backends.some(b =>
          b.kind === 'InferencePool'
            ? poolKeys.has(`${b.group}|${b.namespace}/${b.name}`)
            : !b.group &&
              b.kind === 'Service' &&
              services.has(`${b.namespace}/${b.name}`),
        ),
      ),
  );
  // Pools the service's routes send traffic to, though it does not own them.
  for (const route of routes) {
    for (const rule of route.rules) {
      for (const b of rule.backends) {
        if (b.kind !== 'InferencePool') continue;
        const pool = routing.pools.find(
          p =>
            p.namespace === b.namespace &&
            p.name === b.name &&
            p.apiVersion.split('/')[0] === b.group,
        );
        if (pool && !pools.includes(pool)) pools.push(pool);
      }
    }
  }
  const objectives = routing.objectives.filter(o =>
    pools.some(
      p =>
        o.pool?.namespace === p.namespace &&
        o.pool.name === p.name &&
        o.pool.group === p.apiVersion.split('/')[0],
    ),
  );
  return { routes, pools, objectives, services };
}
