import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

/** The filters of a page, in one labelled group that wraps on narrow screens. */
export function FilterBar(props: { children: ReactNode }) {
  return (
    <Box
      role="group"
      aria-label="Filters"
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 2,
        mb: 2,
      }}
    >
      {props.children}
    </Box>
  );
}

/** The width every filter field takes in a {@link FilterBar}. */
export const filterFieldSx: TextFieldProps['sx'] = {
  minWidth: 200,
  maxWidth: 320,
};

/**
 * One filter chosen from a list, with an "all" choice that clears it (the
 * empty value).
 */
export function FilterSelect(props: {
  id: string;
  label: string;
  allLabel: string;
  value?: string;
  values: string[];
  labelOf?: (value: string) => string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      select
      sx={filterFieldSx}
      id={props.id}
      label={props.label}
      size="small"
      value={props.value ?? ''}
      onChange={e => props.onChange(e.target.value)}
      SelectProps={{ displayEmpty: true }}
      InputLabelProps={{ shrink: true }}
    >
      <MenuItem value="">{props.allLabel}</MenuItem>
      {props.values.map(v => (
        <MenuItem key={v} value={v}>
          {props.labelOf ? props.labelOf(v) : v}
        </MenuItem>
      ))}
    </TextField>
  );
}
