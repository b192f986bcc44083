import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import { SummaryFigure, SummaryFigures } from '../SummaryFigures';

function Figure(props: { label: string; value: number; warn?: boolean }) {
  return (
    <SummaryFigure
      label={props.label}
      value={props.value}
      warn={props.warn && props.value > 0}
      size="h4"
    />
  );
}

/**
 * Counts of clusters by health, above the table.
 *
 * @public
 */
export function ClusterFigures(props: { clusters: ClusterSummary[] }) {
  const count = (...states: string[]) =>
    props.clusters.filter(c => states.includes(c.health.state)).length;
  return (
    <SummaryFigures label="Cluster summary">
      <Figure label="Clusters" value={props.clusters.length} />
      <Figure label="Synced" value={count('synced')} />
      <Figure label="Syncing" value={count('syncing')} />
      <Figure
        label="Stale or unreachable"
        value={count('stale', 'error')}
        warn
      />
    </SummaryFigures>
  );
}
