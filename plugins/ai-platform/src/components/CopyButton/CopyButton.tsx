import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useState } from 'react';

/**
 * A small icon button that copies a value (a digest, a SPIFFE ID) to the
 * clipboard, sized to sit on the line of the text it copies. Says "Copied"
 * or, when the browser refuses (no clipboard permission, plain HTTP), that
 * the text has to be selected instead.
 */
export function CopyButton(props: {
  text: string;
  /** The button's accessible name, e.g. "Copy digest". */
  label: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [hovered, setHovered] = useState(false);
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(props.text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  let title = props.label;
  if (state === 'copied') title = 'Copied';
  if (state === 'failed') {
    title = 'The browser did not allow copying: select the text instead';
  }
  return (
    <Tooltip
      title={title}
      open={hovered || state !== 'idle'}
      onOpen={() => setHovered(true)}
      onClose={() => {
        setHovered(false);
        setState('idle');
      }}
    >
      <IconButton
        aria-label={props.label}
        size="small"
        onClick={copy}
        sx={{ p: 0.25, ml: 0.5, verticalAlign: 'middle' }}
      >
        <ContentCopyIcon sx={{ fontSize: 16 }} />
      </IconButton>
    </Tooltip>
  );
}
