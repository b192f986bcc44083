// @ts-check

/**
 * GPU cost: every column whose value comes from a tenant (namespace, pod,
 * workload, service, team, model repository, and the keys built from them)
 * or from a cluster's labels becomes `text`, so that a long name can no
 * longer overflow a `varchar` on PostgreSQL and fail a whole cluster's
 * recording. Existing rows are kept (PostgreSQL alters the columns in
 * place; Knex rebuilds the table on SQLite, copying every row). `kind` may
 * now also be `capacity`: a node's allocatable GPUs over time, from which
 * idle is worked out over the same window as allocations. `recorded_at`
 * says when a row was written, so a report can tell reconstructed history
 * (before the first recording) from recorded history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('cost_intervals', table => {
    for (const column of [
      'cluster',
      'key',
      'product',
      'resource',
      'namespace',
      'pod',
      'workload',
      'service',
      'team',
      'model',
      'jurisdiction',
      'provider',
    ]) {
      const nullable = !['cluster', 'key', 'product', 'resource'].includes(
        column,
      );
      const text = table.text(column);
      (nullable ? text.nullable() : text.notNullable()).alter();
    }
    table
      .string('kind', 16)
      .notNullable()
      .comment('allocation, capacity, or (before capacity) idle')
      .alter();
  });
  await knex.schema.alterTable('cost_intervals', table => {
    table
      .bigInteger('recorded_at')
      .nullable()
      .comment('when the row was written (epoch ms); null before this column');
  });
};

/**
 * Back to the original lengths; PostgreSQL refuses while rows hold longer
 * values, which must be removed first.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('cost_intervals', table => {
    table.dropColumn('recorded_at');
  });
  await knex.schema.alterTable('cost_intervals', table => {
    table.string('cluster', 255).notNullable().alter();
    table.string('key', 512).notNullable().alter();
    table.string('product', 255).notNullable().alter();
    table.string('resource', 255).notNullable().alter();
    table.string('namespace', 255).nullable().alter();
    table.string('pod', 255).nullable().alter();
    table.string('workload', 255).nullable().alter();
    table.string('service', 255).nullable().alter();
    table.string('team', 255).nullable().alter();
    table.string('model', 512).nullable().alter();
    table.string('jurisdiction', 16).nullable().alter();
    table.string('provider', 255).nullable().alter();
  });
};
