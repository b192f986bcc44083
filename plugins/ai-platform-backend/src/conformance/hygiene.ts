import type {
  ConformanceEvidence,
  HygieneCheckResult,
  PolicyReportTotals,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { readKServeModel } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { parseReference } from '../registry/references';
import { reportTotals, RESULT_KEYS } from './policyReports';
import { ClusterSnapshot, evidenceOf, K, labelsOf } from './snapshot';

const INGRESS_NGINX_IMAGE = 'registry.k8s.io/ingress-nginx/controller';

function runsIngressNginx(object: CachedObject): boolean {
  if (labelsOf(object)['app.kubernetes.io/name'] === 'ingress-nginx') {
    return true;
  }
  const spec = object.spec as Record<string, any> | undefined;
  const containers: Array<{ image?: string }> = [
    ...(spec?.containers ?? []),
    ...(spec?.template?.spec?.containers ?? []),
  ];
  return containers.some(c => c.image?.startsWith(INGRESS_NGINX_IMAGE));
}

/**
 * Ingress-NGINX reached end of life in March 2026: any controller still
 * running is a finding, with ingress2gateway as the way out.
 */
export function checkIngressNginx(
  snapshot: ClusterSnapshot,
): HygieneCheckResult {
  const base = {
    id: 'ingress_nginx_eol' as const,
    title: 'Ingress-NGINX (end of life since March 2026)',
  };
  const controllers = [
    ...snapshot.list(K.deployment),
    ...snapshot.list(K.daemonSet),
  ].filter(runsIngressNginx);
  const pods = snapshot
    .list(K.pod)
    .filter(p => runsIngressNginx(p) && p.status?.phase === 'Running');
  if (controllers.length === 0 && pods.length === 0) {
    return {
      ...base,
      status: 'pass',
      summary: 'No ingress-nginx controller runs on this cluster.',
      evidence: [],
    };
  }
  const image = (o: CachedObject) => {
    const spec = o.spec as Record<string, any> | undefined;
    return [
      ...(spec?.template?.spec?.containers ?? []),
      ...(spec?.containers ?? []),
    ]
      .map((c: { image?: string }) => c.image)
      .find(i => i?.startsWith(INGRESS_NGINX_IMAGE));
  };
  return {
    ...base,
    status: 'fail',
    summary: `ingress-nginx is still running (${controllers.length} controller(s), ${pods.length} running pod(s)); it gets no security fixes since March 2026.`,
    evidence: [...controllers, ...pods].map(o =>
      evidenceOf(o, image(o) ? `image ${image(o)}` : undefined),
    ),
    fix: 'Move Ingress objects to Gateway API HTTPRoutes with ingress2gateway (https://github.com/kubernetes-sigs/ingress2gateway), then remove the ingress-nginx controller.',
  };
}

/**
 * Sums every PolicyReport and ClusterPolicyReport: counted from its results,
 * or its `summary` where the results carry no result values.
 */
export function checkPolicyReports(
  snapshot: ClusterSnapshot,
): HygieneCheckResult {
  const base = {
    id: 'policy_reports' as const,
    title: 'Kyverno policy reports',
  };
  if (
    !snapshot.serves(K.policyReport) &&
    !snapshot.serves(K.clusterPolicyReport)
  ) {
    return {
      ...base,
      status: 'unknown',
      summary:
        'The cluster serves no wgpolicyk8s.io PolicyReports (no Kyverno or other policy engine reporting).',
      evidence: [],
    };
  }
  const reports = [
    ...snapshot.list(K.policyReport),
    ...snapshot.list(K.clusterPolicyReport),
  ];
  const totals: PolicyReportTotals = {
    pass: 0,
    fail: 0,
    warn: 0,
    error: 0,
    skip: 0,
  };
  const evidence: ConformanceEvidence[] = [];
  for (const report of reports) {
    // From the results where they can all be counted, else the summary.
    const read = reportTotals(report);
    for (const key of RESULT_KEYS) totals[key] += read.totals[key];
    if (read.totals.fail + read.totals.warn > 0 || read.notes.length > 0) {
      evidence.push(
        evidenceOf(
          report,
          [
            `fail ${read.totals.fail}, warn ${read.totals.warn}${scopeNote(
              report,
            )}`,
            ...read.notes,
          ].join('; '),
        ),
      );
    }
  }
  const text = `pass ${totals.pass}, fail ${totals.fail}, warn ${totals.warn}, error ${totals.error}, skip ${totals.skip} over ${reports.length} report(s)`;
  return {
    ...base,
    status: policyStatus(totals),
    summary: `Policy results: ${text}.`,
    evidence,
    totals,
  };
}

function policyStatus(
  totals: PolicyReportTotals,
): HygieneCheckResult['status'] {
  if (totals.fail + totals.error > 0) return 'fail';
  if (totals.warn > 0) return 'warn';
  return 'pass';
}

function scopeNote(report: CachedObject): string {
  const scope = (report.spec as Record<string, any> | undefined)?.scope;
  return scope?.kind && scope?.name ? ` (${scope.kind} ${scope.name})` : '';
}

/**
 * Whether a model digest is signed, as the models domain knows it:
 * undefined when unknown (registry not configured or not readable).
 */
export type SignatureLookup = (reference: {
  uri: string;
  digest?: string;
}) => boolean | undefined;

interface ModelRef {
  object: CachedObject;
  field: string;
  uri: string;
  /** Why KServe cannot fetch the model from this address, when it cannot. */
  invalid?: string;
}

function modelReferences(snapshot: ClusterSnapshot): ModelRef[] {
  return [...snapshot.list(K.llmisvc), ...snapshot.list(K.isvc)].flatMap(svc =>
    readKServeModel(svc).addresses.map(address => ({
      object: svc,
      field: address.field,
      uri: address.uri,
      ...(address.judged.valid ? {} : { invalid: address.judged.reason }),
    })),
  );
}

/**
 * Inference services whose model reference is a mutable tag instead of a
 * digest, or whose model version carries no signature; an address KServe
 * cannot fetch from (`javascript:`, `ftp://`, …) is invalid, not unpinned.
 */
export function checkModelReferences(
  snapshot: ClusterSnapshot,
  signed?: SignatureLookup,
): HygieneCheckResult {
  const base = {
    id: 'model_references' as const,
    title: 'Inference services: pinned and signed models',
  };
  const refs = modelReferences(snapshot);
  if (refs.length === 0) {
    return {
      ...base,
      status: 'pass',
      summary: 'No KServe inference service on this cluster.',
      evidence: [],
    };
  }
  const findings: ConformanceEvidence[] = [];
  let unpinned = 0;
  let unsigned = 0;
  let unknownSignature = 0;
  let invalid = 0;
  for (const ref of refs) {
    if (ref.invalid) {
      invalid += 1;
      findings.push(
        evidenceOf(ref.object, `invalid: ${ref.field} ${ref.invalid}`),
      );
      continue;
    }
    const parsed = parseReference(ref.uri);
    const notes: string[] = [];
    if (!parsed?.digest) {
      unpinned += 1;
      notes.push(
        parsed?.tag
          ? `unpinned: tag '${parsed.tag}' can move (${ref.field})`
          : `unpinned: ${ref.uri} names no digest (${ref.field})`,
      );
    }
    const isSigned = signed?.({ uri: ref.uri, digest: parsed?.digest });
    if (isSigned === false) {
      unsigned += 1;
      notes.push('model version carries no signature');
    } else if (isSigned === undefined) {
      unknownSignature += 1;
    }
    if (notes.length) findings.push(evidenceOf(ref.object, notes.join('; ')));
  }
  const services = new Set(refs.map(r => r.object)).size;
  const parts = [
    `${services} service(s)`,
    invalid ? `${invalid} invalid` : '',
    `${unpinned} unpinned`,
    `${unsigned} unsigned`,
    unknownSignature ? `${unknownSignature} with signature unknown` : '',
  ].filter(Boolean);
  return {
    ...base,
    status: invalid + unpinned + unsigned > 0 ? 'fail' : 'pass',
    summary: `Model references: ${parts.join(', ')}.`,
    evidence: findings,
    ...(invalid + unpinned + unsigned > 0
      ? {
          fix: `${
            invalid
              ? 'Point invalid model addresses at a store KServe fetches from (oci://, hf://, s3://, gs://, pvc://, https://, …). '
              : ''
          }Reference model versions by digest (oci://…@sha256:…) and sign them (cosign); a tag can be moved under a running service.`,
        }
      : {}),
  };
}
