import type {
  ModelLayer,
  SupplyChainArtifact,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  CodeSnippet,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { formatDateTime } from '../../lib/dates';
import { formatBytes, shortDigest } from '../../lib/modelFormat';
import { SupplyChainMarks } from '../SupplyChainMarks';

type LayerRow = ModelLayer & { id: string };

export const layerColumns: TableColumn<LayerRow>[] = [
  { title: 'Kind', field: 'kind' },
  { title: 'Path', field: 'path' },
  { title: 'Media type', field: 'mediaType' },
  {
    title: 'Digest',
    render: row => <span title={row.digest}>{shortDigest(row.digest)}</span>,
  },
  { title: 'Size', render: row => formatBytes(row.size) },
];

export function LayersTable(props: { title: string; layers: ModelLayer[] }) {
  const data = props.layers.map((l, i) => ({ ...l, id: `${l.digest}-${i}` }));
  return (
    <Table<LayerRow>
      title={`${props.title} (${data.length})`}
      columns={layerColumns}
      data={data}
      options={{
        // Dragging columns gives each header a second tab stop.
        draggable: false,
        paging: false,
        search: false,
        padding: 'dense',
        toolbar: true,
      }}
      emptyContent={
        <Box p={2}>
          <Typography>None.</Typography>
        </Box>
      }
    />
  );
}

function Referrers(props: { title: string; items: SupplyChainArtifact[] }) {
  return (
    <Box mb={1}>
      <Typography variant="subtitle2">
        {props.title} ({props.items.length})
      </Typography>
      {props.items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          none found
        </Typography>
      ) : (
        <ul>
          {props.items.map(a => (
            <li key={a.digest}>
              <Typography variant="body2">
                <span title={a.digest}>{shortDigest(a.digest)}</span> ·{' '}
                {a.artifactType}
                {a.sbomFormat ? ` · ${a.sbomFormat}` : ''} · via {a.source}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}

/** One version: metadata, referrers, layers and the manifest. */
export function VersionDetail(props: {
  registry: string;
  repository: string;
  tag: string;
  onClose: () => void;
}) {
  const { registry, repository, tag } = props;
  const api = useApi(aiPlatformApiRef);
  const { value, loading, error } = useAsync(
    () => api.getModelVersion(registry, repository, tag),
    [api, registry, repository, tag],
  );
  return (
    <section aria-label={`Version ${tag}`}>
      <Box display="flex" justifyContent="space-between" mb={2}>
        <Typography variant="h5" component="h2">
          {repository}:{tag}
        </Typography>
        <Button onClick={props.onClose}>Close</Button>
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <>
          <Box mb={2}>
            <Typography variant="body2">
              Digest: <code>{value.digest}</code>
            </Typography>
            {value.manifestDigest !== value.digest && (
              <Typography variant="body2">
                Manifest: <code>{value.manifestDigest}</code>
              </Typography>
            )}
            <Typography variant="body2">
              {value.packaging} · {value.mediaType} ·{' '}
              {formatBytes(value.totalSize)} ·{' '}
              {formatDateTime(value.metadata.createdAt)}
            </Typography>
            <Typography variant="body2">
              Config: <code>{shortDigest(value.configDigest)}</code>
            </Typography>
            {value.warnings.map(w => (
              <Typography key={w} variant="body2" color="error">
                {w}
              </Typography>
            ))}
          </Box>
          <Box mb={2}>
            <Typography variant="h6" component="h3">
              Referrers
            </Typography>
            <SupplyChainMarks
              signed={value.signed}
              sbom={value.sbom}
              sbomFormats={value.sbomFormats}
              error={value.supplyChainError}
            />
            {value.supplyChain && (
              <Box mt={1}>
                <Referrers
                  title="Signatures"
                  items={value.supplyChain.signatures}
                />
                <Referrers title="SBOMs" items={value.supplyChain.sboms} />
                <Referrers
                  title="Attestations"
                  items={value.supplyChain.attestations}
                />
              </Box>
            )}
          </Box>
          <Box mb={2}>
            <LayersTable title="Layers" layers={value.layers} />
          </Box>
          <Typography variant="h6" component="h3">
            Manifest
          </Typography>
          <CodeSnippet
            language="json"
            text={JSON.stringify(value.manifest, null, 2)}
            showCopyCodeButton
          />
        </>
      )}
    </section>
  );
}
