export * from './jurisdictions';
export * from './rules';
export * from './resolve';
export * from './evaluate';
export * from './report';
