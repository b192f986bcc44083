import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { ClusterDefinition, checkClusterName } from './clusters';
import { KubeObject } from './types';

/** The optional `cluster.yaml` in a cluster folder. */
interface ClusterFile {
  kubernetesVersion?: string;
  token?: string;
  serviceAccount?: string;
  metadata?: {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
}

const CLUSTER_FILE = 'cluster.yaml';

/**
 * Reads a root folder with one subfolder per cluster. Every `.yaml`/`.yml`
 * file below a cluster folder (multi-document, `kind: List` expanded) holds
 * its objects; `cluster.yaml` at the top of the folder holds the cluster's
 * own settings. Folders whose name starts with `.` or `_` are skipped.
 *
 * @public
 */
export async function loadClustersDir(
  root: string,
): Promise<ClusterDefinition[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(error => {
    throw new Error(
      `Cannot read the clusters folder ${root}: ${error.message}`,
    );
  });
  const folders = entries
    .filter(e => e.isDirectory() && !/^[._]/.test(e.name))
    .map(e => e.name)
    .sort();
  if (folders.length === 0) {
    throw new Error(`The clusters folder ${root} has no cluster subfolders`);
  }
  return Promise.all(
    folders.map(name => loadClusterDir(join(root, name), name)),
  );
}

/**
 * Reads one cluster folder; `name` becomes the cluster's name.
 *
 * @public
 */
export async function loadClusterDir(
  dir: string,
  name: string,
): Promise<ClusterDefinition> {
  checkClusterName(name);
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter(e => e.isFile() && /\.ya?ml$/.test(e.name))
    .map(e => join(e.parentPath, e.name))
    .sort();
  const objects: KubeObject[] = [];
  let settings: ClusterFile = {};
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const where = relative(dir, file);
    if (where === CLUSTER_FILE) {
      settings = (parse(text) ?? {}) as ClusterFile;
      continue;
    }
    objects.push(...parseObjects(text, `${name}/${where}`));
  }
  return {
    name,
    kubernetesVersion: settings.kubernetesVersion,
    token: settings.token,
    serviceAccount: settings.serviceAccount,
    labels: settings.metadata?.labels,
    annotations: settings.metadata?.annotations,
    objects,
  };
}

/** Parses the Kubernetes objects of one YAML file, naming the file on failure. */
export function parseObjects(text: string, source: string): KubeObject[] {
  const objects: KubeObject[] = [];
  parseAllDocuments(text).forEach((doc, index) => {
    if (doc.errors.length > 0) {
      throw new Error(
        `${source} (document ${index + 1}): ${doc.errors[0].message}`,
      );
    }
    const value = doc.toJS() as KubeObject | null;
    if (value === null || value === undefined) return;
    const items =
      value.kind === 'List' ? (value.items as KubeObject[]) ?? [] : [value];
    for (const item of items) {
      if (!item?.apiVersion || !item.kind || !item.metadata?.name) {
        throw new Error(
          `${source} (document ${
            index + 1
          }): every object needs apiVersion, kind and metadata.name`,
        );
      }
      objects.push(item);
    }
  });
  return objects;
}
