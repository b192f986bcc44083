import Box from '@mui/material/Box';
import { LogoIcon } from './LogoIcon';

/** The mark and the product name, shown when the sidebar is open. */
export const LogoFull = () => (
  <Box
    sx={{
      display: 'flex',
      alignItems: 'center',
      gap: '10px',
      color: '#ffffff',
      whiteSpace: 'nowrap',
    }}
  >
    <LogoIcon />
    <Box
      component="span"
      sx={{ fontSize: 20, fontWeight: 700, letterSpacing: 0.3, lineHeight: 1 }}
    >
      AI Platform
    </Box>
  </Box>
);
