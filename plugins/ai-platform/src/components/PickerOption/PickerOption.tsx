import type { ReactNode } from 'react';
import FormControlLabel, {
  formControlLabelClasses,
} from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import { styled } from '@mui/material/styles';

const Option = styled(FormControlLabel)(({ theme }) => ({
  alignItems: 'flex-start',
  marginRight: 0,
  marginLeft: 0,
  padding: theme.spacing(1, 0),
  borderBottom: `1px solid ${theme.palette.divider}`,
  // MUI greys a disabled label to the disabled colour; the reason why an
  // option is refused must stay readable.
  [`& .${formControlLabelClasses.label}.Mui-disabled`]: {
    color: theme.palette.text.secondary,
  },
}));

/**
 * One choice of a picker form field: a radio and a label that can carry
 * several lines (facts, and the reason when the choice is refused). A
 * disabled option keeps its label readable.
 */
export function PickerOption(props: {
  value: string;
  disabled?: boolean;
  label: ReactNode;
}) {
  return (
    <Option
      value={props.value}
      disabled={props.disabled}
      control={<Radio color="primary" sx={{ pt: 0.5 }} />}
      label={props.label}
    />
  );
}
