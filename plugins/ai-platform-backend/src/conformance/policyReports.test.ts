import type { KubeObject } from '../clusters/kinds';
import {
  clusterView,
  exampleObjects,
  notUnderstoodOf,
  upstreamObjects,
} from '../__testUtils__/clusterViews';
import { checkPolicyReports } from './hygiene';
import { snapshotOf } from './snapshot';

const falco = upstreamObjects('wg-policy--falco-policy-report.yaml');
const hostile = upstreamObjects('hostile--policy-reports.yaml');
const KEYS = ['pass', 'fail', 'warn', 'error', 'skip'] as const;
type Totals = Record<(typeof KEYS)[number], number>;
const zero = (): Totals => ({ pass: 0, fail: 0, warn: 0, error: 0, skip: 0 });

/**
 * A report's totals by the wg-policy API's meaning, from its YAML alone: the
 * results when every one names a result, else a summary made of counts.
 */
function expectedTotals(report: KubeObject): Totals {
  const results: any[] = report.results ?? [];
  if (results.length > 0 && results.every(r => KEYS.includes(r.result))) {
    const t = zero();
    for (const r of results) t[r.result as keyof Totals] += 1;
    return t;
  }
  const summary = report.summary ?? {};
  const valid = KEYS.every(
    k =>
      summary[k] === undefined ||
      (Number.isInteger(summary[k]) && summary[k] >= 0),
  );
  const t = zero();
  if (valid) for (const k of KEYS) t[k] = summary[k] ?? 0;
  return t;
}

function sum(reports: KubeObject[]): Totals {
  const t = zero();
  for (const r of reports) {
    const e = expectedTotals(r);
    for (const k of KEYS) t[k] += e[k];
  }
  return t;
}

const check = (objects: KubeObject[]) =>
  checkPolicyReports(snapshotOf(clusterView('t', objects)));

describe('PolicyReports counted from their results', () => {
  it('the upstream Falco sample (PolicyReport and ClusterPolicyReport v1alpha2)', () => {
    const result = check(falco);
    expect(result.totals).toEqual(sum(falco));
    expect(result.totals!.fail).toBe(2);
    expect(result.status).toBe('fail');
    expect(notUnderstoodOf(falco)).toEqual([]);
  });

  it('keeps failures that a missing or wrong summary would lose', () => {
    const result = check(hostile);
    expect(result.totals).toEqual(sum(hostile));
    // no-summary's 2 and summary-hides-failures' 1 from their results,
    // results-without-values' 1 from its summary.
    expect(result.totals!.fail).toBe(4);
    expect(result.status).toBe('fail');
    const note = (name: string) =>
      result.evidence.find(e => e.name === name)?.note;
    expect(note('no-summary')).toBe('fail 2, warn 0');
    expect(note('summary-hides-failures')).toBe(
      'fail 1, warn 1; summary (pass 3) disagrees with the results (pass 1, fail 1, warn 1); results counted',
    );
  });

  it('names every report whose summary cannot be taken at face value', () => {
    expect(
      notUnderstoodOf(hostile).map(r => [r.kind, r.name, r.reasons]),
    ).toEqual([
      [
        'wgpolicyk8s.io/PolicyReport',
        'summary-hides-failures',
        [
          'summary (pass 3) disagrees with the results (pass 1, fail 1, warn 1); results counted',
        ],
      ],
      [
        'wgpolicyk8s.io/ClusterPolicyReport',
        'summary-not-counts',
        [
          'summary.pass "lots" is not a count',
          'summary.fail -3 is not a count',
          'results counted instead',
        ],
      ],
      [
        'wgpolicyk8s.io/PolicyReport',
        'results-without-values',
        ['2 result(s) carry no pass/fail/warn/error/skip value'],
      ],
    ]);
  });

  it.each(['eu-sovereign-fra', 'eu-hyperscaler-par', 'us-east-virginia'])(
    'the demo reports of %s read as their YAML says',
    name => {
      const reports = exampleObjects(name).filter(o =>
        ['PolicyReport', 'ClusterPolicyReport'].includes(o.kind),
      );
      const result = check(exampleObjects(name));
      expect(reports.length).toBeGreaterThan(0);
      expect(result.totals).toEqual(sum(reports));
    },
  );
});
