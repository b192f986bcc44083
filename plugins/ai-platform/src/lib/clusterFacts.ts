import {
  SOVEREIGNTY_LABELS,
  TOPOLOGY_REGION_LABEL,
  type ClusterSummary,
  type ServedApi,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/** A jurisdiction label as people read it. */
export interface Jurisdiction {
  /** ISO 3166-1 alpha-2 code or `EU`, upper case. */
  code: string;
  /** e.g. `Germany`, `European Union`; the code when unknown. */
  name: string;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The cluster's jurisdiction, or undefined when it carries no label. */
export function jurisdictionOf(
  cluster: Pick<ClusterSummary, 'labels'>,
): Jurisdiction | undefined {
  return jurisdictionOfCode(cluster.labels[SOVEREIGNTY_LABELS.jurisdiction]);
}

/** A jurisdiction code (`de`, `EU`) with its name, or undefined when empty. */
export function jurisdictionOfCode(
  value: string | undefined,
): Jurisdiction | undefined {
  const code = value?.trim().toUpperCase();
  if (!code) {
    return undefined;
  }
  if (!/^[A-Z]{2}$/.test(code)) {
    return { code, name: code };
  }
  let name = code;
  try {
    name = regionNames.of(code) ?? code;
  } catch {
    // An invalid region code: show it as it is.
  }
  return { code, name };
}

export function providerOf(cluster: ClusterSummary): string | undefined {
  return cluster.labels[SOVEREIGNTY_LABELS.provider];
}

export function regionOf(cluster: ClusterSummary): string | undefined {
  return (
    cluster.labels[SOVEREIGNTY_LABELS.region] ??
    cluster.labels[TOPOLOGY_REGION_LABEL]
  );
}

const KNOWN_EXPOSURES: Record<string, string> = {
  'us-cloud-act': 'US CLOUD Act',
  'us-fisa-702': 'US FISA 702',
  'cn-national-intelligence-law': 'CN National Intelligence Law',
};

/**
 * Exposure to the law of a non-EU jurisdiction: `none` (label says none),
 * a readable name, or undefined when the cluster is not labelled.
 */
export function nonEuLawExposureOf(
  cluster: ClusterSummary,
): { exposed: boolean; label: string } | undefined {
  const value = cluster.labels[SOVEREIGNTY_LABELS.nonEuLawExposure]?.trim();
  if (!value) {
    return undefined;
  }
  if (value.toLowerCase() === 'none') {
    return { exposed: false, label: 'None' };
  }
  return { exposed: true, label: KNOWN_EXPOSURES[value] ?? value };
}

/** Short names of the projects behind the AI API groups. */
const API_FAMILIES: Record<string, string> = {
  'serving.kserve.io': 'KServe',
  'kueue.x-k8s.io': 'Kueue',
  'scheduling.run.ai': 'KAI',
  'kagent.dev': 'kagent',
  'resource.k8s.io': 'DRA',
  'inference.networking.k8s.io': 'Inference Extension',
  'inference.networking.x-k8s.io': 'Inference Extension',
  'llm-d.ai': 'llm-d',
};

/**
 * The served AI APIs grouped by the project that defines them, in a stable
 * order; an unknown group is shown by its name.
 */
export function apiFamiliesOf(servedApis: ServedApi[]): string[] {
  const families = new Set(
    servedApis.map(api => API_FAMILIES[api.group] ?? api.group),
  );
  const order = [...new Set(Object.values(API_FAMILIES))];
  return [...families].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia === -1 && ib === -1) return a.localeCompare(b);
    if (ia === -1) return 1;
    if (ib === -1) return -1;
    return ia - ib;
  });
}

export function totalObjectsOf(cluster: ClusterSummary): number {
  return Object.values(cluster.objectCounts).reduce((sum, n) => sum + n, 0);
}
