import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';

const useStyles = makeStyles(theme => ({
  error: {
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'flex-start',
    marginTop: theme.spacing(1),
    overflowWrap: 'anywhere',
  },
  icon: { fontSize: '1.25rem' },
}));

/**
 * A failed read inside a form field, said in place: one line with what could
 * not be read and why, so the rest of the form keeps working (an error panel
 * would fold the reason away).
 */
export function FieldError(props: { what: string; error: Error }) {
  const classes = useStyles();
  // A ResponseError says only the status; the backend's sentence is its cause.
  const cause = (props.error as { cause?: { message?: unknown } }).cause;
  const reason =
    props.error.name === 'ResponseError' && typeof cause?.message === 'string'
      ? cause.message
      : props.error.message;
  return (
    <Typography
      role="alert"
      variant="body2"
      color="error"
      className={classes.error}
    >
      <ErrorOutlineIcon className={classes.icon} aria-hidden />
      <span>
        {props.what}: {reason}
      </span>
    </Typography>
  );
}
