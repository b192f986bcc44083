import { makeStyles } from '@material-ui/core';
import { LogoIcon } from './LogoIcon';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: 10,
    color: '#ffffff',
    whiteSpace: 'nowrap',
  },
  name: { fontSize: 20, fontWeight: 700, letterSpacing: 0.3, lineHeight: 1 },
});

/** The mark and the product name, shown when the sidebar is open. */
export const LogoFull = () => {
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <LogoIcon />
      <span className={classes.name}>AI Platform</span>
    </div>
  );
};
