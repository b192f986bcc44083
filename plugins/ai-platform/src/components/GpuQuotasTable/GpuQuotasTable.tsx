import type {
  ClusterHealth,
  NamespaceGpuQuota,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { Table, type TableColumn } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  teamName,
  unitOfResource,
  unitsLabel,
  unitsTotal,
} from '../../lib/gpuFormat';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { TeamLink } from '../TeamLink';
import {
  Caption,
  Monospace,
  ObjectName,
  Strong,
  warningTextColor,
} from '../Text';
import { UsageBar } from '../UsageBar';

/** A cluster as the quota and queue tables show it: title and health. */
export interface ClusterRef {
  cluster: string;
  title?: string;
  health: ClusterHealth;
}

interface Row {
  id: string;
  quota: NamespaceGpuQuota;
  clusterText: string;
  teamText: string;
  limitsText: string;
  allocated: number;
  pending: number;
}

/** The cluster of a quota or queue row: its title, name, and health unless synced. */
export function ClusterCell(props: {
  cluster: string;
  clusters?: Map<string, ClusterRef>;
}) {
  const ref = props.clusters?.get(props.cluster);
  // Wide enough that a title such as "Paris, EU region of a US
  // hyperscaler" takes two lines, not four.
  return (
    <Box sx={{ minWidth: 170 }}>
      <Strong>{ref?.title ?? props.cluster}</Strong>
      {ref?.title && <ObjectName>{props.cluster}</ObjectName>}
      {ref && ref.health.state !== 'synced' && (
        <ClusterHealthStatus health={ref.health} />
      )}
    </Box>
  );
}

function Limits(props: { quota: NamespaceGpuQuota }) {
  const { quota } = props;
  if (quota.quotas.length === 0) {
    return quota.quotasWithoutGpuKeys.length > 0 ? (
      <>
        <Typography variant="body2" component="span">
          no GPU limit (quota has cpu/memory only)
        </Typography>
        <Caption>ResourceQuota {quota.quotasWithoutGpuKeys.join(', ')}</Caption>
      </>
    ) : (
      <Typography variant="body2" component="span">
        no ResourceQuota: GPUs are not limited here
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {quota.quotas.flatMap(q =>
        q.resources.map(r => (
          <div key={`${q.name}|${r.key}`}>
            <ObjectName>
              {q.name} · {r.key}
            </ObjectName>
            <UsageBar
              used={r.used}
              total={r.hard}
              unit={unitOfResource(r.resource)}
              label={`${quota.namespace} in ${quota.cluster}, ${r.key} used`}
            />
            {r.hard === 0 && <Caption>no GPUs allowed here</Caption>}
          </div>
        )),
      )}
    </Box>
  );
}

/**
 * GPU quota per namespace: each GPU key of its ResourceQuotas as used of
 * hard, the GPUs its pods hold and those still waiting.
 *
 * @public
 */
export function GpuQuotasTable(props: {
  quotas: NamespaceGpuQuota[];
  clusters?: ClusterRef[];
  hideTeam?: boolean;
  hideCluster?: boolean;
  title?: string;
}) {
  const { quotas, hideTeam = false, hideCluster = false } = props;
  const clusters = useMemo(
    () => new Map((props.clusters ?? []).map(c => [c.cluster, c])),
    [props.clusters],
  );
  const rows = useMemo(
    () =>
      quotas.map(
        (quota): Row => ({
          id: `${quota.cluster}|${quota.namespace}`,
          quota,
          clusterText: `${clusters.get(quota.cluster)?.title ?? ''} ${
            quota.cluster
          }`,
          teamText: quota.team ? teamName(quota.team) : '',
          limitsText: quota.quotas
            .flatMap(q => q.resources.map(r => `${q.name} ${r.key}`))
            .concat(quota.quotasWithoutGpuKeys)
            .join(' '),
          allocated: unitsTotal(quota.allocated),
          pending: unitsTotal(quota.pending),
        }),
      ),
    [quotas, clusters],
  );
  const columns = useMemo(() => {
    const all: TableColumn<Row>[] = [
      {
        title: 'Cluster',
        field: 'clusterText',
        cellStyle: { minWidth: 120, maxWidth: 220 },
        render: row => (
          <ClusterCell cluster={row.quota.cluster} clusters={clusters} />
        ),
      },
      {
        title: 'Namespace',
        field: 'quota.namespace',
        highlight: true,
        cellStyle: { maxWidth: 200 },
        render: row => <Monospace>{row.quota.namespace}</Monospace>,
      },
      {
        title: 'Team',
        field: 'teamText',
        render: row => <TeamLink team={row.quota.team} />,
      },
      {
        title: 'GPU quota (used of hard)',
        field: 'limitsText',
        sorting: false,
        cellStyle: { minWidth: 220 },
        render: row => <Limits quota={row.quota} />,
      },
      {
        title: 'Held by pods',
        field: 'allocated',
        type: 'numeric',
        render: row => unitsLabel(row.quota.allocated),
      },
      {
        title: 'Waiting',
        field: 'pending',
        type: 'numeric',
        render: row =>
          row.pending > 0 ? (
            <Box component="span" sx={{ color: warningTextColor }}>
              {unitsLabel(row.quota.pending)}
            </Box>
          ) : (
            '0'
          ),
      },
    ];
    return all.filter(
      c =>
        !(hideTeam && c.field === 'teamText') &&
        !(hideCluster && c.field === 'clusterText'),
    );
  }, [clusters, hideTeam, hideCluster]);

  return (
    <Table<Row>
      title={props.title ?? `GPU quotas by namespace (${rows.length})`}
      subtitle="Units as the quota key counts them: GPUs, MIG slices or DRA devices. Used includes pods not scheduled yet, as the API server counts it."
      columns={columns}
      data={rows}
      options={{
        // Dragging columns gives each header a second tab stop.
        draggable: false,
        paging: rows.length > 10,
        pageSize: rows.length > 20 ? 20 : 10,
        pageSizeOptions: [10, 20, 50],
        emptyRowsWhenPaging: false,
        search: rows.length > 10,
        padding: 'dense',
      }}
      emptyContent={
        <Box p={2}>
          <Typography>
            No namespace with a GPU quota or GPU pods matches. Namespaces are
            attributed to teams by their ai-platform.io/team label.
          </Typography>
        </Box>
      }
    />
  );
}
