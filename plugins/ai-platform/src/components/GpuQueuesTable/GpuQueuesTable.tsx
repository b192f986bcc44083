import type {
  GpuQueue,
  GpuQueueQuota,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { Table, type TableColumn } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  count,
  formatNumber,
  teamName,
  unitOfResource,
} from '../../lib/gpuFormat';
import { ClusterCell, type ClusterRef } from '../GpuQuotasTable';
import { TeamLink } from '../TeamLink';
import {
  Caption,
  Monospace,
  ObjectName,
  Strong,
  warningTextColor,
} from '../Text';
import { UsageBar } from '../UsageBar';

interface Row {
  id: string;
  queue: GpuQueue;
  nameText: string;
  clusterText: string;
  teamText: string;
  parentText: string;
  pending: number;
}

const SCHEDULERS: Record<GpuQueue['scheduler'], string> = {
  kueue: 'Kueue ClusterQueue',
  kai: 'KAI Queue',
};

/** The limits of one flavour (Kueue) or of the queue (KAI) in words. */
function limitsOf(q: GpuQueueQuota, scheduler: GpuQueue['scheduler']): string {
  const parts: string[] = [];
  if (q.nominal === undefined) parts.push('no nominal quota');
  if (scheduler === 'kueue') {
    parts.push(
      q.borrowingLimit === undefined
        ? 'no borrowing limit'
        : `borrowing limit ${formatNumber(q.borrowingLimit)}`,
    );
    if (q.borrowed !== undefined)
      parts.push(`borrowed ${formatNumber(q.borrowed)}`);
    if (q.lendingLimit !== undefined)
      parts.push(`lending limit ${formatNumber(q.lendingLimit)}`);
  } else {
    parts.push(
      q.limit === undefined ? 'no limit' : `limit ${formatNumber(q.limit)}`,
    );
    if (q.requested !== undefined)
      parts.push(`requested ${formatNumber(q.requested)}`);
  }
  return parts.join(' · ');
}

/**
 * Use above the nominal quota that the scheduler allows: Kueue borrows it
 * from the cohort (up to the borrowing limit), KAI runs it over quota (up to
 * the queue's limit). Beyond those limits it is an overrun and is not
 * returned, so the bar shows red.
 */
export function beyondNominal(
  q: GpuQueueQuota,
  scheduler: GpuQueue['scheduler'],
): { amount: number; word: string } | undefined {
  if (q.nominal === undefined || q.used <= q.nominal) return undefined;
  const over = q.used - q.nominal;
  if (scheduler === 'kueue') {
    if (q.borrowingLimit !== undefined && over > q.borrowingLimit)
      return undefined;
    return { amount: q.borrowed ?? over, word: 'borrowed' };
  }
  if (q.limit !== undefined && q.used > q.limit) return undefined;
  return { amount: over, word: 'over quota' };
}

function Flavours(props: { queue: GpuQueue }) {
  const { queue } = props;
  if (queue.quotas.length === 0) {
    return (
      <Typography variant="body2" component="span" color="text.secondary">
        no GPU quota
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {queue.quotas.map(q => {
        const unit = unitOfResource(q.resource);
        const name = q.flavor ? `${q.flavor} · ${q.resource}` : q.resource;
        return (
          <div key={`${q.flavor ?? ''}|${q.resource}`}>
            <ObjectName>{name}</ObjectName>
            {q.nominal === undefined ? (
              <Typography variant="body2" component="span">
                {count(q.used, unit)} used
              </Typography>
            ) : (
              <UsageBar
                used={q.used}
                total={q.nominal}
                unit={unit}
                label={`${queue.name} in ${queue.cluster}, ${name} used of nominal`}
                beyond={beyondNominal(q, queue.scheduler)}
              />
            )}
            <Caption>{limitsOf(q, queue.scheduler)}</Caption>
          </div>
        );
      })}
    </Box>
  );
}

/**
 * Kueue ClusterQueues and KAI Queues with a GPU quota: per flavour the
 * nominal quota, what may be borrowed, what is used and borrowed.
 *
 * @public
 */
export function GpuQueuesTable(props: {
  queues: GpuQueue[];
  clusters?: ClusterRef[];
  hideTeam?: boolean;
  hideCluster?: boolean;
  title?: string;
}) {
  const { queues, hideTeam = false, hideCluster = false } = props;
  const clusters = useMemo(
    () => new Map((props.clusters ?? []).map(c => [c.cluster, c])),
    [props.clusters],
  );
  const rows = useMemo(
    () =>
      queues.map(
        (queue): Row => ({
          id: `${queue.cluster}|${queue.scheduler}|${queue.name}`,
          queue,
          nameText: `${queue.name} ${SCHEDULERS[queue.scheduler]}`,
          clusterText: `${clusters.get(queue.cluster)?.title ?? ''} ${
            queue.cluster
          }`,
          teamText: queue.team ? teamName(queue.team) : '',
          parentText: queue.parent ?? '',
          pending: queue.pendingWorkloads ?? 0,
        }),
      ),
    [queues, clusters],
  );
  const columns = useMemo(() => {
    const all: TableColumn<Row>[] = [
      {
        title: 'Queue',
        field: 'nameText',
        highlight: true,
        cellStyle: { maxWidth: 220 },
        render: row => (
          <>
            <Strong>
              <Monospace>{row.queue.name}</Monospace>
            </Strong>
            <Caption>{SCHEDULERS[row.queue.scheduler]}</Caption>
            {row.queue.namespaces.length > 0 && (
              <Caption>admits {row.queue.namespaces.join(', ')}</Caption>
            )}
          </>
        ),
      },
      {
        title: 'Cluster',
        field: 'clusterText',
        cellStyle: { minWidth: 120, maxWidth: 220 },
        render: row => (
          <ClusterCell cluster={row.queue.cluster} clusters={clusters} />
        ),
      },
      {
        title: 'Team',
        field: 'teamText',
        render: row => <TeamLink team={row.queue.team} />,
      },
      {
        title: 'Cohort / parent',
        field: 'parentText',
        render: row =>
          row.queue.parent ? (
            <Monospace>{row.queue.parent}</Monospace>
          ) : (
            <Caption>none</Caption>
          ),
      },
      {
        title: 'GPU quota per flavour (used of nominal)',
        field: 'id',
        sorting: false,
        cellStyle: { minWidth: 200 },
        render: row => <Flavours queue={row.queue} />,
      },
      {
        title: 'Workloads',
        field: 'pending',
        type: 'numeric',
        render: row => {
          const { pendingWorkloads, admittedWorkloads } = row.queue;
          if (pendingWorkloads === undefined && admittedWorkloads === undefined)
            return <Caption>not reported</Caption>;
          return (
            <>
              <Box
                component="span"
                sx={{ color: pendingWorkloads ? warningTextColor : undefined }}
              >
                {formatNumber(pendingWorkloads ?? 0)} pending
              </Box>
              <Caption>{formatNumber(admittedWorkloads ?? 0)} admitted</Caption>
            </>
          );
        },
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
      title={props.title ?? `GPU queues (${rows.length})`}
      subtitle="Kueue ClusterQueues and KAI Queues with a GPU quota."
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
            No Kueue or KAI queue with a GPU quota matches.
          </Typography>
        </Box>
      }
    />
  );
}
