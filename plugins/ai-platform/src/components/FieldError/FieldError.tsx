import Typography from '@mui/material/Typography';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';

/**
 * A failed read inside a form field, said in place: one line with what could
 * not be read and why, so the rest of the form keeps working (an error panel
 * would fold the reason away).
 */
export function FieldError(props: { what: string; error: Error }) {
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
      sx={{
        display: 'flex',
        gap: 1,
        alignItems: 'flex-start',
        mt: 1,
        overflowWrap: 'anywhere',
      }}
    >
      <ErrorOutlineIcon sx={{ fontSize: '1.25rem' }} aria-hidden />
      <span>
        {props.what}: {reason}
      </span>
    </Typography>
  );
}
