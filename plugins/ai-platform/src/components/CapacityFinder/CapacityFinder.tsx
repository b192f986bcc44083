import type {
  CapacityCandidate,
  CapacityExclusion,
  CapacityExclusionReason,
  CapacityRequest,
  CapacityResult,
  GpuFilterOptions,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import { type FormEvent, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { aiPlatformApiRef } from '../../api';
import { jurisdictionOfCode } from '../../lib/clusterFacts';
import {
  count,
  GPU_UNIT,
  memoryLabel,
  productLabel,
  teamName,
  unitOfResource,
} from '../../lib/gpuFormat';
import { Caption, Monospace, ObjectName, Strong } from '../Text';

const Exclusion = styled('li')(({ theme }) => ({
  display: 'grid',
  gridTemplateColumns: 'minmax(180px, 280px) 140px 1fr',
  gap: theme.spacing(1, 2),
  alignItems: 'baseline',
  padding: theme.spacing(1, 0),
  borderBottom: `1px solid ${theme.palette.divider}`,
  [theme.breakpoints.down('sm')]: { gridTemplateColumns: '1fr' },
}));

export const CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;

const REASON_LABELS: Record<CapacityExclusionReason, string> = {
  stale: 'stale data',
  jurisdiction: 'jurisdiction',
  sovereignty: 'sovereignty rule',
  product: 'product',
  memory: 'GPU memory',
  capacity: 'not enough free',
  fragmented: 'fragmented',
  'no-namespace': 'no team namespace',
  quota: 'quota',
};

const MAX_GPUS = 512;

interface FormState {
  gpus: string;
  product: string;
  minMemoryGiB: string;
  jurisdiction: string;
  classification: string;
  team: string;
  placement: 'single-node' | 'spread';
}

interface FormErrors {
  gpus?: string;
  minMemoryGiB?: string;
}

/** The request the form describes, or the messages that say what to fix. */
export function toCapacityRequest(
  form: FormState,
): { request: CapacityRequest } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const gpus = Number(form.gpus.trim());
  if (
    form.gpus.trim() === '' ||
    !Number.isInteger(gpus) ||
    gpus < 1 ||
    gpus > MAX_GPUS
  ) {
    errors.gpus = `Enter a whole number of GPUs from 1 to ${MAX_GPUS}.`;
  }
  let minMemoryGiB: number | undefined;
  if (form.minMemoryGiB.trim() !== '') {
    minMemoryGiB = Number(form.minMemoryGiB.trim());
    if (!Number.isFinite(minMemoryGiB) || minMemoryGiB <= 0) {
      errors.minMemoryGiB =
        'Enter the memory per GPU in GiB as a number above 0 (e.g. 80), or leave it empty.';
    }
  }
  if (errors.gpus || errors.minMemoryGiB) return { errors };
  const optional = (value: string) => (value === '' ? undefined : value);
  return {
    request: {
      gpus,
      product: optional(form.product),
      minMemoryGiB,
      jurisdiction: optional(form.jurisdiction),
      classification: optional(form.classification),
      team: optional(form.team),
      placement: form.placement,
    },
  };
}

function jurisdictionLabel(code: string): string {
  if (code.toUpperCase() === 'EU') return 'EU (any member state)';
  const j = jurisdictionOfCode(code);
  return j && j.name !== j.code ? `${j.name} (${j.code})` : code;
}

function Candidates(props: { candidates: CapacityCandidate[] }) {
  if (props.candidates.length === 0) {
    return (
      <Typography>
        No cluster has room for this request now; the exclusions below say why.
      </Typography>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Candidates, best first">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>Cluster</TableCell>
            <TableCell>Namespace</TableCell>
            <TableCell>Product</TableCell>
            <TableCell align="right">Free</TableCell>
            <TableCell align="right">Largest free on one node</TableCell>
            <TableCell align="right">Quota headroom</TableCell>
            <TableCell>Why it fits</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.candidates.map((c, i) => {
            const unit = unitOfResource(c.resource);
            return (
              <TableRow
                key={`${c.cluster}|${c.namespace ?? ''}|${c.product}|${
                  c.resource
                }`}
              >
                <TableCell>{i + 1}</TableCell>
                <TableCell sx={{ minWidth: 170 }}>
                  <Strong>{c.clusterTitle ?? c.cluster}</Strong>
                  {c.clusterTitle && <ObjectName>{c.cluster}</ObjectName>}
                  {c.jurisdiction && (
                    <Caption>{jurisdictionLabel(c.jurisdiction)}</Caption>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Monospace>{c.namespace ?? '—'}</Monospace>
                </TableCell>
                <TableCell>
                  <span title={c.product}>{productLabel(c.product)}</span>
                  <Caption>
                    {[
                      memoryLabel(c.memoryMiB),
                      c.kind === 'dra' ? 'DRA' : 'device plugin',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Caption>
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {count(c.freeGpus, unit)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {count(c.largestFreeOnNode, unit)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {c.quotaHeadroom === undefined
                    ? 'no GPU quota'
                    : count(c.quotaHeadroom, unit)}
                </TableCell>
                <TableCell>
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {c.reasons.map(reason => (
                      <li key={reason}>
                        <Typography variant="body2">{reason}</Typography>
                      </li>
                    ))}
                  </Box>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Exclusions(props: { excluded: CapacityExclusion[] }) {
  if (props.excluded.length === 0) {
    return <Typography>Nothing was ruled out.</Typography>;
  }
  return (
    <Box
      component="ul"
      sx={{ listStyle: 'none', m: 0, p: 0 }}
      aria-label="Excluded"
    >
      {props.excluded.map((e, i) => {
        const where = e.namespace ? `${e.cluster} / ${e.namespace}` : e.cluster;
        return (
          <Exclusion
            key={`${e.cluster}|${e.namespace ?? ''}|${e.product ?? ''}|${i}`}
            aria-label={`${where}: ${e.message}`}
          >
            <span>
              <Strong>{where}</Strong>
              {e.product && <Caption>{productLabel(e.product)}</Caption>}
            </span>
            <span>
              <Chip size="small" label={REASON_LABELS[e.reason] ?? e.reason} />
            </span>
            <Typography variant="body2">{e.message}</Typography>
          </Exclusion>
        );
      })}
    </Box>
  );
}

function Result(props: { result: CapacityResult }) {
  const { result } = props;
  const heading = `${count(result.request.gpus, GPU_UNIT)}${
    result.request.product ? ` of ${productLabel(result.request.product)}` : ''
  }`;
  return (
    <>
      <Box component="section" sx={{ mt: 3 }} aria-label="Candidates">
        <Typography variant="h6" component="h3" gutterBottom>
          Candidates for {heading} ({result.candidates.length})
        </Typography>
        <Candidates candidates={result.candidates} />
      </Box>
      <Box component="section" sx={{ mt: 3 }} aria-label="Excluded places">
        <Typography variant="h6" component="h3" gutterBottom>
          Excluded ({result.excluded.length})
        </Typography>
        <Exclusions excluded={result.excluded} />
      </Box>
    </>
  );
}

const EMPTY_OPTIONS: GpuFilterOptions = {
  jurisdictions: [],
  products: [],
  teams: [],
};

/** A finder on its own reads its choices from the overview. */
function StandaloneCapacityFinder(props: CapacityFinderProps) {
  const api = useApi(aiPlatformApiRef);
  const { value } = useAsync(async () => {
    try {
      return (await api.getGpuOverview()).filterOptions;
    } catch {
      // The form works without choices; the finder reports real errors.
      return EMPTY_OPTIONS;
    }
  }, [api]);
  return (
    <CapacityFinderForm {...props} filterOptions={value ?? EMPTY_OPTIONS} />
  );
}

/**
 * Props of {@link CapacityFinder}.
 *
 * @public
 */
export interface CapacityFinderProps {
  /** Choices for product, jurisdiction and team; read from the overview when absent. */
  filterOptions?: GpuFilterOptions;
  /** Initial values, e.g. the page's filters. */
  initial?: Partial<Pick<CapacityRequest, 'team' | 'product' | 'jurisdiction'>>;
}

/**
 * "Where can my team get 8 H100 in the EU now?": a form for the capacity
 * finder, with the candidates best first and every place it ruled out.
 *
 * @public
 */
export function CapacityFinder(props: CapacityFinderProps) {
  return props.filterOptions ? (
    <CapacityFinderForm {...props} filterOptions={props.filterOptions} />
  ) : (
    <StandaloneCapacityFinder {...props} />
  );
}

function CapacityFinderForm(
  props: CapacityFinderProps & { filterOptions: GpuFilterOptions },
) {
  const api = useApi(aiPlatformApiRef);
  const options = props.filterOptions;
  const [form, setForm] = useState<FormState>({
    gpus: '1',
    product: props.initial?.product ?? '',
    minMemoryGiB: '',
    jurisdiction: props.initial?.jurisdiction ?? '',
    classification: '',
    team: props.initial?.team ?? '',
    placement: 'single-node',
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [state, find] = useAsyncFn(
    (request: CapacityRequest) => api.findGpuCapacity(request),
    [api],
  );

  const set = (key: keyof FormState) => (e: { target: { value: string } }) =>
    setForm(f => ({ ...f, [key]: e.target.value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = toCapacityRequest(form);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    find(parsed.request);
  };

  const withCurrent = (values: string[], current: string) =>
    current && !values.includes(current) ? [...values, current] : values;
  const jurisdictions = [
    'EU',
    ...withCurrent(options.jurisdictions, form.jurisdiction).filter(
      j => j.toUpperCase() !== 'EU',
    ),
  ];

  return (
    <InfoCard
      title="Find GPU capacity"
      subheader="Where can this run now? Candidates come from free GPUs, quota headroom and the sovereignty rules."
    >
      <form onSubmit={onSubmit} noValidate aria-label="Find GPU capacity">
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
            gap: 2,
            alignItems: 'start',
          }}
        >
          <TextField
            id="ai-platform-finder-gpus"
            label="GPUs"
            type="number"
            size="small"
            value={form.gpus}
            onChange={set('gpus')}
            inputProps={{ min: 1, max: MAX_GPUS, step: 1 }}
            error={Boolean(errors.gpus)}
            helperText={errors.gpus ?? `Whole GPUs, 1 to ${MAX_GPUS}`}
          />
          <TextField
            select
            id="ai-platform-finder-product"
            label="Product"
            size="small"
            value={form.product}
            onChange={set('product')}
            SelectProps={{ displayEmpty: true }}
            InputLabelProps={{ shrink: true }}
          >
            <MenuItem value="">Any product</MenuItem>
            {withCurrent(options.products, form.product).map(p => (
              <MenuItem key={p} value={p}>
                {productLabel(p)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            id="ai-platform-finder-memory"
            label="Min GPU memory (GiB)"
            type="number"
            size="small"
            value={form.minMemoryGiB}
            onChange={set('minMemoryGiB')}
            inputProps={{ min: 1 }}
            error={Boolean(errors.minMemoryGiB)}
            helperText={errors.minMemoryGiB ?? 'Optional, per GPU'}
          />
          <TextField
            select
            id="ai-platform-finder-jurisdiction"
            label="Jurisdiction"
            size="small"
            value={form.jurisdiction}
            onChange={set('jurisdiction')}
            SelectProps={{ displayEmpty: true }}
            InputLabelProps={{ shrink: true }}
          >
            <MenuItem value="">Anywhere</MenuItem>
            {jurisdictions.map(j => (
              <MenuItem key={j} value={j}>
                {jurisdictionLabel(j)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            id="ai-platform-finder-classification"
            label="Data classification"
            size="small"
            value={form.classification}
            onChange={set('classification')}
            SelectProps={{ displayEmpty: true }}
            InputLabelProps={{ shrink: true }}
            helperText="Checked against the sovereignty rules"
          >
            <MenuItem value="">Not given</MenuItem>
            {CLASSIFICATIONS.map(c => (
              <MenuItem key={c} value={c}>
                {c}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            id="ai-platform-finder-team"
            label="Team"
            size="small"
            value={form.team}
            onChange={set('team')}
            SelectProps={{ displayEmpty: true }}
            InputLabelProps={{ shrink: true }}
            helperText="Quota headroom is read in its namespaces"
          >
            <MenuItem value="">No team (skip quota)</MenuItem>
            {withCurrent(options.teams, form.team).map(t => (
              <MenuItem key={t} value={t}>
                {teamName(t)}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        <FormControl component="fieldset" sx={{ mt: 3 }}>
          <FormLabel component="legend">Placement</FormLabel>
          <RadioGroup
            row
            name="placement"
            value={form.placement}
            onChange={set('placement')}
          >
            <FormControlLabel
              value="single-node"
              control={<Radio size="small" />}
              label="All GPUs on one node"
            />
            <FormControlLabel
              value="spread"
              control={<Radio size="small" />}
              label="May spread over nodes"
            />
          </RadioGroup>
        </FormControl>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 2 }}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={state.loading}
          >
            Find capacity
          </Button>
        </Box>
      </form>
      {state.loading && (
        <Box mt={2}>
          <Progress />
        </Box>
      )}
      {!state.loading && state.error && (
        <Box mt={2}>
          <ResponseErrorPanel error={state.error} />
        </Box>
      )}
      {!state.loading && state.value && <Result result={state.value} />}
    </InfoCard>
  );
}
