import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { countOf, formatNumber, percent, type Unit } from '../../lib/gpuFormat';

/**
 * Used against a limit as `12 of 24 GPUs` with a bar; the bar turns amber
 * from 80 % and red at 100 % (or above, which a quota can be when it was
 * lowered under its usage).
 *
 * Use beyond the limit that the scheduler allows (Kueue borrowing from the
 * cohort, KAI over-quota use up to the queue's limit) is said as such, `8 of
 * 8 GPUs + 4 borrowed`, on a full bar in the info colour: it is the queue
 * working as designed, not a quota overrun.
 *
 * @public
 */
export function UsageBar(props: {
  used: number;
  total: number;
  unit: Unit;
  /** What the figure is, for screen readers: `Allocated`, `requests.nvidia.com/gpu`. */
  label: string;
  /** The part of `used` beyond `total` that the scheduler allows, and its word (`borrowed`). */
  beyond?: { amount: number; word: string };
}) {
  const { used, total, unit, label } = props;
  const beyond =
    props.beyond && props.beyond.amount > 0 && used > total
      ? props.beyond
      : undefined;
  const text = beyond
    ? `${countOf(used - beyond.amount, total, unit)} + ${formatNumber(
        beyond.amount,
      )} ${beyond.word}`
    : countOf(used, total, unit);
  const value = beyond ? 100 : percent(used, total);
  const full = total > 0 ? used >= total : used > 0;
  let barColor: 'primary' | 'info' | 'warning' | 'error' = 'primary';
  if (beyond) barColor = 'info';
  else if (full) barColor = 'error';
  else if (value >= 80) barColor = 'warning';
  return (
    <Box sx={{ minWidth: 120, maxWidth: 260 }}>
      <Typography
        variant="body2"
        component="div"
        sx={{
          display: 'flex',
          justifyContent: 'space-between',
          gap: 1,
          whiteSpace: 'nowrap',
        }}
      >
        <span>{text}</span>
        {total > 0 && !beyond && (
          <span aria-hidden="true">{Math.round((used / total) * 100)} %</span>
        )}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={total > 0 ? value : 0}
        color={barColor}
        aria-label={`${label}: ${text}`}
        sx={{ height: 6, borderRadius: 3, mt: 0.25 }}
      />
    </Box>
  );
}
