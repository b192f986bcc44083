import type {
  InferenceServiceInventory,
  InferenceServiceRow,
  RoutingProblem,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import {
  claimText,
  replicasText,
  shareText,
  unitsText,
  versionText,
} from '../../lib/servingFormat';
import { Caption, Mono, ObjectName, Strong, WarningLine } from '../Text';

type Row = InferenceServiceRow & { id: string; searchText: string };

/** One line per problem, errors first, each saying what is wrong. */
export function Problems(props: { problems: RoutingProblem[] }) {
  const rank = (p: RoutingProblem) => (p.severity === 'error' ? 0 : 1);
  const sorted = [...props.problems].sort((a, b) => rank(a) - rank(b));
  if (sorted.length === 0) return <Caption>none</Caption>;
  return (
    <>
      {sorted.map(p =>
        p.severity === 'error' ? (
          <Typography
            key={p.message}
            variant="body2"
            color="error"
            component="span"
            display="block"
          >
            {p.message}
          </Typography>
        ) : (
          <WarningLine key={p.message}>{p.message}</WarningLine>
        ),
      )}
    </>
  );
}

function Service(props: { row: Row }) {
  const { row } = props;
  return (
    <>
      <Strong>{row.name}</Strong>
      <Caption>
        {row.kind} · {row.apiVersion.split('/')[1]}
      </Caption>
      <ObjectName>
        {row.cluster} / {row.namespace}
      </ObjectName>
      {row.team && (
        <Caption>{row.team.replace(/^group:default\//, '')}</Caption>
      )}
      {row.clusterHealth.state !== 'synced' && (
        <WarningLine>
          cluster {row.clusterHealth.state}
          {row.clusterHealth.staleSince
            ? ` since ${row.clusterHealth.staleSince}`
            : ''}
        </WarningLine>
      )}
    </>
  );
}

function Model(props: { model: InferenceServiceRow['model'] }) {
  const { model } = props;
  return (
    <>
      {model.uri ? (
        <Typography
          variant="body2"
          title={model.uri}
          sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
        >
          {/* A resolved model reads as its repository; the address is its title. */}
          {model.repository
            ? `${model.registry}/${model.repository}`
            : model.uri}
        </Typography>
      ) : (
        <Caption>no model address</Caption>
      )}
      {model.digest ? (
        <Caption title={model.digest}>runs {versionText(model)}</Caption>
      ) : (
        <Caption>{versionText(model)}</Caption>
      )}
      {model.mutableTag?.summary && (
        <WarningLine>{model.mutableTag.summary}</WarningLine>
      )}
    </>
  );
}

function PerReplica(props: { row: Row }) {
  const { resources, claims } = props.row.gpusPerReplica;
  const hasResources = Object.keys(resources).length > 0;
  return (
    <>
      {(hasResources || claims.length === 0) && (
        <span>{unitsText(resources)}</span>
      )}
      {claims.map(c => (
        <Caption key={c.name}>{claimText(c)}</Caption>
      ))}
    </>
  );
}

function Routes(props: { row: Row }) {
  if (props.row.routes.length === 0) return <Caption>none</Caption>;
  return (
    <>
      {props.row.routes.map(r => (
        <Box key={`${r.namespace}/${r.name}`} sx={{ mb: 0.5 }}>
          <Mono>{r.name}</Mono>
          <Caption>
            {r.sharePercent !== undefined
              ? `${shareText(r.sharePercent)} of its traffic`
              : ''}
            {r.gateways.length ? ` · via ${r.gateways.join(', ')}` : ''}
          </Caption>
          {r.problems > 0 && (
            <WarningLine>
              {r.problems} routing problem{r.problems === 1 ? '' : 's'}
            </WarningLine>
          )}
        </Box>
      ))}
    </>
  );
}

const columns: TableColumn<Row>[] = [
  {
    title: 'Service',
    field: 'searchText',
    highlight: true,
    cellStyle: { minWidth: 180, maxWidth: 260, overflowWrap: 'anywhere' },
    render: row => <Service row={row} />,
  },
  {
    title: 'Model and version',
    sorting: false,
    cellStyle: { minWidth: 200, maxWidth: 320 },
    render: row => <Model model={row.model} />,
  },
  {
    title: 'Replicas',
    field: 'replicas.ready',
    render: row => <span>{replicasText(row.replicas)}</span>,
  },
  {
    title: 'GPUs per replica',
    sorting: false,
    cellStyle: { minWidth: 110 },
    render: row => <PerReplica row={row} />,
  },
  {
    title: 'GPUs held',
    sorting: false,
    cellStyle: { minWidth: 90 },
    render: row => (
      <>
        <span>{unitsText(row.gpusHeld)}</span>
        {Object.keys(row.gpusPending).length > 0 && (
          <Caption>{unitsText(row.gpusPending)} waiting</Caption>
        )}
      </>
    ),
  },
  {
    title: 'Routes',
    sorting: false,
    render: row => <Routes row={row} />,
  },
  {
    title: 'Problems',
    sorting: false,
    cellStyle: { minWidth: 180 },
    render: row => <Problems problems={row.problems} />,
  },
];

function toRows(inventory: InferenceServiceInventory): Row[] {
  return inventory.items.map(item => ({
    ...item,
    id: `${item.cluster}/${item.namespace}/${item.kind}/${item.name}`,
    searchText: `${item.name} ${item.cluster} ${item.namespace} ${
      item.model.uri ?? ''
    }`,
  }));
}

/**
 * The inventory of inference services: every KServe InferenceService and
 * LLMInferenceService of every cluster, with the model version it runs, its
 * replicas, the GPUs each replica asks for and the service holds, and the
 * routes in front of it.
 *
 * @public
 */
export function InferenceServicesTable() {
  const api = useApi(aiPlatformApiRef);
  const { value, loading, error } = useAsync(
    () => api.getInferenceServices(),
    [api],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  const rows = toRows(value);
  const unsynced = value.clusters.filter(c => c.health.state !== 'synced');
  return (
    <section aria-label="Inference services">
      {unsynced.length > 0 && (
        <Box sx={{ mb: 2 }}>
          <WarningPanel
            severity="warning"
            title={`${unsynced.length} cluster(s) not synced: their services are shown as last read`}
            message={unsynced
              .map(c => `${c.cluster}: ${c.health.state}`)
              .join('; ')}
          />
        </Box>
      )}
      <Table<Row>
        title={`Inference services (${rows.length})`}
        columns={columns}
        data={rows}
        options={{
          draggable: false,
          paging: rows.length > 20,
          pageSize: 20,
          search: rows.length > 10,
          padding: 'dense',
          emptyRowsWhenPaging: false,
        }}
        emptyContent={
          <Box p={2}>
            <Typography>
              No KServe InferenceService or LLMInferenceService on any cluster.
              Create one with the governed inference service template, or check
              that the clusters serve the serving.kserve.io APIs.
            </Typography>
          </Box>
        }
      />
    </section>
  );
}
