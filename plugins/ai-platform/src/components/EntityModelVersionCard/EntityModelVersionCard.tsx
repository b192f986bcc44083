import type { ModelDeployment } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { Entity } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';

const ISVC_SELECTOR =
  /(?:^|,)\s*serving\.kserve\.io\/inferenceservice=([^,\s]+)/;

/** The workload an inference-service entity stands for: its namespace, name and cluster. */
export function workloadOf(
  entity: Entity,
): { namespace: string; name: string; cluster?: string } | undefined {
  const a = entity.metadata.annotations ?? {};
  const namespace = a['backstage.io/kubernetes-namespace'];
  if (!namespace) return undefined;
  const name =
    a['backstage.io/kubernetes-id'] ??
    ISVC_SELECTOR.exec(
      a['backstage.io/kubernetes-label-selector'] ?? '',
    )?.[1] ??
    entity.metadata.name;
  const cluster = a['ai-platform.io/cluster'];
  return { namespace, name, ...(cluster ? { cluster } : {}) };
}

function What(props: { d: ModelDeployment }) {
  const { d } = props;
  const tag = d.mutableTag;
  const runs = d.digest
    ? `${d.tags.length ? d.tags.join(', ') : d.digest.slice(0, 19)}`
    : undefined;
  return (
    <Box data-testid="model-version" sx={{ mb: 2 }}>
      <Typography variant="body2">
        {d.cluster} / {d.namespace} / {d.kind} <strong>{d.name}</strong>
      </Typography>
      <Typography
        variant="caption"
        color="text.secondary"
        display="block"
        sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
      >
        {d.reference}
      </Typography>
      <Box sx={{ mt: 0.5, display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {tag ? (
          <Chip
            size="small"
            color={tag.moved === 'no' ? 'default' : 'warning'}
            label={tag.summary ?? tag.message}
            title={tag.message}
          />
        ) : (
          <Chip
            size="small"
            label={`runs ${runs ?? 'an unknown digest'} (pinned)`}
          />
        )}
        {d.digest && (
          <Typography
            variant="caption"
            sx={{ fontFamily: 'monospace' }}
            title={d.digest}
          >
            {d.digest.slice(0, 19)}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

/**
 * "Model version": the version an inference service's pods really run
 * (from their modelcar image ID, or the pinned digest), and, where the
 * service names a tag that has since moved, the drift.
 *
 * @public
 */
export function EntityModelVersionCard() {
  const { entity } = useEntity();
  const api = useApi(aiPlatformApiRef);
  const workload = workloadOf(entity);
  const { value, loading, error } = useAsync(
    async () => (workload ? api.getWorkloadDeployments(workload) : undefined),
    [api, workload?.namespace, workload?.name, workload?.cluster],
  );
  return (
    <InfoCard title="Model version">
      <section aria-label="Model version this service runs">
        {!workload && (
          <Typography variant="body2">
            Set the annotation backstage.io/kubernetes-namespace (and
            backstage.io/kubernetes-id) to see which model version runs.
          </Typography>
        )}
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && value.items.length === 0 && (
          <EmptyState
            missing="data"
            title="No model reference found"
            description="No KServe service or pod of this name references a model in a configured registry."
          />
        )}
        {value?.items.map(d => (
          <What key={`${d.cluster}/${d.kind}/${d.field}`} d={d} />
        ))}
      </section>
    </InfoCard>
  );
}
