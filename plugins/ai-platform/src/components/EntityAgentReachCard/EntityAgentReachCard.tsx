import { AI_PLATFORM_ANNOTATIONS } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { AgentReachDetail, AgentReachSummary } from '../AgentReach';

/**
 * The cluster, namespace and name of the kagent Agent an ai-agent entity
 * describes, from the annotations the catalog provider writes
 * (`<apiVersion>/<kind>/<namespace>/<name>`).
 */
export function agentOfEntity(
  entity: Entity,
): { cluster: string; namespace: string; name: string } | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const cluster = annotations[AI_PLATFORM_ANNOTATIONS.cluster];
  const parts = annotations[AI_PLATFORM_ANNOTATIONS.kubernetesRef]?.split('/');
  if (!cluster || !parts || parts.length < 4) return undefined;
  const [namespace, name] = parts.slice(-2);
  if (parts[parts.length - 3] !== 'Agent' || !namespace || !name) {
    return undefined;
  }
  return { cluster, namespace, name };
}

/** ai-agent Components the portal discovered in a cluster. */
export function hasAgentReach(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    entity.spec?.type === 'ai-agent' &&
    agentOfEntity(entity) !== undefined
  );
}

/**
 * "What this agent can reach": the namespaces its own identity and its MCP
 * servers' identities may read, their data classification, and what is
 * flagged.
 *
 * @public
 */
export function EntityAgentReachCard() {
  const { entity } = useEntity();
  const api = useApi(aiPlatformApiRef);
  const agent = agentOfEntity(entity);
  const { value, loading, error } = useAsync(
    async () =>
      agent
        ? api.getAgent(agent.cluster, agent.namespace, agent.name)
        : undefined,
    [api, agent?.cluster, agent?.namespace, agent?.name],
  );
  return (
    <InfoCard
      title="What this agent can reach"
      subheader="From the clusters' RBAC: the agent's ServiceAccount and those of its MCP servers"
    >
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <Box component="section" aria-label="Reach of this agent">
          <Box sx={{ mb: 2 }}>
            <AgentReachSummary reach={value.reach} />
          </Box>
          <AgentReachDetail reach={value.reach} />
        </Box>
      )}
    </InfoCard>
  );
}
