import type { ModelFieldChange } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  Table,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { aiPlatformApiRef } from '../../api';
import { formatBytes } from '../../lib/modelFormat';
import { LayersTable } from './VersionDetail';

type ChangeRow = ModelFieldChange & { id: string };

/** Pick two versions, see what changed from A to B. */
export function VersionCompare(props: {
  registry: string;
  repository: string;
  tags: string[];
}) {
  const { registry, repository, tags } = props;
  const api = useApi(aiPlatformApiRef);
  const [a, setA] = useState(tags[1] ?? tags[0]);
  const [b, setB] = useState(tags[0]);
  const [{ value, loading, error }, compare] = useAsyncFn(
    () => api.compareModelVersions(registry, repository, a, b),
    [api, registry, repository, a, b],
  );
  const select = (label: string, v: string, set: (s: string) => void) => (
    <TextField
      select
      label={label}
      value={v}
      onChange={e => set(e.target.value)}
      SelectProps={{ native: true }}
      inputProps={{ 'aria-label': label }}
      variant="outlined"
      size="small"
    >
      {tags.map(t => (
        <option key={t} value={t}>
          {t}
        </option>
      ))}
    </TextField>
  );
  return (
    <InfoCard title="Compare two versions">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
        {select('Version A', a, setA)}
        {select('Version B', b, setB)}
        <Button
          variant="contained"
          color="primary"
          onClick={() => compare()}
          disabled={loading}
        >
          Compare
        </Button>
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <section aria-label="Comparison">
          <Typography variant="body1" paragraph>
            <strong>{value.a.tag}</strong> → <strong>{value.b.tag}</strong>
            {': '}
            {value.sameDigest
              ? 'the same digest, nothing differs.'
              : `size ${value.sizeDelta >= 0 ? '+' : ''}${formatBytes(
                  value.sizeDelta,
                )} (${formatBytes(value.a.totalSize)} → ${formatBytes(
                  value.b.totalSize,
                )}); layers: ${value.layers.added.length} added, ${
                  value.layers.removed.length
                } removed, ${value.layers.unchanged.length} unchanged.`}
          </Typography>
          <Box mb={2}>
            <Table<ChangeRow>
              title={`Changes (${value.changes.length})`}
              columns={[
                { title: 'Field', field: 'field' },
                { title: `A (${value.a.tag})`, field: 'a' },
                { title: `B (${value.b.tag})`, field: 'b' },
              ]}
              data={value.changes.map(c => ({ ...c, id: c.field }))}
              options={{
                // Dragging columns gives each header a second tab stop.
                draggable: false,
                paging: false,
                search: false,
                padding: 'dense',
              }}
              emptyContent={
                <Box p={2}>
                  <Typography>No metadata differs.</Typography>
                </Box>
              }
            />
          </Box>
          <Box mb={2}>
            <LayersTable title="Layers added" layers={value.layers.added} />
          </Box>
          <LayersTable title="Layers removed" layers={value.layers.removed} />
        </section>
      )}
    </InfoCard>
  );
}
