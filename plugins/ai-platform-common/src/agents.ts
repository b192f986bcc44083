/**
 * The agent and MCP server registry: API types shared by the backend, the
 * catalog module and the frontend.
 */

import type { AgentReach } from './agentReach';
import type { ClusterHealth } from './clusters';
import type {
  SovereigntyEvaluation,
  SovereigntyFinding,
  SovereigntyStatus,
} from './sovereignty';

/**
 * The Kubernetes object an agent, model config or MCP server was read from.
 *
 * @public
 */
export interface KubernetesObjectRef {
  cluster: string;
  namespace: string;
  name: string;
  kind: string;
  /** e.g. `kagent.dev/v1alpha2`: the version the cluster served it in. */
  apiVersion: string;
}

/**
 * Readiness from the `Accepted` and `Ready` conditions. `unknown` when the
 * controller has not reported them (yet).
 *
 * @public
 */
export interface Readiness {
  state: 'ready' | 'not-ready' | 'unknown';
  accepted?: boolean;
  ready?: boolean;
  /** The message of the first condition that is not true, if any. */
  message?: string;
}

/**
 * Where a model an agent calls is served.
 *
 * - `inference-service`: a KServe InferenceService/LLMInferenceService or an
 *   InferencePool in a watched cluster (see `inferenceService`);
 * - `in-cluster`: a service in a watched cluster that is no known inference
 *   service;
 * - `external`: a provider's or third party's endpoint outside the clusters;
 * - `unknown`: the ModelConfig could not be found.
 *
 * @public
 */
export type ModelLocationKind =
  | 'inference-service'
  | 'in-cluster'
  | 'external'
  | 'unknown';

/**
 * The model an agent uses, resolved from its ModelConfig.
 *
 * @public
 */
export interface AgentModel {
  /** The ModelConfig: `<namespace>/<name>`. */
  modelConfig: string;
  /** False when no such ModelConfig is in the agent's cluster. */
  found: boolean;
  model?: string;
  /** `OpenAI`, `Anthropic`, `Ollama`, ... as kagent names them. */
  provider?: string;
  /** The endpoint the agent sends prompts to, when the config names one. */
  baseUrl?: string;
  location: ModelLocationKind;
  /** The inference service behind `baseUrl`, when it is one of ours. */
  inferenceService?: KubernetesObjectRef;
}

/**
 * An MCP server an agent uses, with the tools it may call.
 *
 * @public
 */
export interface AgentMcpServerUse {
  /** Id of the {@link McpServer}: `<cluster>/<namespace>/<kind>/<name>`. */
  id: string;
  ref: KubernetesObjectRef;
  /** The tools the agent may call; empty means all the server offers. */
  toolNames: string[];
  /** False when no such server is in the agent's cluster. */
  found: boolean;
}

/**
 * Another agent this agent calls as a tool.
 *
 * @public
 */
export interface AgentAgentUse {
  /** Id of the called {@link AiAgent}. */
  id: string;
  namespace: string;
  name: string;
  found: boolean;
}

/**
 * One A2A skill an agent advertises.
 *
 * @public
 */
export interface AgentSkill {
  id: string;
  name: string;
  description?: string;
  tags: string[];
}

/**
 * An AI agent (kagent `Agent`) in one cluster.
 *
 * @public
 */
export interface AiAgent {
  /** `<cluster>/<namespace>/<name>`; unique across clusters. */
  id: string;
  ref: KubernetesObjectRef;
  /** `Declarative` (kagent runs the model loop) or `BYO` (own image). */
  type: 'Declarative' | 'BYO';
  description?: string;
  /** ADK runtime of a declarative agent: `go` or `python`. */
  runtime?: string;
  /** The container image of a BYO agent. */
  image?: string;
  /**
   * Owning Group entity ref, from the `ai-platform.io/team` label of the
   * agent's namespace (set by the platform team), or the default owner. The
   * agent's own label is not trusted: whoever may create it may set it.
   */
  owner: string;
  /** Where the owner came from. */
  ownerSource: 'namespace' | 'default';
  serviceAccount: string;
  /** The workload identity: `spiffe://<trustDomain>/ns/<namespace>/sa/<serviceAccount>`. */
  spiffeId: string;
  /** Label selector of the agent's pods, e.g. `app=kagent,kagent=<name>`. */
  podSelector: string;
  model?: AgentModel;
  mcpServers: AgentMcpServerUse[];
  agents: AgentAgentUse[];
  skills: AgentSkill[];
  readiness: Readiness;
  /** Sovereignty labels of where the agent runs (namespace over cluster). */
  placementLabels: Record<string, string>;
  /** The agent, the MCP servers and the models it calls, against the rules. */
  sovereignty: SovereigntyEvaluation;
  /**
   * What the agent and its MCP servers can read, from the clusters' RBAC,
   * with each namespace's data classification and what is flagged.
   */
  reach: AgentReach;
  /** Health of the agent's cluster: a stale cluster's agents are as of `staleSince`. */
  clusterHealth: ClusterHealth;
  createdAt?: string;
}

/**
 * A tool an MCP server reported (RemoteMCPServer `status.discoveredTools`).
 *
 * @public
 */
export interface McpTool {
  name: string;
  description?: string;
}

/**
 * How clients reach an MCP server, in the MCP registry's words
 * (`streamable-http`, `sse`) plus `stdio` for a server only reachable as a
 * process.
 *
 * @public
 */
export type McpTransport = 'streamable-http' | 'sse' | 'stdio';

/**
 * An MCP server: a kagent `RemoteMCPServer` (an endpoint), a kmcp
 * `MCPServer` (a Deployment in the cluster) or kagent's legacy v1alpha1
 * `ToolServer` (an endpoint over SSE or Streamable HTTP, or a stdio command
 * kagent runs itself).
 *
 * @public
 */
export interface McpServer {
  /** `<cluster>/<namespace>/<kind>/<name>`; unique across clusters. */
  id: string;
  ref: KubernetesObjectRef;
  kind: 'RemoteMCPServer' | 'MCPServer' | 'ToolServer';
  description?: string;
  transport: McpTransport;
  /** The URL agents connect to. kmcp servers are served at `http://<name>.<namespace>:<port>/mcp`. */
  url?: string;
  /** kmcp and stdio ToolServers: the transport of the server process itself (`stdio` or `http`). */
  processTransport?: string;
  image?: string;
  command?: string;
  args?: string[];
  /** Discovered tools; empty when the controller has not listed them. */
  tools: McpTool[];
  owner: string;
  /** The agents that use this server. */
  usedBy: Array<{ id: string; toolNames: string[] }>;
  readiness: Readiness;
  /** Sovereignty labels of where the server runs; empty when unknown. */
  locationLabels: Record<string, string>;
  /** Where the server runs, in words, e.g. `cluster eu-sovereign-fra, namespace platform`. */
  location: string;
  clusterHealth: ClusterHealth;
}

/**
 * Filters of `GET /agents` and the `list-ai-agents` action.
 *
 * @public
 */
export interface AgentListFilter {
  cluster?: string;
  /** Group entity ref or name. */
  owner?: string;
  /** Case-insensitive text in the name, namespace, description, model or MCP server names. */
  q?: string;
}

/**
 * The health of each cluster an answer was read from.
 *
 * @public
 */
export interface ClusterReadState {
  cluster: string;
  health: ClusterHealth;
}

/**
 * Answer of `GET /agents`.
 *
 * @public
 */
export interface AgentList {
  items: AiAgent[];
  clusters: ClusterReadState[];
}

/**
 * Answer of `GET /mcp-servers`.
 *
 * @public
 */
export interface McpServerList {
  items: McpServer[];
  clusters: ClusterReadState[];
}

/**
 * A question to the sovereignty evaluator: may data of this classification
 * be processed here? Either a cluster (and namespace) whose labels are read,
 * or explicit labels, or both (explicit labels win).
 *
 * @public
 */
export interface PlacementCheckRequest {
  classification: string;
  cluster?: string;
  namespace?: string;
  labels?: Record<string, string>;
}

/**
 * The answer of a placement check: the evaluator's status and every finding.
 *
 * @public
 */
export interface PlacementCheckResult {
  status: SovereigntyStatus;
  classification?: string;
  /** The place that was judged, in words. */
  placement: string;
  findings: SovereigntyFinding[];
}

/**
 * One cluster judged for a data classification: its placement check with the
 * cluster's name, title, labels and health.
 *
 * @public
 */
export interface ClusterPlacement extends PlacementCheckResult {
  cluster: string;
  title?: string;
  labels: Record<string, string>;
  health: ClusterHealth;
}

/**
 * The answer of `GET /sovereignty/clusters?classification=`: every configured
 * cluster, allowed or not for the classification, with the evaluator's reasons.
 *
 * @public
 */
export interface ClusterPlacementList {
  classification: string;
  items: ClusterPlacement[];
}

/**
 * Catalog entity names must be at most 63 characters of `[a-zA-Z0-9-_.]`.
 * Long names are cut and end in a short hash of the full name, so they stay
 * unique and stable.
 */
function entityName(parts: string[]): string {
  const full = parts
    .join('-')
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9._-]+/g, '-');
  if (full.length <= 63) return full;
  let hash = 0;
  for (const char of full)
    hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  const suffix = (hash >>> 0).toString(36).padStart(7, '0').slice(0, 7);
  return `${full.slice(0, 55).replace(/[-_.]+$/, '')}-${suffix}`;
}

/**
 * The catalog entity name of an agent: `<name>-<namespace>-<cluster>`, so the
 * same agent name in two namespaces or clusters gives two entities.
 *
 * @public
 */
export function agentEntityName(ref: {
  cluster: string;
  namespace: string;
  name: string;
}): string {
  return entityName([ref.name, ref.namespace, ref.cluster]);
}

/**
 * The catalog entity name of an MCP server: `<name>-<namespace>-<cluster>`.
 *
 * @public
 */
export function mcpServerEntityName(ref: {
  cluster: string;
  namespace: string;
  name: string;
}): string {
  return entityName([ref.name, ref.namespace, ref.cluster]);
}
