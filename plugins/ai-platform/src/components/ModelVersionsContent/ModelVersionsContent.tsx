import {
  OCI_REPOSITORY_ANNOTATION,
  ModelDeployment,
  ModelVersionFailure,
  ModelVersionFit,
  ModelVersionSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  CopyTextButton,
  MissingAnnotationEmptyState,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Drawer from '@material-ui/core/Drawer';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/Warning';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import {
  formatBytes,
  formatCreated,
  parseModelRef,
  shortDigest,
} from '../../lib/modelFormat';
import { SovereigntyStatus } from '../SovereigntyStatus';
import { SupplyChainMarks } from '../SupplyChainMarks';
import { VersionCompare } from './VersionCompare';
import { VersionDetail } from './VersionDetail';

const useStyles = makeStyles(theme => ({
  caption: { display: 'block', color: theme.palette.text.secondary },
  mono: { fontFamily: 'monospace', whiteSpace: 'nowrap' },
  deployment: { marginBottom: theme.spacing(0.5) },
  moved: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
    marginTop: theme.spacing(0.5),
    maxWidth: '100%',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  drawer: { width: 760, maxWidth: '100vw', padding: theme.spacing(3) },
  section: { marginBottom: theme.spacing(3) },
}));

type Version = ModelVersionSummary | ModelVersionFailure;

interface Row {
  id: string;
  tag: string;
  version: Version;
}

function Tags(props: { version: Version }) {
  const classes = useStyles();
  const v = props.version;
  return (
    <>
      <strong data-version-tag={v.tag}>{v.tag}</strong>
      {v.status === 'ok' && v.sameDigestTags.length > 0 && (
        <span className={classes.caption}>
          same digest as {v.sameDigestTags.join(', ')}
        </span>
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
  const classes = useStyles();
  if (!props.digest) return null;
  return (
    <span className={classes.mono}>
      <Tooltip title={props.digest}>
        <span aria-label={props.digest}>{shortDigest(props.digest)}</span>
      </Tooltip>
      <CopyTextButton
        text={props.digest}
        tooltipText="Digest copied"
        aria-label="Copy digest"
      />
    </span>
  );
}

function Deployment(props: { deployment: ModelDeployment }) {
  const classes = useStyles();
  const d = props.deployment;
  const moved = d.mutableTag?.moved === 'yes';
  return (
    <div className={classes.deployment} data-testid="deployment">
      <span>
        {d.cluster} / {d.namespace} / {d.kind} <strong>{d.name}</strong>
      </span>
      <span className={classes.caption}>
        {d.podCount} {d.podCount === 1 ? 'pod' : 'pods'}
        {d.mutableTag ? ` · by tag ${d.mutableTag.tag}` : ' · by digest'}
      </span>
      {moved && (
        <Tooltip title={d.mutableTag!.message}>
          <Chip
            size="small"
            icon={<WarningIcon />}
            className={classes.moved}
            label={`tag ${d.mutableTag!.tag} moved: pods run ${
              d.mutableTag!.runningDigest
                ? shortDigest(d.mutableTag!.runningDigest)
                : 'an older digest'
            }`}
          />
        </Tooltip>
      )}
      {d.mutableTag?.moved === 'unknown' && (
        <span className={classes.caption}>{d.mutableTag.message}</span>
      )}
    </div>
  );
}

function Fit(props: { fit: ModelVersionFit }) {
  const classes = useStyles();
  const { fit } = props;
  if (fit.status !== 'ok') {
    return <span className={classes.caption}>unknown: {fit.reason}</span>;
  }
  const need = `needs ${fit.estimate.totalGiB} GiB`;
  if (!fit.recommended) {
    return (
      <>
        <Typography variant="body2">fits no profile comfortably</Typography>
        <span className={classes.caption}>{need}</span>
      </>
    );
  }
  return (
    <>
      <Typography variant="body2">{fit.recommended.id}</Typography>
      <span className={classes.caption}>
        {fit.recommended.tier} · {need}
      </span>
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
      render: row => <Tags version={row.version} />,
    },
    {
      title: 'Digest',
      sorting: false,
      render: row => <Digest digest={row.version.digest} />,
    },
    {
      title: 'Created',
      sorting: false,
      cellStyle: { whiteSpace: 'nowrap' },
      render: ok(v => {
        const [day, time] = formatCreated(v.metadata.createdAt).split(' ');
        return (
          <>
            {day}
            <Typography variant="caption" component="span" display="block">
              {time} UTC
            </Typography>
          </>
        );
      }),
    },
    {
      title: 'Size',
      sorting: false,
      cellStyle: { whiteSpace: 'nowrap' },
      render: ok(v => (
        <span title={`${v.totalSize.toLocaleString('en')} bytes`}>
          {formatBytes(v.totalSize)}
        </span>
      )),
    },
    {
      title: 'Parameters',
      sorting: false,
      cellStyle: { whiteSpace: 'nowrap' },
      render: ok(v => (
        <>
          {v.metadata.parameterSize}
          <Typography variant="caption" component="span" display="block">
            {[v.metadata.precision, v.metadata.quantization]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        </>
      )),
    },
    {
      title: 'Format',
      sorting: false,
      render: ok(v => (
        <>
          {v.metadata.format}
          <Typography variant="caption" component="span" display="block">
            {v.packaging}
          </Typography>
        </>
      )),
    },
    {
      title: 'Licence',
      sorting: false,
      cellStyle: { minWidth: 120, wordBreak: 'break-word' },
      render: ok(v => v.metadata.licenses.join(', ')),
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
      cellStyle: { minWidth: 240 },
      render: ok(v =>
        v.deployments.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
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
    {
      title: 'GPU fit',
      sorting: false,
      cellStyle: { minWidth: 160 },
      render: ok(v => <Fit fit={v.fit} />),
    },
    {
      title: '',
      sorting: false,
      cellStyle: { whiteSpace: 'nowrap' },
      render: ok(v => (
        <Button
          size="small"
          variant="outlined"
          onClick={() => onDetail(v.tag)}
          aria-label={`Details of ${v.tag}`}
        >
          Details
        </Button>
      )),
    },
  ];
}

function Versions(props: { registry: string; repository: string }) {
  const classes = useStyles();
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
      <div className={classes.header}>
        <Typography variant="body2">
          <strong>{registry}</strong> / {repository}
        </Typography>
        <SovereigntyStatus status={value.storage.status} />
        <Typography variant="body2" color="textSecondary">
          storage
        </Typography>
      </div>
      <div className={classes.section}>
        <Table<Row>
          title={`Versions (${rows.length})`}
          columns={columns(setDetail)}
          data={rows}
          options={{
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
      </div>
      {readable.length >= 2 && (
        <div className={classes.section}>
          <VersionCompare
            registry={registry}
            repository={repository}
            tags={readable.map(v => v.tag)}
          />
        </div>
      )}
      <Drawer
        anchor="right"
        open={detail !== undefined}
        onClose={() => setDetail(undefined)}
      >
        <div className={classes.drawer}>
          {detail !== undefined && (
            <VersionDetail
              registry={registry}
              repository={repository}
              tag={detail}
              onClose={() => setDetail(undefined)}
            />
          )}
        </div>
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
