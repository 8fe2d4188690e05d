export { scanPage } from './scan';
export type { ScanBounds } from './bounds';
