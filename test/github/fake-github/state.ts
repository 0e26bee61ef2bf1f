/** The little bit of GitHub the fake server remembers between requests. */

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakePullRequest {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** owner/name of the head repository (differs from the base one for a fork) */
  headRepo: string;
  labels: string[];
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: FakeAnnotation[];
}

export interface FakeCommitStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description?: string | null;
  targetUrl?: string | null;
}

export interface FakeWorkflowRun {
  id: number;
  workflowFile: string;
  headBranch: string;
  headSha: string;
  event: string;
  /** owner/name the run's commit came from (a fork for fork pull requests) */
  headRepo: string;
  status: string;
  conclusion: string | null;
  createdAt: string;
  artifacts: { id: number; name: string; sizeInBytes: number; expired: boolean }[];
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

/** a workflow the repository has, with the inputs its workflow_dispatch trigger declares */
export interface FakeWorkflow {
  file: string;
  id: number;
  inputs: string[];
}

export interface FakeDispatch {
  workflowFile: string;
  ref: string;
  inputs: Record<string, string>;
  runId: number;
}

export interface FakeRepositoryDispatch {
  eventType: string;
  clientPayload: Record<string, unknown>;
}

export class FakeRepoState {
  readonly issues: FakeIssue[] = [];
  readonly workflows: FakeWorkflow[] = [];
  readonly dispatches: FakeDispatch[] = [];
  readonly repositoryDispatches: FakeRepositoryDispatch[] = [];
  readonly comments: FakeComment[] = [];
  readonly pulls = new Map<number, FakePullRequest>();
  readonly checkRuns: FakeCheckRun[] = [];
  readonly statuses: FakeCommitStatus[] = [];
  readonly workflowRuns: FakeWorkflowRun[] = [];
  /** zip bytes of each artifact, served from the fake blob storage */
  readonly artifactZips = new Map<number, Uint8Array>();

  commentsOn(issueNumber: number): FakeComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }
}

export class FakeGitHubState {
  private nextId = 1000;
  private readonly repos = new Map<string, FakeRepoState>();
  /** the identity behind the token the server accepts */
  tokenUser: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

  id(): number {
    return this.nextId++;
  }

  repo(fullName: string): FakeRepoState {
    const key = fullName.toLowerCase();
    let repo = this.repos.get(key);
    if (!repo) {
      repo = new FakeRepoState();
      this.repos.set(key, repo);
    }
    return repo;
  }
}

/** A list kept per repository by a route file of its own, without growing FakeRepoState. */
export function perRepo<T>(): (repo: FakeRepoState) => T[] {
  const lists = new WeakMap<FakeRepoState, T[]>();
  return (repo) => {
    let list = lists.get(repo);
    if (!list) {
      list = [];
      lists.set(repo, list);
    }
    return list;
  };
}
