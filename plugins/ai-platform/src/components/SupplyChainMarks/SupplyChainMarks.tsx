import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';

/** One mark: set, not set, or unknown (when the referrers could not be read). */
export function SupplyChainMark(props: {
  label: string;
  /** What to say when it is absent, e.g. `Unsigned`. */
  absent: string;
  present: boolean | undefined;
  detail?: string;
}) {
  const { label, present, detail } = props;
  let text = props.label;
  if (present === undefined) text = `${label}: unknown`;
  else if (!present) text = props.absent;
  let icon = <CheckCircleIcon aria-hidden />;
  if (present === undefined) icon = <HelpOutlineIcon aria-hidden />;
  else if (!present) icon = <RemoveCircleOutlineIcon aria-hidden />;
  const chip = (
    <Chip
      size="small"
      icon={icon}
      label={text}
      color={present ? 'primary' : 'default'}
      variant={present ? 'filled' : 'outlined'}
      aria-label={text}
    />
  );
  return detail ? <Tooltip title={detail}>{chip}</Tooltip> : chip;
}

/**
 * Signed / unsigned and SBOM / no SBOM of a version; both unknown when the
 * signatures and SBOMs could not be read.
 *
 * @public
 */
export function SupplyChainMarks(props: {
  signed: boolean;
  sbom: boolean;
  sbomFormats?: string[];
  error?: string;
}) {
  const unknown = props.error !== undefined;
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }}
    >
      <SupplyChainMark
        label="Signed"
        absent="Unsigned"
        present={unknown ? undefined : props.signed}
        detail={props.error}
      />
      <SupplyChainMark
        label="SBOM"
        absent="No SBOM"
        present={unknown ? undefined : props.sbom}
        detail={
          props.error ??
          (props.sbomFormats?.length ? props.sbomFormats.join(', ') : undefined)
        }
      />
    </Box>
  );
}
