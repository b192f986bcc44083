import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@mui/material/Grid';
import { useMemo } from 'react';
import { useGpuOverview } from '../../hooks/useGpuOverview';
import { clusterNameOf } from '../../lib/entityGpuTargets';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { GpuFigures } from '../GpuFigures';
import { GpuPoolsTable } from '../GpuPoolsTable';
import { GpuQueuesTable } from '../GpuQueuesTable';
import { GpuQuotasTable } from '../GpuQuotasTable';

/**
 * The GPUs tab of a `kubernetes-cluster` Resource: the cluster's product
 * pools, namespace quotas and queues.
 *
 * @public
 */
export function EntityClusterGpuContent() {
  const { entity } = useEntity();
  const cluster = clusterNameOf(entity);
  const filter = useMemo(() => ({ cluster }), [cluster]);
  const { overview, loading, error } = useGpuOverview(filter);

  if (loading) return <Progress />;
  if (!overview) {
    return <ResponseErrorPanel error={error ?? new Error('No answer')} />;
  }
  const gpus = overview.clusters.find(c => c.cluster === cluster);
  if (!gpus) {
    return (
      <EmptyState
        missing="data"
        title={`The AI Platform backend does not watch a cluster named ${cluster}`}
        description="The cluster is read from the backstage.io/kubernetes-id annotation, or else the entity name; it must match a name under aiPlatform.clusters in app-config.yaml."
      />
    );
  }
  return (
    <Grid container spacing={3}>
      {error && (
        <Grid item xs={12}>
          <WarningPanel
            severity="warning"
            title="Could not refresh the GPU figures; showing the last answer"
            message={error.message}
          />
        </Grid>
      )}
      <Grid item xs={12} md={4}>
        <InfoCard title="Freshness of the cluster data">
          <ClusterHealthStatus health={gpus.health} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={8}>
        <GpuFigures totals={gpus.totals} clusters={[gpus]} singleCluster />
      </Grid>
      <Grid item xs={12}>
        <GpuPoolsTable
          clusters={[gpus]}
          hideCluster
          title={`GPU pools by product (${gpus.products.reduce(
            (n, p) => n + p.pools.length,
            0,
          )})`}
        />
      </Grid>
      <Grid item xs={12}>
        <GpuQuotasTable
          quotas={overview.quotas.filter(q => q.cluster === cluster)}
          hideCluster
        />
      </Grid>
      <Grid item xs={12}>
        <GpuQueuesTable
          queues={overview.queues.filter(q => q.cluster === cluster)}
          hideCluster
        />
      </Grid>
    </Grid>
  );
}
