import type {
  ClusterConformance,
  ConformanceCheckResult,
  ConformanceEvidence,
  ConformanceMatrix,
  ConformanceTrend,
  HygieneCheckResult,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import CloseIcon from '@mui/icons-material/Close';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { aiPlatformApiRef } from '../../api';
import { DownloadButton } from '../DownloadButton';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { ConformanceStatusChip } from './ConformanceStatusChip';
import { ConformanceTrendChart } from './ConformanceTrendChart';
import { PluginPage } from '../PluginPage';
import { Caption } from '../Text';

const SUBTITLE = 'Kubernetes AI Conformance and platform hygiene, per cluster.';

const Scroll = styled('div')({ overflowX: 'auto' });

const Code = styled('span')({ fontFamily: 'monospace' });

const LevelText = styled('span', {
  shouldForwardProp: prop => prop !== 'must',
})<{ must?: boolean }>(({ theme, must }) => ({
  fontSize: theme.typography.caption.fontSize,
  color: must ? theme.palette.text.primary : theme.palette.text.secondary,
  fontWeight: must ? 700 : undefined,
}));

/** A matrix cell: a button that opens the evidence of one check. */
const CellButton = styled(ButtonBase, {
  shouldForwardProp: prop => prop !== 'dim',
})<{ dim?: boolean }>(({ theme, dim }) => ({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  width: '100%',
  // Narrow screens scroll the matrix sideways rather than break "Fail"
  // into letters.
  minWidth: 140,
  padding: theme.spacing(0.5, 1),
  borderRadius: theme.shape.borderRadius,
  textAlign: 'left',
  opacity: dim ? 0.6 : undefined,
  '&:hover': { background: theme.palette.action.hover },
}));

type Selection =
  | {
      type: 'check';
      cluster: ClusterConformance;
      check: ConformanceCheckResult;
    }
  | { type: 'hygiene'; cluster: ClusterConformance; check: HygieneCheckResult };

const CATEGORY_TITLES: Record<string, string> = {
  accelerators: 'Accelerators',
  networking: 'Networking',
  schedulingOrchestration: 'Scheduling and orchestration',
  observability: 'Observability',
  security: 'Security',
  operator: 'Operator',
};

const STATUS_WORDS: Record<string, string> = {
  pass: 'Pass',
  fail: 'Fail',
  warn: 'Warn',
};

function statusWord(status: string) {
  return STATUS_WORDS[status] ?? 'Unknown';
}

function levelText(check: ConformanceCheckResult): string {
  return check.level ?? 'not in this checklist (info)';
}

function Level(props: { check: ConformanceCheckResult }) {
  return (
    <LevelText must={props.check.level === 'MUST'}>
      {levelText(props.check)}
    </LevelText>
  );
}

function EvidenceList(props: { evidence: ConformanceEvidence[] }) {
  if (props.evidence.length === 0) {
    return (
      <Typography variant="body2">
        No objects were seen for this check.
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 1 }} aria-label="Evidence">
      {props.evidence.map((e, i) => (
        <li key={`${e.kind}/${e.namespace}/${e.name}/${i}`}>
          <Typography variant="body2">
            <Code>
              {e.kind} {e.namespace ? `${e.namespace}/` : ''}
              {e.name}
            </Code>
            {e.note ? ` — ${e.note}` : ''}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

function Detail(props: { selection?: Selection; onClose(): void }) {
  const { selection } = props;
  const open = Boolean(selection);
  return (
    <Drawer anchor="right" open={open} onClose={props.onClose}>
      {selection && (
        <Box
          sx={{ width: 520, maxWidth: '100vw', p: 3 }}
          role="dialog"
          aria-label={`${selection.check.id} on ${selection.cluster.cluster}`}
        >
          <Box
            display="flex"
            alignItems="flex-start"
            justifyContent="space-between"
          >
            <Typography variant="h5" component="h2">
              {selection.check.title}
            </Typography>
            <IconButton aria-label="Close" onClick={props.onClose} size="small">
              <CloseIcon />
            </IconButton>
          </Box>
          <Typography variant="body2" color="text.secondary" paragraph>
            <Code>{selection.check.id}</Code>
            {selection.type === 'check' && selection.check.kar
              ? ` · KAR-${selection.check.kar}`
              : ''}
            {' · '}
            {selection.cluster.title ?? selection.cluster.cluster}
            {selection.cluster.kubernetesVersion
              ? ` (${selection.cluster.kubernetesVersion})`
              : ''}
          </Typography>
          <Box sx={{ mb: 2, display: 'flex', alignItems: 'center', gap: 2 }}>
            <ConformanceStatusChip status={selection.check.status} />
            {selection.type === 'check' && <Level check={selection.check} />}
          </Box>
          {selection.type === 'check' && selection.check.notApplicable && (
            <Typography variant="body2" paragraph>
              {selection.check.notApplicable}
            </Typography>
          )}
          <Typography variant="body1" paragraph>
            {selection.check.summary}
          </Typography>
          <Typography variant="h6" component="h3">
            Evidence
          </Typography>
          <EvidenceList evidence={selection.check.evidence} />
          {selection.type === 'check' && (
            <>
              <Typography variant="h6" component="h3">
                What was read
              </Typography>
              <Typography variant="body2" paragraph>
                {selection.check.signal}
              </Typography>
              <Typography variant="h6" component="h3">
                Still to prove
              </Typography>
              <Typography variant="body2" paragraph>
                {selection.check.stillToProve}
              </Typography>
            </>
          )}
          {selection.type === 'hygiene' && selection.check.fix && (
            <>
              <Typography variant="h6" component="h3">
                How to fix
              </Typography>
              <Typography variant="body2" paragraph>
                {selection.check.fix}
              </Typography>
            </>
          )}
          {selection.type === 'hygiene' && selection.check.totals && (
            <Typography variant="body2">
              Totals: pass {selection.check.totals.pass}, fail{' '}
              {selection.check.totals.fail}, warn {selection.check.totals.warn},
              error {selection.check.totals.error}, skip{' '}
              {selection.check.totals.skip}
            </Typography>
          )}
        </Box>
      )}
    </Drawer>
  );
}

function ExportButton(props: { cluster: string }) {
  const api = useApi(aiPlatformApiRef);
  const { cluster } = props;
  const fetchFile = useCallback(
    async () => ({
      body: await api.getConformanceSelfAssessment(cluster),
      type: 'application/yaml',
      filename: `${cluster}-ai-conformance.yaml`,
    }),
    [api, cluster],
  );
  return (
    <DownloadButton
      label="Export YAML"
      size="small"
      ariaLabel={`Export YAML: self-assessment of ${cluster}`}
      fetchFile={fetchFile}
    />
  );
}

function ClusterHeading(props: { cluster: ClusterConformance }) {
  const c = props.cluster;
  return (
    <TableCell scope="col" sx={{ minWidth: 220, verticalAlign: 'top' }}>
      <Typography variant="subtitle2" component="span">
        {c.cluster}
      </Typography>
      <Caption>
        Kubernetes {c.kubernetesVersion ?? 'unknown'} ·{' '}
        {c.checklistVersion
          ? `checklist ${c.checklistVersion}`
          : 'no checklist'}
      </Caption>
      <Caption>
        Score {c.score.percent}% ({c.score.passed}/{c.score.applicable} passed
        {c.score.mustFailed ? `, ${c.score.mustFailed} MUST not passed` : ''})
      </Caption>
      <Box my={0.5}>
        <ClusterHealthStatus health={c.health} />
      </Box>
      <ExportButton cluster={c.cluster} />
    </TableCell>
  );
}

function MatrixTable(props: {
  matrix: ConformanceMatrix;
  onSelect(selection: Selection): void;
}) {
  const { matrix } = props;
  const categories = [...new Set(matrix.requirements.map(r => r.category))];
  return (
    <Scroll>
      <Table size="small" aria-label="Conformance matrix">
        <TableHead>
          <TableRow>
            <TableCell scope="col">Requirement</TableCell>
            {matrix.clusters.map(c => (
              <ClusterHeading key={c.cluster} cluster={c} />
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {categories.map(category => [
            <TableRow key={category}>
              <TableCell
                colSpan={matrix.clusters.length + 1}
                sx={{
                  bgcolor: 'background.default',
                  fontWeight: 600,
                  textTransform: 'uppercase',
                  fontSize: 'caption.fontSize',
                  letterSpacing: 0.5,
                }}
              >
                {CATEGORY_TITLES[category] ?? category}
              </TableCell>
            </TableRow>,
            ...matrix.requirements
              .filter(r => r.category === category)
              .map(requirement => (
                <TableRow key={requirement.id}>
                  <TableCell scope="row" sx={{ minWidth: 240 }}>
                    <Typography variant="body2">{requirement.title}</Typography>
                    <Caption sx={{ fontFamily: 'monospace' }}>
                      {requirement.id}
                      {requirement.kar ? ` · KAR-${requirement.kar}` : ''}
                    </Caption>
                  </TableCell>
                  {matrix.clusters.map(cluster => {
                    const check = cluster.checks.find(
                      c => c.id === requirement.id,
                    );
                    if (!check) return <TableCell key={cluster.cluster} />;
                    return (
                      <TableCell key={cluster.cluster}>
                        <CellButton
                          dim={!check.level}
                          // The visible text, after the cell's place: a
                          // screen reader hears what is shown.
                          aria-label={`${requirement.id} on ${
                            cluster.cluster
                          }: ${statusWord(check.status)} ${levelText(check)}`}
                          onClick={() =>
                            props.onSelect({ type: 'check', cluster, check })
                          }
                        >
                          <ConformanceStatusChip status={check.status} />{' '}
                          <Level check={check} />
                        </CellButton>
                      </TableCell>
                    );
                  })}
                </TableRow>
              )),
          ])}
        </TableBody>
      </Table>
    </Scroll>
  );
}

function HygieneTable(props: {
  matrix: ConformanceMatrix;
  onSelect(selection: Selection): void;
}) {
  const ids = [
    ...new Map(
      props.matrix.clusters
        .flatMap(c => c.hygiene)
        .map(h => [h.id, h.title] as const),
    ),
  ];
  if (ids.length === 0) {
    return (
      <Typography>
        No hygiene results: no cluster's objects could be read.
      </Typography>
    );
  }
  return (
    <Scroll>
      <Table size="small" aria-label="Platform hygiene">
        <TableHead>
          <TableRow>
            <TableCell scope="col">Check</TableCell>
            {props.matrix.clusters.map(c => (
              <TableCell scope="col" key={c.cluster}>
                {c.cluster}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {ids.map(([id, title]) => (
            <TableRow key={id}>
              <TableCell scope="row" sx={{ minWidth: 240 }}>
                <Typography variant="body2">{title}</Typography>
                <Caption sx={{ fontFamily: 'monospace' }}>{id}</Caption>
              </TableCell>
              {props.matrix.clusters.map(cluster => {
                const check = cluster.hygiene.find(h => h.id === id);
                if (!check) {
                  return (
                    <TableCell key={cluster.cluster}>
                      <ConformanceStatusChip status="unknown" />
                    </TableCell>
                  );
                }
                return (
                  <TableCell key={cluster.cluster} sx={{ maxWidth: 320 }}>
                    <CellButton
                      aria-label={`${id} on ${cluster.cluster}: ${statusWord(
                        check.status,
                      )} ${check.summary}`}
                      onClick={() =>
                        props.onSelect({ type: 'hygiene', cluster, check })
                      }
                    >
                      <ConformanceStatusChip status={check.status} />{' '}
                      <LevelText>{check.summary}</LevelText>
                    </CellButton>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Scroll>
  );
}

function TrendSection(props: { clusters: string[] }) {
  const api = useApi(aiPlatformApiRef);
  const { value, loading, error } = useAsync(
    () => Promise.all(props.clusters.map(c => api.getConformanceTrend(c))),
    [api, props.clusters.join(',')],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  return <ConformanceTrendChart trends={(value ?? []) as ConformanceTrend[]} />;
}

/** The matrix, hygiene and trend, without page chrome. */
export function ConformanceContent() {
  const api = useApi(aiPlatformApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getConformanceMatrix(),
    [api],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  if (value.clusters.length === 0) {
    return (
      <Typography>
        No clusters are configured. Add them under aiPlatform.clusters in
        app-config.yaml to see their conformance.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body1" paragraph>
        Read-only checks of the Kubernetes AI Conformance requirements against
        each cluster's watch cache: MUST or SHOULD as the checklist of the
        cluster's Kubernetes minor says, pass, fail or unknown with the objects
        seen. Select a cell for its evidence and what an active test would still
        have to prove. Export gives a cluster's self-assessment in the CNCF
        checklist format.
      </Typography>
      <Box mb={1}>
        <Button size="small" onClick={retry}>
          Re-evaluate
        </Button>
      </Box>
      <ConformanceMatrixView matrix={value} />
    </>
  );
}

/** Matrix, hygiene and trend of the clusters of a matrix, with the drill-down. */
export function ConformanceMatrixView(props: { matrix: ConformanceMatrix }) {
  const [selection, setSelection] = useState<Selection>();
  const { matrix } = props;
  return (
    <>
      <Box sx={{ mb: 3 }}>
        <InfoCard title="Kubernetes AI Conformance" noPadding>
          <MatrixTable matrix={matrix} onSelect={setSelection} />
        </InfoCard>
      </Box>
      <Box sx={{ mb: 3 }}>
        <InfoCard title="Platform hygiene" noPadding>
          <HygieneTable matrix={matrix} onSelect={setSelection} />
        </InfoCard>
      </Box>
      <InfoCard title="Score trend (% of applicable requirements passed)">
        <TrendSection clusters={matrix.clusters.map(c => c.cluster)} />
      </InfoCard>
      <Detail selection={selection} onClose={() => setSelection(undefined)} />
    </>
  );
}

/**
 * The Conformance page.
 *
 * @public
 */
export function ConformancePage(props: { header?: boolean }) {
  return (
    <PluginPage title="Conformance" subtitle={SUBTITLE} header={props.header}>
      <ConformanceContent />
    </PluginPage>
  );
}
