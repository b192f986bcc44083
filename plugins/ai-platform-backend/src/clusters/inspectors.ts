import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { AGENT_INSPECTORS } from '../agents/inspect';
import { CONFORMANCE_INSPECTORS } from '../conformance/policyReports';
import { GPU_INSPECTORS } from '../gpu/inspect';
import { MODEL_INSPECTORS } from '../models/inspect';
import { SERVING_INSPECTORS } from '../serving/inspect';
import { kindId, WatchedKindDefinition } from './kinds';

type Inspector = (object: CachedObject) => string[];

/** Every domain's inspectors, by kind id; one kind may have several. */
const INSPECTORS: Array<Record<string, Inspector>> = [
  GPU_INSPECTORS,
  MODEL_INSPECTORS,
  AGENT_INSPECTORS,
  CONFORMANCE_INSPECTORS,
  SERVING_INSPECTORS,
];

/**
 * The watched kinds with the domains' inspectors attached, so the cluster
 * layer reports every object a domain leaves out (logged once per object
 * version, counted in the cluster's health).
 */
export function withInspectors(
  kinds: WatchedKindDefinition[],
): WatchedKindDefinition[] {
  return kinds.map(kind => {
    const id = kindId(kind);
    const inspectors = [
      ...(kind.inspect ? [kind.inspect] : []),
      ...INSPECTORS.flatMap(set => (set[id] ? [set[id]] : [])),
    ];
    if (inspectors.length === 0) return kind;
    return {
      ...kind,
      inspect: (object: CachedObject) => inspectors.flatMap(i => i(object)),
    };
  });
}
