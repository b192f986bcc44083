import type {
  ModelSummary,
  ModelVersionFailure,
  ModelVersionFit,
  ModelVersionSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { FieldError } from '../FieldError';
import type { ModelVersionFieldValue } from '../../lib/formFields';
import { productLabel } from '../../lib/gpuFormat';
import { formatBytes, shortDigest } from '../../lib/modelFormat';
import { PickerOption } from '../PickerOption';
import { SupplyChainMarks } from '../SupplyChainMarks';

const modelRef = (m: { registry: string; repository: string }) =>
  `${m.registry}/${m.repository}`;

/** `1 x NVIDIA-L40S, comfortable · needs 17.88 GiB`, as on the Versions tab. */
export function fitSummary(fit: ModelVersionFit): string {
  if (fit.status !== 'ok') return `GPU fit unknown: ${fit.reason}`;
  const need = `needs ${fit.estimate.totalGiB} GiB`;
  if (!fit.recommended) return `fits no GPU profile comfortably · ${need}`;
  return `fits ${productLabel(fit.recommended.id)} (${
    fit.recommended.tier
  }) · ${need}`;
}

function VersionLabel(props: {
  version: ModelVersionSummary | ModelVersionFailure;
}) {
  const v = props.version;
  if (v.status === 'error') {
    return (
      <Box>
        <strong>{v.tag}</strong>
        <Typography variant="body2" color="error">
          cannot be used: {v.error}
        </Typography>
      </Box>
    );
  }
  const { parameterSize, precision, quantization } = v.metadata;
  return (
    <Box>
      <Box
        component="span"
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          columnGap: 2,
          rowGap: 0.5,
        }}
      >
        <strong>{v.tag}</strong>
        <Box component="span" sx={{ fontFamily: 'monospace' }} title={v.digest}>
          {shortDigest(v.digest)}
        </Box>
        <SupplyChainMarks
          signed={v.signed}
          sbom={v.sbom}
          sbomFormats={v.sbomFormats}
          error={v.supplyChainError}
        />
      </Box>
      <Typography variant="body2">
        {[
          formatBytes(v.totalSize),
          parameterSize && `${parameterSize} parameters`,
          [precision, quantization].filter(Boolean).join(' · '),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      <Typography variant="caption" display="block" color="text.secondary">
        {fitSummary(v.fit)}
      </Typography>
    </Box>
  );
}

function Versions(props: {
  model: ModelSummary;
  value?: ModelVersionFieldValue;
  onChange: (value: ModelVersionFieldValue) => void;
  disabled?: boolean;
}) {
  const api = useApi(aiPlatformApiRef);
  const { registry, repository } = props.model;
  const { value, loading, error } = useAsync(
    () => api.getModelVersions(registry, repository),
    [api, registry, repository],
  );
  if (loading) return <Progress />;
  if (error) {
    return (
      <FieldError
        what={`The versions of ${repository} could not be read`}
        error={error}
      />
    );
  }
  if (!value) return null;
  if (value.versions.length === 0 && props.model.error) {
    // An unreadable repository lists no versions; do not suggest pushing one.
    return (
      <FieldError
        what={`No versions of ${repository} could be read`}
        error={new Error(props.model.error)}
      />
    );
  }
  if (value.versions.length === 0) {
    return (
      <Typography>
        {repository} has no versions yet: push a ModelPack or KitOps artifact
        with a tag to it.
      </Typography>
    );
  }
  const select = (tag: string) => {
    const chosen = value.versions.find(v => v.tag === tag);
    props.onChange({
      registry,
      repository,
      tag,
      ...(chosen?.digest ? { digest: chosen.digest } : {}),
    });
  };
  return (
    <RadioGroup
      aria-label={`Version of ${repository}`}
      value={props.value?.tag ?? ''}
      onChange={e => select(e.target.value)}
    >
      {value.versions.map(v => (
        <PickerOption
          key={v.tag}
          value={v.tag}
          disabled={props.disabled || v.status === 'error'}
          label={<VersionLabel version={v} />}
        />
      ))}
    </RadioGroup>
  );
}

/**
 * The `AiPlatformModelVersionPicker` field: a model from the configured
 * registries, then one of its versions with digest, signature, SBOM, size
 * and GPU fit. Its value is `{ registry, repository, tag, digest }`.
 */
export function ModelVersionPicker(
  props: FieldExtensionComponentProps<ModelVersionFieldValue>,
) {
  const { formData, onChange, schema, rawErrors, required, disabled } = props;
  const id = props.idSchema?.$id ?? 'ai-platform-model-version';
  const api = useApi(aiPlatformApiRef);
  const models = useAsync(() => api.getModels(), [api]);
  const chosen =
    formData?.registry && formData?.repository ? modelRef(formData) : '';
  const failedRegistries =
    models.value?.registries.filter(r => r.error !== undefined) ?? [];
  const model = models.value?.models.find(m => m.ref === chosen);
  const title = schema.title ?? 'Model version';

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
      {models.loading && <Progress />}
      {models.error && (
        <FieldError what="The models could not be read" error={models.error} />
      )}
      {failedRegistries.map(r => (
        <Box key={r.name} sx={{ mt: 2 }}>
          <WarningPanel
            severity="error"
            title={`Registry ${r.name} could not be listed; its models are missing`}
            message={r.error}
          />
        </Box>
      ))}
      {models.value && models.value.models.length === 0 && (
        <Typography sx={{ mt: 2 }}>
          No models found. Add a registry under{' '}
          <code>aiPlatform.registries</code> in app-config and push ModelPack or
          KitOps artifacts to it.
        </Typography>
      )}
      {models.value && models.value.models.length > 0 && (
        <TextField
          select
          id={`${id}-model`}
          label="Model"
          sx={{ mt: 2 }}
          variant="outlined"
          value={model ? chosen : ''}
          disabled={disabled}
          onChange={e => {
            const next = models.value!.models.find(
              m => m.ref === e.target.value,
            );
            if (next) {
              // A new model has no version chosen yet; validation says so.
              onChange({
                registry: next.registry,
                repository: next.repository,
                tag: '',
              });
            }
          }}
          helperText={model?.error}
          error={Boolean(model?.error)}
        >
          {models.value.models.map(m => (
            <MenuItem key={m.ref} value={m.ref}>
              {m.title ?? m.name ?? m.repository}
              &nbsp;
              <Typography variant="caption" color="text.secondary">
                {m.ref}
              </Typography>
            </MenuItem>
          ))}
        </TextField>
      )}
      {chosen && models.value && !model && (
        <Typography color="error" sx={{ mt: 2 }}>
          {chosen} is not among the models of the configured registries; choose
          another.
        </Typography>
      )}
      {model && (
        <Box sx={{ mt: 2 }}>
          <FormLabel component="div">Version</FormLabel>
          <Versions
            model={model}
            value={formData}
            onChange={onChange}
            disabled={disabled}
          />
        </Box>
      )}
    </FormControl>
  );
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Says what is missing or wrong in a model version value. */
export const validateModelVersion: CustomFieldValidator<
  ModelVersionFieldValue
> = (value, validation) => {
  if (!value?.registry || !value?.repository) {
    validation.addError('choose a model');
  } else if (!value.tag) {
    validation.addError(`choose a version of ${value.repository}`);
  } else if (value.digest !== undefined && !DIGEST.test(value.digest)) {
    validation.addError(
      `the digest of ${value.tag} is not a sha256 digest: ${value.digest}`,
    );
  }
};
