/**
 * Readers of the kagent and kmcp objects (shapes: reference/ai-platform-shapes.md
 * section 3.4). Each reader tolerates missing optional fields and returns a
 * sentence instead of a value when an object is unusable, so the caller can
 * skip it with a logged reason.
 */

import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  redactArgs,
  redactUrl,
  type AgentSkill,
  type McpTool,
  type McpServer,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/** A reader's answer: the value, or why the object was skipped. */
export type Read<T> = { value: T } | { skipped: string };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const strings = (v: unknown): string[] =>
  list(v).flatMap(s => (str(s) ? [str(s)!] : []));

/**
 * Arguments as everybody may read them in the catalog and on the pages:
 * credential-looking values replaced (a tenant writes them into the object).
 */
const publicArgs = (v: unknown): string[] => redactArgs(strings(v)).args;

/** `<namespace>/<name>` or `<name>`, as kagent v1alpha1 writes references. */
function splitRef(ref: string, namespace: string) {
  const [first, second] = ref.split('/', 2);
  return second
    ? { namespace: first, name: second }
    : { namespace, name: first };
}

/** A reference from an agent to an MCP server or another agent. */
export interface ToolRef {
  kind: string;
  namespace: string;
  name: string;
  toolNames: string[];
}

export interface KagentAgent {
  object: CachedObject;
  type: 'Declarative' | 'BYO';
  description?: string;
  runtime?: string;
  image?: string;
  /** `<namespace>/<name>` of the ModelConfig, for declarative agents. */
  modelConfig?: { namespace: string; name: string };
  serviceAccount: string;
  mcpServers: ToolRef[];
  agents: Array<{ namespace: string; name: string }>;
  skills: AgentSkill[];
  /** Tool entries that were left out, with why. */
  warnings: string[];
}

export interface KagentModelConfig {
  model: string;
  provider: string;
  baseUrl?: string;
}

/**
 * An MCP server as read from its object: the fields of the registry's
 * `McpServer` that the object itself says, and the object.
 */
export type KagentMcpServer = Pick<
  McpServer,
  | 'kind'
  | 'description'
  | 'transport'
  | 'url'
  | 'processTransport'
  | 'image'
  | 'command'
  | 'args'
  | 'tools'
> & { object: CachedObject };

function identity(object: CachedObject): string | undefined {
  const { name, namespace } = object.metadata ?? {};
  if (!str(name) || !str(namespace)) {
    return 'it has no metadata.name or metadata.namespace';
  }
  if (!isObject(object.spec)) return 'it has no spec';
  return undefined;
}

function skills(a2a: unknown): AgentSkill[] {
  if (!isObject(a2a)) return [];
  return list(a2a.skills).flatMap(s =>
    isObject(s) && str(s.id)
      ? [
          {
            id: str(s.id)!,
            name: str(s.name) ?? str(s.id)!,
            description: str(s.description),
            tags: strings(s.tags),
          },
        ]
      : [],
  );
}

/**
 * kagent's default when an MCP server reference names no kind is MCPServer
 * (`translateMCPServerTarget` in kagent's ADK translator).
 */
function mcpServerKind(kind: string | undefined): string {
  return kind ?? 'MCPServer';
}

function readTools(
  tools: unknown,
  namespace: string,
  v1alpha1: boolean,
  warnings: string[],
): Pick<KagentAgent, 'mcpServers' | 'agents'> {
  const mcpServers: ToolRef[] = [];
  const agents: KagentAgent['agents'] = [];
  list(tools).forEach((tool, i) => {
    if (!isObject(tool)) {
      warnings.push(`tool ${i} is not an object`);
      return;
    }
    const type = str(tool.type) ?? (tool.agent ? 'Agent' : 'McpServer');
    if (type === 'McpServer' && isObject(tool.mcpServer)) {
      const server = tool.mcpServer;
      // v1alpha1 names a ToolServer as `<namespace>/<name>`; later versions
      // use a typed reference with its own namespace field.
      const ref = v1alpha1
        ? str(server.toolServer) && splitRef(str(server.toolServer)!, namespace)
        : str(server.name) && {
            namespace: str(server.namespace) ?? namespace,
            name: str(server.name)!,
          };
      if (!ref) {
        warnings.push(`tool ${i} names no MCP server`);
        return;
      }
      mcpServers.push({
        kind: v1alpha1 ? 'ToolServer' : mcpServerKind(str(server.kind)),
        ...ref,
        toolNames: strings(server.toolNames),
      });
    } else if (type === 'Agent' && isObject(tool.agent)) {
      const agent = tool.agent;
      const ref = v1alpha1
        ? str(agent.ref) && splitRef(str(agent.ref)!, namespace)
        : str(agent.name) && {
            namespace: str(agent.namespace) ?? namespace,
            name: str(agent.name)!,
          };
      if (ref) agents.push(ref);
      else warnings.push(`tool ${i} names no agent`);
    } else {
      warnings.push(`tool ${i} has the unknown type '${type}'`);
    }
  });
  return { mcpServers, agents };
}

function readV1alpha1Agent(object: CachedObject, spec: Json): KagentAgent {
  const namespace = object.metadata.namespace!;
  const warnings: string[] = [];
  return {
    object,
    type: 'Declarative',
    description: str(spec.description),
    modelConfig: str(spec.modelConfig)
      ? splitRef(str(spec.modelConfig)!, namespace)
      : undefined,
    serviceAccount: object.metadata.name,
    ...readTools(spec.tools, namespace, true, warnings),
    skills: skills(spec.a2aConfig),
    warnings,
  };
}

/** Reads a kagent `Agent` (v1alpha2, and v1alpha1 on older installations). */
export function readAgent(object: CachedObject): Read<KagentAgent> {
  const problem = identity(object);
  if (problem) return { skipped: problem };
  const spec = object.spec as Json;
  if (String(object.apiVersion).endsWith('/v1alpha1')) {
    return { value: readV1alpha1Agent(object, spec) };
  }
  const { name, namespace } = object.metadata as {
    name: string;
    namespace: string;
  };
  const type = str(spec.type) ?? 'Declarative';
  const warnings: string[] = [];
  if (type === 'BYO') {
    const deployment = isObject(spec.byo) ? spec.byo.deployment : undefined;
    if (!isObject(deployment) || !str(deployment.image)) {
      return { skipped: 'it is a BYO agent without spec.byo.deployment.image' };
    }
    return {
      value: {
        object,
        type: 'BYO',
        description: str(spec.description),
        image: str(deployment.image),
        // kagent creates a service account named after the agent unless the
        // deployment names an existing one.
        serviceAccount: str(deployment.serviceAccountName) ?? name,
        mcpServers: [],
        agents: [],
        skills: [],
        warnings,
      },
    };
  }
  if (type !== 'Declarative') {
    return {
      skipped: `its spec.type '${type}' is neither Declarative nor BYO`,
    };
  }
  const declarative = spec.declarative;
  if (!isObject(declarative)) {
    return { skipped: 'it is a Declarative agent without spec.declarative' };
  }
  const deployment = isObject(declarative.deployment)
    ? declarative.deployment
    : {};
  return {
    value: {
      object,
      type: 'Declarative',
      description: str(spec.description),
      // The CRD defaults the runtime to go, so the API server always sets it.
      runtime: str(declarative.runtime) ?? 'go',
      // kagent's documented default ModelConfig, in the agent's namespace.
      modelConfig: {
        namespace,
        name: str(declarative.modelConfig) ?? 'default-model-config',
      },
      serviceAccount: str(deployment.serviceAccountName) ?? name,
      ...readTools(declarative.tools, namespace, false, warnings),
      skills: skills(declarative.a2aConfig),
      warnings,
    },
  };
}

/** The endpoint each provider block names, where it names one. */
const ENDPOINTS: Array<[block: string, field: string]> = [
  ['openAI', 'baseUrl'],
  ['anthropic', 'baseUrl'],
  ['azureOpenAI', 'azureEndpoint'],
  ['ollama', 'host'],
  ['sapAICore', 'baseUrl'],
  ['foundry', 'endpoint'],
];

/** Reads a kagent `ModelConfig` (v1alpha1, v1alpha2 and v1alpha3 share these fields). */
export function readModelConfig(object: CachedObject): Read<KagentModelConfig> {
  const problem = identity(object);
  if (problem) return { skipped: problem };
  const spec = object.spec as Json;
  const model = str(spec.model);
  if (!model) return { skipped: 'it has no spec.model' };
  const baseUrl = ENDPOINTS.map(([block, field]) => {
    const section = spec[block];
    return isObject(section) ? str(section[field]) : undefined;
  }).find(Boolean);
  // The CRD's default provider is OpenAI.
  return {
    value: {
      model,
      provider: str(spec.provider) ?? 'OpenAI',
      baseUrl: baseUrl && redactUrl(baseUrl).url,
    },
  };
}

function discoveredTools(status: unknown): McpTool[] {
  if (!isObject(status)) return [];
  return list(status.discoveredTools).flatMap(t =>
    isObject(t) && str(t.name)
      ? [{ name: str(t.name)!, description: str(t.description) }]
      : [],
  );
}

/** Reads a kagent `RemoteMCPServer` (v1alpha2 and v1alpha3 are the same shape). */
export function readRemoteMcpServer(
  object: CachedObject,
): Read<KagentMcpServer> {
  const problem = identity(object);
  if (problem) return { skipped: problem };
  const spec = object.spec as Json;
  const url = str(spec.url);
  if (!url || !/^https?:\/\//i.test(url)) {
    return { skipped: `its spec.url '${url ?? ''}' is not an http(s) URL` };
  }
  return {
    value: {
      object,
      kind: 'RemoteMCPServer',
      description: str(spec.description),
      transport: str(spec.protocol) === 'SSE' ? 'sse' : 'streamable-http',
      url: redactUrl(url).url,
      tools: discoveredTools(object.status),
    },
  };
}

/**
 * Reads a kmcp `MCPServer`. kagent reaches it over Streamable HTTP at
 * `http://<name>.<namespace>:<port>/mcp` (its `ConvertMCPServerToRemoteMCPServer`),
 * whatever transport the server process itself speaks.
 */
export function readMcpServer(object: CachedObject): Read<KagentMcpServer> {
  const problem = identity(object);
  if (problem) return { skipped: problem };
  const spec = object.spec as Json;
  const deployment = spec.deployment;
  if (!isObject(deployment)) return { skipped: 'it has no spec.deployment' };
  const port = Number(deployment.port);
  const { name, namespace } = object.metadata;
  const url =
    Number.isInteger(port) && port > 0
      ? `http://${name}.${namespace}:${port}/mcp`
      : undefined;
  return {
    value: {
      object,
      kind: 'MCPServer',
      description: str(spec.description),
      transport: url ? 'streamable-http' : 'stdio',
      url,
      processTransport: str(spec.transportType) ?? 'stdio',
      image: str(deployment.image),
      command: str(deployment.cmd),
      args: publicArgs(deployment.args),
      tools: discoveredTools(object.status),
    },
  };
}

const TOOL_SERVER_TRANSPORTS = {
  stdio: 'stdio',
  sse: 'sse',
  streamableHttp: 'streamable-http',
} as const;

/**
 * Reads kagent's legacy `ToolServer` (kagent.dev/v1alpha1,
 * go/api/v1alpha1/toolserver_types.go): `spec.config` holds exactly one of
 * `stdio` (a command kagent's engine runs), `sse` or `streamableHttp` (an
 * endpoint URL). Transports are named as for RemoteMCPServer and kmcp
 * (`stdio`, `sse`, `streamable-http`); `config.type`, when given, must agree.
 */
export function readToolServer(object: CachedObject): Read<KagentMcpServer> {
  const problem = identity(object);
  if (problem) return { skipped: problem };
  const spec = object.spec as Json;
  const config = spec.config;
  if (!isObject(config)) return { skipped: 'it has no spec.config' };
  const given = (
    Object.keys(TOOL_SERVER_TRANSPORTS) as Array<
      keyof typeof TOOL_SERVER_TRANSPORTS
    >
  ).filter(key => config[key] !== undefined && config[key] !== null);
  if (given.length !== 1) {
    return {
      skipped: `its spec.config names ${
        given.length === 0 ? 'none' : given.join(' and ')
      } of stdio, sse and streamableHttp; kagent requires exactly one`,
    };
  }
  const key = given[0];
  const type = str(config.type);
  if (type !== undefined && type !== key) {
    return {
      skipped: `its spec.config.type '${type}' disagrees with spec.config.${key}`,
    };
  }
  const block = config[key];
  if (!isObject(block)) {
    return { skipped: `its spec.config.${key} is not an object` };
  }
  const transport = TOOL_SERVER_TRANSPORTS[key];
  const base = {
    object,
    kind: 'ToolServer' as const,
    description: str(spec.description),
    tools: discoveredTools(object.status),
  };
  if (key === 'stdio') {
    const command = str(block.command);
    if (!command) return { skipped: 'its spec.config.stdio has no command' };
    return {
      value: {
        ...base,
        transport,
        // As for a kmcp stdio server: the process speaks stdio.
        processTransport: 'stdio',
        command,
        args: publicArgs(block.args),
      },
    };
  }
  const url = str(block.url);
  if (!url || !/^https?:\/\//i.test(url)) {
    return {
      skipped: `its spec.config.${key}.url '${
        url ?? ''
      }' is not an http(s) URL`,
    };
  }
  return { value: { ...base, transport, url: redactUrl(url).url } };
}
