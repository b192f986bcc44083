import { darken, lighten, styled, type Theme } from '@mui/material/styles';

/**
 * Text that needs attention, dark enough to read on the page and on a tinted
 * row (the theme's warning colours are meant for fills and icons, and fail
 * the contrast WCAG asks of text).
 */
export const warningTextColor = (theme: Theme): string =>
  theme.palette.mode === 'dark'
    ? lighten(theme.palette.warning.main, 0.3)
    : darken(theme.palette.warning.main, 0.5);

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
  color: warningTextColor(theme),
}));

/** A Kubernetes name inside a line (namespace, pod, node), in monospace. */
export const Monospace = styled('span')({
  fontFamily: 'monospace',
  overflowWrap: 'break-word',
});
