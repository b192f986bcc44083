import type {
  ModelList,
  ModelSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { formatDateTime } from '../../lib/dates';
import { modelEntityNames, shortDigest } from '../../lib/modelFormat';
import { InferenceServicesTable } from '../InferenceServicesTable';
import { SovereigntyStatus } from '../SovereigntyStatus';
import { SupplyChainMarks } from '../SupplyChainMarks';
import { PluginPage } from '../PluginPage';
import { Caption, Mono } from '../Text';

const SUBTITLE =
  'Model versions in the OCI registries, and the inference services that run them.';

interface Row {
  id: string;
  model: ModelSummary;
  entityName: string;
  nameText: string;
}

function Name(props: { row: Row }) {
  const { model, entityName } = props.row;
  return (
    <>
      <EntityRefLink
        entityRef={{ kind: 'resource', namespace: 'default', name: entityName }}
      >
        {model.title ?? model.name ?? entityName}
      </EntityRefLink>
      <Caption>{model.repository}</Caption>
      <Caption>
        {[model.registry, model.family, model.licenses.join(', ')]
          .filter(Boolean)
          .join(' · ')}
      </Caption>
      {model.error && (
        <Typography variant="body2" color="error">
          {model.error}
        </Typography>
      )}
    </>
  );
}

function Latest(props: { model: ModelSummary }) {
  const { latest } = props.model;
  if (!latest) return <Typography variant="body2">no versions</Typography>;
  return (
    <>
      <strong>{latest.tag}</strong>
      <Mono title={latest.digest}>{shortDigest(latest.digest)}</Mono>
      <Caption>{formatDateTime(latest.createdAt)}</Caption>
    </>
  );
}

const columns: TableColumn<Row>[] = [
  {
    title: 'Model',
    field: 'nameText',
    highlight: true,
    cellStyle: { minWidth: 200, maxWidth: 320, overflowWrap: 'anywhere' },
    render: row => <Name row={row} />,
  },
  // Searchable and sortable without a column of their own: registry,
  // family and licence sit under the name, so the table fits 1280 px.
  {
    title: 'Registry',
    field: 'model.registry',
    hidden: true,
    searchable: true,
  },
  { title: 'Family', field: 'model.family', hidden: true, searchable: true },
  {
    title: 'Latest version',
    sorting: false,
    cellStyle: { minWidth: 160 },
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
        <Typography variant="caption" component="span" display="block">
          {row.model.deploymentCount}{' '}
          {row.model.deploymentCount === 1 ? 'deployment' : 'deployments'}
        </Typography>
      </>
    ),
  },
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
        <Box key={r.name} sx={{ mb: 2 }}>
          <WarningPanel
            severity="error"
            title={`Registry ${r.name} could not be listed; its models are missing`}
            message={r.error}
          />
        </Box>
      ))}
      <Box component="section" aria-label="Model repositories">
        <Table<Row>
          title={`Models (${rows.length})`}
          columns={columns}
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
                No models found. Add a registry under{' '}
                <code>aiPlatform.registries</code> in app-config and push
                ModelPack or KitOps artifacts to it.
              </Typography>
            </Box>
          }
        />
      </Box>
    </>
  );
}

/**
 * The Models page.
 *
 * @public
 */
export function ModelsPage(props: { header?: boolean }) {
  return (
    <PluginPage title="Models" subtitle={SUBTITLE} header={props.header}>
      <ModelsContent />
      <Box sx={{ mt: 3 }}>
        <InferenceServicesTable />
      </Box>
    </PluginPage>
  );
}
