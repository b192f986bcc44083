export { ConformancePage, ConformanceContent } from './ConformancePage';
