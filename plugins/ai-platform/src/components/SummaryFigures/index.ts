export { SummaryFigure, SummaryFigures } from './SummaryFigures';
