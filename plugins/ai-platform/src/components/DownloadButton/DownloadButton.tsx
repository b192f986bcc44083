import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import GetAppIcon from '@mui/icons-material/GetApp';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { saveFile } from '../../lib/saveFile';

/** A file the backend produced, ready to hand to the browser. */
export interface DownloadedFile {
  body: string;
  type: string;
  filename: string;
}

/**
 * A button that fetches a file from the backend and saves it. While the
 * request runs the button is disabled; a failure is said under it, with the
 * backend's message, and the next click tries again.
 */
export function DownloadButton(props: {
  /** The button's text, e.g. "Download CSV". */
  label: string;
  /** The accessible name when the text alone is ambiguous on the page. */
  ariaLabel?: string;
  size?: 'small' | 'medium';
  fetchFile: () => Promise<DownloadedFile>;
}) {
  const { label, ariaLabel, size, fetchFile } = props;
  const [{ loading, error }, download] = useAsyncFn(async () => {
    const file = await fetchFile();
    saveFile(file.body, file.type, file.filename);
  }, [fetchFile]);
  return (
    <Box>
      <Button
        variant="outlined"
        size={size}
        startIcon={<GetAppIcon />}
        onClick={() => download()}
        disabled={loading}
        aria-label={ariaLabel}
      >
        {label}
      </Button>
      {error && (
        <Typography variant="caption" color="error" display="block">
          {label} failed: {error.message}
        </Typography>
      )}
    </Box>
  );
}
