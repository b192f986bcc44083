import type { NotUnderstoodObjects as Objects } from '@ai-platform/backstage-plugin-ai-platform-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "3 objects not understood" in a cluster's health, opening the list of
 * objects the backend skipped, could not read or judged implausible, each
 * with its kind, name and reasons.
 *
 * @public
 */
export function NotUnderstoodObjects(props: { notUnderstood?: Objects }) {
  const { notUnderstood } = props;
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (!notUnderstood || notUnderstood.total === 0) return null;
  const hidden = notUnderstood.total - notUnderstood.objects.length;
  return (
    <Box sx={{ mt: 0.5 }}>
      <Button
        size="small"
        color="warning"
        variant="text"
        sx={{ p: 0, minWidth: 0, textTransform: 'none' }}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {plural(notUnderstood.total, 'object', 'objects')} not understood
      </Button>
      <Collapse in={open} id={listId}>
        <Box
          component="ul"
          aria-label="Objects not understood"
          sx={{ m: 0, pl: 2, maxWidth: 480 }}
        >
          {notUnderstood.objects.map(o => (
            <li key={`${o.kind}/${o.namespace ?? ''}/${o.name}`}>
              <Typography variant="caption" component="span">
                <strong>
                  {o.kind.split('/').pop()}{' '}
                  {o.namespace ? `${o.namespace}/${o.name}` : o.name}
                </strong>
                : {o.reasons.join('; ')}
              </Typography>
            </li>
          ))}
        </Box>
        {hidden > 0 && (
          <Typography variant="caption" color="text.secondary">
            and {plural(hidden, 'more', 'more')} (see the backend log)
          </Typography>
        )}
      </Collapse>
    </Box>
  );
}
