import type {
  GpuFilterOptions,
  GpuOverview,
  GpuOverviewFilter,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  CodeSnippet,
  EmptyState,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo, useRef } from 'react';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useGpuOverview } from '../../hooks/useGpuOverview';
import { jurisdictionOfCode } from '../../lib/clusterFacts';
import { formatDateTime } from '../../lib/dates';
import { productLabel, teamName } from '../../lib/gpuFormat';
import { CapacityFinder } from '../CapacityFinder';
import { GpuFigures } from '../GpuFigures';
import { GpuPoolsTable } from '../GpuPoolsTable';
import { GpuQueuesTable } from '../GpuQueuesTable';
import { GpuQuotasTable } from '../GpuQuotasTable';
import { FilterBar, FilterSelect } from '../Filters';
import { PluginPage } from '../PluginPage';
import { ImplausibleGpuNodes } from '../ImplausibleGpuNodes';

const SUBTITLE =
  'GPU capacity, quota and queues across clusters: what exists, what is free, who may use it, and where a request fits now.';

const CONFIG_EXAMPLE = `aiPlatform:
  clusters:
    - name: eu-sovereign-fra
      title: EU sovereign, Frankfurt
      url: https://k8s.fra.example.com
      auth:
        type: serviceAccountToken
        token: \${FRA_CLUSTER_TOKEN}
      labels:
        ai-platform.io/jurisdiction: DE`;

/** The filters kept in the URL, so a filtered view can be shared as a link. */
const FILTER_KEYS = ['jurisdiction', 'product', 'team'] as const;
const useFilterParams = () => useUrlFilters(FILTER_KEYS);

/**
 * Choices stay those of the widest answer seen, so that choosing one filter
 * does not hide the other values of the same filter.
 */
function useStableOptions(
  overview: GpuOverview | undefined,
  filter: GpuOverviewFilter,
): GpuFilterOptions {
  const seen = useRef<GpuFilterOptions>({
    jurisdictions: [],
    products: [],
    teams: [],
  });
  if (overview) {
    const merge = (a: string[], b: string[]) =>
      [...new Set([...a, ...b])].sort((x, y) => x.localeCompare(y));
    const o = overview.filterOptions;
    seen.current = {
      jurisdictions: merge(seen.current.jurisdictions, o.jurisdictions),
      products: merge(seen.current.products, o.products),
      teams: merge(seen.current.teams, o.teams),
    };
  }
  const withCurrent = (values: string[], current?: string) =>
    current && !values.includes(current) ? [...values, current] : values;
  return {
    jurisdictions: withCurrent(seen.current.jurisdictions, filter.jurisdiction),
    products: withCurrent(seen.current.products, filter.product),
    teams: withCurrent(seen.current.teams, filter.team),
  };
}

const jurisdictionLabel = (code: string) => {
  const j = jurisdictionOfCode(code);
  return j && j.name !== j.code ? `${j.name} (${j.code})` : code;
};

function NoClusters() {
  return (
    <EmptyState
      missing="data"
      title="No clusters configured"
      description="The AI Platform backend reads GPUs from the clusters listed under aiPlatform.clusters in app-config.yaml (or, by default, those of the Kubernetes plugin under kubernetes.clusterLocatorMethods). Add one, restart the backend, and its GPUs appear here."
      action={
        <CodeSnippet language="yaml" text={CONFIG_EXAMPLE} showCopyCodeButton />
      }
    />
  );
}

function GpuContent() {
  const [filter, setFilter, clearFilters] = useFilterParams();
  const { overview, loading, error } = useGpuOverview(filter);
  const options = useStableOptions(overview, filter);
  const filtered = FILTER_KEYS.some(k => filter[k]);
  const initial = useMemo(
    () => ({
      team: filter.team,
      product: filter.product,
      jurisdiction: filter.jurisdiction,
    }),
    [filter.team, filter.product, filter.jurisdiction],
  );

  const filters = (
    <FilterBar>
      <FilterSelect
        id="ai-platform-gpu-jurisdiction"
        label="Jurisdiction"
        allLabel="All jurisdictions"
        value={filter.jurisdiction}
        values={options.jurisdictions}
        labelOf={jurisdictionLabel}
        onChange={v => setFilter('jurisdiction', v)}
      />
      <FilterSelect
        id="ai-platform-gpu-product"
        label="Product"
        allLabel="All products"
        value={filter.product}
        values={options.products}
        labelOf={productLabel}
        onChange={v => setFilter('product', v)}
      />
      <FilterSelect
        id="ai-platform-gpu-team"
        label="Team"
        allLabel="All teams"
        value={filter.team}
        values={options.teams}
        labelOf={teamName}
        onChange={v => setFilter('team', v)}
      />
      {filtered && <Button onClick={clearFilters}>Clear filters</Button>}
    </FilterBar>
  );

  if (loading) {
    return (
      <>
        {filters}
        <Progress />
      </>
    );
  }
  if (!overview) {
    return (
      <>
        {filters}
        <ResponseErrorPanel error={error ?? new Error('No answer')} />
      </>
    );
  }
  if (overview.clusters.length === 0 && !filtered) {
    return <NoClusters />;
  }

  const stale = overview.clusters.filter(
    c => c.health.state === 'stale' || c.health.state === 'error',
  );
  const noGpus =
    overview.clusters.length > 0 &&
    overview.clusters.every(c => c.products.length === 0);

  return (
    <>
      {filters}
      {error && (
        <Box mb={2}>
          <WarningPanel
            severity="warning"
            title="Could not refresh the GPU figures; showing the last answer"
            message={error.message}
          />
        </Box>
      )}
      {overview.clusters.length === 0 ? (
        <EmptyState
          missing="data"
          title="No cluster matches these filters"
          description="Clear a filter to see more clusters."
          action={<Button onClick={clearFilters}>Clear filters</Button>}
        />
      ) : (
        <>
          {stale.length > 0 && (
            <Box mb={2}>
              <WarningPanel
                severity="warning"
                title={`${stale.length} of ${overview.clusters.length} clusters are stale or unreachable`}
                message={`Their rows show the last data read (${stale
                  .map(c => c.title ?? c.cluster)
                  .join(', ')}); free capacity there may have changed.`}
              />
            </Box>
          )}
          <section aria-label="GPU summary figures">
            <GpuFigures totals={overview.totals} clusters={overview.clusters} />
          </section>
          {noGpus && (
            <Box sx={{ mt: 3 }}>
              <EmptyState
                missing="data"
                title="No GPUs found"
                description="The clusters are watched, but no node offers nvidia.com/gpu, MIG resources or DRA GPU devices. GPUs appear here once the NVIDIA device plugin or DRA driver advertises them."
              />
            </Box>
          )}
          <Box component="section" sx={{ mt: 3 }} aria-label="GPU pools">
            <ImplausibleGpuNodes clusters={overview.clusters} />
            <GpuPoolsTable clusters={overview.clusters} />
          </Box>
          <Box component="section" sx={{ mt: 3 }} aria-label="Capacity finder">
            <CapacityFinder filterOptions={options} initial={initial} />
          </Box>
          <Box component="section" sx={{ mt: 3 }} aria-label="GPU quotas">
            <GpuQuotasTable
              quotas={overview.quotas}
              clusters={overview.clusters}
            />
          </Box>
          <Box component="section" sx={{ mt: 3 }} aria-label="GPU queues">
            <GpuQueuesTable
              queues={overview.queues}
              clusters={overview.clusters}
            />
          </Box>
          <Box mt={2}>
            <Typography variant="caption" color="text.secondary">
              Figures as of {formatDateTime(overview.generatedAt)}; refreshed
              every 30 seconds.
            </Typography>
          </Box>
        </>
      )}
    </>
  );
}

/**
 * The GPU page: headline figures, capacity by cluster and product, the
 * capacity finder, team quotas and queues. Filters live in the URL.
 *
 * In the new frontend system the app draws the header (`header={false}`);
 * legacy apps get the Backstage header.
 *
 * @public
 */
export function GpuPage(props: { header?: boolean }) {
  return (
    <PluginPage title="GPUs" subtitle={SUBTITLE} header={props.header}>
      <GpuContent />
    </PluginPage>
  );
}
