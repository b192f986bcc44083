// @ts-check

/**
 * GPU cost: intervals during which GPUs were allocated to a pod (or stood
 * idle on a cluster), with what the cost is grouped by. Cost over a window
 * is the overlap of each interval with the window × GPUs × price, so
 * windows that cut through an allocation count only their part.
 *
 * Times are epoch milliseconds (bigint) so SQLite and PostgreSQL compare
 * them the same way.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('cost_intervals', table => {
    table.comment('GPUs allocated to a pod, or idle on a cluster, over time');
    table.bigIncrements('id').primary();
    table.string('cluster', 255).notNullable();
    table.string('kind', 16).notNullable().comment('allocation or idle');
    table
      .string('key', 512)
      .notNullable()
      .comment('pod uid/resource for an allocation, idle/<product> for idle');
    table.string('product', 255).notNullable();
    table.string('resource', 255).notNullable();
    table
      .float('gpus')
      .notNullable()
      .comment('GPU equivalents: a MIG slice or shared slot is a fraction');
    table.string('namespace', 255).nullable();
    table.string('pod', 255).nullable();
    table.string('workload', 255).nullable();
    table.string('service', 255).nullable();
    table.string('team', 255).nullable();
    table.string('model', 512).nullable();
    table.string('jurisdiction', 16).nullable();
    table.string('provider', 255).nullable();
    table.bigInteger('started_at').notNullable();
    table.bigInteger('ended_at').nullable();
    table.index(['cluster', 'ended_at'], 'cost_intervals_open_idx');
    table.index(['started_at', 'ended_at'], 'cost_intervals_time_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('cost_intervals');
};
