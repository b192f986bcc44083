import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { countOf, percent, type Unit } from '../../lib/gpuFormat';

const useStyles = makeStyles(theme => ({
  root: { minWidth: 120, maxWidth: 260 },
  text: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    whiteSpace: 'nowrap',
  },
  bar: { height: 6, borderRadius: 3, marginTop: theme.spacing(0.25) },
  high: { backgroundColor: theme.palette.warning.main },
  full: { backgroundColor: theme.palette.error.main },
}));

/**
 * Used against a limit as `12 of 24 GPUs` with a bar; the bar turns amber
 * from 80 % and red at 100 % (or above, which a quota can be when it was
 * lowered under its usage).
 *
 * @public
 */
export function UsageBar(props: {
  used: number;
  total: number;
  unit: Unit;
  /** What the figure is, for screen readers: `Allocated`, `requests.nvidia.com/gpu`. */
  label: string;
}) {
  const classes = useStyles();
  const { used, total, unit, label } = props;
  const text = countOf(used, total, unit);
  const value = percent(used, total);
  const full = total > 0 ? used >= total : used > 0;
  let barClass: string | undefined;
  if (full) barClass = classes.full;
  else if (value >= 80) barClass = classes.high;
  return (
    <div className={classes.root}>
      <Typography variant="body2" component="div" className={classes.text}>
        <span>{text}</span>
        {total > 0 && (
          <span aria-hidden="true">{Math.round((used / total) * 100)} %</span>
        )}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={total > 0 ? value : 0}
        aria-label={`${label}: ${text}`}
        className={classes.bar}
        classes={barClass ? { bar: barClass } : undefined}
      />
    </div>
  );
}
