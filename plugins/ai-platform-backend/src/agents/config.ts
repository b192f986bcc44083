import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { teamRef } from '../gpu/teams';

/** The settings of the agent registry. */
export interface AgentsConfig {
  /** SPIFFE trust domain of agent identities. */
  trustDomain: string;
  /** Owner of agents and MCP servers whose namespace names no team. */
  defaultOwner: string;
}

export const DEFAULT_TRUST_DOMAIN = 'cluster.local';
export const DEFAULT_AGENT_OWNER = 'group:default/platform-engineering';

/** The SPIFFE ID spec allows lower-case letters, digits, dots, dashes and underscores. */
const TRUST_DOMAIN = /^[a-z0-9._-]+$/;

/** Reads `aiPlatform.agents`, once at start-up. */
export function readAgentsConfig(config: Config): AgentsConfig {
  const agents = config.getOptionalConfig('aiPlatform.agents');
  const trustDomain =
    agents?.getOptionalString('trustDomain')?.trim() ?? DEFAULT_TRUST_DOMAIN;
  if (!TRUST_DOMAIN.test(trustDomain)) {
    throw new InputError(
      `aiPlatform.agents.trustDomain is '${trustDomain}', which is not a SPIFFE trust domain; use lower-case letters, digits, dots, dashes and underscores only, e.g. prod.example.com`,
    );
  }
  const owner = agents?.getOptionalString('defaultOwner')?.trim();
  if (owner === '') {
    throw new InputError(
      'aiPlatform.agents.defaultOwner is empty; give a Group entity ref such as group:default/platform-engineering, or remove the key',
    );
  }
  return {
    trustDomain,
    defaultOwner: owner ? teamRef(owner) : DEFAULT_AGENT_OWNER,
  };
}

/** The SPIFFE ID Kubernetes workload attestors give a pod's service account. */
export function spiffeId(
  trustDomain: string,
  namespace: string,
  serviceAccount: string,
): string {
  return `spiffe://${trustDomain}/ns/${namespace}/sa/${serviceAccount}`;
}
