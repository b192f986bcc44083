import type { TeamGpuUsage } from '@ai-platform/backstage-plugin-ai-platform-common';
import { TEAM_LABEL } from '@ai-platform/backstage-plugin-ai-platform-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  CodeSnippet,
  Content,
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { addUnits, unitsLabel } from '../../lib/gpuFormat';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { GpuQueuesTable } from '../GpuQueuesTable';
import { GpuQuotasTable } from '../GpuQuotasTable';
import { SummaryFigure, SummaryFigures } from '../SummaryFigures';

const ClusterList = styled('ul')(({ theme }) => ({
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
  gap: theme.spacing(2),
  listStyle: 'none',
  margin: 0,
  padding: 0,
}));

function Figures(props: { usage: TeamGpuUsage }) {
  const { quotas } = props.usage;
  const held = quotas.reduce((sum, q) => addUnits(sum, q.allocated), {});
  const waiting = quotas.reduce((sum, q) => addUnits(sum, q.pending), {});
  const withLimit = quotas.filter(q => q.quotas.length > 0).length;
  const figures = [
    { label: 'Held by the team’s pods', value: unitsLabel(held) },
    { label: 'Asked for, not scheduled', value: unitsLabel(waiting) },
    {
      label: 'Namespaces with a GPU quota',
      value: `${withLimit} of ${quotas.length}`,
    },
    { label: 'Queues', value: String(props.usage.queues.length) },
  ];
  return (
    <SummaryFigures label="Team GPU summary">
      {figures.map(f => (
        <SummaryFigure key={f.label} label={f.label} value={f.value} />
      ))}
    </SummaryFigures>
  );
}

function Clusters(props: { usage: TeamGpuUsage }) {
  return (
    <InfoCard title="Cluster health">
      <ClusterList aria-label="Cluster health">
        {props.usage.clusters.map(c => (
          <li key={c.cluster} aria-label={c.title ?? c.cluster}>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'break-word' }}>
              {c.title ?? c.cluster}
            </Typography>
            <ClusterHealthStatus health={c.health} />
          </li>
        ))}
      </ClusterList>
    </InfoCard>
  );
}

function NoUsage(props: { name: string }) {
  return (
    <EmptyState
      missing="data"
      title="No GPU quota or queue for this team"
      description={`No namespace on the watched clusters carries the ${TEAM_LABEL} label of this team, and no Kueue or KAI queue names it. Label the team's namespaces so their GPU quota shows here:`}
      action={
        <CodeSnippet
          language="yaml"
          text={`apiVersion: v1
kind: Namespace
metadata:
  name: ${props.name}
  labels:
    ${TEAM_LABEL}: ${props.name}`}
        />
      }
    />
  );
}

/**
 * The GPUs tab of a Group: its quotas per cluster and namespace, its queues,
 * and the health of the clusters they are on.
 *
 * @public
 */
export function EntityTeamGpuContent() {
  const { entity } = useEntity();
  const api = useApi(aiPlatformApiRef);
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getTeamGpuUsage(ref),
    [api, ref],
  );

  if (loading) return <Progress />;
  if (error || !value) {
    return <ResponseErrorPanel error={error ?? new Error('No answer')} />;
  }
  if (value.quotas.length === 0 && value.queues.length === 0) {
    return (
      <Content>
        <NoUsage name={entity.metadata.name} />
      </Content>
    );
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Figures usage={value} />
      </Grid>
      <Grid item xs={12}>
        <GpuQuotasTable
          quotas={value.quotas}
          clusters={value.clusters}
          hideTeam
          title={`GPU quotas of ${
            entity.metadata.title ?? entity.metadata.name
          } (${value.quotas.length})`}
        />
      </Grid>
      <Grid item xs={12}>
        <GpuQueuesTable
          queues={value.queues}
          clusters={value.clusters}
          hideTeam
        />
      </Grid>
      <Grid item xs={12}>
        <Clusters usage={value} />
      </Grid>
    </Grid>
  );
}
