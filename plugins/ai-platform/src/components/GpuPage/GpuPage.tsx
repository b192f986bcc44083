import type {
  GpuFilterOptions,
  GpuOverview,
  GpuOverviewFilter,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  CodeSnippet,
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useMemo, useRef } from 'react';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useGpuOverview } from '../../hooks/useGpuOverview';
import { jurisdictionOfCode } from '../../lib/clusterFacts';
import { productLabel, teamName } from '../../lib/gpuFormat';
import { CapacityFinder } from '../CapacityFinder';
import { GpuFigures } from '../GpuFigures';
import { GpuPoolsTable } from '../GpuPoolsTable';
import { GpuQueuesTable } from '../GpuQueuesTable';
import { GpuQuotasTable } from '../GpuQuotasTable';

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

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  filter: { minWidth: 200, maxWidth: 320 },
  section: { marginTop: theme.spacing(3) },
}));

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

function FilterSelect(props: {
  id: string;
  label: string;
  allLabel: string;
  value?: string;
  values: string[];
  labelOf: (value: string) => string;
  onChange: (value: string) => void;
}) {
  const classes = useStyles();
  return (
    <TextField
      select
      className={classes.filter}
      id={props.id}
      label={props.label}
      variant="outlined"
      size="small"
      value={props.value ?? ''}
      onChange={e => props.onChange(e.target.value)}
      SelectProps={{ displayEmpty: true }}
      InputLabelProps={{ shrink: true }}
    >
      <MenuItem value="">{props.allLabel}</MenuItem>
      {props.values.map(v => (
        <MenuItem key={v} value={v}>
          {props.labelOf(v)}
        </MenuItem>
      ))}
    </TextField>
  );
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
  const classes = useStyles();
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
    <div className={classes.filters} role="group" aria-label="Filters">
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
    </div>
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
            <Box className={classes.section}>
              <EmptyState
                missing="data"
                title="No GPUs found"
                description="The clusters are watched, but no node offers nvidia.com/gpu, MIG resources or DRA GPU devices. GPUs appear here once the NVIDIA device plugin or DRA driver advertises them."
              />
            </Box>
          )}
          <section className={classes.section} aria-label="GPU pools">
            <GpuPoolsTable clusters={overview.clusters} />
          </section>
          <section className={classes.section} aria-label="Capacity finder">
            <CapacityFinder filterOptions={options} initial={initial} />
          </section>
          <section className={classes.section} aria-label="GPU quotas">
            <GpuQuotasTable
              quotas={overview.quotas}
              clusters={overview.clusters}
            />
          </section>
          <section className={classes.section} aria-label="GPU queues">
            <GpuQueuesTable
              queues={overview.queues}
              clusters={overview.clusters}
            />
          </section>
          <Box mt={2}>
            <Typography variant="caption" color="textSecondary">
              Figures as of {new Date(overview.generatedAt).toLocaleString()};
              refreshed every 30 seconds.
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
  const { header = true } = props;
  if (!header) {
    return (
      <Content>
        <Box mb={2}>
          <Typography variant="body1" color="textSecondary">
            {SUBTITLE}
          </Typography>
        </Box>
        <GpuContent />
      </Content>
    );
  }
  return (
    <Page themeId="tool">
      <Header title="GPUs" subtitle={SUBTITLE} />
      <Content>
        <GpuContent />
      </Content>
    </Page>
  );
}
