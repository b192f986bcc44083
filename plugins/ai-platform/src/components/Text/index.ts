export {
  Caption,
  Mono,
  Monospace,
  ObjectName,
  Strong,
  WarningLine,
  warningTextColor,
} from './Text';
