import type { CraRow } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { CraItemStatus, CraItemsDetail } from '../CraItemStatus';

/** ai-model Resources and inference-service Components: what CRA readiness is kept for. */
export function hasCraReadiness(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return (
    (kind === 'resource' && entity.spec?.type === 'ai-model') ||
    (kind === 'component' && entity.spec?.type === 'inference-service')
  );
}

function RowSummary(props: { row: CraRow }) {
  const { row } = props;
  const gaps = row.readiness.items.filter(i => i.status !== 'pass');
  return (
    <Accordion disableGutters defaultExpanded={!row.readiness.ready}>
      <AccordionSummary
        aria-label={`${row.title}: ${row.readiness.score} %, ${
          row.readiness.ready ? 'ready' : 'not ready'
        }`}
      >
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
          <Typography variant="subtitle2">{row.title}</Typography>
          <Chip
            size="small"
            color={row.readiness.ready ? 'success' : 'error'}
            label={`${row.readiness.score} % · ${
              row.readiness.ready ? 'ready' : `${row.readiness.gaps} gaps`
            }`}
          />
          {gaps.map(item => (
            <CraItemStatus key={item.id} item={item} />
          ))}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        <CraItemsDetail
          items={row.readiness.items}
          label={`Evidence of ${row.title}`}
        />
      </AccordionDetails>
    </Accordion>
  );
}

/**
 * "CRA readiness": the EU Cyber Resilience Act items of an ai-model's
 * versions or an inference service, with their gaps and evidence.
 *
 * @public
 */
export function EntityCraCard() {
  const { entity } = useEntity();
  const api = useApi(aiPlatformApiRef);
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getEntityCra(ref),
    [api, ref],
  );
  return (
    <InfoCard
      title="CRA readiness"
      deepLink={{ title: 'All products', link: '/ai-platform/cra' }}
    >
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <Stack
          spacing={1}
          component="section"
          aria-label="CRA readiness of this entity"
        >
          {value.errors.length > 0 && (
            <Alert severity="warning">{value.errors.join(' ')}</Alert>
          )}
          {value.rows.length === 0 ? (
            <Typography variant="body2">
              No readable model version or service matches this entity. Check
              that its <code>ai-platform.io/oci-repository</code> annotation
              names a configured registry, or see the{' '}
              <Link to="/ai-platform/cra">CRA page</Link>.
            </Typography>
          ) : (
            value.rows.map(row => <RowSummary key={row.id} row={row} />)
          )}
        </Stack>
      )}
    </InfoCard>
  );
}
