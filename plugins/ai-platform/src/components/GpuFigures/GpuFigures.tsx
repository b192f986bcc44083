import type {
  ClusterGpus,
  GpuTotals,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import Typography from '@mui/material/Typography';
import { count, countOf, formatNumber, GPU_UNIT } from '../../lib/gpuFormat';
import {
  physicalBreakdown,
  physicalBreakdownText,
} from '../../lib/gpuReconcile';
import { SummaryFigure as Figure, SummaryFigures } from '../SummaryFigures';

const SLICE = { one: 'slice', many: 'slices' };
const SLOT = { one: 'slot', many: 'slots' };
const POD = { one: 'pod', many: 'pods' };
const CLUSTER = { one: 'cluster', many: 'clusters' };

/**
 * The headline GPU figures over the clusters shown. Whole GPUs, MIG slices and
 * shared slots are counted apart: adding a slot to a GPU would mislead.
 *
 * @public
 */
export function GpuFigures(props: {
  totals: GpuTotals;
  clusters: ClusterGpus[];
  /** On one cluster's page: leave out the cluster counts, its health is shown apart. */
  singleCluster?: boolean;
}) {
  const { totals, clusters } = props;
  const stale = clusters.filter(
    c => c.health.state === 'stale' || c.health.state === 'error',
  ).length;
  return (
    <>
      <SummaryFigures label="GPU summary">
        <Figure
          label="Physical GPUs"
          value={count(totals.physicalGpus, GPU_UNIT)}
          detail={
            props.singleCluster
              ? undefined
              : `in ${count(clusters.length, CLUSTER)}`
          }
        />
        <Figure
          label="Whole GPUs allocated"
          value={countOf(
            totals.wholeGpus.allocated,
            totals.wholeGpus.allocatable,
            GPU_UNIT,
          )}
          detail="device plugin and DRA"
        />
        <Figure
          label="Whole GPUs free"
          value={count(totals.wholeGpus.free, GPU_UNIT)}
        />
        <Figure
          label="MIG slices allocated"
          value={countOf(
            totals.migSlices.allocated,
            totals.migSlices.allocatable,
            SLICE,
          )}
          detail={`${formatNumber(totals.migSlices.free)} free`}
        />
        <Figure
          label="Shared slots allocated"
          value={countOf(
            totals.sharedSlots.allocated,
            totals.sharedSlots.allocatable,
            SLOT,
          )}
          detail={`time-sliced or MPS; ${formatNumber(
            totals.sharedSlots.free,
          )} free`}
        />
        <Figure
          label="Pending GPU requests"
          value={formatNumber(totals.pendingRequests)}
          detail={`from ${count(totals.pendingPods, POD)} waiting`}
          warn={totals.pendingRequests > 0}
        />
        {!props.singleCluster && (
          <Figure
            label="Clusters stale or unreachable"
            value={`${formatNumber(stale)} of ${formatNumber(clusters.length)}`}
            detail={
              stale > 0 ? 'their figures are from the last good read' : ''
            }
            warn={stale > 0}
          />
        )}
      </SummaryFigures>
      {totals.physicalGpus > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {physicalBreakdownText(physicalBreakdown(clusters), totals)}
        </Typography>
      )}
    </>
  );
}
