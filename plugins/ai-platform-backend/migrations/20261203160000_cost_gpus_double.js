// @ts-check

/**
 * GPU cost: `gpus` becomes double precision. It was `float`, which is a
 * 4-byte `real` on PostgreSQL: a MIG share such as 1/7 of a GPU came back as
 * 0.14285715, differed from the recorder's 0.142857142857... and so the
 * interval was closed and reopened on every recording. SQLite stored doubles
 * already. Existing values are kept (widened in place on PostgreSQL; Knex
 * rebuilds the table on SQLite, copying every row).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('cost_intervals', table => {
    table
      .double('gpus')
      .notNullable()
      .comment('GPU equivalents: a MIG slice or shared slot is a fraction')
      .alter();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('cost_intervals', table => {
    table.float('gpus').notNullable().alter();
  });
};
