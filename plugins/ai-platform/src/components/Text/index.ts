export {
  Caption,
  Mono,
  Monospace,
  ObjectName,
  Strong,
  WarningLine,
} from './Text';
