import {
  OCI_REPOSITORY_ANNOTATION,
  ModelDeployment,
  ModelVersionFailure,
  ModelVersionFit,
  ModelVersionSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  MissingAnnotationEmptyState,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip, { chipClasses } from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import WarningIcon from '@mui/icons-material/Warning';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { CopyButton } from '../CopyButton';
import { aiPlatformApiRef } from '../../api';
import { formatDateTime } from '../../lib/dates';
import { formatBytes, parseModelRef, shortDigest } from '../../lib/modelFormat';
import { SovereigntyStatus } from '../SovereigntyStatus';
import { SupplyChainMarks } from '../SupplyChainMarks';
import { Caption, warningTextColor } from '../Text';
import { VersionCompare } from './VersionCompare';
import { VersionDetail } from './VersionDetail';

type Version = ModelVersionSummary | ModelVersionFailure;

interface Row {
  id: string;
  tag: string;
  version: Version;
}

function Tags(props: { version: Version }) {
  const v = props.version;
  return (
    <>
      <strong data-version-tag={v.tag}>{v.tag}</strong>
      {v.status === 'ok' && v.sameDigestTags.length > 0 && (
        <Caption>same digest as {v.sameDigestTags.join(', ')}</Caption>
      )}
      {v.status === 'error' && (
        <Typography variant="body2" color="error" role="alert">
          {v.error}
        </Typography>
      )}
    </>
  );
}

function Digest(props: { digest?: string }) {
  if (!props.digest) return null;
  return (
    <Box
      component="span"
      sx={{ display: 'block', fontFamily: 'monospace', whiteSpace: 'nowrap' }}
    >
      <Tooltip title={props.digest}>
        <span aria-label={props.digest}>{shortDigest(props.digest)}</span>
      </Tooltip>
      <CopyButton text={props.digest} label="Copy digest" />
    </Box>
  );
}

function Deployment(props: { deployment: ModelDeployment }) {
  const d = props.deployment;
  const moved = d.mutableTag?.moved === 'yes';
  return (
    <Box sx={{ mb: 0.5 }} data-testid="deployment">
      <span>
        {d.cluster} / {d.namespace} / {d.kind} <strong>{d.name}</strong>
      </span>
      <Caption>
        {d.podCount} {d.podCount === 1 ? 'pod' : 'pods'}
        {d.mutableTag ? ` · by tag ${d.mutableTag.tag}` : ' · by digest'}
      </Caption>
      {moved && (
        <Tooltip title={d.mutableTag!.message}>
          <Chip
            size="small"
            icon={<WarningIcon />}
            variant="outlined"
            sx={{
              color: warningTextColor,
              borderColor: warningTextColor,
              [`& .${chipClasses.icon}`]: { color: warningTextColor },
              mt: 0.5,
              maxWidth: '100%',
              height: 'auto',
              [`& .${chipClasses.label}`]: { whiteSpace: 'normal', py: 0.25 },
            }}
            label={
              d.mutableTag!.summary ??
              `tag ${d.mutableTag!.tag} moved: pods run ${
                d.mutableTag!.runningDigest
                  ? shortDigest(d.mutableTag!.runningDigest)
                  : 'an older digest'
              }`
            }
          />
        </Tooltip>
      )}
      {d.mutableTag?.moved === 'unknown' && (
        <Caption>
          {d.mutableTag.summary
            ? `${d.mutableTag.summary}. ${d.mutableTag.message}`
            : d.mutableTag.message}
        </Caption>
      )}
    </Box>
  );
}

function Fit(props: { fit: ModelVersionFit }) {
  const { fit } = props;
  if (fit.status !== 'ok') {
    return <Caption>unknown: {fit.reason}</Caption>;
  }
  const need = `needs ${fit.estimate.totalGiB} GiB`;
  if (!fit.recommended) {
    return (
      <>
        <Typography variant="body2">fits no profile comfortably</Typography>
        <Caption>{need}</Caption>
      </>
    );
  }
  return (
    <>
      <Typography variant="body2">{fit.recommended.id}</Typography>
      <Caption>
        {fit.recommended.tier} · {need}
      </Caption>
    </>
  );
}

function ok(
  render: (v: ModelVersionSummary) => React.ReactNode,
): (row: Row) => React.ReactNode {
  return row => (row.version.status === 'ok' ? render(row.version) : null);
}

function columns(onDetail: (tag: string) => void): TableColumn<Row>[] {
  return [
    {
      title: 'Tag',
      field: 'tag',
      highlight: true,
      cellStyle: { minWidth: 120 },
      render: row => (
        <>
          <Tags version={row.version} />
          <Digest digest={row.version.digest} />
          {row.version.status === 'ok' && (
            <Button
              size="small"
              variant="outlined"
              sx={{ mt: 0.5 }}
              onClick={() => onDetail(row.version.tag)}
              aria-label={`Details of ${row.version.tag}`}
            >
              Details
            </Button>
          )}
        </>
      ),
    },
    {
      // Day and size share a column, and the model's own facts another, so
      // that the table with its deployments fits a 1440 px screen.
      title: 'Created / size',
      sorting: false,
      cellStyle: { minWidth: 110 },
      render: ok(v => (
        <>
          {formatDateTime(v.metadata.createdAt)}
          <Caption title={`${v.totalSize.toLocaleString('en')} bytes`}>
            {formatBytes(v.totalSize)}
          </Caption>
        </>
      )),
    },
    {
      title: 'Model and GPU fit',
      sorting: false,
      cellStyle: { minWidth: 150, wordBreak: 'break-word' },
      render: ok(v => (
        <>
          {[
            v.metadata.parameterSize,
            v.metadata.precision,
            v.metadata.quantization,
          ]
            .filter(Boolean)
            .join(' · ')}
          <Caption>
            {[v.metadata.format, v.packaging].filter(Boolean).join(' · ')}
          </Caption>
          {v.metadata.licenses.length > 0 && (
            <Caption>{v.metadata.licenses.join(', ')}</Caption>
          )}
          <Box sx={{ mt: 0.5 }}>
            <Fit fit={v.fit} />
          </Box>
        </>
      )),
    },
    {
      title: 'Signed / SBOM',
      sorting: false,
      render: ok(v => (
        <SupplyChainMarks
          signed={v.signed}
          sbom={v.sbom}
          sbomFormats={v.sbomFormats}
          error={v.supplyChainError}
        />
      )),
    },
    {
      title: 'Deployed in',
      sorting: false,
      cellStyle: { minWidth: 200 },
      render: ok(v =>
        v.deployments.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            not deployed
          </Typography>
        ) : (
          v.deployments.map(d => (
            <Deployment
              key={`${d.cluster}/${d.namespace}/${d.kind}/${d.name}/${d.field}`}
              deployment={d}
            />
          ))
        ),
      ),
    },
  ];
}

function Versions(props: { registry: string; repository: string }) {
  const { registry, repository } = props;
  const api = useApi(aiPlatformApiRef);
  const [detail, setDetail] = useState<string | undefined>();
  const { value, loading, error } = useAsync(
    () => api.getModelVersions(registry, repository),
    [api, registry, repository],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  const rows: Row[] = value.versions.map(version => ({
    id: version.tag,
    tag: version.tag,
    version,
  }));
  const readable = value.versions.filter(
    (v): v is ModelVersionSummary => v.status === 'ok',
  );
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography variant="body2">
          <strong>{registry}</strong> / {repository}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Storage
        </Typography>
        <SovereigntyStatus status={value.storage.status} />
      </Box>
      <Box sx={{ mb: 3 }}>
        <Table<Row>
          title={`Versions (${rows.length})`}
          columns={columns(setDetail)}
          data={rows}
          options={{
            // Dragging columns gives each header a second tab stop.
            draggable: false,
            paging: rows.length > 20,
            pageSize: 20,
            search: rows.length > 10,
            padding: 'dense',
            emptyRowsWhenPaging: false,
          }}
          emptyContent={
            <Box p={2}>
              <Typography>
                No versions: push a ModelPack or KitOps artifact to {registry}/
                {repository}.
              </Typography>
            </Box>
          }
        />
      </Box>
      {readable.length >= 2 && (
        <Box sx={{ mb: 3 }}>
          <VersionCompare
            registry={registry}
            repository={repository}
            tags={readable.map(v => v.tag)}
          />
        </Box>
      )}
      <Drawer
        anchor="right"
        open={detail !== undefined}
        onClose={() => setDetail(undefined)}
      >
        <Box sx={{ width: 760, maxWidth: '100vw', p: 3 }}>
          {detail !== undefined && (
            <VersionDetail
              registry={registry}
              repository={repository}
              tag={detail}
              onClose={() => setDetail(undefined)}
            />
          )}
        </Box>
      </Drawer>
    </>
  );
}

/**
 * The Versions tab of an `ai-model` Resource: its versions, where each runs,
 * a detail view and a compare of two versions.
 *
 * @public
 */
export function ModelVersionsContent() {
  const { entity } = useEntity();
  const ref = parseModelRef(
    entity.metadata.annotations?.[OCI_REPOSITORY_ANNOTATION],
  );
  if (!ref) {
    return (
      <MissingAnnotationEmptyState annotation={OCI_REPOSITORY_ANNOTATION} />
    );
  }
  return <Versions registry={ref.registry} repository={ref.repository} />;
}
