import fs from 'node:fs';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  CatalogProcessor,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import git from 'isomorphic-git';
import { PROPOSAL_ANNOTATIONS } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  proposalOf,
  type GitopsSettings,
} from '@ai-platform/backstage-plugin-ai-platform-node';

/** Where a change's branch stands against the base branch. */
export type BranchState = 'proposed' | 'merged' | 'missing';

/** Kinds whose `spec.lifecycle` says whether they are live. */
const WITH_LIFECYCLE = new Set(['component', 'api']);

/**
 * Marks entities read from a change's proposal (files the publish action
 * wrote outside the GitOps repository, one directory per branch) as
 * proposed while the branch is not merged into the base branch: the
 * `ai-platform.io/proposed-branch` annotation, and lifecycle `experimental`
 * (the file's own lifecycle kept in `ai-platform.io/lifecycle-when-merged`).
 * Once the branch's commit is in the base branch, the entity is read as its
 * file says, with `ai-platform.io/merged-branch`. The catalog decides this
 * from where the file is, so no template or file can opt out of it.
 */
export class ProposedChangeProcessor implements CatalogProcessor {
  private readonly warned = new Set<string>();

  constructor(
    private readonly options: {
      settings: GitopsSettings;
      logger: LoggerService;
    },
  ) {}

  getProcessorName(): string {
    return 'AiPlatformProposedChangeProcessor';
  }

  /** Whether the branch's commit is in the base branch. */
  async stateOf(branch: string): Promise<BranchState> {
    const { repositoryPath: dir, baseBranch } = this.options.settings;
    let tip: string;
    try {
      tip = await git.resolveRef({ fs, dir, ref: `refs/heads/${branch}` });
    } catch {
      return 'missing';
    }
    const base = await git.resolveRef({
      fs,
      dir,
      ref: `refs/heads/${baseBranch}`,
    });
    if (tip === base) {
      return 'merged';
    }
    return (await git.isDescendent({ fs, dir, oid: base, ancestor: tip }))
      ? 'merged'
      : 'proposed';
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
  ): Promise<Entity> {
    if (location.type !== 'file') {
      return entity;
    }
    const proposal = proposalOf(this.options.settings, location.target);
    if (!proposal) {
      return entity;
    }
    const { branch } = proposal;
    const state = await this.stateOf(branch).catch(e => {
      this.warnOnce(
        branch,
        `Cannot tell whether branch ${branch} of the GitOps repository is merged (${
          (e as Error).message
        }); its entities stay proposed`,
      );
      return 'proposed' as const;
    });
    if (state === 'missing') {
      this.warnOnce(
        branch,
        `Branch ${branch} is no longer in the GitOps repository ${this.options.settings.repositoryPath}; the entities of its proposal (${location.target}) stay proposed until the location is removed`,
      );
    }
    const annotations = { ...entity.metadata.annotations };
    if (state === 'merged') {
      annotations[PROPOSAL_ANNOTATIONS.mergedBranch] = branch;
      delete annotations[PROPOSAL_ANNOTATIONS.proposedBranch];
      delete annotations[PROPOSAL_ANNOTATIONS.lifecycleWhenMerged];
      return { ...entity, metadata: { ...entity.metadata, annotations } };
    }
    annotations[PROPOSAL_ANNOTATIONS.proposedBranch] = branch;
    delete annotations[PROPOSAL_ANNOTATIONS.mergedBranch];
    const lifecycle = entity.spec?.lifecycle;
    if (
      WITH_LIFECYCLE.has(entity.kind.toLocaleLowerCase('en-US')) &&
      typeof lifecycle === 'string'
    ) {
      annotations[PROPOSAL_ANNOTATIONS.lifecycleWhenMerged] = lifecycle;
      return {
        ...entity,
        metadata: { ...entity.metadata, annotations },
        spec: { ...entity.spec, lifecycle: 'experimental' },
      };
    }
    return { ...entity, metadata: { ...entity.metadata, annotations } };
  }

  private warnOnce(branch: string, message: string) {
    if (!this.warned.has(branch)) {
      this.warned.add(branch);
      this.options.logger.warn(message);
    }
  }
}
