import type { ConformanceTrend } from '@ai-platform/backstage-plugin-ai-platform-common';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { formatTick } from '../../lib/dates';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const DASHES = ['', '6 3', '2 2', '8 4 2 4'];

/** Score (% of applicable requirements passed) over time, one line per cluster. */
export function ConformanceTrendChart(props: { trends: ConformanceTrend[] }) {
  const theme = useTheme();
  const colours = [
    theme.palette.primary.main,
    theme.palette.secondary.main,
    theme.palette.success?.main ?? '#2e7d32',
    theme.palette.warning?.main ?? '#ed6c02',
  ];
  const times = [
    ...new Set(props.trends.flatMap(t => t.points.map(p => p.recordedAt))),
  ].sort();
  if (times.length === 0) {
    return (
      <Typography>
        No scores recorded yet. The backend records every cluster shortly after
        it starts and then on its schedule (aiPlatform.conformance.frequency).
      </Typography>
    );
  }
  const data = times.map(time => {
    const row: Record<string, number | string> = {
      time: formatTick(time, true),
    };
    for (const trend of props.trends) {
      const point = trend.points.find(p => p.recordedAt === time);
      if (point) row[trend.cluster] = point.percent;
    }
    return row;
  });
  return (
    <div
      role="img"
      aria-label={`Conformance score over time: ${props.trends
        .map(
          t =>
            `${t.cluster} ${
              t.points.length
                ? `${t.points[t.points.length - 1].percent}% now`
                : 'no scores'
            }`,
        )
        .join(', ')}`}
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart
          data={data}
          margin={{ top: 8, right: 24, left: 0, bottom: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="time" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={value => `${value}%`} />
          <Legend />
          {props.trends.map((trend, i) => (
            <Line
              key={trend.cluster}
              type="monotone"
              dataKey={trend.cluster}
              name={trend.cluster}
              stroke={colours[i % colours.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
              strokeWidth={2}
              dot
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
