export * from './precision';
export * from './profiles';
export * from './estimate';
