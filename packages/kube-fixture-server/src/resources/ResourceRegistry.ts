import {
  KubeObject,
  PrinterColumn,
  ResourceType,
  apiVersionOf,
} from '../types';
import { SERVED_VERBS, builtinResourceTypes } from './builtins';

/** One API group as discovery lists it, versions in preference order. */
export interface ApiGroupInfo {
  name: string;
  versions: string[];
}

interface CrdSpec {
  group?: string;
  scope?: string;
  names?: {
    kind?: string;
    plural?: string;
    singular?: string;
    shortNames?: string[];
    categories?: string[];
  };
  versions?: Array<{
    name?: string;
    served?: boolean;
    additionalPrinterColumns?: PrinterColumn[];
  }>;
  selectableFields?: Array<{ jsonPath?: string }>;
}

/**
 * The kinds one cluster serves: the built-in ones plus those its
 * CustomResourceDefinitions add. A kind without a CRD is unknown, as on a
 * real cluster.
 */
export class ResourceRegistry {
  private readonly byPath = new Map<string, ResourceType>();
  private readonly crdTypes = new Map<string, ResourceType[]>();

  constructor() {
    for (const type of builtinResourceTypes()) {
      this.add(type);
    }
  }

  /** Finds a kind by the path segments a request names it with. */
  lookup(group: string, version: string, plural: string) {
    return this.byPath.get(pathKey(group, version, plural));
  }

  /** Finds a kind by an object's `apiVersion` and `kind`. */
  lookupKind(apiVersion: string, kind: string) {
    for (const type of this.byPath.values()) {
      if (type.kind === kind && apiVersionOf(type) === apiVersion) {
        return type;
      }
    }
    return undefined;
  }

  /** The kinds served under one group version, in registration order. */
  resources(group: string, version: string): ResourceType[] {
    return [...this.byPath.values()].filter(
      t => t.group === group && t.version === version,
    );
  }

  /** Every non-core group with its served versions. */
  groups(): ApiGroupInfo[] {
    const groups = new Map<string, string[]>();
    for (const type of this.byPath.values()) {
      if (!type.group) continue;
      const versions = groups.get(type.group) ?? [];
      if (!versions.includes(type.version)) versions.push(type.version);
      groups.set(type.group, versions);
    }
    return [...groups].map(([name, versions]) => ({ name, versions }));
  }

  /** Serves the kinds a CustomResourceDefinition defines (again, on update). */
  applyCrd(crd: KubeObject) {
    this.removeCrd(crd);
    const types = resourceTypesOfCrd(crd);
    types.forEach(t => this.add(t));
    this.crdTypes.set(crd.metadata.name!, types);
  }

  /** Stops serving the kinds of a deleted CustomResourceDefinition. */
  removeCrd(crd: KubeObject) {
    for (const type of this.crdTypes.get(crd.metadata.name!) ?? []) {
      this.byPath.delete(pathKey(type.group, type.version, type.plural));
    }
    this.crdTypes.delete(crd.metadata.name!);
  }

  private add(type: ResourceType) {
    this.byPath.set(pathKey(type.group, type.version, type.plural), type);
  }
}

/**
 * Reads the served kinds out of a CRD, failing with the reason when the
 * definition misses what kube-apiserver would require.
 */
export function resourceTypesOfCrd(crd: KubeObject): ResourceType[] {
  const spec = (crd.spec ?? {}) as CrdSpec;
  const names = spec.names ?? {};
  const where = `CustomResourceDefinition "${crd.metadata.name}"`;
  if (!spec.group || !names.kind || !names.plural) {
    throw new Error(
      `${where} must set spec.group, spec.names.kind and spec.names.plural`,
    );
  }
  if (crd.metadata.name !== `${names.plural}.${spec.group}`) {
    throw new Error(
      `${where} must be named "${names.plural}.${spec.group}" (spec.names.plural + "." + spec.group)`,
    );
  }
  const selectableFields = (spec.selectableFields ?? [])
    .map(f => f.jsonPath?.replace(/^\./, ''))
    .filter((f): f is string => Boolean(f));
  return (spec.versions ?? [])
    .filter(v => v.name && v.served !== false)
    .map(v => ({
      group: spec.group!,
      version: v.name!,
      kind: names.kind!,
      plural: names.plural!,
      singular: names.singular ?? names.kind!.toLowerCase(),
      namespaced: spec.scope !== 'Cluster',
      shortNames: names.shortNames,
      categories: names.categories,
      verbs: SERVED_VERBS,
      selectableFields,
      printerColumns: v.additionalPrinterColumns,
    }));
}

function pathKey(group: string, version: string, plural: string) {
  return `${group}/${version}/${plural}`;
}
