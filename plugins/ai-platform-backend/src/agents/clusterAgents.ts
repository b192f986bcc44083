/**
 * The kagent objects of one cluster, read once per cache change: namespaces,
 * model configs, MCP servers, agents and the inference services they may
 * point at.
 */

import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { inferenceIndex, INFERENCE_KINDS, InferenceIndex } from './endpoints';
import {
  KagentAgent,
  KagentMcpServer,
  KagentModelConfig,
  Read,
  readAgent,
  readMcpServer,
  readModelConfig,
  readRemoteMcpServer,
  readToolServer,
} from './kagent';

export const KAGENT_KINDS = {
  agent: 'kagent.dev/Agent',
  modelConfig: 'kagent.dev/ModelConfig',
  remoteMcpServer: 'kagent.dev/RemoteMCPServer',
  mcpServer: 'kagent.dev/MCPServer',
  toolServer: 'kagent.dev/ToolServer',
} as const;

const NAMESPACE = 'core/Namespace';

const REACH_KINDS = [
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'rbac.authorization.k8s.io/Role',
  'rbac.authorization.k8s.io/RoleBinding',
  'apps/Deployment',
  'core/Service',
  'core/Pod',
];

/** Every cache list the agent registry reads, for memoisation. */
export function listsOf(view: ClusterView): ReadonlyArray<CachedObject>[] {
  return [
    ...Object.values(KAGENT_KINDS),
    ...Object.values(INFERENCE_KINDS),
    NAMESPACE,
    // What agent reach reads: RBAC, and the pods behind MCP servers.
    ...REACH_KINDS,
  ].map(id => view.list(id));
}

/** Reports an object that could not be read, once per object version. */
export type SkipReporter = (
  object: CachedObject,
  cluster: string,
  reason: string,
) => void;

export interface ClusterAgents {
  view: ClusterView;
  namespaceLabels: Map<string, Record<string, string>>;
  namespaces: ReadonlySet<string>;
  index: InferenceIndex;
  /** By `<namespace>/<name>`. */
  modelConfigs: Map<
    string,
    { object: CachedObject; config: KagentModelConfig }
  >;
  /** By `<kind>/<namespace>/<name>`. */
  servers: Map<string, KagentMcpServer>;
  agents: KagentAgent[];
}

export const serverKey = (kind: string, namespace: string, name: string) =>
  `${kind}/${namespace}/${name}`;

function readAll<T>(
  view: ClusterView,
  id: string,
  read: (o: CachedObject) => Read<T>,
  skip: SkipReporter,
): Array<{ object: CachedObject; value: T }> {
  return view.list(id).flatMap(object => {
    const result = read(object);
    if ('skipped' in result) {
      skip(object, view.name, result.skipped);
      return [];
    }
    return [{ object, value: result.value }];
  });
}

/** Reads the agent registry's objects of one cluster; unusable ones are reported and left out. */
export function readCluster(
  view: ClusterView,
  skip: SkipReporter,
): ClusterAgents {
  const namespaceLabels = new Map(
    view
      .list(NAMESPACE)
      .map(ns => [ns.metadata.name, ns.metadata.labels ?? {}]),
  );
  const namespaces = new Set(namespaceLabels.keys());
  const modelConfigs = new Map(
    readAll(view, KAGENT_KINDS.modelConfig, readModelConfig, skip).map(
      ({ object, value }) => [
        `${object.metadata.namespace}/${object.metadata.name}`,
        { object, config: value },
      ],
    ),
  );
  const servers = new Map(
    [
      ...readAll(view, KAGENT_KINDS.remoteMcpServer, readRemoteMcpServer, skip),
      ...readAll(view, KAGENT_KINDS.mcpServer, readMcpServer, skip),
      ...readAll(view, KAGENT_KINDS.toolServer, readToolServer, skip),
    ].map(({ object, value }) => [
      serverKey(value.kind, object.metadata.namespace!, object.metadata.name),
      value,
    ]),
  );
  const agents = readAll(view, KAGENT_KINDS.agent, readAgent, skip).map(
    ({ object, value }) => {
      for (const warning of value.warnings) skip(object, view.name, warning);
      return value;
    },
  );
  return {
    view,
    namespaceLabels,
    namespaces,
    index: inferenceIndex(view, namespaces),
    modelConfigs,
    servers,
    agents,
  };
}
