import {
  COST_GROUP_BYS,
  COST_WINDOWS,
  type CostGroupBy,
  type CostReport,
  type CostWindow,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  type TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import Grid from '@mui/material/Grid';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef, type CostQuery } from '../../api';
import { CostAssumptions } from '../CostAssumptions';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { DownloadButton } from '../DownloadButton';
import { CostChart } from './CostChart';
import {
  formatGpuHours,
  formatMoney,
  GROUP_BY_LABELS,
  WINDOW_LABELS,
} from './format';
import { PluginPage } from '../PluginPage';
import { SummaryFigure, SummaryFigures } from '../SummaryFigures';

const DRILL_LABELS: Partial<Record<CostGroupBy, string>> = {
  team: 'its services',
  service: 'its workloads',
};

const SUBTITLE =
  'Allocated GPU-hours × price per GPU product, by team, model, service, cluster or jurisdiction.';

const FILTERS = ['window', 'groupBy', 'team', 'service'] as const;

/**
 * Where a row drills down to: a team to its services, a service to its
 * workloads (pods). Groups the backend could not attribute ("(no team)")
 * have no further level.
 */
function drillDownOf(query: CostQuery, key: string): string | undefined {
  if (key.startsWith('(')) return undefined;
  const next = new URLSearchParams({ window: query.window });
  if (query.groupBy === 'team') {
    next.set('groupBy', 'service');
    next.set('team', key);
  } else if (query.groupBy === 'service') {
    next.set('groupBy', 'workload');
    if (query.team) next.set('team', query.team);
    next.set('service', key);
  } else {
    return undefined;
  }
  return `?${next.toString()}`;
}

function DownloadCsv(props: { query: CostQuery }) {
  const api = useApi(aiPlatformApiRef);
  const { query } = props;
  const fetchFile = useCallback(
    async () => ({
      body: await api.getCostCsv(query),
      type: 'text/csv',
      filename: `gpu-cost-${query.window}-by-${query.groupBy}.csv`,
    }),
    [api, query],
  );
  return <DownloadButton label="Download CSV" fetchFile={fetchFile} />;
}

function CostReportView(props: { report: CostReport; query: CostQuery }) {
  const { report, query } = props;
  const money = (v: number) => formatMoney(v, report.currency);
  const groupLabel = GROUP_BY_LABELS[report.groupBy];
  const columns: TableColumn<CostReport['rows'][number]>[] = [
    {
      title: groupLabel,
      field: 'label',
      highlight: true,
      render: r => {
        const to = drillDownOf(query, r.key);
        return to ? (
          <Link
            to={to}
            aria-label={`${r.label}: ${DRILL_LABELS[query.groupBy]}`}
          >
            {r.label}
          </Link>
        ) : (
          r.label
        );
      },
    },
    {
      title: 'Cost',
      field: 'cost',
      type: 'numeric',
      render: r => money(r.cost),
      defaultSort: 'desc',
    },
    {
      title: 'GPU-hours',
      field: 'gpuHours',
      type: 'numeric',
      render: r => formatGpuHours(r.gpuHours),
    },
    {
      title: 'Share',
      field: 'key',
      type: 'numeric',
      sorting: false,
      render: r =>
        report.total.cost > 0
          ? `${((100 * r.cost) / report.total.cost).toFixed(1)} %`
          : '–',
    },
  ];
  const top = report.rows[0];
  const notes = report.sources.filter(s => s.error || s.source === 'opencost');
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <SummaryFigures label="Cost summary">
          <SummaryFigure
            size="h4"
            label={`Allocated GPUs, ${WINDOW_LABELS[
              report.window
            ].toLowerCase()}`}
            value={money(report.total.cost)}
            detail={formatGpuHours(report.total.gpuHours)}
          />
          <SummaryFigure
            size="h4"
            label="Idle GPUs (allocatable, not allocated)"
            value={money(report.idle.cost)}
            detail={formatGpuHours(report.idle.gpuHours)}
          />
          {top && (
            <SummaryFigure
              size="h4"
              label={`Most expensive ${groupLabel.toLowerCase()}`}
              value={top.label}
              detail={money(top.cost)}
            />
          )}
        </SummaryFigures>
      </Grid>
      {report.hiddenRows > 0 && (
        <Grid item xs={12}>
          <WarningPanel
            severity="info"
            title={`The cost of ${report.hiddenRows} other group(s) is hidden`}
            message="Seeing every team's cost needs the permission ai-platform.cost.read.all."
          />
        </Grid>
      )}
      {notes.map(s => (
        <Grid item xs={12} key={s.cluster}>
          <WarningPanel
            severity={s.error ? 'warning' : 'info'}
            title={`${s.cluster}: ${
              s.source === 'opencost' && !s.error
                ? 'figures from OpenCost (by namespace)'
                : s.error
            }`}
          />
        </Grid>
      ))}
      {report.rows.length === 0 ? (
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title="No GPU allocations recorded in this window yet"
            description="The backend records the GPUs pods hold every few minutes (aiPlatform.cost.recordFrequency), counting running pods from their start. Come back after the first recording, or choose a longer window."
          />
        </Grid>
      ) : (
        <>
          <Grid item xs={12}>
            <InfoCard
              title={`Cost per ${
                report.window === '24h' ? 'hour' : 'day'
              } by ${groupLabel.toLowerCase()}`}
            >
              <CostChart report={report} />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <Table
              title={`By ${groupLabel.toLowerCase()}`}
              options={{
                // Dragging columns gives each header a second tab stop.
                draggable: false,
                paging: report.rows.length > 20,
                pageSize: 20,
                search: false,
                padding: 'dense',
              }}
              columns={columns}
              data={report.rows}
            />
          </Grid>
          {report.idle.rows.length > 0 && (
            <Grid item xs={12}>
              <Table
                title="Idle GPUs"
                options={{
                  // Dragging columns gives each header a second tab stop.
                  draggable: false,
                  paging: false,
                  search: false,
                  padding: 'dense',
                }}
                columns={[
                  { title: 'Cluster', field: 'cluster' },
                  { title: 'GPU product', field: 'product' },
                  {
                    title: 'Cost',
                    field: 'cost',
                    type: 'numeric',
                    render: r => money(r.cost),
                  },
                  {
                    title: 'GPU-hours',
                    field: 'gpuHours',
                    type: 'numeric',
                    render: r => formatGpuHours(r.gpuHours),
                  },
                ]}
                data={report.idle.rows}
              />
            </Grid>
          )}
        </>
      )}
      <Grid item xs={12}>
        <InfoCard title="How these figures are worked out">
          <CostAssumptions report={report} />
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/** The GPU cost page's content: choices kept in the URL, figures, chart, tables, CSV. */
export function CostContent() {
  const api = useApi(aiPlatformApiRef);
  const [filters, setFilter] = useUrlFilters(FILTERS);
  const window = (COST_WINDOWS as readonly string[]).includes(
    filters.window ?? '',
  )
    ? (filters.window as CostWindow)
    : '30d';
  const groupBy = (COST_GROUP_BYS as readonly string[]).includes(
    filters.groupBy ?? '',
  )
    ? (filters.groupBy as CostGroupBy)
    : 'team';
  const { team, service } = filters;
  const query: CostQuery = useMemo(
    () => ({ window, groupBy, team, service }),
    [window, groupBy, team, service],
  );
  const { value, loading, error } = useAsync(
    () => api.getCost(query),
    [api, query],
  );
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 3, mb: 3 }}>
        <FormControl size="small">
          <InputLabel id="cost-window">Window</InputLabel>
          <Select
            labelId="cost-window"
            label="Window"
            value={window}
            onChange={e => setFilter('window', String(e.target.value))}
          >
            {COST_WINDOWS.map(w => (
              <MenuItem key={w} value={w}>
                {WINDOW_LABELS[w]}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl size="small">
          <InputLabel id="cost-group-by">Group by</InputLabel>
          <Select
            labelId="cost-group-by"
            label="Group by"
            value={groupBy}
            onChange={e => setFilter('groupBy', String(e.target.value))}
          >
            {COST_GROUP_BYS.map(g => (
              <MenuItem key={g} value={g}>
                {GROUP_BY_LABELS[g]}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Box flexGrow={1} />
        <DownloadCsv query={query} />
      </Box>
      {(team || service) && (
        <Box sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ alignSelf: 'center' }}>
            Drill-down:
          </Typography>
          {team && (
            <Chip
              label={`Team ${team}`}
              onDelete={() => setFilter('team', '')}
            />
          )}
          {service && (
            <Chip
              label={`Service ${service}`}
              onDelete={() => setFilter('service', '')}
            />
          )}
        </Box>
      )}
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && <CostReportView report={value} query={query} />}
    </>
  );
}

/** The GPU cost page: cost by team, model, service, cluster or jurisdiction. */
export function CostPage(props: { header?: boolean }) {
  return (
    <PluginPage title="GPU cost" subtitle={SUBTITLE} header={props.header}>
      <CostContent />
    </PluginPage>
  );
}
