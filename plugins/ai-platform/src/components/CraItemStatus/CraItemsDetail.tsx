import type { CraItem } from '@ai-platform/backstage-plugin-ai-platform-common';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { CraItemStatus } from './CraItemStatus';

/** Every item of a product with its reason and the evidence it rests on. */
export function CraItemsDetail(props: { items: CraItem[]; label: string }) {
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>Item</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Evidence</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.items.map(item => (
          <TableRow key={item.id}>
            <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              <CraItemStatus item={item} />
              <Typography
                variant="caption"
                display="block"
                color="text.secondary"
              >
                {item.required ? 'required' : 'counts in the score only'} ·
                weight {item.weight}
              </Typography>
            </TableCell>
            <TableCell sx={{ verticalAlign: 'top' }}>{item.reason}</TableCell>
            <TableCell sx={{ verticalAlign: 'top' }}>
              {item.evidence.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  none
                </Typography>
              ) : (
                item.evidence.map((e, i) => (
                  <Box
                    key={i}
                    sx={{
                      fontFamily: 'monospace',
                      fontSize: 12,
                      wordBreak: 'break-all',
                    }}
                  >
                    {e.kind} {e.ref}
                    {e.detail ? ` (${e.detail})` : ''}
                  </Box>
                ))
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
