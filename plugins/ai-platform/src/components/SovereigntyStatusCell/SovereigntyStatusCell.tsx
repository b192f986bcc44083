import type { SovereigntyEvaluation } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

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
        <Typography variant="caption" display="block" color="text.secondary">
          {classification} data
        </Typography>
      )}
      {shown.length > 0 && (
        <Box component="details" sx={{ mt: 0.5 }}>
          <Box
            component="summary"
            sx={{ cursor: 'pointer', color: 'text.secondary' }}
          >
            {shown.length === 1 ? '1 reason' : `${shown.length} reasons`}
          </Box>
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
            {shown.map((f, i) => (
              <li key={i}>
                <Typography variant="caption">{f.message}</Typography>
                {f.fix && (
                  <Typography
                    variant="caption"
                    display="block"
                    color="text.secondary"
                  >
                    Fix: {f.fix}
                  </Typography>
                )}
              </li>
            ))}
          </Box>
        </Box>
      )}
    </>
  );
}
