#!/usr/bin/env node
/*
 * Checks a package tarball made by `yarn pack`: every file its package.json
 * names (main, module, types, each export target, configSchema) is inside,
 * no source files or workspace: ranges leaked into it, and it is not private.
 *
 *   node scripts/check-tarball.js <file.tgz>
 *
 * Exits 1 and prints each problem when one is found.
 */
const { execFileSync } = require('node:child_process');

const tarball = process.argv[2];
if (!tarball) {
  console.error('usage: check-tarball.js <file.tgz>');
  process.exit(2);
}

const files = new Set(
  execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(f => f.replace(/^package\//, '')),
);
const pkg = JSON.parse(
  execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
    encoding: 'utf8',
  }),
);

const problems = [];
const named = [];
const collect = (where, value) => {
  if (typeof value === 'string') named.push([where, value]);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      // "backstage": "@backstage/BackendFeature" is a marker, not a file
      if (key !== 'backstage') collect(`${where}.${key}`, inner);
    }
  }
};
for (const field of ['main', 'module', 'types', 'configSchema']) {
  if (pkg[field]) collect(field, pkg[field]);
}
if (pkg.exports) collect('exports', pkg.exports);

for (const [where, target] of named) {
  const file = target.replace(/^\.\//, '');
  if (!files.has(file)) problems.push(`${where} names ${target}, not packed`);
  if (/^src\//.test(file))
    problems.push(`${where} points at source (${target}); was it built?`);
}
if (pkg.private) problems.push('package.json says "private": true');
for (const kind of [
  'dependencies',
  'peerDependencies',
  'optionalDependencies',
]) {
  for (const [dep, range] of Object.entries(pkg[kind] ?? {})) {
    if (/^(workspace|link|file):/.test(range))
      problems.push(`${kind}.${dep} is ${range}`);
  }
}
if (pkg.backstage?.role?.endsWith('plugin') && !pkg.backstage.pluginPackages)
  problems.push(
    'backstage.pluginPackages missing (backstage-cli repo fix --publish)',
  );

if (problems.length) {
  console.error(`${tarball} (${pkg.name}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
