export * from './types';
export * from './sbom';
export * from './provenance';
export * from './readiness';
