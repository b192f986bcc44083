import { SOVEREIGNTY_LABELS } from '@ai-platform/backstage-plugin-ai-platform-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { jurisdictionOfCode } from '../../lib/clusterFacts';
import { SovereigntyFindings, SovereigntyStatus } from '../SovereigntyStatus';

/** Entity types the platform governs: without labels they show as unknown rather than no card. */
const GOVERNED_TYPES = [
  'inference-service',
  'ai-agent',
  'mcp-server',
  'ai-model',
  'kubernetes-cluster',
];

/**
 * Whether an entity gets the sovereignty card: it carries a sovereignty
 * label, or it is of a type that must.
 *
 * @public
 */
export function hasSovereignty(entity: Entity): boolean {
  const labels = entity.metadata.labels ?? {};
  return (
    Object.values(SOVEREIGNTY_LABELS).some(key => key in labels) ||
    GOVERNED_TYPES.includes(String(entity.spec?.type ?? ''))
  );
}

const ROWS: Array<{ label: string; key: string }> = [
  { label: 'Jurisdiction', key: SOVEREIGNTY_LABELS.jurisdiction },
  { label: 'Region', key: SOVEREIGNTY_LABELS.region },
  { label: 'Provider', key: SOVEREIGNTY_LABELS.provider },
  { label: 'Data classification', key: SOVEREIGNTY_LABELS.dataClassification },
  { label: 'Residency policy', key: SOVEREIGNTY_LABELS.residencyPolicy },
  { label: 'Non-EU law exposure', key: SOVEREIGNTY_LABELS.nonEuLawExposure },
];

const Labels = styled('dl')(({ theme }) => ({
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: theme.spacing(2),
  rowGap: theme.spacing(0.5),
  margin: 0,
  marginBottom: theme.spacing(2),
}));

const Term = styled('dt')(({ theme }) => ({
  color: theme.palette.text.secondary,
}));

// Secondary, not the disabled grey: "not labelled" must stay readable.
const Value = styled('dd', {
  shouldForwardProp: prop => prop !== 'missing',
})<{ missing?: boolean }>(({ theme, missing }) => ({
  margin: 0,
  overflowWrap: 'anywhere',
  color: missing ? theme.palette.text.secondary : undefined,
}));

function display(key: string, value: string): string {
  if (key !== SOVEREIGNTY_LABELS.jurisdiction) return value;
  const j = jurisdictionOfCode(value);
  return j && j.name !== j.code ? `${j.name} (${j.code})` : value;
}

/**
 * The sovereignty card of an entity: where it runs or is stored, the data it
 * handles, and whether the rules allow it, with each violation's reason.
 *
 * @public
 */
export function EntitySovereigntyCard() {
  const { entity } = useEntity();
  const api = useApi(aiPlatformApiRef);
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getEntitySovereignty(ref),
    [api, ref],
  );
  const own = entity.metadata.labels ?? {};
  // The labels it was judged by: its own, else those of the cluster and
  // namespace it says it runs in.
  const judged = value?.labels ?? {};
  return (
    <InfoCard title="Sovereignty">
      <section aria-label="Sovereignty of this entity">
        <Labels>
          {ROWS.map(row => {
            const label = own[row.key] ?? judged[row.key];
            return (
              <Box key={row.key} display="contents">
                <Term>
                  <Typography variant="body2">{row.label}</Typography>
                </Term>
                {label ? (
                  <Value>
                    <Typography variant="body2">
                      {display(row.key, label)}
                      {!own[row.key] && (
                        <Typography
                          component="span"
                          variant="caption"
                          color="text.secondary"
                        >
                          {' '}
                          (from where it runs)
                        </Typography>
                      )}
                    </Typography>
                  </Value>
                ) : (
                  <Value missing>
                    <Typography variant="body2">not labelled</Typography>
                  </Value>
                )}
              </Box>
            );
          })}
        </Labels>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && (
          <>
            <Box mb={1} role="group" aria-label="Sovereignty verdict">
              <SovereigntyStatus status={value.evaluation.status} />
            </Box>
            <SovereigntyFindings findings={value.evaluation.findings} />
          </>
        )}
      </section>
    </InfoCard>
  );
}
