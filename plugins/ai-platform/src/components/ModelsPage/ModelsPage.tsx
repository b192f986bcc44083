import type {
  ModelList,
  ModelSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import {
  formatCreated,
  modelEntityNames,
  shortDigest,
} from '../../lib/modelFormat';
import { SovereigntyStatus } from '../SovereigntyStatus';
import { SupplyChainMarks } from '../SupplyChainMarks';

const useStyles = makeStyles(theme => ({
  caption: {
    display: 'block',
    color: theme.palette.text.secondary,
    fontWeight: 'normal',
  },
  mono: { display: 'block', fontFamily: 'monospace', whiteSpace: 'nowrap' },
  alerts: { marginBottom: theme.spacing(2) },
}));

interface Row {
  id: string;
  model: ModelSummary;
  entityName: string;
  nameText: string;
}

function Name(props: { row: Row }) {
  const classes = useStyles();
  const { model, entityName } = props.row;
  return (
    <>
      <EntityRefLink
        entityRef={{ kind: 'resource', namespace: 'default', name: entityName }}
      >
        {model.title ?? model.name ?? entityName}
      </EntityRefLink>
      <span className={classes.caption}>{model.repository}</span>
      {model.error && (
        <Typography variant="body2" color="error">
          {model.error}
        </Typography>
      )}
    </>
  );
}

function Latest(props: { model: ModelSummary }) {
  const classes = useStyles();
  const { latest } = props.model;
  if (!latest) return <Typography variant="body2">no versions</Typography>;
  return (
    <>
      <strong>{latest.tag}</strong>
      <span className={classes.mono} title={latest.digest}>
        {shortDigest(latest.digest)}
      </span>
      <span className={classes.caption}>{formatCreated(latest.createdAt)}</span>
    </>
  );
}

const columns: TableColumn<Row>[] = [
  {
    title: 'Model',
    field: 'nameText',
    highlight: true,
    cellStyle: { minWidth: 200 },
    render: row => <Name row={row} />,
  },
  { title: 'Registry', field: 'model.registry' },
  { title: 'Family', field: 'model.family' },
  {
    title: 'Licence',
    sorting: false,
    render: row => row.model.licenses.join(', '),
  },
  {
    title: 'Latest version',
    sorting: false,
    cellStyle: { minWidth: 180 },
    render: row => <Latest model={row.model} />,
  },
  {
    title: 'Versions',
    field: 'model.versionCount',
    type: 'numeric',
    render: row => (
      <>
        {row.model.versionCount}
        <Typography variant="caption" component="span" display="block">
          {row.model.digestCount} digests
        </Typography>
      </>
    ),
  },
  { title: 'Deployments', field: 'model.deploymentCount', type: 'numeric' },
  {
    title: 'Latest signed / SBOM',
    sorting: false,
    render: row =>
      row.model.latest ? (
        <SupplyChainMarks
          signed={row.model.latest.signed}
          sbom={row.model.latest.sbom}
        />
      ) : null,
  },
  {
    title: 'Storage',
    sorting: false,
    cellStyle: { whiteSpace: 'nowrap' },
    render: row => <SovereigntyStatus status={row.model.storage.status} />,
  },
];

function toRows(list: ModelList): Row[] {
  const names = modelEntityNames(list.models);
  return list.models.map(model => {
    const entityName = names.get(model.ref)!;
    return {
      id: model.ref,
      model,
      entityName,
      nameText: `${model.title ?? model.name ?? ''} ${model.ref}`,
    };
  });
}

/** The models of every configured registry, with their latest version. */
export function ModelsContent() {
  const classes = useStyles();
  const api = useApi(aiPlatformApiRef);
  const { value, loading, error } = useAsync(() => api.getModels(), [api]);
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  const failed = value.registries.filter(r => r.error);
  const rows = toRows(value);
  return (
    <>
      {failed.map(r => (
        <div key={r.name} className={classes.alerts}>
          <WarningPanel
            severity="error"
            title={`Registry ${r.name} could not be listed; its models are missing`}
            message={r.error}
          />
        </div>
      ))}
      <Table<Row>
        title={`Models (${rows.length})`}
        columns={columns}
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
              No models found. Add a registry under{' '}
              <code>aiPlatform.registries</code> in app-config and push
              ModelPack or KitOps artifacts to it.
            </Typography>
          </Box>
        }
      />
    </>
  );
}

/**
 * The Models page.
 *
 * @public
 */
export function ModelsPage(props: { header?: boolean }) {
  const content = (
    <Content>
      <ModelsContent />
    </Content>
  );
  if (props.header === false) return content;
  return (
    <Page themeId="tool">
      <Header
        title="Models"
        subtitle="Model versions in the OCI registries, and where they run"
      />
      {content}
    </Page>
  );
}
