import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: theme.spacing(2),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  figure: {
    padding: theme.spacing(1.5, 2),
    height: '100%',
  },
  value: { fontWeight: 600, lineHeight: 1.2 },
  warning: { color: theme.palette.warning.dark },
}));

function Figure(props: { label: string; value: number; warn?: boolean }) {
  const classes = useStyles();
  return (
    <li aria-label={`${props.label}: ${props.value}`}>
      <Paper variant="outlined" className={classes.figure}>
        <Typography
          variant="h4"
          component="p"
          className={`${classes.value} ${
            props.warn && props.value > 0 ? classes.warning : ''
          }`}
        >
          {props.value}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {props.label}
        </Typography>
      </Paper>
    </li>
  );
}

/**
 * Counts of clusters by health, above the table.
 *
 * @public
 */
export function ClusterFigures(props: { clusters: ClusterSummary[] }) {
  const classes = useStyles();
  const count = (...states: string[]) =>
    props.clusters.filter(c => states.includes(c.health.state)).length;
  return (
    <ul className={classes.list} aria-label="Cluster summary">
      <Figure label="Clusters" value={props.clusters.length} />
      <Figure label="Synced" value={count('synced')} />
      <Figure label="Syncing" value={count('syncing')} />
      <Figure
        label="Stale or unreachable"
        value={count('stale', 'error')}
        warn
      />
    </ul>
  );
}
