import type {
  ClusterSummary,
  NotPermittedKind,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { CodeSnippet, WarningPanel } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

const quote = (value: string) => JSON.stringify(value);

/** The rules of a cluster's forbidden kinds as ClusterRole YAML, one per API group. */
export function rulesYaml(kinds: NotPermittedKind[]): string {
  const byGroup = new Map<string, Set<string>>();
  for (const { rule } of kinds) {
    for (const group of rule.apiGroups) {
      if (!byGroup.has(group)) byGroup.set(group, new Set());
      rule.resources.forEach(r => byGroup.get(group)!.add(r));
    }
  }
  const verbs = [...new Set(kinds.flatMap(k => k.rule.verbs))];
  return [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([group, resources]) =>
        `- apiGroups: [${quote(group)}]\n  resources: [${[...resources]
          .sort()
          .join(', ')}]\n  verbs: [${verbs.join(', ')}]`,
    )
    .join('\n');
}

/**
 * Says, per cluster, which watched kinds the portal's credentials may not
 * read and the ClusterRole rules that would allow them. The other kinds of
 * those clusters sync as usual. Renders nothing when every kind is permitted.
 *
 * @public
 */
export function ClusterPermissions(props: { clusters: ClusterSummary[] }) {
  const restricted = props.clusters.filter(
    c => (c.health.notPermitted ?? []).length > 0,
  );
  if (restricted.length === 0) return null;
  const count = restricted.reduce(
    (n, c) => n + (c.health.notPermitted?.length ?? 0),
    0,
  );
  return (
    <Box mb={2}>
      <WarningPanel
        severity="warning"
        defaultExpanded
        title={`Not permitted: ${count} kind${count === 1 ? '' : 's'} on ${
          restricted.length
        } cluster${restricted.length === 1 ? '' : 's'}`}
        message="The cluster answered 403 Forbidden to the portal's credentials for these kinds; the rest of each cluster syncs. Add the rules below to the portal's ClusterRole (deploy/kubernetes/clusterrole.yaml) and they sync within minutes."
      >
        {restricted.map(cluster => {
          const kinds = cluster.health.notPermitted!;
          return (
            <Box
              key={cluster.name}
              component="section"
              aria-label={`Not permitted on ${cluster.title ?? cluster.name}`}
              mb={2}
            >
              <Typography variant="subtitle2" component="h3">
                {cluster.title ?? cluster.name}:{' '}
                {kinds.map(k => k.kind).join(', ')} not permitted
              </Typography>
              <Box component="ul" mt={0.5} mb={1} pl={3}>
                {kinds.map(k => (
                  <Typography component="li" variant="body2" key={k.id}>
                    {k.id}: {k.message}
                  </Typography>
                ))}
              </Box>
              <CodeSnippet
                language="yaml"
                text={rulesYaml(kinds)}
                showCopyCodeButton
              />
            </Box>
          );
        })}
      </WarningPanel>
    </Box>
  );
}
