import type {
  ClusterHealthState,
  ClusterSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { Table, type TableColumn } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import WarningIcon from '@mui/icons-material/ReportProblemOutlined';
import { useMemo, useState } from 'react';
import {
  apiFamiliesOf,
  jurisdictionOf,
  nonEuLawExposureOf,
  providerOf,
  regionOf,
  totalObjectsOf,
  type Jurisdiction,
} from '../../lib/clusterFacts';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { FilterBar, FilterSelect } from '../Filters';
import { warningTextColor } from '../Text';

// Country codes, not flag emoji: Windows and many Linux desktops draw flag
// emoji as two letters or empty boxes.
const CountryCode = styled('span')(({ theme }) => ({
  fontFamily: 'monospace',
  fontWeight: 600,
  fontSize: '0.75rem',
  padding: theme.spacing(0, 0.5),
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
}));

const Muted = styled('span')(({ theme }) => ({
  color: theme.palette.text.secondary,
}));

const nameSx = { fontFamily: 'monospace', color: 'text.secondary' } as const;

/** A cluster with the text each column shows, so the table search finds it. */
interface Row {
  cluster: ClusterSummary;
  id: string;
  title: string;
  health: ClusterHealthState;
  healthText: string;
  jurisdiction?: Jurisdiction;
  jurisdictionText: string;
  provider: string;
  region: string;
  providerText: string;
  exposure?: { exposed: boolean; label: string };
  exposureText: string;
  version: string;
  apiFamilies: string[];
  apisText: string;
  objects: number;
}

function toRow(cluster: ClusterSummary): Row {
  const jurisdiction = jurisdictionOf(cluster);
  const exposure = nonEuLawExposureOf(cluster);
  const apiFamilies = apiFamiliesOf(cluster.servedApis);
  return {
    cluster,
    id: cluster.name,
    title: `${cluster.title ?? cluster.name} ${cluster.name}`,
    health: cluster.health.state,
    healthText: `${cluster.health.state} ${cluster.health.error ?? ''} ${
      cluster.health.notUnderstood
        ? `${cluster.health.notUnderstood.total} not understood`
        : ''
    }`,
    jurisdiction,
    jurisdictionText: jurisdiction
      ? `${jurisdiction.code} ${jurisdiction.name}`
      : '',
    provider: providerOf(cluster) ?? '',
    region: regionOf(cluster) ?? '',
    providerText: `${providerOf(cluster) ?? ''} ${regionOf(cluster) ?? ''}`,
    exposure,
    exposureText: exposure?.label ?? '',
    version: cluster.kubernetesVersion ?? '',
    apiFamilies,
    apisText: apiFamilies.join(' '),
    objects: totalObjectsOf(cluster),
  };
}

const HEALTH_ORDER: ClusterHealthState[] = [
  'error',
  'stale',
  'syncing',
  'synced',
];
const HEALTH_LABELS: Record<ClusterHealthState, string> = {
  synced: 'Synced',
  syncing: 'Syncing',
  stale: 'Stale',
  error: 'Error',
};

function NotLabelled() {
  return <Muted>not labelled</Muted>;
}

/** Exposure to non-EU law, under the jurisdiction; a warning when exposed. */
function Exposure(props: { exposure: Row['exposure'] }) {
  const { exposure } = props;
  if (!exposure) {
    return (
      <Typography variant="caption" component="span" display="block">
        non-EU law: <NotLabelled />
      </Typography>
    );
  }
  if (!exposure.exposed) {
    return (
      <Typography
        variant="caption"
        component="span"
        display="block"
        color="text.secondary"
        title="Exposure to non-EU law"
      >
        non-EU law: {exposure.label}
      </Typography>
    );
  }
  return (
    <Box
      component="span"
      title="Exposure to non-EU law"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        color: warningTextColor,
        fontWeight: 500,
      }}
    >
      <WarningIcon fontSize="small" aria-hidden />
      {exposure.label}
    </Box>
  );
}

function useColumns(): TableColumn<Row>[] {
  return useMemo(
    () => [
      {
        // The Kubernetes version sits under the name, and the law under the
        // jurisdiction: the table fits a 1280 px screen without scrolling.
        title: 'Cluster',
        field: 'title',
        highlight: true,
        cellStyle: { minWidth: 150 },
        render: row => (
          <Box title={row.cluster.description}>
            <Typography variant="body2" component="span">
              <strong>{row.cluster.title ?? row.cluster.name}</strong>
            </Typography>
            {row.cluster.title && row.cluster.title !== row.cluster.name && (
              <Typography
                variant="caption"
                component="span"
                display="block"
                sx={nameSx}
              >
                {row.cluster.name}
              </Typography>
            )}
            <Typography variant="caption" component="span" display="block">
              Kubernetes{' '}
              {row.version ? (
                <span>{row.version}</span>
              ) : (
                <Muted>unknown</Muted>
              )}
            </Typography>
          </Box>
        ),
      },
      {
        title: 'Health',
        field: 'healthText',
        // Wide enough that an error sentence reads as a sentence.
        cellStyle: { minWidth: 150, maxWidth: 260 },
        customSort: (a, b) =>
          HEALTH_ORDER.indexOf(a.health) - HEALTH_ORDER.indexOf(b.health),
        render: row => (
          <ClusterHealthStatus health={row.cluster.health} showNotUnderstood />
        ),
      },
      {
        title: 'Jurisdiction / non-EU law',
        field: 'jurisdictionText',
        cellStyle: { minWidth: 130 },
        render: row => (
          <>
            {row.jurisdiction ? (
              <Box
                component="span"
                sx={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 0.75,
                  whiteSpace: 'nowrap',
                }}
              >
                <CountryCode>{row.jurisdiction.code}</CountryCode>
                {row.jurisdiction.name !== row.jurisdiction.code && (
                  <span>{row.jurisdiction.name}</span>
                )}
              </Box>
            ) : (
              <NotLabelled />
            )}
            <Exposure exposure={row.exposure} />
          </>
        ),
      },
      {
        // Provider and region share a column so the table fits a laptop screen.
        title: 'Provider / region',
        field: 'providerText',
        render: row => (
          <>
            <span>{row.provider || <NotLabelled />}</span>
            <Typography
              variant="caption"
              component="span"
              display="block"
              sx={nameSx}
            >
              {row.region || <NotLabelled />}
            </Typography>
          </>
        ),
      },
      // Searchable without a column of their own.
      {
        title: 'Non-EU law exposure',
        field: 'exposureText',
        hidden: true,
        searchable: true,
      },
      {
        title: 'Kubernetes version',
        field: 'version',
        hidden: true,
        searchable: true,
      },
      {
        title: 'AI APIs served',
        field: 'apisText',
        sorting: false,
        cellStyle: { minWidth: 120, maxWidth: 220 },
        render: row =>
          row.apiFamilies.length ? (
            <Box
              sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}
              title={row.cluster.servedApis.map(api => api.id).join('\n')}
            >
              {row.apiFamilies.map(family => (
                <Chip key={family} label={family} size="small" />
              ))}
            </Box>
          ) : (
            <Muted>none found</Muted>
          ),
      },
      {
        title: 'Objects',
        field: 'objects',
        type: 'numeric',
        render: row => (
          <span
            title={Object.entries(row.cluster.objectCounts)
              .map(([kind, n]) => `${kind}: ${n}`)
              .join('\n')}
          >
            {row.objects.toLocaleString('en')}
          </span>
        ),
      },
    ],
    [],
  );
}

const ALL = '';

/**
 * The cluster inventory: one row per cluster, with filters for jurisdiction
 * and health on top of the table's own search.
 *
 * @public
 */
export function ClustersTable(props: { clusters: ClusterSummary[] }) {
  const columns = useColumns();
  const [jurisdiction, setJurisdiction] = useState(ALL);
  const [health, setHealth] = useState(ALL);

  const rows = useMemo(() => props.clusters.map(toRow), [props.clusters]);
  const jurisdictions = useMemo(() => {
    const byCode = new Map<string, Jurisdiction>();
    rows.forEach(row => {
      if (row.jurisdiction) byCode.set(row.jurisdiction.code, row.jurisdiction);
    });
    return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [rows]);
  const visible = rows.filter(
    row =>
      (jurisdiction === ALL || row.jurisdiction?.code === jurisdiction) &&
      (health === ALL || row.health === health),
  );

  return (
    <>
      <FilterBar>
        <FilterSelect
          id="ai-platform-clusters-jurisdiction"
          label="Jurisdiction"
          allLabel="All jurisdictions"
          value={jurisdiction}
          values={jurisdictions.map(j => j.code)}
          labelOf={code => {
            const j = jurisdictions.find(x => x.code === code);
            return !j || j.name === j.code ? code : `${j.name} (${j.code})`;
          }}
          onChange={setJurisdiction}
        />
        <FilterSelect
          id="ai-platform-clusters-health"
          label="Health"
          allLabel="Any health"
          value={health}
          values={HEALTH_ORDER}
          labelOf={state => HEALTH_LABELS[state as ClusterHealthState]}
          onChange={setHealth}
        />
      </FilterBar>
      <Table<Row>
        title={`Clusters (${visible.length}${
          visible.length === rows.length ? '' : ` of ${rows.length}`
        })`}
        columns={columns}
        data={visible}
        options={{
          // Dragging columns gives each header a second tab stop.
          draggable: false,
          paging: true,
          pageSize: 20,
          pageSizeOptions: [20, 50, 100],
          emptyRowsWhenPaging: false,
          search: true,
          padding: 'dense',
        }}
        emptyContent={
          <Box p={2}>
            <Typography>No cluster matches these filters.</Typography>
          </Box>
        }
      />
    </>
  );
}
