import type {
  SovereigntyFinding,
  SovereigntyStatus as Status,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

/**
 * A verdict as people read it: compliant, a violation, or unknown (labels
 * missing or contradicting each other, never shown as compliant).
 *
 * @public
 */
export function SovereigntyStatus(props: { status: Status }) {
  switch (props.status) {
    case 'compliant':
      return <StatusOK>Compliant</StatusOK>;
    case 'violation':
      return <StatusError>Violation</StatusError>;
    default:
      return <StatusWarning>Unknown</StatusWarning>;
  }
}

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  item: { marginBottom: theme.spacing(1) },
  fix: { color: theme.palette.text.secondary },
}));

/** The findings that are not compliant, each with what to change. */
export function SovereigntyFindings(props: {
  findings: readonly SovereigntyFinding[];
}) {
  const classes = useStyles();
  const problems = props.findings.filter(f => f.status !== 'compliant');
  if (problems.length === 0) return null;
  return (
    <ul className={classes.list}>
      {problems.map((f, i) => (
        <li key={`${f.code}|${f.target}|${i}`} className={classes.item}>
          <Typography variant="body2">{f.message}</Typography>
          {f.fix && (
            <Typography variant="caption" className={classes.fix}>
              Fix: {f.fix}
            </Typography>
          )}
        </li>
      ))}
    </ul>
  );
}
