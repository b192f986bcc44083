import {
  aiPlatformCostReadAllPermission,
  aiPlatformCostReadPermission,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { teamRef } from '../gpu/teams';
import type { CostVisibility } from './CostService';

/**
 * Whose GPU cost the caller may see. Without `ai-platform.cost.read` none
 * (a 403 that names it); with `ai-platform.cost.read.all` every team and
 * idle GPUs; otherwise the teams in the user's ownership refs (the groups
 * they belong to). Cost of other teams is sensitive.
 */
export async function costVisibility(options: {
  credentials: BackstageCredentials;
  permissions: PermissionsService;
  userInfo: UserInfoService;
}): Promise<CostVisibility> {
  const { credentials, permissions, userInfo } = options;
  const [read, readAll] = await permissions.authorize(
    [
      { permission: aiPlatformCostReadPermission },
      { permission: aiPlatformCostReadAllPermission },
    ],
    { credentials },
  );
  if (read.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `You may not read GPU cost (permission ${aiPlatformCostReadPermission.name})`,
    );
  }
  if (readAll.result === AuthorizeResult.ALLOW) return { all: true };
  if (
    credentials.principal &&
    'userEntityRef' in (credentials.principal as object)
  ) {
    const info = await userInfo.getUserInfo(credentials);
    return { all: false, teams: new Set(info.ownershipEntityRefs) };
  }
  return { all: false, teams: new Set() };
}

/**
 * Refuses a drill-down into a team that is not the caller's without
 * `ai-platform.cost.read.all`: the report would otherwise answer it with
 * hidden rows, which still says the team has cost. `team` is a Group ref
 * or name; an entity ref of another kind is not a team and passes.
 */
export function requireTeamCost(
  visibility: CostVisibility,
  team: string | undefined,
): void {
  if (!team || visibility.all) return;
  let ref: string;
  try {
    const parsed = parseEntityRef(teamRef(team));
    if (parsed.kind.toLocaleLowerCase('en-US') !== 'group') return;
    ref = stringifyEntityRef(parsed).toLocaleLowerCase('en-US');
  } catch {
    return; // not an entity ref: the route's own validation answers it
  }
  const own = [...visibility.teams].map(t => t.toLocaleLowerCase('en-US'));
  if (!own.includes(ref)) {
    throw new NotAllowedError(
      `You may read the GPU cost of your own teams only, and ${ref} is not one of them (permission ${aiPlatformCostReadAllPermission.name})`,
    );
  }
}
