import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  Read,
  readAgent,
  readMcpServer,
  readModelConfig,
  readRemoteMcpServer,
  readToolServer,
} from './kagent';
import { rbacProblems } from './reach';

function reasons<T>(read: (o: CachedObject) => Read<T>) {
  return (object: CachedObject): string[] => {
    const result = read(object);
    if ('skipped' in result) return [`left out: ${result.skipped}`];
    const warnings = (result.value as { warnings?: string[] }).warnings;
    return warnings ?? [];
  };
}

/**
 * What the agent registry cannot use in a kagent or kmcp object, from the
 * same readers it lists agents and MCP servers with: the cluster layer logs
 * each once per object version and lists it in the cluster's health.
 */
export const AGENT_INSPECTORS: Record<string, (o: CachedObject) => string[]> = {
  'kagent.dev/Agent': reasons(readAgent),
  'kagent.dev/ModelConfig': reasons(readModelConfig),
  'kagent.dev/RemoteMCPServer': reasons(readRemoteMcpServer),
  'kagent.dev/MCPServer': reasons(readMcpServer),
  'kagent.dev/ToolServer': reasons(readToolServer),
  // What agent reach reads; a malformed one grants nothing, and is named.
  'rbac.authorization.k8s.io/ClusterRole': rbacProblems,
  'rbac.authorization.k8s.io/Role': rbacProblems,
  'rbac.authorization.k8s.io/ClusterRoleBinding': rbacProblems,
  'rbac.authorization.k8s.io/RoleBinding': rbacProblems,
};
