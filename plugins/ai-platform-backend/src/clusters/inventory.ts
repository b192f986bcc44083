import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterView } from '@ai-platform/backstage-plugin-ai-platform-node';

/** The inventory row of one cluster: identity, health, served AI APIs, cache sizes. */
export function summarizeCluster(view: ClusterView): ClusterSummary {
  return {
    name: view.name,
    title: view.title,
    description: view.description,
    labels: view.labels,
    kubernetesVersion: view.kubernetesVersion,
    servedApis: view.servedKinds
      .filter(kind => kind.aiRelevant)
      .map(kind => ({
        id: `${kind.group}/${kind.version}/${kind.kind}`,
        group: kind.group,
        version: kind.version,
        kind: kind.kind,
      })),
    objectCounts: Object.fromEntries(
      view.servedKinds.map(kind => [kind.id, view.list(kind.id).length]),
    ),
    health: view.health,
  };
}
