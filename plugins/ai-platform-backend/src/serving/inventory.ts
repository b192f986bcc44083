import {
  classifyModelUri,
  GpuPod,
  HttpRouteView,
  InferenceObjectiveView,
  InferencePoolView,
  InferenceServiceClaim,
  InferenceServiceRow,
  ModelDeployment,
  readKServeModel,
  RoutingProblem,
  TEAM_LABEL,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { podGpuRequests } from '../gpu/pods';
import { count } from '../gpu/quantities';
import { teamRef } from '../gpu/teams';
import { pathTo } from './path';
import { podView } from './routing';
import {
  isServingPodOf,
  PodClaimRef,
  readServingSpec,
  ServingSpec,
} from './workload';

type Obj = Record<string, any>;

/** The KServe kinds the inventory lists. */
export const SERVICE_KINDS = {
  isvc: 'serving.kserve.io/InferenceService',
  llmisvc: 'serving.kserve.io/LLMInferenceService',
} as const;

const CLAIM_TEMPLATE = 'resource.k8s.io/ResourceClaimTemplate';
const CLAIM = 'resource.k8s.io/ResourceClaim';

/** What the inventory needs besides the cluster's caches. */
export interface InventoryContext {
  /** The cluster's GPU pods (device-plugin units and DRA devices, held or not). */
  gpuPods: ReadonlyArray<GpuPod>;
  /** Which DRA device classes hand out GPUs on this cluster. */
  isGpuClass(name: string): boolean;
  /** Every model reference resolved on a configured registry. */
  deployments: ReadonlyArray<ModelDeployment>;
  routing: {
    routes: HttpRouteView[];
    pools: InferencePoolView[];
    objectives: InferenceObjectiveView[];
  };
}

/** A DRA claim spec's requests (v1 nests each under `exactly`; v1beta1 does not). */
function claimRequests(
  devices: Obj | undefined,
  isGpuClass: (name: string) => boolean,
): InferenceServiceClaim['requests'] {
  const requests = Array.isArray(devices?.requests) ? devices!.requests : [];
  return requests.flatMap((request: Obj) => {
    const exact = request?.exactly ?? request?.firstAvailable?.[0] ?? request;
    const deviceClass = exact?.deviceClassName;
    if (typeof deviceClass !== 'string') return [];
    const all = exact.allocationMode === 'All';
    return [
      {
        deviceClass,
        ...(all ? { allDevices: true } : { count: count(exact.count ?? 1) }),
        gpu: isGpuClass(deviceClass),
      },
    ];
  });
}

function resolveClaim(
  view: ClusterView,
  namespace: string,
  ref: PodClaimRef,
  isGpuClass: (name: string) => boolean,
): InferenceServiceClaim {
  if (ref.templateName) {
    const template = view
      .list(CLAIM_TEMPLATE, namespace)
      .find(t => t.metadata.name === ref.templateName);
    return {
      name: ref.name,
      via: 'template',
      object: ref.templateName,
      requests: template
        ? claimRequests((template.spec as Obj)?.spec?.devices, isGpuClass)
        : [],
      ...(template
        ? {}
        : {
            unresolved: `ResourceClaimTemplate '${namespace}/${ref.templateName}' is not on the cluster`,
          }),
    };
  }
  if (ref.claimName) {
    const claim = view
      .list(CLAIM, namespace)
      .find(c => c.metadata.name === ref.claimName);
    return {
      name: ref.name,
      via: 'claim',
      object: ref.claimName,
      requests: claim
        ? claimRequests((claim.spec as Obj)?.devices, isGpuClass)
        : [],
      ...(claim
        ? {}
        : {
            unresolved: `ResourceClaim '${namespace}/${ref.claimName}' is not on the cluster`,
          }),
    };
  }
  return {
    name: ref.name,
    via: 'template',
    requests: [],
    unresolved: 'names neither a ResourceClaimTemplate nor a ResourceClaim',
  };
}

function perReplicaClaims(
  view: ClusterView,
  object: CachedObject,
  spec: ServingSpec,
  isGpuClass: (name: string) => boolean,
): InferenceServiceClaim[] {
  const namespace = object.metadata.namespace ?? '';
  const claims = spec.claims.map(ref =>
    resolveClaim(view, namespace, ref, isGpuClass),
  );
  if (spec.managedDra) {
    claims.push({
      name: 'managed-dra',
      via: 'managed-dra',
      object: `${object.metadata.name}-managed-dra`,
      requests: [
        {
          deviceClass: spec.managedDra.deviceClass,
          count: spec.managedDra.count,
          gpu: isGpuClass(spec.managedDra.deviceClass),
        },
      ],
    });
  }
  return claims;
}

function modelOf(
  object: CachedObject,
  cluster: string,
  deployments: ReadonlyArray<ModelDeployment>,
): InferenceServiceRow['model'] {
  const reading = readKServeModel(object);
  const address =
    reading.addresses.find(a => a.judged.valid) ?? reading.addresses[0];
  if (!address) return { unresolved: 'the service names no model address' };
  const judged = classifyModelUri(address.uri);
  if (!judged.valid) {
    return {
      uri: address.uri,
      field: address.field,
      invalid: judged.reason,
      unresolved: 'KServe cannot fetch this address',
    };
  }
  const deployment = deployments.find(
    d =>
      d.cluster === cluster &&
      d.namespace === object.metadata.namespace &&
      d.kind === object.kind &&
      d.name === object.metadata.name &&
      d.field === address.field,
  );
  const base = {
    uri: address.uri,
    field: address.field,
    scheme: judged.scheme,
  };
  if (!deployment) {
    return {
      ...base,
      unresolved:
        judged.scheme === 'oci'
          ? 'not in a registry the portal is configured to read'
          : `${judged.scheme} addresses name no versioned artifact the portal reads`,
    };
  }
  return {
    ...base,
    registry: deployment.registry,
    repository: deployment.repository,
    ...(deployment.digest ? { digest: deployment.digest } : {}),
    tags: deployment.tags,
    ...(deployment.mutableTag ? { mutableTag: deployment.mutableTag } : {}),
    ...(deployment.digest
      ? {}
      : {
          unresolved: 'a tag reference whose pods do not say which digest runs',
        }),
  };
}

function add(into: Record<string, number>, units: Record<string, number>) {
  for (const [resource, n] of Object.entries(units)) {
    into[resource] = (into[resource] ?? 0) + n;
  }
}

/**
 * Every InferenceService and LLMInferenceService of one cluster as the
 * inventory lists it: model and the version it runs, replicas desired and
 * ready, GPUs per replica (device plugin and DRA), GPUs held and the routes
 * in front of it.
 */
export function clusterInventory(
  view: ClusterView,
  context: InventoryContext,
): InferenceServiceRow[] {
  const pods = view.list('core/Pod');
  const teams = new Map(
    view
      .list('core/Namespace')
      .flatMap(ns =>
        ns.metadata.labels?.[TEAM_LABEL]
          ? [[ns.metadata.name, teamRef(ns.metadata.labels[TEAM_LABEL])]]
          : [],
      ) as Array<[string, string]>,
  );
  const gpuPods = new Map(
    context.gpuPods.map(p => [`${p.namespace}/${p.name}`, p]),
  );
  return [
    ...view.list(SERVICE_KINDS.isvc),
    ...view.list(SERVICE_KINDS.llmisvc),
  ].map(object => {
    const namespace = object.metadata.namespace ?? '';
    const kind = object.kind as InferenceServiceRow['kind'];
    const spec = readServingSpec(object);
    const own = pods.filter(p => isServingPodOf(p, object));
    const views = own.map(podView);
    const ready = views.filter(p => p.ready).length;
    const gpusHeld: Record<string, number> = {};
    const gpusPending: Record<string, number> = {};
    for (const pod of own) {
      const gpu = gpuPods.get(`${namespace}/${pod.metadata.name}`);
      if (gpu) add(gpu.holding ? gpusHeld : gpusPending, gpu.gpus);
    }
    const resources = podGpuRequests({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: object.metadata.name },
      spec: {
        containers: spec.containers,
        initContainers: spec.initContainers,
      },
    });
    const claims = perReplicaClaims(view, object, spec, context.isGpuClass);
    const path = pathTo(
      view,
      context.routing,
      { kind, namespace, name: object.metadata.name },
      object,
    );
    const poolKeys = new Set(path.pools.map(p => `${p.namespace}/${p.name}`));
    const routes = path.routes.map(route => {
      const shares = route.rules.map(rule =>
        rule.backends
          .filter(b =>
            b.kind === 'InferencePool'
              ? poolKeys.has(`${b.namespace}/${b.name}`)
              : path.services.has(`${b.namespace}/${b.name}`),
          )
          .reduce((sum, b) => sum + b.sharePercent, 0),
      );
      return {
        namespace: route.namespace,
        name: route.name,
        gateways: route.parents.map(p => `${p.namespace}/${p.name}`),
        ...(shares.length ? { sharePercent: Math.max(...shares) } : {}),
        problems: route.problems.length,
      };
    });
    const model = modelOf(object, view.name, context.deployments);
    const problems: RoutingProblem[] = spec.problems.map(message => ({
      severity: 'error',
      message,
    }));
    if (model.invalid) {
      problems.push({
        severity: 'error',
        message: `the model address ${model.field} ${model.invalid}`,
      });
    }
    if (spec.desired > 0 && ready === 0) {
      problems.push({
        severity: 'error',
        message: `no replica is ready (${spec.desired} desired, ${own.length} pod(s) seen)`,
      });
    } else if (ready < spec.desired) {
      problems.push({
        severity: 'warning',
        message: `${ready} of ${spec.desired} replicas ready`,
      });
    }
    if (spec.multiNode) {
      problems.push({
        severity: 'warning',
        message:
          "a replica spans several pods (worker spec): GPUs per replica count the leader pod's only",
      });
    }
    for (const claim of claims) {
      if (claim.unresolved) {
        problems.push({
          severity: 'warning',
          message: `DRA claim '${claim.name}': ${claim.unresolved}; its devices per replica are unknown`,
        });
      }
    }
    // The namespace's label, set by the platform team; never the object's own.
    const team = teams.get(namespace);
    return {
      cluster: view.name,
      clusterHealth: view.health,
      namespace,
      name: object.metadata.name,
      kind,
      apiVersion: object.apiVersion,
      ...(team ? { team } : {}),
      model,
      replicas: {
        desired: spec.desired,
        ...(spec.min !== undefined ? { min: spec.min } : {}),
        ...(spec.max !== undefined ? { max: spec.max } : {}),
        ready,
        pods: own.length,
        ...(spec.prefill !== undefined ? { prefill: spec.prefill } : {}),
      },
      gpusPerReplica: { resources, claims },
      gpusHeld,
      gpusPending,
      routes,
      problems,
    };
  });
}
