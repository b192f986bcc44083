import { ResourceRegistry } from '../resources/ResourceRegistry';

/** `GET /api`: the core group's versions. */
export function apiVersions(serverAddress: string) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupVersions(name: string, versions: string[]) {
  const entries = versions.map(version => ({
    groupVersion: `${name}/${version}`,
    version,
  }));
  return { name, versions: entries, preferredVersion: entries[0] };
}

/** `GET /apis`: every named group with its versions. */
export function apiGroupList(registry: ResourceRegistry) {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: registry.groups().map(g => groupVersions(g.name, g.versions)),
  };
}

/** `GET /apis/<group>`, or undefined when the group is not served. */
export function apiGroup(registry: ResourceRegistry, name: string) {
  const group = registry.groups().find(g => g.name === name);
  return (
    group && {
      kind: 'APIGroup',
      apiVersion: 'v1',
      ...groupVersions(group.name, group.versions),
    }
  );
}

/** `GET /api/v1` or `/apis/<group>/<version>`, or undefined when not served. */
export function apiResourceList(
  registry: ResourceRegistry,
  group: string,
  version: string,
) {
  const types = registry.resources(group, version);
  if (types.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: types.map(t => ({
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: t.verbs,
      ...(t.shortNames?.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories?.length ? { categories: t.categories } : {}),
    })),
  };
}
