import type {
  ClusterGpus,
  GpuProductSummary,
  ModelVersionSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import WarningIcon from '@mui/icons-material/Warning';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { FieldError } from '../FieldError';
import { PickerOption } from '../PickerOption';
import type { AiPlatformApi } from '../../api';
import {
  findVersion,
  formDataOf,
  GpuProfileFieldValue,
  ModelVersionFieldValue,
  modelVersionAt,
  stringAt,
} from '../../lib/formFields';
import { count, GPU_UNIT, productLabel } from '../../lib/gpuFormat';
import {
  fitFigures,
  fitVersionOn,
  gpuProfile,
  ProfileFit,
  productMemoryGiB,
  tierLabel,
} from '../../lib/profileFit';

const headSx = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: 1.5,
  rowGap: 0.5,
} as const;

/** Options of the `AiPlatformGpuProfilePicker` field. */
export interface GpuProfilePickerUiOptions {
  /** The form field holding the model version. Default `model`. */
  modelField?: string;
  /** The form field holding the cluster name. Default `cluster`. */
  clusterField?: string;
}

const fieldsOf = (options?: GpuProfilePickerUiOptions) => ({
  modelField: options?.modelField ?? 'model',
  clusterField: options?.clusterField ?? 'cluster',
});

/** Free whole GPUs (device plugin and DRA) and free MIG slices of one product. */
export function productCapacity(product: GpuProductSummary) {
  const whole = product.pools.filter(
    p => p.kind === 'whole' || p.kind === 'dra',
  );
  return {
    freeGpus: whole.reduce((sum, p) => sum + p.free, 0),
    largestFreeOnNode: Math.max(0, ...whole.map(p => p.largestFreeOnNode)),
    migs: product.pools
      .filter(p => p.kind === 'mig' && p.migProfile)
      .map(p => ({ profile: p.migProfile!, free: p.free })),
  };
}

/** Where the profile's inputs come from, loaded. */
interface Inputs {
  version: ModelVersionSummary;
  cluster: ClusterGpus;
}

/** Reads the chosen version and the cluster's GPUs; throws a sentence when one is missing. */
async function loadInputs(
  api: AiPlatformApi,
  model: ModelVersionFieldValue,
  cluster: string,
): Promise<Inputs> {
  const [versions, overview] = await Promise.all([
    api.getModelVersions(model.registry, model.repository),
    api.getGpuOverview({ cluster }),
  ]);
  const version = findVersion(versions.versions, model.tag);
  if (!version) {
    throw new Error(
      `${model.repository}:${model.tag} could not be read as a model version`,
    );
  }
  const gpus = overview.clusters.find(c => c.cluster === cluster);
  if (!gpus) throw new Error(`no GPU data for cluster ${cluster}`);
  return { version, cluster: gpus };
}

/** The fit of a value on a cluster, or why it is not a valid choice there. */
export function judgeValue(
  value: GpuProfileFieldValue,
  inputs: Inputs,
): { fit?: ProfileFit; problem?: string } {
  const product = inputs.cluster.products.find(
    p => p.product === value.gpuProduct,
  );
  if (!product) {
    return {
      problem: `${inputs.cluster.cluster} has no ${value.gpuProduct} GPUs`,
    };
  }
  const capacity = productCapacity(product);
  if (value.migProfile) {
    const mig = capacity.migs.find(m => m.profile === value.migProfile);
    if (!mig) {
      return {
        problem: `${value.gpuProduct} on ${inputs.cluster.cluster} offers no MIG ${value.migProfile} slices`,
      };
    }
  } else {
    if (!Number.isInteger(value.gpus) || value.gpus < 1) {
      return { problem: 'the GPU count must be a whole number from 1' };
    }
    if (value.gpus > capacity.freeGpus) {
      return {
        problem: `${value.gpuProduct}: only ${count(
          capacity.freeGpus,
          GPU_UNIT,
        )} free on ${inputs.cluster.cluster}, ${value.gpus} asked`,
      };
    }
  }
  const fit = fitVersionOn(
    inputs.version,
    gpuProfile(product, value.gpus, value.migProfile),
  );
  if (fit.status === 'ok' && fit.profile.tier === 'does-not-fit') {
    return {
      fit,
      problem: `that profile does not fit ${inputs.version.tag}: needs ${fit.estimate.totalGiB} GiB, has ${fit.profile.memoryGiB} GiB`,
    };
  }
  return { fit };
}

function FitChip(props: { fit: ProfileFit }) {
  const { fit } = props;
  if (fit.status !== 'ok') {
    return (
      <Chip
        size="small"
        variant="outlined"
        icon={<HelpOutlineIcon aria-hidden />}
        label="Fit unknown"
      />
    );
  }
  const { tier } = fit.profile;
  let icon = <CheckCircleIcon aria-hidden />;
  let color: 'success' | 'warning' | 'error' = 'success';
  if (tier === 'tight') {
    icon = <WarningIcon aria-hidden />;
    color = 'warning';
  } else if (tier === 'does-not-fit') {
    icon = <ErrorIcon aria-hidden />;
    color = 'error';
  }
  return (
    <Chip size="small" icon={icon} color={color} label={tierLabel(tier)} />
  );
}

function FitText(props: { fit: ProfileFit }) {
  const { fit } = props;
  return (
    <span>
      {fit.status === 'ok' ? fitFigures(fit) : `unknown: ${fit.reason}`}
    </span>
  );
}

/**
 * What to preselect for a product: the fewest free whole GPUs the model fits
 * comfortably on; without free whole GPUs, the smallest free MIG profile it
 * fits; else one GPU (which validation then explains).
 */
function suggestedValue(
  version: ModelVersionSummary,
  product: GpuProductSummary,
): GpuProfileFieldValue {
  const { freeGpus, migs } = productCapacity(product);
  const base = { gpuProduct: product.product, gpus: 1 };
  const fits = (fit: ProfileFit) =>
    fit.status === 'ok' && fit.profile.tier !== 'does-not-fit';
  if (freeGpus === 0) {
    const mig = migs
      .filter(m => m.free > 0)
      .map(m => ({
        ...m,
        fit: fitVersionOn(version, gpuProfile(product, 1, m.profile)),
      }))
      .filter(m => fits(m.fit))
      .sort(
        (a, b) =>
          (a.fit as { profile: { memoryGiB: number } }).profile.memoryGiB -
          (b.fit as { profile: { memoryGiB: number } }).profile.memoryGiB,
      )[0];
    return mig ? { ...base, migProfile: mig.profile } : base;
  }
  for (let n = 1; n <= freeGpus; n++) {
    const fit = fitVersionOn(version, gpuProfile(product, n));
    if (fit.status !== 'ok' || fit.profile.tier === 'comfortable') {
      return { ...base, gpus: n };
    }
  }
  return base;
}

function ProductLabel(props: {
  product: GpuProductSummary;
  version: ModelVersionSummary;
}) {
  const { product, version } = props;
  const capacity = productCapacity(product);
  const memory = productMemoryGiB(product);
  const oneGpu = fitVersionOn(version, gpuProfile(product, 1));
  return (
    <Box>
      <Box component="span" sx={headSx}>
        <strong>{productLabel(product.product)}</strong>
        {memory !== undefined && <span>{memory} GiB each</span>}
        <FitChip fit={oneGpu} />
      </Box>
      <Typography variant="body2">
        {count(capacity.freeGpus, GPU_UNIT)} free
        {capacity.freeGpus > 0 &&
          ` (at most ${capacity.largestFreeOnNode} on one node)`}
        {capacity.migs.length > 0 &&
          ` · MIG: ${capacity.migs
            .map(m => `${m.free} × ${m.profile}`)
            .join(', ')} free`}
      </Typography>
      <Typography variant="caption" display="block" color="text.secondary">
        on 1 GPU: <FitText fit={oneGpu} />
      </Typography>
    </Box>
  );
}

/**
 * The `AiPlatformGpuProfilePicker` field: the GPU products of the chosen
 * cluster with their free counts and the live fit of the chosen model
 * version, then a GPU count or a MIG profile. Its value is
 * `{ gpuProduct, gpus, migProfile? }`.
 */
export function GpuProfilePicker(
  props: FieldExtensionComponentProps<
    GpuProfileFieldValue,
    GpuProfilePickerUiOptions
  >,
) {
  const { formData, onChange, schema, uiSchema, rawErrors, required } = props;
  const id = props.idSchema?.$id ?? 'ai-platform-gpu-profile';
  const api = useApi(aiPlatformApiRef);
  const { modelField, clusterField } = fieldsOf(uiSchema?.['ui:options']);
  const data = formDataOf(props);
  const model = modelVersionAt(data, modelField);
  const cluster = stringAt(data, clusterField);
  const inputs = useAsync(
    async () =>
      model && cluster ? loadInputs(api, model, cluster) : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, model?.registry, model?.repository, model?.tag, cluster],
  );
  const title = schema.title ?? 'GPU profile';

  const missing = [!model && 'a model version', !cluster && 'a cluster'].filter(
    Boolean,
  );

  const loaded = inputs.value;
  const products = loaded?.cluster.products.filter(p => p.physicalGpus > 0);
  const product = products?.find(p => p.product === formData?.gpuProduct);
  const capacity = product ? productCapacity(product) : undefined;
  const judged =
    loaded && formData?.gpuProduct ? judgeValue(formData, loaded) : undefined;

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
      {missing.length > 0 && (
        <Typography sx={{ mt: 2 }}>
          Choose {missing.join(' and ')} first: the GPU profiles are those of
          the cluster, judged for the model.
        </Typography>
      )}
      {inputs.loading && <Progress />}
      {inputs.error && (
        <FieldError
          what="The GPU profiles could not be read"
          error={inputs.error}
        />
      )}
      {loaded && loaded.cluster.health.state !== 'synced' && (
        <Box sx={{ mt: 2 }}>
          <WarningPanel
            severity="warning"
            title={`${loaded.cluster.cluster} is ${loaded.cluster.health.state}: free counts may be out of date`}
            message={loaded.cluster.health.error}
          />
        </Box>
      )}
      {products && products.length === 0 && (
        <Typography sx={{ mt: 2 }}>
          {cluster} has no GPUs. Choose another cluster.
        </Typography>
      )}
      {loaded && products && products.length > 0 && (
        <>
          <RadioGroup
            aria-label="GPU product"
            value={formData?.gpuProduct ?? ''}
            onChange={e => {
              const next = products.find(p => p.product === e.target.value)!;
              onChange(suggestedValue(loaded.version, next));
            }}
          >
            {products.map(p => (
              <PickerOption
                key={p.product}
                value={p.product}
                disabled={props.disabled}
                label={<ProductLabel product={p} version={loaded.version} />}
              />
            ))}
          </RadioGroup>
          {product && capacity && formData && (
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 2 }}>
              <TextField
                type="number"
                id={`${id}-gpus`}
                label="Whole GPUs"
                sx={{ minWidth: 220 }}
                disabled={props.disabled || Boolean(formData.migProfile)}
                value={formData.migProfile ? 1 : formData.gpus}
                inputProps={{ min: 1, max: Math.max(1, capacity.freeGpus) }}
                helperText={`1 to ${Math.max(1, capacity.freeGpus)} (${
                  capacity.freeGpus
                } free)`}
                onChange={e => {
                  const n = Math.round(Number(e.target.value));
                  const bounded = Math.min(
                    Math.max(1, Number.isFinite(n) ? n : 1),
                    Math.max(1, capacity.freeGpus),
                  );
                  onChange({ gpuProduct: product.product, gpus: bounded });
                }}
              />
              {capacity.migs.length > 0 && (
                <TextField
                  select
                  id={`${id}-mig`}
                  label="MIG profile"
                  sx={{ minWidth: 220 }}
                  disabled={props.disabled}
                  value={formData.migProfile ?? ''}
                  helperText="A slice of one GPU instead of whole GPUs"
                  onChange={e => {
                    const mig = e.target.value;
                    onChange(
                      mig
                        ? {
                            gpuProduct: product.product,
                            gpus: 1,
                            migProfile: mig,
                          }
                        : { gpuProduct: product.product, gpus: 1 },
                    );
                  }}
                >
                  <MenuItem value="">None: whole GPUs</MenuItem>
                  {capacity.migs.map(m => (
                    <MenuItem
                      key={m.profile}
                      value={m.profile}
                      disabled={m.free === 0}
                    >
                      {m.profile} ({m.free} free)
                    </MenuItem>
                  ))}
                </TextField>
              )}
            </Box>
          )}
          {judged && formData && (
            <Box
              sx={{
                mt: 2,
                p: 1.5,
                border: 1,
                borderColor: 'divider',
                borderRadius: 1,
              }}
              role="status"
              aria-label="Fit"
            >
              <Box component="span" sx={headSx}>
                <strong>
                  {formData.migProfile
                    ? `${productLabel(formData.gpuProduct)} MIG ${
                        formData.migProfile
                      }`
                    : `${formData.gpus} × ${productLabel(formData.gpuProduct)}`}
                </strong>
                {judged.fit && <FitChip fit={judged.fit} />}
                {judged.fit && <FitText fit={judged.fit} />}
              </Box>
              {judged.problem && (
                <Typography variant="body2" color="error">
                  {judged.problem}
                </Typography>
              )}
              {judged.fit?.status === 'ok' &&
                judged.fit.profile.tier === 'tight' && (
                  <Typography variant="body2">
                    Above 80 % of the memory: little room for longer contexts or
                    more concurrent requests.
                  </Typography>
                )}
              {judged.fit?.status === 'ok' && (
                <Typography
                  variant="caption"
                  display="block"
                  color="text.secondary"
                >
                  {judged.fit.estimate.assumptions.join('; ')}
                </Typography>
              )}
            </Box>
          )}
        </>
      )}
    </FormControl>
  );
}

/** Rejects a missing profile, one the cluster cannot give, and one the model does not fit. */
export const validateGpuProfile: CustomFieldValidator<
  GpuProfileFieldValue,
  GpuProfilePickerUiOptions
> = async (value, validation, context) => {
  if (!value?.gpuProduct) {
    validation.addError('choose a GPU product');
    return;
  }
  const { modelField, clusterField } = fieldsOf(
    context.uiSchema?.['ui:options'],
  );
  const model = modelVersionAt(context.formData, modelField);
  const cluster = stringAt(context.formData, clusterField);
  if (!model || !cluster) {
    validation.addError(
      `choose ${[!model && 'a model version', !cluster && 'a cluster']
        .filter(Boolean)
        .join(' and ')} first, so the GPU profile can be checked`,
    );
    return;
  }
  const api = context.apiHolder.get(aiPlatformApiRef);
  if (!api) return;
  let inputs: Inputs;
  try {
    inputs = await loadInputs(api, model, cluster);
  } catch (e) {
    validation.addError(
      `could not check the GPU profile: ${(e as Error).message}`,
    );
    return;
  }
  const { problem } = judgeValue(value, inputs);
  if (problem) validation.addError(problem);
};
