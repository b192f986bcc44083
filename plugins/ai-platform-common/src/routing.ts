/**
 * How inference traffic is routed: Gateway API HTTPRoutes (v1, v1beta1),
 * Gateway API Inference Extension InferencePools (`inference.networking.k8s.io/v1`
 * and the older `inference.networking.x-k8s.io/v1alpha2`), InferenceObjectives
 * (`llm-d.ai/v1alpha2`, formerly `inference.networking.x-k8s.io/v1alpha2`) and
 * the InferenceModels they replaced. The readers apply the defaults the
 * upstream CRDs give and say which fields they could not read; the backend
 * resolves the references, the browser shows the result.
 */

import type { ClusterHealth } from './clusters';

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}

/** Kubernetes object names (DNS subdomain), as the CRDs' validation allows. */
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/** The group of the Gateway API. @public */
export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
/** The group of InferencePool v1. @public */
export const INFERENCE_POOL_GROUP = 'inference.networking.k8s.io';
/** The group of the older InferencePool, InferenceModel and InferenceObjective (v1alpha2). @public */
export const INFERENCE_X_GROUP = 'inference.networking.x-k8s.io';
/** The group InferenceObjective lives in now (llm-d-router). @public */
export const LLM_D_GROUP = 'llm-d.ai';

/**
 * A reference from one object to another, with the upstream defaults applied
 * (group `''` is the core group).
 *
 * @public
 */
export interface ObjectRef {
  group: string;
  kind: string;
  namespace: string;
  name: string;
}

/**
 * A parent (usually a Gateway) an HTTPRoute attaches to.
 *
 * @public
 */
export interface RouteParentRef extends ObjectRef {
  sectionName?: string;
  port?: number;
}

/**
 * One backend of an HTTPRoute rule.
 *
 * @public
 */
export interface RouteBackendRef extends ObjectRef {
  port?: number;
  /** The weight as written, 1 when not given (Gateway API default). */
  weight: number;
  /** Whether the weight was written (a missing one means 1). */
  weightGiven: boolean;
}

/**
 * One rule of an HTTPRoute: what it matches and where it sends traffic.
 *
 * @public
 */
export interface RouteRuleReading {
  name?: string;
  /** e.g. `PathPrefix /v1/completions`, `header x-model=llama`. */
  matches: string[];
  backends: RouteBackendRef[];
}

/**
 * What an HTTPRoute says, with what could not be read.
 *
 * @public
 */
export interface HttpRouteReading {
  parents: RouteParentRef[];
  hostnames: string[];
  rules: RouteRuleReading[];
  /** Fields that could not be read, each naming the field. */
  problems: string[];
}

const MAX_WEIGHT = 1_000_000;
const MAX_PORT = 65535;

function readPort(value: unknown, field: string, problems: string[]) {
  if (value === undefined || value === null) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > MAX_PORT
  ) {
    problems.push(
      `${field} is ${
        typeof value === 'number' ? value : describe(value)
      }, not a port number (1-${MAX_PORT})`,
    );
    return undefined;
  }
  return value;
}

function readString(
  value: unknown,
  field: string,
  problems: string[],
  fallback?: string,
): string | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') {
    problems.push(`${field} is ${describe(value)}, not a string`);
    return undefined;
  }
  return value;
}

function readName(
  value: unknown,
  field: string,
  problems: string[],
): string | undefined {
  if (value === undefined || value === null || value === '') {
    problems.push(`${field} is missing`);
    return undefined;
  }
  if (typeof value !== 'string' || !NAME.test(value)) {
    problems.push(
      `${field} ${
        typeof value === 'string'
          ? `'${value.slice(0, 80)}' is not a Kubernetes name`
          : `is ${describe(value)}, not a name`
      }`,
    );
    return undefined;
  }
  return value;
}

function readList(value: unknown, field: string, problems: string[]) {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`${field} is ${describe(value)}, not a list`);
    return [];
  }
  return value;
}

function matchText(match: unknown): string {
  if (!isObject(match)) return 'any request';
  const parts: string[] = [];
  if (isObject(match.path)) {
    parts.push(
      `${match.path.type ?? 'PathPrefix'} ${String(match.path.value ?? '/')}`,
    );
  }
  for (const header of Array.isArray(match.headers) ? match.headers : []) {
    if (isObject(header)) {
      parts.push(`header ${String(header.name)}=${String(header.value)}`);
    }
  }
  for (const param of Array.isArray(match.queryParams)
    ? match.queryParams
    : []) {
    if (isObject(param)) {
      parts.push(`query ${String(param.name)}=${String(param.value)}`);
    }
  }
  if (typeof match.method === 'string') parts.push(`method ${match.method}`);
  return parts.length ? parts.join(', ') : 'PathPrefix /';
}

/**
 * The parents, hostnames and rules of a Gateway API HTTPRoute (v1 or
 * v1beta1), with the API's defaults: a parent is a Gateway of
 * `gateway.networking.k8s.io` in the route's namespace; a backend is a core
 * `Service` in the route's namespace with weight 1. A backend that cannot
 * be read (no name, a negative or fractional weight, a port out of range) is
 * left out and named among the problems.
 *
 * @public
 */
export function readHttpRoute(object: {
  metadata?: { namespace?: string };
  spec?: unknown;
}): HttpRouteReading {
  const namespace = object.metadata?.namespace ?? 'default';
  const problems: string[] = [];
  const reading: HttpRouteReading = {
    parents: [],
    hostnames: [],
    rules: [],
    problems,
  };
  const spec = object.spec;
  if (!isObject(spec)) {
    problems.push(`spec is ${describe(spec)}, not an object`);
    return reading;
  }
  readList(spec.parentRefs, 'spec.parentRefs', problems).forEach((ref, i) => {
    const field = `spec.parentRefs[${i}]`;
    if (!isObject(ref)) {
      problems.push(`${field} is ${describe(ref)}, not an object`);
      return;
    }
    const name = readName(ref.name, `${field}.name`, problems);
    if (!name) return;
    reading.parents.push({
      group:
        readString(ref.group, `${field}.group`, problems, GATEWAY_API_GROUP) ??
        GATEWAY_API_GROUP,
      kind: readString(ref.kind, `${field}.kind`, problems, 'Gateway') ?? '',
      namespace:
        readString(ref.namespace, `${field}.namespace`, problems) ?? namespace,
      name,
      ...(typeof ref.sectionName === 'string'
        ? { sectionName: ref.sectionName }
        : {}),
      ...(ref.port !== undefined
        ? { port: readPort(ref.port, `${field}.port`, problems) }
        : {}),
    });
  });
  reading.hostnames = readList(
    spec.hostnames,
    'spec.hostnames',
    problems,
  ).filter((h): h is string => typeof h === 'string');
  readList(spec.rules, 'spec.rules', problems).forEach((rule, r) => {
    const field = `spec.rules[${r}]`;
    if (!isObject(rule)) {
      problems.push(`${field} is ${describe(rule)}, not an object`);
      return;
    }
    const matches = readList(rule.matches, `${field}.matches`, problems);
    const backends: RouteBackendRef[] = [];
    readList(rule.backendRefs, `${field}.backendRefs`, problems).forEach(
      (ref, b) => {
        const where = `${field}.backendRefs[${b}]`;
        if (!isObject(ref)) {
          problems.push(`${where} is ${describe(ref)}, not an object`);
          return;
        }
        const before = problems.length;
        const name = readName(ref.name, `${where}.name`, problems);
        let weight = 1;
        if (ref.weight !== undefined && ref.weight !== null) {
          if (
            typeof ref.weight !== 'number' ||
            !Number.isInteger(ref.weight) ||
            ref.weight < 0 ||
            ref.weight > MAX_WEIGHT
          ) {
            problems.push(
              `${where}.weight is ${
                typeof ref.weight === 'number'
                  ? ref.weight
                  : `${describe(ref.weight)} ${JSON.stringify(ref.weight)}`
              }, not a whole number from 0 to ${MAX_WEIGHT}`,
            );
          } else {
            weight = ref.weight;
          }
        }
        const port = readPort(ref.port, `${where}.port`, problems);
        const group = readString(ref.group, `${where}.group`, problems, '');
        const kind = readString(ref.kind, `${where}.kind`, problems, 'Service');
        const refNamespace = readString(
          ref.namespace,
          `${where}.namespace`,
          problems,
          namespace,
        );
        if (problems.length > before || !name) return;
        backends.push({
          group: group ?? '',
          kind: kind ?? 'Service',
          namespace: refNamespace ?? namespace,
          name,
          ...(port !== undefined ? { port } : {}),
          weight,
          weightGiven: ref.weight !== undefined && ref.weight !== null,
        });
      },
    );
    reading.rules.push({
      ...(typeof rule.name === 'string' ? { name: rule.name } : {}),
      matches: matches.length ? matches.map(matchText) : ['PathPrefix /'],
      backends,
    });
  });
  return reading;
}

/**
 * The share of traffic (percent) each backend of a rule receives: its weight
 * over the sum of the rule's weights (Gateway API: "proportional"). All zero
 * when the weights add up to zero.
 *
 * @public
 */
export function weightShares(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map(w => (total > 0 ? (w * 100) / total : 0));
}

/**
 * A problem on the path a request takes, for the routing views.
 *
 * @public
 */
export interface RoutingProblem {
  /** `error`: requests fail or go nowhere; `warning`: probably not what was meant. */
  severity: 'error' | 'warning';
  message: string;
}

/**
 * What is wrong with the weights of one rule: nothing gets traffic when
 * every weight is 0; weights written as percentages (every weight given,
 * several backends, one above 1) that do not add up to 100 probably do not
 * split traffic as intended.
 *
 * @public
 */
export function judgeWeights(
  backends: ReadonlyArray<Pick<RouteBackendRef, 'weight' | 'weightGiven'>>,
): RoutingProblem[] {
  if (backends.length === 0) return [];
  const total = backends.reduce((sum, b) => sum + b.weight, 0);
  if (total === 0) {
    return [
      {
        severity: 'error',
        message: `every backend has weight 0: the rule sends no traffic (requests get 500)`,
      },
    ];
  }
  const percentages =
    backends.length > 1 &&
    backends.every(b => b.weightGiven) &&
    backends.some(b => b.weight > 1);
  if (percentages && total !== 100) {
    const shares = weightShares(backends.map(b => b.weight)).map(
      s => `${Math.round(s * 10) / 10}%`,
    );
    return [
      {
        severity: 'warning',
        message: `the weights add up to ${total}, not 100: traffic is split ${shares.join(
          ' / ',
        )}`,
      },
    ];
  }
  return [];
}

/**
 * A Gateway's verdict on an object that names it as parent, from the
 * object's `status.parents[]` (`status.parent[]` in InferencePool v1alpha2).
 *
 * @public
 */
export interface ParentStatus {
  parent: ObjectRef;
  controllerName?: string;
  /** The `Accepted` condition's status, when the parent reported one. */
  accepted?: 'True' | 'False' | 'Unknown';
  reason?: string;
  /** The `ResolvedRefs` condition's status. */
  resolvedRefs?: 'True' | 'False' | 'Unknown';
}

type ConditionStatus = 'True' | 'False' | 'Unknown';

function conditionOf(
  conditions: unknown,
  type: string,
): { status?: ConditionStatus; reason?: string } | undefined {
  if (!Array.isArray(conditions)) return undefined;
  const c = conditions.find(x => isObject(x) && x.type === type);
  if (!isObject(c)) return undefined;
  const status = ['True', 'False', 'Unknown'].includes(c.status as string)
    ? (c.status as ConditionStatus)
    : undefined;
  return {
    status,
    reason: typeof c.reason === 'string' ? c.reason : undefined,
  };
}

/**
 * The parents' verdicts in an HTTPRoute's or InferencePool's status.
 *
 * @public
 */
export function readParentStatuses(
  status: unknown,
  namespace: string,
): ParentStatus[] {
  if (!isObject(status)) return [];
  // v1alpha2 pools report their parents under the singular `parent`.
  const list = [status.parents, status.parent].find(Array.isArray) ?? [];
  return list.flatMap((entry: unknown): ParentStatus[] => {
    if (!isObject(entry) || !isObject(entry.parentRef)) return [];
    const ref = entry.parentRef;
    if (typeof ref.name !== 'string') return [];
    const accepted = conditionOf(entry.conditions, 'Accepted');
    const resolved = conditionOf(entry.conditions, 'ResolvedRefs');
    return [
      {
        parent: {
          group: typeof ref.group === 'string' ? ref.group : GATEWAY_API_GROUP,
          kind: typeof ref.kind === 'string' ? ref.kind : 'Gateway',
          namespace:
            typeof ref.namespace === 'string' ? ref.namespace : namespace,
          name: ref.name,
        },
        ...(typeof entry.controllerName === 'string'
          ? { controllerName: entry.controllerName }
          : {}),
        ...(accepted?.status ? { accepted: accepted.status } : {}),
        ...(accepted?.reason ? { reason: accepted.reason } : {}),
        ...(resolved?.status ? { resolvedRefs: resolved.status } : {}),
      },
    ];
  });
}

/**
 * The endpoint picker (EPP) an InferencePool sends scheduling questions to.
 *
 * @public
 */
export interface EndpointPickerRef {
  group: string;
  kind: string;
  name: string;
  port?: number;
  failureMode: 'FailOpen' | 'FailClose';
}

/**
 * What an InferencePool says, in either API version.
 *
 * @public
 */
export interface InferencePoolReading {
  /** Pods of the pool's namespace whose labels include all of these. */
  selector: Record<string, string>;
  targetPorts: number[];
  appProtocol?: string;
  endpointPicker?: EndpointPickerRef;
  problems: string[];
}

function readSelectorMap(
  value: unknown,
  field: string,
  problems: string[],
): Record<string, string> {
  if (!isObject(value)) {
    problems.push(
      value === undefined || value === null
        ? `${field} is missing; the pool selects no pod`
        : `${field} is ${describe(value)}, not a map of labels`,
    );
    return {};
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') {
      problems.push(`${field}['${key}'] is ${describe(v)}, not a string`);
      continue;
    }
    out[key] = v;
  }
  if (Object.keys(out).length === 0 && problems.length === 0) {
    problems.push(`${field} is empty; the pool selects no pod`);
  }
  return out;
}

function readFailureMode(value: unknown, field: string, problems: string[]) {
  if (value === undefined || value === null) return 'FailClose' as const;
  if (value === 'FailOpen' || value === 'FailClose') return value;
  problems.push(
    `${field} is ${JSON.stringify(value)}, not FailOpen or FailClose`,
  );
  return 'FailClose' as const;
}

/**
 * The selector, target ports and endpoint picker of an InferencePool:
 * `inference.networking.k8s.io/v1` (`selector.matchLabels`, `targetPorts[]`,
 * `endpointPickerRef`) or `inference.networking.x-k8s.io/v1alpha2`
 * (`selector` as a plain map, `targetPortNumber`, `extensionRef` whose port
 * defaults to 9002), with the upstream defaults.
 *
 * @public
 */
export function readInferencePool(object: {
  apiVersion?: string;
  spec?: unknown;
}): InferencePoolReading {
  const problems: string[] = [];
  const spec = object.spec;
  if (!isObject(spec)) {
    problems.push(`spec is ${describe(spec)}, not an object`);
    return { selector: {}, targetPorts: [], problems };
  }
  const legacy = String(object.apiVersion ?? '').startsWith(
    `${INFERENCE_X_GROUP}/`,
  );
  if (legacy) {
    const selector = readSelectorMap(spec.selector, 'spec.selector', problems);
    const port = readPort(
      spec.targetPortNumber,
      'spec.targetPortNumber',
      problems,
    );
    if (spec.targetPortNumber === undefined) {
      problems.push('spec.targetPortNumber is missing');
    }
    let endpointPicker: EndpointPickerRef | undefined;
    if (isObject(spec.extensionRef)) {
      const ref = spec.extensionRef;
      const name = readName(ref.name, 'spec.extensionRef.name', problems);
      if (name) {
        endpointPicker = {
          group:
            readString(ref.group, 'spec.extensionRef.group', problems, '') ??
            '',
          kind:
            readString(
              ref.kind,
              'spec.extensionRef.kind',
              problems,
              'Service',
            ) ?? 'Service',
          name,
          port:
            readPort(
              ref.portNumber,
              'spec.extensionRef.portNumber',
              problems,
            ) ?? 9002,
          failureMode: readFailureMode(
            ref.failureMode,
            'spec.extensionRef.failureMode',
            problems,
          ),
        };
      }
    } else if (spec.extensionRef !== undefined) {
      problems.push(
        `spec.extensionRef is ${describe(spec.extensionRef)}, not an object`,
      );
    }
    return {
      selector,
      targetPorts: port ? [port] : [],
      ...(endpointPicker ? { endpointPicker } : {}),
      problems,
    };
  }
  const selectorSpec = spec.selector;
  const selector = readSelectorMap(
    isObject(selectorSpec) ? selectorSpec.matchLabels : undefined,
    'spec.selector.matchLabels',
    problems,
  );
  const targetPorts: number[] = [];
  const ports = readList(spec.targetPorts, 'spec.targetPorts', problems);
  if (ports.length === 0 && Array.isArray(spec.targetPorts)) {
    problems.push('spec.targetPorts is empty');
  } else if (spec.targetPorts === undefined) {
    problems.push('spec.targetPorts is missing');
  }
  ports.forEach((entry, i) => {
    const port = readPort(
      isObject(entry) ? entry.number : entry,
      `spec.targetPorts[${i}].number`,
      problems,
    );
    if (port) targetPorts.push(port);
  });
  let endpointPicker: EndpointPickerRef | undefined;
  if (isObject(spec.endpointPickerRef)) {
    const ref = spec.endpointPickerRef;
    const name = readName(ref.name, 'spec.endpointPickerRef.name', problems);
    if (name) {
      endpointPicker = {
        group:
          readString(ref.group, 'spec.endpointPickerRef.group', problems, '') ??
          '',
        kind:
          readString(
            ref.kind,
            'spec.endpointPickerRef.kind',
            problems,
            'Service',
          ) ?? 'Service',
        name,
        port: readPort(
          isObject(ref.port) ? ref.port.number : ref.port,
          'spec.endpointPickerRef.port.number',
          problems,
        ),
        failureMode: readFailureMode(
          ref.failureMode,
          'spec.endpointPickerRef.failureMode',
          problems,
        ),
      };
    }
  } else if (
    spec.endpointPickerRef !== undefined &&
    spec.endpointPickerRef !== null
  ) {
    problems.push(
      `spec.endpointPickerRef is ${describe(
        spec.endpointPickerRef,
      )}, not an object`,
    );
  }
  return {
    selector,
    targetPorts,
    ...(typeof spec.appProtocol === 'string'
      ? { appProtocol: spec.appProtocol }
      : {}),
    ...(endpointPicker ? { endpointPicker } : {}),
    problems,
  };
}

/**
 * What an InferenceObjective (`llm-d.ai/v1alpha2`, or the older
 * `inference.networking.x-k8s.io/v1alpha2`) or an InferenceModel
 * (`inference.networking.x-k8s.io/v1alpha2`) says about the requests it
 * describes and the pool it applies to.
 *
 * @public
 */
export interface InferenceObjectiveReading {
  pool?: ObjectRef;
  /** InferenceObjective: higher is served first; unset counts as 0. */
  priority?: number;
  /** InferenceModel: Critical, Standard or Sheddable. */
  criticality?: string;
  /** InferenceModel: the model name clients ask for. */
  modelName?: string;
  /** InferenceModel: the models requests are sent to, with weights. */
  targetModels?: Array<{ name: string; weight?: number }>;
  problems: string[];
}

const CRITICALITIES = ['Critical', 'Standard', 'Sheddable'];

/**
 * The pool reference and priority (InferenceObjective) or model name,
 * criticality and target models (InferenceModel), with the upstream
 * defaults: an InferenceObjective's pool is an InferencePool of
 * `inference.networking.k8s.io`, an InferenceModel's one of
 * `inference.networking.x-k8s.io`, both in the object's namespace.
 *
 * @public
 */
export function readInferenceObjective(object: {
  kind?: string;
  metadata?: { namespace?: string };
  spec?: unknown;
}): InferenceObjectiveReading {
  const problems: string[] = [];
  const spec = object.spec;
  if (!isObject(spec)) {
    problems.push(`spec is ${describe(spec)}, not an object`);
    return { problems };
  }
  const model = object.kind === 'InferenceModel';
  const reading: InferenceObjectiveReading = { problems };
  if (isObject(spec.poolRef)) {
    const name = readName(spec.poolRef.name, 'spec.poolRef.name', problems);
    if (name) {
      reading.pool = {
        group:
          readString(
            spec.poolRef.group,
            'spec.poolRef.group',
            problems,
            model ? INFERENCE_X_GROUP : INFERENCE_POOL_GROUP,
          ) ?? '',
        kind:
          readString(
            spec.poolRef.kind,
            'spec.poolRef.kind',
            problems,
            'InferencePool',
          ) ?? 'InferencePool',
        namespace: object.metadata?.namespace ?? 'default',
        name,
      };
    }
  } else {
    problems.push(
      spec.poolRef === undefined
        ? 'spec.poolRef is missing'
        : `spec.poolRef is ${describe(spec.poolRef)}, not an object`,
    );
  }
  if (model) {
    if (typeof spec.modelName === 'string') reading.modelName = spec.modelName;
    else problems.push('spec.modelName is missing or not a string');
    if (spec.criticality !== undefined) {
      if (CRITICALITIES.includes(spec.criticality as string)) {
        reading.criticality = spec.criticality as string;
      } else {
        problems.push(
          `spec.criticality is ${JSON.stringify(
            spec.criticality,
          )}, not one of ${CRITICALITIES.join(', ')}`,
        );
      }
    }
    const targets = readList(
      spec.targetModels,
      'spec.targetModels',
      problems,
    ).flatMap((t, i) => {
      if (!isObject(t) || typeof t.name !== 'string') {
        problems.push(`spec.targetModels[${i}] has no name`);
        return [];
      }
      if (
        t.weight !== undefined &&
        (typeof t.weight !== 'number' ||
          !Number.isInteger(t.weight) ||
          t.weight < 1)
      ) {
        problems.push(
          `spec.targetModels[${i}].weight is ${JSON.stringify(
            t.weight,
          )}, not a whole number of at least 1`,
        );
        return [{ name: t.name }];
      }
      return [
        {
          name: t.name,
          ...(typeof t.weight === 'number' ? { weight: t.weight } : {}),
        },
      ];
    });
    if (targets.length) reading.targetModels = targets;
    return reading;
  }
  if (spec.priority === undefined || spec.priority === null) {
    reading.priority = 0;
  } else if (
    typeof spec.priority === 'number' &&
    Number.isInteger(spec.priority)
  ) {
    reading.priority = spec.priority;
  } else {
    problems.push(
      `spec.priority is ${JSON.stringify(spec.priority)}, not a whole number`,
    );
  }
  return reading;
}

/**
 * One backend of a route rule, resolved on its cluster.
 *
 * @public
 */
export interface RouteBackendView extends RouteBackendRef {
  /** Percent of the rule's traffic it receives (weight over the rule's total). */
  sharePercent: number;
  /** `missing`: no such object on the cluster; `unchecked`: the portal does not read that kind or may not. */
  state: 'found' | 'missing' | 'unchecked';
  /** Why it is missing or unchecked. */
  reason?: string;
}

/**
 * One HTTPRoute with its parents and backends resolved.
 *
 * @public
 */
export interface HttpRouteView {
  cluster: string;
  namespace: string;
  name: string;
  apiVersion: string;
  hostnames: string[];
  parents: Array<
    RouteParentRef & {
      /** Whether the parent (a Gateway) is on the cluster; undefined when not checked. */
      exists?: boolean;
      /** The parent's verdict from the route's status. */
      accepted?: 'True' | 'False' | 'Unknown';
      reason?: string;
    }
  >;
  rules: Array<{
    name?: string;
    matches: string[];
    backends: RouteBackendView[];
    totalWeight: number;
  }>;
  /** The KServe service that owns or lists the route, if any. */
  owner?: { kind: string; name: string };
  problems: RoutingProblem[];
}

/**
 * One pod a pool selects, with what it runs.
 *
 * @public
 */
export interface PoolPodView {
  name: string;
  phase?: string;
  ready: boolean;
  node?: string;
  /** Container images and the digest each runs, when the pod reports one. */
  images: Array<{ container: string; image: string; digest?: string }>;
}

/**
 * One InferencePool (either API version) with what routes to it and what it
 * selects.
 *
 * @public
 */
export interface InferencePoolView {
  cluster: string;
  namespace: string;
  name: string;
  apiVersion: string;
  selector: Record<string, string>;
  targetPorts: number[];
  appProtocol?: string;
  endpointPicker?: EndpointPickerRef & { exists?: boolean };
  /** Gateways' verdicts on the pool, from its status. */
  parents: ParentStatus[];
  pods: PoolPodView[];
  readyPods: number;
  /** Routes that send traffic here, with the share of their rule. */
  routedBy: Array<{
    namespace: string;
    name: string;
    rule: number;
    weight: number;
    sharePercent: number;
  }>;
  objectives: Array<{ kind: string; name: string }>;
  owner?: { kind: string; name: string };
  problems: RoutingProblem[];
}

/**
 * One InferenceObjective or InferenceModel with its pool resolved.
 *
 * @public
 */
export interface InferenceObjectiveView extends InferenceObjectiveReading {
  cluster: string;
  namespace: string;
  name: string;
  kind: 'InferenceObjective' | 'InferenceModel';
  apiVersion: string;
  poolExists?: boolean;
  routingProblems: RoutingProblem[];
}

/**
 * Answer of `GET /serving/routing`: every route, pool and objective of the
 * clusters, with problems flagged.
 *
 * @public
 */
export interface RoutingOverview {
  generatedAt: string;
  clusters: Array<{ name: string; health: ClusterHealth }>;
  routes: HttpRouteView[];
  pools: InferencePoolView[];
  objectives: InferenceObjectiveView[];
}
