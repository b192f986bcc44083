import type {
  ClusterGpus,
  ClusterHealthState,
  GpuPool,
  GpuProductSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { Table, type TableColumn } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  count,
  formatNumber,
  GPU_UNIT,
  memoryLabel,
  poolKindLabel,
  productLabel,
  unitOfPoolKind,
} from '../../lib/gpuFormat';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { Caption, ObjectName, Strong, WarningLine } from '../Text';
import { UsageBar } from '../UsageBar';

/** One row per pool; a cluster without GPUs gets one row so it never vanishes. */
interface Row {
  id: string;
  cluster: ClusterGpus;
  /** Title, name and health, so the table search finds stale clusters too. */
  clusterText: string;
  product?: GpuProductSummary;
  productText: string;
  pool?: GpuPool;
  poolText: string;
  allocatable: number;
  allocated: number;
  free: number;
  utilisation: number;
}

function toRows(clusters: ClusterGpus[]): Row[] {
  return clusters.flatMap(cluster => {
    const base = {
      cluster,
      clusterText: `${cluster.title ?? cluster.cluster} ${cluster.cluster} ${
        cluster.health.state
      } ${cluster.health.error ?? ''}`,
    };
    const rows = cluster.products.flatMap(product =>
      product.pools.map(
        (pool): Row => ({
          ...base,
          id: `${cluster.cluster}|${product.product}|${pool.kind}|${pool.resource}`,
          product,
          productText: productLabel(product.product),
          pool,
          poolText: `${poolKindLabel(pool)} ${pool.resource}`,
          allocatable: pool.allocatable,
          allocated: pool.allocated,
          free: pool.free,
          utilisation:
            pool.allocatable > 0 ? pool.allocated / pool.allocatable : 0,
        }),
      ),
    );
    if (rows.length > 0) return rows;
    return [
      {
        ...base,
        id: cluster.cluster,
        productText: '',
        poolText: '',
        allocatable: 0,
        allocated: 0,
        free: 0,
        utilisation: 0,
      },
    ];
  });
}

const HEALTH_ORDER: ClusterHealthState[] = [
  'error',
  'stale',
  'syncing',
  'synced',
];

function NoPool(props: { cluster: ClusterGpus }) {
  const text =
    props.cluster.health.state === 'error'
      ? 'No GPU data: the cluster could not be read'
      : 'No GPU nodes found';
  return <Caption>{text}</Caption>;
}

function useColumns(hideCluster: boolean): TableColumn<Row>[] {
  return useMemo(() => {
    const columns: TableColumn<Row>[] = [
      {
        // Health sits under the cluster name: one column fewer keeps the
        // table on a laptop screen, and a stale row says so where it is read.
        title: 'Cluster',
        field: 'clusterText',
        highlight: true,
        cellStyle: { minWidth: 180, maxWidth: 280 },
        customSort: (a, b) =>
          HEALTH_ORDER.indexOf(a.cluster.health.state) -
            HEALTH_ORDER.indexOf(b.cluster.health.state) ||
          a.clusterText.localeCompare(b.clusterText),
        render: row => (
          <>
            <Typography variant="body2" component="span">
              <Strong>{row.cluster.title ?? row.cluster.cluster}</Strong>
            </Typography>
            {row.cluster.title && (
              <Typography variant="caption" component="span">
                <ObjectName>{row.cluster.cluster}</ObjectName>
              </Typography>
            )}
            <ClusterHealthStatus health={row.cluster.health} />
          </>
        ),
      },
      {
        title: 'Product',
        field: 'productText',
        cellStyle: { minWidth: 130, maxWidth: 200 },
        render: row => {
          if (!row.product) return <NoPool cluster={row.cluster} />;
          const details = [
            memoryLabel(row.product.memoryMiB),
            count(row.product.physicalGpus, GPU_UNIT),
          ].filter(Boolean);
          return (
            <>
              <Strong
                title={[row.product.product, row.product.family]
                  .filter(Boolean)
                  .join(', ')}
              >
                {row.productText}
              </Strong>
              <Caption>{details.join(' · ')}</Caption>
            </>
          );
        },
      },
      {
        title: 'Pool',
        field: 'poolText',
        cellStyle: { minWidth: 140 },
        render: row =>
          row.pool ? (
            <>
              <span>{poolKindLabel(row.pool)}</span>
              <ObjectName>{row.pool.resource}</ObjectName>
              <Caption>
                {count(row.pool.nodes, { one: 'node', many: 'nodes' })}
                {row.pool.kind === 'mig' && row.pool.memoryMiB
                  ? ` · ${memoryLabel(row.pool.memoryMiB)} per slice`
                  : ''}
              </Caption>
            </>
          ) : null,
      },
      {
        title: 'Allocatable',
        field: 'allocatable',
        type: 'numeric',
        render: row =>
          row.pool ? (
            <>
              {count(row.pool.allocatable, unitOfPoolKind(row.pool.kind))}
              {row.pool.physicalGpus !== undefined && (
                <Caption>on {count(row.pool.physicalGpus, GPU_UNIT)}</Caption>
              )}
            </>
          ) : null,
      },
      {
        title: 'Free',
        field: 'free',
        type: 'numeric',
        cellStyle: { minWidth: 120 },
        render: row =>
          row.pool ? (
            <>
              {count(row.pool.free, unitOfPoolKind(row.pool.kind))}
              <Caption>
                max {formatNumber(row.pool.largestFreeOnNode)} on one node
              </Caption>
              {row.pool.unavailableNodes > 0 && (
                <WarningLine>
                  {count(row.pool.unavailableNodes, {
                    one: 'node',
                    many: 'nodes',
                  })}{' '}
                  cordoned or not Ready
                </WarningLine>
              )}
            </>
          ) : null,
      },
      {
        // The bar says allocated of allocatable: no column of its own.
        title: 'Allocated',
        field: 'utilisation',
        cellStyle: { minWidth: 150 },
        render: row =>
          row.pool ? (
            <UsageBar
              used={row.pool.allocated}
              total={row.pool.allocatable}
              unit={unitOfPoolKind(row.pool.kind)}
              label={`Allocated in ${row.cluster.cluster}, ${
                row.productText
              }, ${poolKindLabel(row.pool)}`}
            />
          ) : null,
      },
    ];
    return hideCluster
      ? columns.filter(c => c.field !== 'clusterText')
      : columns;
  }, [hideCluster]);
}

/**
 * GPU capacity by cluster, product and pool. A stale cluster keeps its rows,
 * marked with its health, so the page never goes blank when one cluster
 * stops answering.
 *
 * @public
 */
export function GpuPoolsTable(props: {
  clusters: ClusterGpus[];
  /** For a single cluster's page: leave out the cluster and health columns. */
  hideCluster?: boolean;
  title?: string;
}) {
  const rows = useMemo(() => toRows(props.clusters), [props.clusters]);
  const columns = useColumns(props.hideCluster ?? false);
  const pools = rows.filter(r => r.pool).length;
  return (
    <Table<Row>
      title={props.title ?? `GPU pools by cluster and product (${pools})`}
      columns={columns}
      data={rows}
      options={{
        // Dragging columns gives each header a second tab stop.
        draggable: false,
        paging: rows.length > 10,
        pageSize: rows.length > 20 ? 20 : 10,
        pageSizeOptions: [10, 20, 50],
        emptyRowsWhenPaging: false,
        search: true,
        padding: 'dense',
        rowStyle: (row: Row) =>
          row.cluster.health.state === 'stale' ||
          row.cluster.health.state === 'error'
            ? { backgroundColor: 'rgba(255, 152, 0, 0.08)' }
            : {},
      }}
      emptyContent={
        <Box p={2}>
          <Typography>No GPU pools match these filters.</Typography>
        </Box>
      }
    />
  );
}
