import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis } from 'recharts';
import { formatTick } from '../../lib/dates';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { formatGpuHours, formatMoney } from '../CostPage/format';

/** Groups, and inference-service Components: the entities GPU cost is kept for. */
export function hasGpuCost(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return (
    kind === 'group' ||
    (kind === 'component' && entity.spec?.type === 'inference-service')
  );
}

/**
 * "GPU cost (30 d)": what a team's workloads or an inference service's pods
 * cost over the last 30 days, with the daily cost and a link to the page.
 *
 * @public
 */
export function EntityGpuCostCard() {
  const { entity } = useEntity();
  const api = useApi(aiPlatformApiRef);
  const theme = useTheme();
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getEntityCost(ref, '30d'),
    [api, ref],
  );
  const isGroup = entity.kind.toLocaleLowerCase('en-US') === 'group';
  const daily = (value?.series ?? []).map(b => ({
    day: formatTick(b.start, false),
    cost: Object.values(b.values).reduce((a, v) => a + v, 0),
  }));
  return (
    <InfoCard title="GPU cost (30 d)">
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <section aria-label="GPU cost of this entity">
          <Typography variant="h4" component="p">
            {formatMoney(value.total.cost, value.currency)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {formatGpuHours(value.total.gpuHours)} over the last 30 days
            {isGroup && value.rows.length > 0
              ? `, ${value.rows.length} service group(s)`
              : ''}
          </Typography>
          {value.total.cost > 0 ? (
            <Box mt={2} role="img" aria-label="Daily GPU cost over 30 days">
              <ResponsiveContainer width="100%" height={80}>
                <BarChart data={daily}>
                  <XAxis dataKey="day" hide />
                  <Tooltip
                    formatter={v => formatMoney(Number(v), value.currency)}
                  />
                  <Bar
                    dataKey="cost"
                    name="Cost"
                    fill={theme.palette.primary.main}
                    isAnimationActive={false}
                  />
                </BarChart>
              </ResponsiveContainer>
            </Box>
          ) : (
            <Typography variant="body2">
              No GPU allocations recorded for it in the last 30 days.
            </Typography>
          )}
          <Box mt={1}>
            {/* The page's default path in both frontend systems. */}
            <Link
              to={`/ai-platform/cost?window=30d&groupBy=${
                isGroup ? 'service' : 'cluster'
              }`}
            >
              All GPU cost
            </Link>
          </Box>
        </section>
      )}
    </InfoCard>
  );
}
