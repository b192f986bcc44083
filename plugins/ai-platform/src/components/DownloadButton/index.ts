export { DownloadButton } from './DownloadButton';
export type { DownloadedFile } from './DownloadButton';
