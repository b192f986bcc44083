import {
  CRA_ITEM_IDS,
  CRA_ITEM_TITLES,
  type CraItem,
  type CraItemId,
  type CraReport,
  type CraRow,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  Content,
  EmptyState,
  Header,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Collapse from '@mui/material/Collapse';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment, useCallback, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { formatDateTime } from '../../lib/dates';
import { DownloadButton } from '../DownloadButton';
import { CraItemStatus, CraItemsDetail } from '../CraItemStatus';

const FILTERS = ['team'] as const;

/** A link to an entity's page in the catalog. */
export function entityPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
}

const teamName = (ref?: string) =>
  ref ? parseEntityRef(ref).name : '(no owner)';

function CraDownload(props: { format: 'csv' | 'json'; team?: string }) {
  const api = useApi(aiPlatformApiRef);
  const { format, team } = props;
  const fetchFile = useCallback(
    async () => ({
      body: await api.getCraExport({ format, team }),
      type: format === 'csv' ? 'text/csv' : 'application/json',
      filename: `cra-readiness${team ? `-${team}` : ''}-${new Date()
        .toISOString()
        .slice(0, 10)}.${format}`,
    }),
    [api, format, team],
  );
  return (
    <DownloadButton
      label={`Download ${format.toLocaleUpperCase('en-US')}`}
      fetchFile={fetchFile}
    />
  );
}

function Score(props: { row: CraRow }) {
  const { score, ready } = props.row.readiness;
  return (
    <Box sx={{ minWidth: 96 }}>
      <Typography variant="body2">{score} %</Typography>
      <LinearProgress
        variant="determinate"
        value={score}
        color={ready ? 'success' : 'warning'}
        aria-label={`Readiness score ${score} %`}
      />
    </Box>
  );
}

function ProductRow(props: { row: CraRow; items: CraItemId[] }) {
  const { row } = props;
  const [open, setOpen] = useState(false);
  const byId = new Map(row.readiness.items.map(i => [i.id, i]));
  const entity =
    row.kind === 'inference-service' ? row.entityRef : row.entityRef;
  return (
    <Fragment>
      <TableRow hover aria-label={row.title}>
        <TableCell>
          <Button
            size="small"
            sx={{ whiteSpace: 'nowrap' }}
            aria-expanded={open}
            aria-label={`${open ? 'Hide' : 'Show'} the evidence of ${
              row.title
            }`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide' : 'Evidence'}
          </Button>
        </TableCell>
        <TableCell sx={{ minWidth: 240, maxWidth: 360 }}>
          <Stack spacing={0.5}>
            {entity ? (
              <Link to={entityPath(entity)}>{row.title}</Link>
            ) : (
              row.title
            )}
            <Typography
              variant="caption"
              color="text.secondary"
              sx={{ wordBreak: 'break-all' }}
            >
              {row.kind === 'model-version'
                ? `model version · ${row.registry}/${
                    row.repository
                  }@${row.digest.slice(0, 19)}…`
                : `inference service · runs ${
                    row.versions.length === 0
                      ? 'no known model version'
                      : row.versions
                          .map(
                            v =>
                              `${v.repository}:${
                                v.tags.join(',') || v.digest.slice(0, 19)
                              }`,
                          )
                          .join(', ')
                  }`}
            </Typography>
          </Stack>
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          {teamName(row.owner)}
        </TableCell>
        <TableCell>
          <Score row={row} />
        </TableCell>
        <TableCell>
          {row.readiness.ready ? (
            <Chip size="small" color="success" label="ready" />
          ) : (
            <Chip
              size="small"
              color="error"
              label={`${row.readiness.gaps} gap${
                row.readiness.gaps === 1 ? '' : 's'
              }`}
            />
          )}
        </TableCell>
        <TableCell>
          {/* Gaps first, then what passes: the items as chips that wrap. */}
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {props.items
              .map(id => byId.get(id))
              .filter((item): item is CraItem => item !== undefined)
              .sort(
                (a, b) =>
                  Number(a.status === 'pass') - Number(b.status === 'pass'),
              )
              .map(item => (
                <CraItemStatus key={item.id} item={item} />
              ))}
          </Box>
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell sx={{ py: 0 }} colSpan={6}>
          <Collapse in={open} unmountOnExit>
            <Box sx={{ my: 1 }}>
              <CraItemsDetail
                items={row.readiness.items}
                label={`Evidence of ${row.title}`}
              />
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
}

function ReportView(props: { report: CraReport; team?: string }) {
  const { report, team } = props;
  const rows = report.rows.filter(
    r => !team || teamName(r.owner) === team || r.owner === team,
  );
  const items = CRA_ITEM_IDS.filter(id =>
    report.rows.some(r => r.readiness.items.some(i => i.id === id)),
  );
  const ready = rows.filter(r => r.readiness.ready).length;
  return (
    <Stack spacing={2}>
      <Typography variant="body1">
        {rows.length} products: <strong>{rows.length - ready} with gaps</strong>
        , {ready} ready. Evidence is read from the registry (SBOM and provenance
        documents are parsed; signatures are checked for presence, not verified)
        and from the catalog's CRA annotations.
      </Typography>
      {report.errors.length > 0 && (
        <Alert severity="warning" aria-label="What could not be read">
          {report.errors.map(e => (
            <div key={e}>{e}</div>
          ))}
        </Alert>
      )}
      {rows.length === 0 ? (
        <EmptyState
          missing="data"
          title="No model versions or inference services"
          description="Configure registries in aiPlatform.registries and register inference-service Components to see their CRA readiness."
        />
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="CRA readiness, gaps first">
            <TableHead>
              <TableRow>
                <TableCell />
                <TableCell>Product</TableCell>
                <TableCell>Team</TableCell>
                <TableCell>Score</TableCell>
                <TableCell>Ready</TableCell>
                <TableCell>Items</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(row => (
                <ProductRow key={row.id} row={row} items={items} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Typography variant="caption" color="text.secondary">
        Generated {formatDateTime(report.generatedAt)}. Score: the weight of
        passing items over all items; ready: every required item passes (
        {CRA_ITEM_IDS.filter(id => report.rules.items[id].required)
          .map(id => CRA_ITEM_TITLES[id])
          .join(', ')}
        ). Support periods must reach {report.rules.minSupportYears} years after
        a version was created.
      </Typography>
    </Stack>
  );
}

function CraContent() {
  const api = useApi(aiPlatformApiRef);
  const [filter, setFilter] = useUrlFilters(FILTERS);
  const { value, loading, error } = useAsync(() => api.getCraReport(), [api]);
  const teams = useMemo(
    () => [...new Set((value?.rows ?? []).map(r => teamName(r.owner)))].sort(),
    [value],
  );
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap">
        <FormControl size="small" sx={{ minWidth: 220 }}>
          <InputLabel id="cra-team-label">Team</InputLabel>
          <Select
            labelId="cra-team-label"
            label="Team"
            value={filter.team ?? ''}
            onChange={e => setFilter('team', String(e.target.value))}
          >
            <MenuItem value="">All teams</MenuItem>
            {teams.map(t => (
              <MenuItem key={t} value={t}>
                {t}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <CraDownload format="csv" team={filter.team} />
        <CraDownload format="json" team={filter.team} />
      </Stack>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && <ReportView report={value} team={filter.team} />}
    </Stack>
  );
}

/**
 * EU Cyber Resilience Act readiness of every model version and inference
 * service: per item pass / missing / invalid / unknown with the reason and
 * evidence, gaps first, filterable by team, exportable as CSV or JSON.
 *
 * @public
 */
export function CraPage(props: { header?: boolean }) {
  const content = (
    <Content>
      <CraContent />
    </Content>
  );
  if (props.header === false) return content;
  return (
    <Page themeId="tool">
      <Header
        title="CRA readiness"
        subtitle="EU Cyber Resilience Act evidence per model version and inference service: SBOM, provenance, signature, security contact, support period, disclosure policy"
      />
      {content}
    </Page>
  );
}
