import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Read GPU capacity, allocation, quotas and queues, and use the capacity
 * finder. Guards the `/gpu` routes, the GPU actions and the GPU pages.
 *
 * @public
 */
export const aiPlatformGpuReadPermission = createPermission({
  name: 'ai-platform.gpu.read',
  attributes: { action: 'read' },
});

/**
 * Read the sovereignty verdicts of entities and namespaces, and the report of
 * every violation.
 *
 * @public
 */
export const aiPlatformSovereigntyReadPermission = createPermission({
  name: 'ai-platform.sovereignty.read',
  attributes: { action: 'read' },
});

/**
 * Every permission of the AI Platform plugins, for registration.
 *
 * @public
 */
export const aiPlatformPermissions = [
  aiPlatformGpuReadPermission,
  aiPlatformSovereigntyReadPermission,
];
