import type { CostReport } from '@ai-platform/backstage-plugin-ai-platform-common';
import { useTheme } from '@mui/material/styles';
import { formatTick } from '../../lib/dates';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney } from './format';

const SHOWN = 6;
const OTHER = 'Other';

/**
 * Cost per time bucket, stacked by group: the six most expensive groups and
 * the rest as "Other".
 */
export function CostChart(props: { report: CostReport }) {
  const { report } = props;
  const theme = useTheme();
  const palette = [
    theme.palette.primary.main,
    theme.palette.secondary.main,
    theme.palette.success?.main ?? '#2e7d32',
    theme.palette.warning?.main ?? '#ed6c02',
    theme.palette.info?.main ?? '#0288d1',
    theme.palette.error.main,
    theme.palette.grey[500],
  ];
  const top = report.rows.slice(0, SHOWN);
  const rest = new Set(report.rows.slice(SHOWN).map(r => r.key));
  const data = report.series.map(bucket => {
    const point: Record<string, number | string> = {
      time: formatTick(bucket.start, report.window === '24h'),
    };
    for (const row of top) point[row.label] = bucket.values[row.key] ?? 0;
    if (rest.size) {
      point[OTHER] = Object.entries(bucket.values)
        .filter(([key]) => rest.has(key))
        .reduce((a, [, v]) => a + v, 0);
    }
    return point;
  });
  const series = [...top.map(r => r.label), ...(rest.size ? [OTHER] : [])];
  const money = (v: number) => formatMoney(v, report.currency);
  return (
    <div
      role="img"
      aria-label={`GPU cost per ${
        report.window === '24h' ? 'hour' : 'day'
      }, stacked by ${report.groupBy}: ${top
        .map(r => `${r.label} ${money(r.cost)}`)
        .join(', ')}`}
    >
      <ResponsiveContainer width="100%" height={300}>
        <AreaChart
          data={data}
          margin={{ top: 8, right: 24, left: 16, bottom: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="time" minTickGap={16} />
          <YAxis
            width={90}
            tickFormatter={v =>
              new Intl.NumberFormat('en-GB', {
                style: 'currency',
                currency: report.currency,
                notation: 'compact',
              }).format(Number(v))
            }
          />
          <Tooltip formatter={value => money(Number(value))} />
          <Legend />
          {series.map((name, i) => (
            <Area
              key={name}
              type="monotone"
              dataKey={name}
              name={name}
              stackId="cost"
              stroke={palette[i % palette.length]}
              fill={palette[i % palette.length]}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
