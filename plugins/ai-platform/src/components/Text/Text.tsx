import { styled } from '@mui/material/styles';

/** A secondary line under a cell's main text (a repository, a kind, a date). */
export const Caption = styled('span')(({ theme }) => ({
  display: 'block',
  color: theme.palette.text.secondary,
  fontWeight: 'normal',
}));

/** A digest or identifier on a line of its own, in a monospace font. */
export const Mono = styled('span')({
  display: 'block',
  fontFamily: 'monospace',
  whiteSpace: 'nowrap',
});

/** A name or count that carries the row, in bold; long names wrap. */
export const Strong = styled('span')({
  fontWeight: 600,
  overflowWrap: 'break-word',
});

/** A Kubernetes object name under its title, in a muted monospace font. */
export const ObjectName = styled('span')(({ theme }) => ({
  display: 'block',
  fontFamily: 'monospace',
  color: theme.palette.text.secondary,
  overflowWrap: 'break-word',
}));

/** A secondary line that needs attention (cordoned nodes, a missing object). */
export const WarningLine = styled('span')(({ theme }) => ({
  display: 'block',
  color: theme.palette.warning.dark,
}));

/** A Kubernetes name inside a line (namespace, pod, node), in monospace. */
export const Monospace = styled('span')({
  fontFamily: 'monospace',
  overflowWrap: 'break-word',
});
