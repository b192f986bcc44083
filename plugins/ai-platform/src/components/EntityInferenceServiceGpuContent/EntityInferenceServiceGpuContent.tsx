import type {
  GpuPod,
  WorkloadGpus,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  CodeSnippet,
  EmptyState,
  Progress,
  ResponseErrorPanel,
  StatusError,
  StatusOK,
  StatusPending,
  Table,
  type TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import {
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  workloadSelectorOf,
} from '../../lib/entityGpuTargets';
import { count, productLabel, unitOfResource } from '../../lib/gpuFormat';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { SummaryFigure, SummaryFigures } from '../SummaryFigures';
import { Caption, Monospace } from '../Text';

/** `4 GPUs, 3 MIG 1g.10gb slices`; `none` when empty. */
function unitsText(byResource: Record<string, number>): string {
  const parts = Object.entries(byResource)
    .filter(([, n]) => n > 0)
    .map(([resource, n]) => count(n, unitOfResource(resource)));
  return parts.length ? parts.join(', ') : 'none';
}

function Figures(props: { workload: WorkloadGpus }) {
  const { workload } = props;
  const figures = [
    { label: 'Held by running pods', value: unitsText(workload.held) },
    { label: 'Asked for, not scheduled', value: unitsText(workload.pending) },
    {
      label: 'Pods',
      value: `${workload.pods.length}`,
    },
  ];
  return (
    <SummaryFigures label="Service GPU summary">
      {figures.map(f => (
        <SummaryFigure key={f.label} label={f.label} value={f.value} />
      ))}
    </SummaryFigures>
  );
}

function Phase(props: { pod: GpuPod }) {
  const { phase } = props.pod;
  if (phase === 'Running') return <StatusOK>Running</StatusOK>;
  if (phase === 'Pending') return <StatusPending>Pending</StatusPending>;
  if (phase === 'Failed') return <StatusError>Failed</StatusError>;
  return <>{phase}</>;
}

type Row = GpuPod & { id: string; gpusText: string };

function usePodColumns(): TableColumn<Row>[] {
  return [
    { title: 'Cluster', field: 'cluster' },
    {
      title: 'Namespace',
      field: 'namespace',
      render: row => <Monospace>{row.namespace}</Monospace>,
    },
    {
      title: 'Pod',
      field: 'name',
      highlight: true,
      cellStyle: { maxWidth: 320 },
      render: row => <Monospace>{row.name}</Monospace>,
    },
    { title: 'Phase', field: 'phase', render: row => <Phase pod={row} /> },
    {
      title: 'Node',
      field: 'node',
      render: row =>
        row.node ? (
          <Monospace>{row.node}</Monospace>
        ) : (
          <Caption>not scheduled</Caption>
        ),
    },
    {
      title: 'Product',
      field: 'product',
      render: row =>
        row.product ? (
          <span title={row.product}>{productLabel(row.product)}</span>
        ) : (
          <Caption>unknown</Caption>
        ),
    },
    {
      title: 'GPUs',
      field: 'gpusText',
      render: row => (
        <>
          {row.gpusText}
          <Caption>{row.holding ? 'held' : 'asked for'}</Caption>
        </>
      ),
    },
  ];
}

function NoSelector(props: { name: string }) {
  return (
    <EmptyState
      missing="field"
      title="No Kubernetes selector for this service"
      description={`Add the annotation ${KUBERNETES_ID_ANNOTATION} (the value of the pods' ${KUBERNETES_ID_ANNOTATION} label) or ${KUBERNETES_LABEL_SELECTOR_ANNOTATION} (a label selector such as app=${props.name}) to this entity, and its GPU pods show here.`}
      action={
        <CodeSnippet
          language="yaml"
          text={`metadata:
  annotations:
    ${KUBERNETES_ID_ANNOTATION}: ${props.name}
    # or
    # ${KUBERNETES_LABEL_SELECTOR_ANNOTATION}: app=${props.name}`}
        />
      }
    />
  );
}

function Workload(props: { selector: string }) {
  const api = useApi(aiPlatformApiRef);
  const columns = usePodColumns();
  const { value, loading, error } = useAsync(
    () => api.getWorkloadGpus(props.selector),
    [api, props.selector],
  );
  if (loading) return <Progress />;
  if (error || !value) {
    return <ResponseErrorPanel error={error ?? new Error('No answer')} />;
  }
  const unhealthy = value.clusters.filter(c => c.health.state !== 'synced');
  const rows: Row[] = value.pods.map(pod => ({
    ...pod,
    id: `${pod.cluster}|${pod.namespace}|${pod.name}`,
    gpusText: unitsText(pod.gpus),
  }));
  return (
    <Grid container spacing={3}>
      {unhealthy.map(c => (
        <Grid item xs={12} key={c.cluster}>
          <WarningPanel
            severity="warning"
            title={`Cluster ${c.cluster} is ${c.health.state}; its pods are shown as last read`}
          >
            <ClusterHealthStatus health={c.health} />
          </WarningPanel>
        </Grid>
      ))}
      <Grid item xs={12}>
        <Figures workload={value} />
      </Grid>
      <Grid item xs={12}>
        <Table<Row>
          title={`GPU pods (${rows.length})`}
          subtitle={`Pods matching ${value.selector} in every watched cluster`}
          columns={columns}
          data={rows}
          options={{
            // Dragging columns gives each header a second tab stop.
            draggable: false,
            paging: rows.length > 20,
            pageSize: 20,
            pageSizeOptions: [20, 50, 100],
            emptyRowsWhenPaging: false,
            search: rows.length > 10,
            padding: 'dense',
          }}
          emptyContent={
            <Box p={2}>
              <Typography>
                No pod matching {value.selector} holds or asks for GPUs.
              </Typography>
            </Box>
          }
        />
      </Grid>
    </Grid>
  );
}

/**
 * The GPUs tab of an inference service: its pods' GPUs, held and pending,
 * found by the same annotations the Kubernetes plugin reads.
 *
 * @public
 */
export function EntityInferenceServiceGpuContent() {
  const { entity } = useEntity();
  const selector = workloadSelectorOf(entity);
  if (!selector) return <NoSelector name={entity.metadata.name} />;
  return <Workload selector={selector} />;
}
