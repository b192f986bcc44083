import type { Readiness } from '@ai-platform/backstage-plugin-ai-platform-common';

interface Condition {
  type?: unknown;
  status?: unknown;
  reason?: unknown;
  message?: unknown;
}

function state(conditions: Condition[], type: string): boolean | undefined {
  const found = conditions.find(c => c.type === type);
  if (!found) return undefined;
  return found.status === 'True';
}

/**
 * Readiness from kagent's `Accepted` and `Ready` conditions. `Ready` decides
 * when it is reported; RemoteMCPServers only report `Accepted`, which then
 * decides. No condition at all is `unknown`, never ready.
 */
export function readinessOf(status: unknown): Readiness {
  const raw = (status as { conditions?: unknown } | undefined)?.conditions;
  const conditions: Condition[] = Array.isArray(raw) ? raw : [];
  const accepted = state(conditions, 'Accepted');
  const ready = state(conditions, 'Ready');
  const decisive = ready ?? accepted;
  const failing = conditions.find(
    c => (c.type === 'Accepted' || c.type === 'Ready') && c.status !== 'True',
  );
  const message = failing
    ? String(
        failing.message ||
          failing.reason ||
          `${failing.type} is ${failing.status}`,
      )
    : undefined;
  let readiness: Readiness['state'] = 'unknown';
  if (decisive !== undefined) readiness = decisive ? 'ready' : 'not-ready';
  return {
    state: readiness,
    accepted,
    ready,
    ...(message ? { message } : {}),
  };
}
