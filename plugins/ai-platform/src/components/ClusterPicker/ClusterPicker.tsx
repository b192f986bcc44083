import {
  ClusterGpus,
  ClusterPlacement,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import BlockIcon from '@mui/icons-material/Block';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { FieldError } from '../FieldError';
import { formDataOf, placementReasons, stringAt } from '../../lib/formFields';
import { count, GPU_UNIT, productLabel } from '../../lib/gpuFormat';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { PickerOption } from '../PickerOption';

const Muted = styled('span')(({ theme }) => ({
  color: theme.palette.text.secondary,
}));

/** Options of the `AiPlatformClusterPicker` field. */
export interface ClusterPickerUiOptions {
  /** The form field holding the data classification. Default `classification`. */
  classificationField?: string;
}

const DEFAULT_CLASSIFICATION_FIELD = 'classification';

/** Free whole GPUs (device plugin and DRA) of each product of a cluster. */
export function freeWholeGpusByProduct(
  gpus: ClusterGpus,
): Array<{ product: string; free: number }> {
  return gpus.products
    .map(p => ({
      product: p.product,
      free: p.pools
        .filter(pool => pool.kind === 'whole' || pool.kind === 'dra')
        .reduce((sum, pool) => sum + pool.free, 0),
    }))
    .filter(p => p.free > 0);
}

function FreeGpus(props: { gpus?: ClusterGpus; error?: Error }) {
  if (props.error) {
    return (
      <Typography variant="body2" color="text.secondary">
        Free GPUs unknown: {props.error.message}
      </Typography>
    );
  }
  if (!props.gpus) return null;
  const byProduct = freeWholeGpusByProduct(props.gpus);
  const free = props.gpus.totals.wholeGpus.free;
  // A stale cluster's counts are those of its cache, not of now.
  const when = props.gpus.health.state === 'synced' ? '' : ' when last read';
  return (
    <Typography variant="body2">
      {count(free, GPU_UNIT)} free{when}
      {byProduct.length > 0 &&
        `: ${byProduct
          .map(p => `${p.free} × ${productLabel(p.product)}`)
          .join(', ')}`}
    </Typography>
  );
}

function ClusterLabel(props: {
  placement: ClusterPlacement;
  classification: string;
  gpus?: ClusterGpus;
  gpuError?: Error;
}) {
  const { placement: p, classification } = props;
  const jurisdiction = p.labels[SOVEREIGNTY_LABELS.jurisdiction];
  const allowed = p.status === 'compliant';
  return (
    <Box>
      <Box
        component="span"
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          columnGap: 1.5,
        }}
      >
        <strong>{p.title ?? p.cluster}</strong>
        {p.title && <Muted>{p.cluster}</Muted>}
        <span>Jurisdiction {jurisdiction ?? 'not labelled'}</span>
      </Box>
      {p.health.state !== 'synced' && (
        <Box>
          <ClusterHealthStatus health={p.health} />
        </Box>
      )}
      {allowed ? (
        <FreeGpus gpus={props.gpus} error={props.gpuError} />
      ) : (
        <Typography
          variant="body2"
          component="span"
          color="text.secondary"
          sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}
        >
          <BlockIcon sx={{ fontSize: '1rem', mt: '2px' }} aria-hidden />
          <span>
            {p.status === 'unknown'
              ? `Cannot tell whether ${classification} data may run here: `
              : `Not allowed for ${classification} data: `}
            {placementReasons(p).join(' ')}
          </span>
        </Typography>
      )}
    </Box>
  );
}

/**
 * The `AiPlatformClusterPicker` field: the clusters the chosen data
 * classification may run on by the sovereignty rules, with jurisdiction,
 * health and free GPUs; the others greyed with the evaluator's reason. Its
 * value is the cluster name.
 */
export function ClusterPicker(
  props: FieldExtensionComponentProps<string, ClusterPickerUiOptions>,
) {
  const { formData, onChange, schema, uiSchema, rawErrors, required } = props;
  const api = useApi(aiPlatformApiRef);
  const field =
    uiSchema?.['ui:options']?.classificationField ??
    DEFAULT_CLASSIFICATION_FIELD;
  const classification = stringAt(formDataOf(props), field);
  const placements = useAsync(
    async () =>
      classification ? api.getClusterPlacements(classification) : undefined,
    [api, classification],
  );
  const overview = useAsync(() => api.getGpuOverview(), [api]);
  const title = schema.title ?? 'Cluster';

  const items = [...(placements.value?.items ?? [])].sort(
    (a, b) =>
      Number(a.status !== 'compliant') - Number(b.status !== 'compliant') ||
      a.cluster.localeCompare(b.cluster),
  );
  const chosen = items.find(p => p.cluster === formData);

  return (
    <FormControl
      component="fieldset"
      margin="normal"
      fullWidth
      required={required}
      error={(rawErrors?.length ?? 0) > 0}
    >
      <FormLabel component="legend">{title}</FormLabel>
      {schema.description && (
        <FormHelperText>{schema.description}</FormHelperText>
      )}
      {!classification && (
        <Typography sx={{ mt: 1 }}>
          Choose the data classification first: only the clusters where that
          data may run are offered.
        </Typography>
      )}
      {placements.loading && <Progress />}
      {placements.error && (
        <FieldError
          what={`The clusters could not be checked for ${classification} data`}
          error={placements.error}
        />
      )}
      {placements.value && items.length === 0 && (
        <Typography sx={{ mt: 1 }}>
          No clusters are configured. Add one under{' '}
          <code>aiPlatform.clusters</code> in app-config.
        </Typography>
      )}
      {placements.value &&
        items.length > 0 &&
        items.every(p => p.status !== 'compliant') && (
          <Typography color="error" sx={{ mt: 1 }}>
            No cluster may run {classification} data. Choose another
            classification, or ask the platform team for a cluster that meets
            the rule.
          </Typography>
        )}
      {chosen && chosen.status !== 'compliant' && (
        <Typography color="error" sx={{ mt: 1 }} role="alert">
          {chosen.cluster} was chosen but is not allowed for {classification}{' '}
          data; choose an allowed cluster.
        </Typography>
      )}
      {classification && items.length > 0 && (
        <RadioGroup
          aria-label={title}
          value={formData ?? ''}
          onChange={e => onChange(e.target.value)}
        >
          {items.map(p => (
            <PickerOption
              key={p.cluster}
              value={p.cluster}
              disabled={props.disabled || p.status !== 'compliant'}
              label={
                <ClusterLabel
                  placement={p}
                  classification={classification}
                  gpus={overview.value?.clusters.find(
                    c => c.cluster === p.cluster,
                  )}
                  gpuError={overview.error}
                />
              }
            />
          ))}
        </RadioGroup>
      )}
    </FormControl>
  );
}

/** Rejects a missing cluster, and one the classification may not run on, with the reason. */
export const validateCluster: CustomFieldValidator<
  string,
  ClusterPickerUiOptions
> = async (value, validation, context) => {
  if (!value) {
    validation.addError('choose a cluster');
    return;
  }
  const field =
    context.uiSchema?.['ui:options']?.classificationField ??
    DEFAULT_CLASSIFICATION_FIELD;
  const classification = stringAt(context.formData, field);
  if (!classification) {
    validation.addError(
      `choose the data classification (field ${field}) first, so ${value} can be checked`,
    );
    return;
  }
  const api = context.apiHolder.get(aiPlatformApiRef);
  if (!api) return;
  let placement: ClusterPlacement | undefined;
  try {
    const list = await api.getClusterPlacements(classification);
    placement = list.items.find(p => p.cluster === value);
  } catch (e) {
    validation.addError(
      `could not check whether ${value} may run ${classification} data: ${
        (e as Error).message
      }`,
    );
    return;
  }
  if (!placement) {
    validation.addError(`no cluster named ${value} is configured`);
  } else if (placement.status !== 'compliant') {
    validation.addError(
      `${value} is not allowed for ${classification} data: ${placementReasons(
        placement,
      ).join(' ')}`,
    );
  }
};
