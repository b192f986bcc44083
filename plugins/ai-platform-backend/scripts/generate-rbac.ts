/*
 * Writes deploy/kubernetes/clusterrole.yaml from the table of watched kinds
 * (src/clusters/kinds.ts). Run it after adding or removing a kind:
 *
 *   yarn generate:rbac
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderClusterRoleYaml } from '../src/clusters/rbac';

const target = resolve(
  __dirname,
  '../../../deploy/kubernetes/clusterrole.yaml',
);
writeFileSync(target, renderClusterRoleYaml());
process.stdout.write(`wrote ${target}\n`);
