export {
  ConformancePage,
  ConformanceContent,
  ConformanceMatrixView,
} from './ConformancePage';
