import {
  TestDatabases,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';

/**
 * The databases the stores are tested against: SQLite always, and the
 * PostgreSQL that `scripts/test.sh` starts (it exports its connection string
 * and `AIP_REQUIRE_POSTGRES`). When `AIP_REQUIRE_POSTGRES` names a database
 * that is not reachable, the suite fails instead of quietly testing SQLite
 * only.
 */
export function storeTestDatabases(): TestDatabases {
  const required = process.env.AIP_REQUIRE_POSTGRES as
    | TestDatabaseId
    | undefined;
  const ids: TestDatabaseId[] = [
    'SQLITE_3',
    'POSTGRES_18',
    'POSTGRES_17',
    'POSTGRES_16',
    'POSTGRES_15',
  ];
  const databases = TestDatabases.create({ ids, disableDocker: true });
  if (required && !databases.supports(required)) {
    throw new Error(
      `AIP_REQUIRE_POSTGRES=${required} but that database is not configured; start it with scripts/postgres.sh (scripts/test.sh does)`,
    );
  }
  return databases;
}
