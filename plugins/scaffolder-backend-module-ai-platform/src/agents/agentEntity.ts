import {
  parseEntityRef,
  stringifyEntityRef,
  type ComponentEntity,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  AI_PLATFORM_ANNOTATIONS,
  DATA_CLASSIFICATIONS,
  isDataClassification,
  isJurisdictionCode,
  normalizeJurisdiction,
  SOVEREIGNTY_LABELS,
  type DataClassification,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/** What a registered (externally running) agent is described by. */
export interface AgentRegistration {
  name: string;
  title?: string;
  description: string;
  owner: string;
  system?: string;
  lifecycle?: string;
  modelEndpoint: string;
  mcpServers?: string[];
  spiffeId: string;
  dataClassification: string;
  jurisdiction?: string;
  region?: string;
  provider?: string;
  residencyPolicy?: string;
  nonEuLawExposure?: string;
}

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A Kubernetes label value, which catalog label values must also be. */
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** SPIFFE trust domain: lower-case letters, digits, `.`, `-`, `_`. */
const TRUST_DOMAIN = /^[a-z0-9._-]+$/;
/** One SPIFFE path segment: letters, digits, `.`, `-`, `_`; not `.` or `..`. */
const PATH_SEGMENT = /^[A-Za-z0-9._-]+$/;

/** Throws unless the name is a DNS-1123 label (what the catalog and Kubernetes both accept). */
export function validateName(name: string): void {
  if (name.length > 63 || !DNS_1123_LABEL.test(name)) {
    throw new InputError(
      `Name '${name}' is not valid: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (DNS-1123)`,
    );
  }
}

/**
 * Validates a SPIFFE ID per the SPIFFE ID specification: `spiffe://`, a
 * trust domain, and a non-empty path of segments without `.`/`..`, no
 * query, fragment, port or user info.
 */
export function validateSpiffeId(id: string): void {
  const fail = (why: string) =>
    new InputError(
      `SPIFFE ID '${id}' is not valid: ${why} (expected spiffe://<trust domain>/<path>, e.g. spiffe://example.org/ns/agents/sa/travel-planner)`,
    );
  if (!id.startsWith('spiffe://')) throw fail("it must start with 'spiffe://'");
  const rest = id.slice('spiffe://'.length);
  const slash = rest.indexOf('/');
  const trustDomain = slash === -1 ? rest : rest.slice(0, slash);
  if (!trustDomain || !TRUST_DOMAIN.test(trustDomain)) {
    throw fail(
      "the trust domain may hold only lower-case letters, digits, '.', '-' and '_'",
    );
  }
  const path = slash === -1 ? '' : rest.slice(slash + 1);
  const segments = path.split('/');
  if (
    !path ||
    segments.some(s => !PATH_SEGMENT.test(s) || s === '.' || s === '..')
  ) {
    throw fail(
      "the path must be non-empty segments of letters, digits, '.', '-' and '_' (no '.' or '..', no trailing '/')",
    );
  }
}

/** Throws unless the URL is absolute http(s). */
export function validateEndpointUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`Model endpoint '${url}' is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InputError(
      `Model endpoint '${url}' must be an http or https URL`,
    );
  }
  if (parsed.username || parsed.password) {
    // A catalog entity is readable by everyone in the portal.
    throw new InputError(
      `Model endpoint '${url}' must not carry credentials; keep them in the agent's secret store`,
    );
  }
}

/** Parses an entity ref with a default kind, or throws an InputError naming the field. */
export function normaliseEntityRef(
  field: string,
  ref: string,
  defaultKind: string,
  expectedKinds: string[],
): string {
  let parsed;
  try {
    parsed = parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' });
  } catch (e) {
    throw new InputError(
      `${field} '${ref}' is not an entity ref: ${(e as Error).message}`,
    );
  }
  if (!expectedKinds.includes(parsed.kind.toLocaleLowerCase('en-US'))) {
    throw new InputError(
      `${field} '${ref}' must be of kind ${expectedKinds.join(' or ')}, not ${
        parsed.kind
      }`,
    );
  }
  return stringifyEntityRef(parsed);
}

function labelValue(field: string, value: string): string {
  if (value.length > 63 || !LABEL_VALUE.test(value)) {
    throw new InputError(
      `${field} '${value}' is not a valid label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit`,
    );
  }
  return value;
}

/**
 * Validates a registration and builds the agent's catalog entity, in the
 * shape the agent registry's own provider writes (Component `ai-agent`,
 * `consumesApis` the MCP servers, the SPIFFE ID annotation), so catalog-
 * registered and discovered agents look the same to every view.
 */
export function buildAgentEntity(input: AgentRegistration): ComponentEntity {
  validateName(input.name);
  if (!input.description.trim()) {
    throw new InputError('A description is required');
  }
  const owner = normaliseEntityRef('Owner', input.owner, 'group', [
    'group',
    'user',
  ]);
  const system = input.system
    ? normaliseEntityRef('System', input.system, 'system', ['system'])
    : undefined;
  const consumesApis = [
    ...new Set(
      (input.mcpServers ?? []).map(ref =>
        normaliseEntityRef('MCP server', ref, 'api', ['api']),
      ),
    ),
  ];
  validateEndpointUrl(input.modelEndpoint);
  validateSpiffeId(input.spiffeId);
  if (!isDataClassification(input.dataClassification)) {
    throw new InputError(
      `Data classification '${
        input.dataClassification
      }' is not one of ${DATA_CLASSIFICATIONS.join(', ')}`,
    );
  }
  const classification: DataClassification = input.dataClassification;

  const labels: Record<string, string> = {
    [SOVEREIGNTY_LABELS.dataClassification]: classification,
  };
  if (input.jurisdiction) {
    if (!isJurisdictionCode(input.jurisdiction)) {
      throw new InputError(
        `Jurisdiction '${input.jurisdiction}' must be an ISO 3166-1 alpha-2 country code or EU`,
      );
    }
    labels[SOVEREIGNTY_LABELS.jurisdiction] = normalizeJurisdiction(
      input.jurisdiction,
    );
  }
  const optional = {
    region: input.region,
    provider: input.provider,
    residencyPolicy: input.residencyPolicy,
    nonEuLawExposure: input.nonEuLawExposure,
  } as const;
  for (const [key, value] of Object.entries(optional)) {
    if (value) {
      labels[SOVEREIGNTY_LABELS[key as keyof typeof optional]] = labelValue(
        key,
        value,
      );
    }
  }

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: input.name,
      ...(input.title ? { title: input.title } : {}),
      description: input.description.trim(),
      labels,
      annotations: {
        [AI_PLATFORM_ANNOTATIONS.spiffeId]: input.spiffeId,
        [AI_PLATFORM_ANNOTATIONS.modelEndpoint]: input.modelEndpoint,
      },
      // Tells registered agents apart from discovered (kagent) ones.
      tags: ['registered-agent'],
    },
    spec: {
      type: 'ai-agent',
      lifecycle: input.lifecycle ?? 'production',
      owner,
      ...(system ? { system } : {}),
      consumesApis,
    },
  };
}
