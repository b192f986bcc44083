// @ts-check

/**
 * Conformance results over time: one row per cluster evaluation (its score)
 * and one per requirement checked in it. The score trend reads the runs.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('conformance_runs', table => {
    table.comment('One evaluation of one cluster by the conformance checks');
    table.bigIncrements('id').primary();
    table.string('cluster', 255).notNullable();
    table
      .timestamp('recorded_at', { useTz: true, precision: 3 })
      .notNullable()
      .comment('When the checks ran');
    table.string('kubernetes_version', 64).nullable();
    table
      .string('checklist_version', 16)
      .nullable()
      .comment(
        'The checklist the cluster minor was assessed against, e.g. 1.35',
      );
    table.string('health_state', 16).notNullable();
    table.integer('score_percent').notNullable();
    table.integer('passed').notNullable();
    table.integer('failed').notNullable();
    table.integer('unknown').notNullable();
    table.integer('applicable').notNullable();
    table.integer('must_failed').notNullable();
    table.index(
      ['cluster', 'recorded_at'],
      'conformance_runs_cluster_time_idx',
    );
    table.index(['recorded_at'], 'conformance_runs_time_idx');
  });
  await knex.schema.createTable('conformance_results', table => {
    table.comment('The status of one requirement in one evaluation');
    table
      .bigInteger('run_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('conformance_runs')
      .onDelete('CASCADE');
    table.string('check_id', 64).notNullable();
    table
      .string('level', 8)
      .nullable()
      .comment('MUST, SHOULD, or null when not in the checklist');
    table.string('status', 8).notNullable().comment('pass, fail or unknown');
    table.primary(['run_id', 'check_id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('conformance_results');
  await knex.schema.dropTable('conformance_runs');
};
