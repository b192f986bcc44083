import {
  aiPlatformCostReadAllPermission,
  aiPlatformCostReadPermission,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
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
