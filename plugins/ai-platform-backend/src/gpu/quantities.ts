/**
 * A count from a Kubernetes quantity or a CRD number field. GPU and device
 * counts are whole numbers ("8" or 8); a milli suffix ("500m") and the
 * decimal SI suffixes are accepted because ResourceQuota and Kueue fields are
 * general quantities. Anything unreadable counts as 0.
 */
export function count(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (typeof value !== 'string') return 0;
  const match = /^([+-]?\d+(?:\.\d+)?)(m|k|M|G)?$/.exec(value.trim());
  if (!match) return 0;
  const n = Number(match[1]);
  const scale = { m: 1e-3, k: 1e3, M: 1e6, G: 1e9 }[match[2] ?? ''] ?? 1;
  return n * scale;
}

/** A memory quantity (`81559Mi`, `80Gi`, `85899345920`) in MiB. */
export function mebibytes(value: unknown): number | undefined {
  if (typeof value === 'number') return value / 2 ** 20;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(value.trim());
  if (!match) return undefined;
  const bytesPer: Record<string, number> = {
    '': 1,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
  };
  return (Number(match[1]) * bytesPer[match[2] ?? '']) / 2 ** 20;
}
