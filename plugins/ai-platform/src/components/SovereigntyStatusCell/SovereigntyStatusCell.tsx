import type { SovereigntyEvaluation } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  details: { marginTop: theme.spacing(0.5) },
  summary: { cursor: 'pointer', color: theme.palette.text.secondary },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2) },
  fix: { display: 'block', color: theme.palette.text.secondary },
}));

const LABELS = {
  compliant: 'Compliant',
  violation: 'Violation',
  unknown: 'Unknown',
} as const;

/**
 * The sovereignty status the backend evaluated, and its reasons behind a
 * disclosure: the reasons that are not compliant when there are any, else
 * all of them. The status word is hovered for the first reason.
 *
 * @public
 */
export function SovereigntyStatusCell(props: {
  evaluation: SovereigntyEvaluation;
}) {
  const classes = useStyles();
  const { status, classification, findings } = props.evaluation;
  const problems = findings.filter(f => f.status !== 'compliant');
  const shown = problems.length > 0 ? problems : findings;
  const label = LABELS[status] ?? status;
  const title = shown[0]?.message;
  let word;
  if (status === 'compliant') word = <StatusOK>{label}</StatusOK>;
  else if (status === 'violation') word = <StatusError>{label}</StatusError>;
  else word = <StatusWarning>{label}</StatusWarning>;
  return (
    <>
      <span title={title}>{word}</span>
      {classification && (
        <Typography variant="caption" display="block" color="textSecondary">
          {classification} data
        </Typography>
      )}
      {shown.length > 0 && (
        <details className={classes.details}>
          <summary className={classes.summary}>
            {shown.length === 1 ? '1 reason' : `${shown.length} reasons`}
          </summary>
          <ul className={classes.list}>
            {shown.map((f, i) => (
              <li key={i}>
                <Typography variant="caption">{f.message}</Typography>
                {f.fix && (
                  <Typography variant="caption" className={classes.fix}>
                    Fix: {f.fix}
                  </Typography>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
