/**
 * The push client of the tests is the seeder's, so the integration tests,
 * the benchmark and the demo data write artifacts the same way.
 */
export { RegistryPusher as TestPusher } from '@internal/oci-seed';
