/**
 * The Redis server of the shared-cache tests: `scripts/test.sh` starts one
 * (scripts/redis.sh) and exports its URL as `AIP_TEST_REDIS_URL`, with
 * `AIP_REQUIRE_REDIS=1`, so that there a missing server fails the suite
 * instead of skipping the tests. Elsewhere the tests are skipped with the
 * reason printed.
 */
export function testRedisUrl(): string | undefined {
  const url = process.env.AIP_TEST_REDIS_URL;
  if (url) return url;
  const message =
    'AIP_TEST_REDIS_URL is not set; start Redis with scripts/redis.sh (scripts/test.sh does) to run the shared-cache tests';
  if (process.env.AIP_REQUIRE_REDIS) {
    throw new Error(`AIP_REQUIRE_REDIS is set but ${message}`);
  }
  process.stderr.write(`Skipping: ${message}\n`);
  return undefined;
}
