import { StoredObject } from '../store/Collection';
import { KubeObject, ResourceType } from '../types';

/** How much of each object a Table row carries (`includeObject`). */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

interface Column {
  name: string;
  description: string;
  priority?: number;
  cell: (object: KubeObject, now: number) => string;
}

const name: Column = {
  name: 'Name',
  description: 'Name must be unique within a namespace.',
  cell: o => o.metadata.name ?? '',
};
const age: Column = {
  name: 'Age',
  description: 'CreationTimestamp is the time the object was created.',
  cell: (o, now) => formatAge(o.metadata.creationTimestamp, now),
};
const get = (object: KubeObject, path: string) =>
  path.split('.').reduce<any>((v, part) => v?.[part], object);

const EXTRA_COLUMNS: Record<string, Column[]> = {
  Pod: [
    {
      name: 'Status',
      description: 'The pod phase.',
      cell: o => get(o, 'status.phase') ?? '',
    },
    {
      name: 'Node',
      description: 'The node the pod runs on.',
      priority: 1,
      cell: o => get(o, 'spec.nodeName') ?? '<none>',
    },
  ],
  Node: [
    {
      name: 'Status',
      description: 'The condition of the node.',
      cell: o =>
        (get(o, 'status.conditions') ?? []).some(
          (c: { type?: string; status?: string }) =>
            c.type === 'Ready' && c.status === 'True',
        )
          ? 'Ready'
          : 'NotReady',
    },
    {
      name: 'Version',
      description: 'Kubelet version.',
      cell: o => get(o, 'status.nodeInfo.kubeletVersion') ?? '',
    },
  ],
  Namespace: [
    {
      name: 'Status',
      description: 'The namespace phase.',
      cell: o => get(o, 'status.phase') ?? 'Active',
    },
  ],
};

/**
 * Like kube-apiserver, a CRD's printer columns replace the default Age
 * column. Only plain `.a.b.c` JSONPaths are read; others print empty.
 */
function printerColumns(type: ResourceType): Column[] {
  return [
    name,
    ...(type.printerColumns ?? []).map(c => ({
      name: c.name,
      description: c.description ?? '',
      priority: c.priority,
      cell: (o: KubeObject) => {
        const value = /^(\.[\w-]+)+$/.test(c.jsonPath)
          ? get(o, c.jsonPath.slice(1))
          : undefined;
        return value === undefined || value === null ? '' : String(value);
      },
    })),
  ];
}

function columnsOf(type: ResourceType): Column[] {
  if (type.printerColumns?.length) return printerColumns(type);
  const [first, ...extra] = [
    name,
    ...(EXTRA_COLUMNS[type.group ? '' : type.kind] ?? []),
  ];
  return [
    first,
    ...extra.filter(c => !c.priority),
    age,
    ...extra.filter(c => c.priority),
  ];
}

/**
 * Renders objects as a `meta.k8s.io/v1` Table, the form `kubectl get` asks
 * for, with a few columns per kind (Name and Age for every kind).
 */
export function toTable(
  type: ResourceType,
  items: StoredObject[],
  options: {
    metadata?: Record<string, unknown>;
    includeObject?: IncludeObject;
    withColumns?: boolean;
  },
) {
  const columns = columnsOf(type);
  const now = Date.now();
  const include = options.includeObject ?? 'Metadata';
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: options.metadata ?? {},
    columnDefinitions:
      options.withColumns === false
        ? []
        : columns.map(c => ({
            name: c.name,
            type: 'string',
            format: c === name ? 'name' : '',
            description: c.description,
            priority: c.priority ?? 0,
          })),
    rows: items.map(({ object }) => ({
      cells: columns.map(c => c.cell(object, now)),
      ...(include === 'None'
        ? {}
        : {
            object:
              include === 'Object'
                ? object
                : {
                    kind: 'PartialObjectMetadata',
                    apiVersion: 'meta.k8s.io/v1',
                    metadata: object.metadata,
                  },
          }),
    })),
  };
}

/** Whether an Accept header asks for a Table (`as=Table;g=meta.k8s.io`). */
export function wantsTable(accept: string | undefined) {
  return /\bas=Table\b/.test(accept ?? '');
}

/** Formats an age the way kubectl shows it (`45s`, `12m`, `5h`, `3d`). */
export function formatAge(timestamp: string | undefined, now: number) {
  if (!timestamp) return '<unknown>';
  const seconds = Math.max(0, Math.floor((now - Date.parse(timestamp)) / 1000));
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 120 * 60) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 48 * 3600) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86400)}d`;
}
