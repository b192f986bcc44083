import type {
  ModelFieldChange,
  ModelLayer,
  ModelVersionComparison,
  ModelVersionSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';

const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
};

/** The fields of two versions that differ, their layers and size delta. */
export function compareVersions(
  a: ModelVersionSummary,
  b: ModelVersionSummary,
  layersA: ModelLayer[],
  layersB: ModelLayer[],
): Omit<ModelVersionComparison, 'registry' | 'repository'> {
  const fields: Array<[string, unknown, unknown]> = [
    ['digest', a.digest, b.digest],
    ['packaging', a.packaging, b.packaging],
    ['totalSize', a.totalSize, b.totalSize],
    ['signed', a.signed, b.signed],
    ['sbom', a.sbom, b.sbom],
    ...(
      [
        'name',
        'version',
        'family',
        'architecture',
        'format',
        'parameterSize',
        'precision',
        'quantization',
        'licenses',
        'createdAt',
      ] as const
    ).map(
      key =>
        [`metadata.${key}`, a.metadata[key], b.metadata[key]] as [
          string,
          unknown,
          unknown,
        ],
    ),
  ];
  const changes: ModelFieldChange[] = fields
    .map(([field, va, vb]) => ({ field, a: text(va), b: text(vb) }))
    .filter(change => change.a !== change.b);
  const inB = new Set(layersB.map(l => l.digest));
  const inA = new Set(layersA.map(l => l.digest));
  return {
    a,
    b,
    sameDigest: a.digest === b.digest,
    changes,
    layers: {
      unchanged: layersA.filter(l => inB.has(l.digest)),
      removed: layersA.filter(l => !inB.has(l.digest)),
      added: layersB.filter(l => !inA.has(l.digest)),
    },
    sizeDelta: b.totalSize - a.totalSize,
  };
}
