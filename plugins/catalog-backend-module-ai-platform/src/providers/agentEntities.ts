/**
 * The catalog entities of the agent registry: a `Component` of type
 * `ai-agent` per agent and an `API` of type `mcp-server` per MCP server.
 */

import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ApiEntity,
  ComponentEntity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  agentEntityName,
  AI_PLATFORM_ANNOTATIONS,
  AiAgent,
  KubernetesObjectRef,
  McpServer,
  mcpServerEntityName,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { catalogLabels } from './labels';

const SOVEREIGNTY_KEYS: readonly string[] = Object.values(SOVEREIGNTY_LABELS);

/** The MCP registry's server.json schema version the definitions follow. */
export const SERVER_JSON_SCHEMA =
  'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';

/**
 * The `_meta` key of what server.json has no field for: the Kubernetes object
 * the server was read from, its deployment, and the tools it reported.
 * server.json describes how to reach a server, not its tools, and `_meta`
 * is its place for vendor data under a reverse-DNS key.
 */
export const SERVER_JSON_META_KEY = 'io.ai-platform/kubernetes';

export interface AgentEntityOptions {
  system?: string;
  logger?: LoggerService;
}

function kubernetesRef(ref: KubernetesObjectRef): string {
  return `${ref.apiVersion}/${ref.kind}/${ref.namespace}/${ref.name}`;
}

function locationAnnotations(kind: string, ref: KubernetesObjectRef) {
  const location = `ai-platform:${kind}/${ref.cluster}/${ref.namespace}/${ref.name}`;
  return {
    [ANNOTATION_LOCATION]: location,
    [ANNOTATION_ORIGIN_LOCATION]: location,
    [AI_PLATFORM_ANNOTATIONS.cluster]: ref.cluster,
    [AI_PLATFORM_ANNOTATIONS.kubernetesRef]: kubernetesRef(ref),
  };
}

const sovereigntyOnly = (key: string) => SOVEREIGNTY_KEYS.includes(key);

/** server.json caps descriptions and titles at 100 characters. */
function cap(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The catalog entity of one agent. */
export function agentToEntity(
  agent: AiAgent,
  options: AgentEntityOptions = {},
): ComponentEntity {
  const { ref } = agent;
  const consumesApis = agent.mcpServers
    .filter(s => s.found)
    .map(s =>
      stringifyEntityRef({ kind: 'api', name: mcpServerEntityName(s.ref) }),
    );
  const isvc = agent.model?.inferenceService;
  const dependsOn = [
    // Inference-service components are named after the service
    // (examples/inference-services.yaml).
    ...(isvc ? [`component:default/${isvc.name}`] : []),
    `resource:default/${ref.cluster}`,
  ];
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: agentEntityName(ref),
      title: `${ref.name} (${ref.cluster})`,
      description:
        agent.description ??
        `kagent ${agent.type} agent ${ref.namespace}/${ref.name} in cluster ${ref.cluster}`,
      labels: catalogLabels(
        agent.placementLabels,
        sovereigntyOnly,
        `Agent ${agent.id}`,
        options.logger,
      ),
      annotations: {
        ...locationAnnotations('agent', ref),
        [AI_PLATFORM_ANNOTATIONS.spiffeId]: agent.spiffeId,
        // The stock Kubernetes tab finds the agent's pods by these.
        'backstage.io/kubernetes-label-selector': agent.podSelector,
        'backstage.io/kubernetes-namespace': ref.namespace,
      },
      tags: ['kagent', agent.type.toLocaleLowerCase('en-US')],
    },
    spec: {
      type: 'ai-agent',
      lifecycle: 'production',
      owner: agent.owner,
      ...(options.system ? { system: options.system } : {}),
      consumesApis,
      dependsOn,
    },
  };
}

/** The upstream MCP registry `server.json` of one server, as the API definition. */
export function serverJson(server: McpServer): Record<string, unknown> {
  const { ref } = server;
  const remotes =
    server.url && server.transport !== 'stdio'
      ? [{ type: server.transport, url: server.url }]
      : [];
  return {
    $schema: SERVER_JSON_SCHEMA,
    // Reverse-DNS publisher (this portal, per cluster) and a server name
    // unique within it; both match the schema's name pattern.
    name: `io.ai-platform.${ref.cluster}/${ref.namespace}.${ref.name}`,
    title: cap(ref.name),
    description: cap(
      server.description ??
        `${server.kind} ${ref.namespace}/${ref.name} in cluster ${ref.cluster}`,
    ),
    // server.json requires a version; a kagent object declares none, so the
    // conventional "unversioned" 0.0.0 is given rather than a guess.
    version: '0.0.0',
    remotes,
    _meta: {
      [SERVER_JSON_META_KEY]: {
        cluster: ref.cluster,
        namespace: ref.namespace,
        kind: ref.kind,
        apiVersion: ref.apiVersion,
        name: ref.name,
        // A kmcp Deployment, or the command kagent runs for a stdio ToolServer.
        ...(server.image || server.command
          ? {
              deployment: {
                ...(server.image ? { image: server.image } : {}),
                command: server.command,
                args: server.args,
                transport: server.processTransport,
              },
            }
          : {}),
        tools: server.tools,
      },
    },
  };
}

/** The catalog entity of one MCP server. */
export function mcpServerToEntity(
  server: McpServer,
  options: AgentEntityOptions = {},
): ApiEntity {
  const { ref } = server;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name: mcpServerEntityName(ref),
      title: `${ref.name} (${ref.cluster})`,
      description:
        server.description ??
        `${server.kind} ${ref.namespace}/${ref.name} in cluster ${ref.cluster}`,
      labels: catalogLabels(
        server.locationLabels,
        sovereigntyOnly,
        `MCP server ${server.id}`,
        options.logger,
      ),
      annotations: locationAnnotations('mcp-server', ref),
      tags: ['mcp', server.transport],
    },
    spec: {
      type: 'mcp-server',
      lifecycle: 'production',
      owner: server.owner,
      ...(options.system ? { system: options.system } : {}),
      definition: JSON.stringify(serverJson(server), null, 2),
    },
  };
}
