import { describeError, UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { analyseCanary, type CanaryAnalysis, type CandidateRole, type RoleFigures, type RuleFinding } from './canary-analysis.js';
import type { Clock } from './clock.js';
import { ScrapeSource, type FigureSource } from './interval-figures.js';
import type { AliasMove, MoveReason } from '../registry/index.js';
import type { DeployRegistry } from './registry-port.js';
import { RolloutController, type Judgement, type RolloutDecision, type RolloutPlan, type RolloutRecord } from './rollout-controller.js';
import type { RolloutPolicy } from './rollout-policy.js';
import { ServerUnreachableError, type ModelRoutes, type ServeClient } from './serve-client.js';
import type { SmokeResult } from './smoke-test.js';
import { waitForStableDigest } from './serve-wait.js';

export type Strategy = 'direct' | 'canary' | 'shadow';

/** promoted: the candidate takes all traffic; rolled-back: the policy refused it; inconclusive: never
 * enough evidence, so it was withdrawn; failed: something broke (server, registry) and was undone;
 * unchanged: the environment already ran this model; rendered: manifests written for another tool to apply. */
export type RolloutOutcome = 'promoted' | 'rolled-back' | 'inconclusive' | 'failed' | 'unchanged' | 'rendered';

export interface Candidate {
  name: string;
  version: string;
  manifestDigest: string;
  modelDigest: string;
}

export interface ServeRolloutOptions {
  client: ServeClient;
  registry: DeployRegistry;
  candidate: Candidate;
  /** the name the server serves the model under */
  servedName: string;
  /** the environment, which is also the alias the server follows */
  environment: string;
  strategy: Strategy;
  plan: RolloutPlan;
  policy: RolloutPolicy;
  clock: Clock;
  logger: Logger;
  why: MoveReason;
  /** runs once the candidate is loaded and before it takes any traffic */
  smoke?: (version: string) => Promise<SmokeResult>;
  /** how long to wait for the server to report the new model ready after the alias moved */
  readyTimeoutMs: number;
  pollMs: number;
  /** where each interval's figures come from; default: the server's /metrics, scraped at both ends */
  figures?: (context: { role: CandidateRole; previousVersion: string | null }) => FigureSource;
  /** a short line for each stage (GitHub deployment status descriptions) */
  onProgress?: (description: string) => Promise<void>;
}

export interface RolloutResult {
  outcome: RolloutOutcome;
  because?: string;
  /** the rules that failed, with their figures, when the policy rolled the candidate back */
  failedRules: RuleFinding[];
  history: RolloutRecord[];
  analyses: CanaryAnalysis[];
  smoke?: SmokeResult;
  /** the version the environment ran before */
  previousVersion: string | null;
  aliasMove?: AliasMove;
  /** the alias put back after a failure */
  restored?: AliasMove;
  /** what was done, in order, for the report */
  actions: string[];
}

/**
 * Takes a candidate to an environment served by mlci serve. The server follows the environment's
 * alias in the registry; deploy loads the candidate beside the stable version (canary at weight 0
 * or shadow), smoke-tests it, lets it take traffic step by step while the rollout controller
 * judges the server's metrics, and on success moves the alias and waits for the server to serve it.
 * Whatever fails, nothing is left half-moved: the candidate is withdrawn and a moved alias put back.
 */
export async function runServeRollout(options: ServeRolloutOptions): Promise<RolloutResult> {
  return new ServeRollout(options).run();
}

class ServeRollout {
  private readonly result: RolloutResult;
  private aliasMoved = false;
  private readonly role: CandidateRole;
  /** the candidate as the server addresses it: its stable reference with the version for the alias */
  private reference = '';
  /** stable's figures from the last interval in which it served enough requests */
  private lastStable: RoleFigures | undefined;
  private figures!: FigureSource;

  constructor(private readonly o: ServeRolloutOptions) {
    this.result = { outcome: 'failed', failedRules: [], history: [], analyses: [], previousVersion: null, actions: [] };
    this.role = o.strategy === 'shadow' ? 'shadow' : 'canary';
  }

  async run(): Promise<RolloutResult> {
    const { o, result } = this;
    const routes = await o.client.modelRoutes(o.servedName);
    this.checkFollowsAlias(routes);
    this.reference = `${routes.stable.reference.slice(0, -(o.environment.length + 1))}:${o.candidate.version}`;
    const aliases = await o.registry.aliases(o.candidate.name);
    result.previousVersion = aliases[o.environment] ?? null;
    this.figures = o.figures?.({ role: this.role, previousVersion: result.previousVersion }) ?? new ScrapeSource(() => o.client.metrics(), o.servedName, this.role, 'the server\'s /metrics');
    if (routes.stable.model_digest === o.candidate.modelDigest && result.previousVersion === o.candidate.version) {
      return this.end('unchanged', `${o.environment} already serves ${o.candidate.name} ${o.candidate.version}.`);
    }
    try {
      await this.placeCandidate();
      if (o.smoke) {
        await this.progress(`Smoke test of ${o.candidate.version}.`);
        result.smoke = await o.smoke(o.candidate.version);
        this.did(`Smoke test: ${result.smoke.rows} rows through the server, ${result.smoke.passed ? 'every output equal to the local model\'s' : result.smoke.problems.join('; ')}.`);
        if (!result.smoke.passed) {
          await this.withdraw();
          return this.end('rolled-back', `The smoke test failed: ${result.smoke.problems.join('; ')}.`);
        }
      }
      if (o.strategy !== 'direct') {
        const decision = await this.progressively();
        if (decision.kind === 'rollback') {
          result.failedRules = decision.findings.filter((f) => f.passed === false);
          await this.withdraw();
          return this.end(decision.inconclusive ? 'inconclusive' : 'rolled-back', decision.because);
        }
      }
      await this.promote();
      return this.end('promoted', `${o.candidate.name} ${o.candidate.version} serves all of ${o.environment}.`);
    } catch (err) {
      return this.fail(err);
    }
  }

  /** A server that does not follow the environment's alias would never pick up the move. */
  private checkFollowsAlias(routes: ModelRoutes): void {
    const { o } = this;
    const alias = `@${o.environment}`;
    if (!routes.stable.reference.endsWith(alias)) {
      throw new UserError(
        `The server serves "${o.servedName}" from ${routes.stable.reference}, which does not follow the alias ${o.environment}: moving the alias would change nothing there.`,
        'input environment',
        `Start the server with --model ${o.servedName}=${o.candidate.name}@${o.environment}, or set environment to the alias the server follows.`,
      );
    }
  }

  private async placeCandidate(): Promise<void> {
    const { o } = this;
    await this.progress(`Loading ${o.candidate.version} beside the stable version.`);
    const change = this.role === 'shadow' ? { shadow: { reference: this.reference } } : { canary: { reference: this.reference, weight: 0 } };
    const routes = await o.client.setRoute(o.servedName, change);
    const placed = this.role === 'shadow' ? routes.shadow : routes.canary;
    if (!placed || placed.model_digest !== o.candidate.modelDigest) {
      throw new UserError(`The server loaded ${placed?.reference ?? 'nothing'} (model digest ${placed?.model_digest ?? 'none'}) for the ${this.role}, not ${o.candidate.modelDigest}.`, o.client.url, 'Check that the server reads the same registry as this step (its --registry).');
    }
    this.did(`Loaded ${this.reference} as the ${this.role} (no traffic yet).`);
  }

  private async progressively(): Promise<Extract<RolloutDecision, { kind: 'promote' | 'rollback' }>> {
    const { o } = this;
    const controller = new RolloutController(o.plan);
    this.result.history = controller.history;
    this.did(`Each analysis reads its figures from ${this.figures.description}.`);
    let decision = controller.start(o.clock.now());
    for (;;) {
      switch (decision.kind) {
        case 'set-weight':
          if (this.role === 'canary') {
            await o.client.setRoute(o.servedName, { canary: { reference: this.reference, weight: decision.weight } });
            this.did(`Canary weight ${decision.weight}%.`);
          } else {
            this.did('Shadow receives a copy of every request.');
          }
          await this.progress(this.role === 'canary' ? `Canary at ${decision.weight}%.` : 'Shadowing stable traffic.');
          decision = controller.weightSet(o.clock.now());
          break;
        case 'analyse':
        case 'pause': {
          if (decision.kind === 'pause') {
            o.logger.warning(`Rollout paused at ${decision.weight}%: ${decision.because}`);
            this.did(`Paused at ${decision.weight}%: ${decision.because}`);
          } else if (decision.because) {
            this.did(decision.because);
          }
          const judgement = await this.measure(decision.until);
          decision = controller.judged(judgement, o.clock.now());
          break;
        }
        case 'promote':
        case 'rollback':
          return decision;
      }
    }
  }

  /** one interval: its figures (from /metrics or Prometheus), judged */
  private async measure(until: number): Promise<Judgement> {
    const { o } = this;
    const startProblem = await this.figures.begin();
    await o.clock.sleep(Math.max(0, until - o.clock.now()));
    const figures = await this.figures.end();
    const problem = startProblem ?? (typeof figures === 'string' ? figures : undefined);
    if (problem !== undefined || typeof figures === 'string') {
      const why = problem ?? String(figures);
      o.logger.warning(`No analysis this interval: ${why}`);
      // a server that answers nothing at all is down, not merely unmeasured
      await o.client.routes();
      return { outcome: 'inconclusive', findings: [], problem: why };
    }
    const analysis = analyseCanary(figures, o.policy, this.role, this.lastStable);
    if (!analysis.stable.earlier && analysis.stable.requests >= o.policy.minRequests) this.lastStable = analysis.stable;
    this.result.analyses.push(analysis);
    o.logger.info(`Analysis: ${analysis.outcome}. ${analysis.findings.map((f) => f.text).join(' ')}`);
    return { outcome: analysis.outcome, findings: analysis.findings };
  }

  private async promote(): Promise<void> {
    const { o, result } = this;
    await this.progress(`Moving ${o.environment} to ${o.candidate.version}.`);
    try {
      result.aliasMove = await o.registry.moveAlias(o.candidate.name, o.environment, o.candidate.version, o.why);
    } catch (err) {
      throw new UserError(`The registry refused to move ${o.environment} to ${o.candidate.version}: ${describeError(err)}`, o.registry.location, 'Check the registry\'s permissions (packages: write for ghcr.io) and that it is reachable; the alias and the server were left as they were.');
    }
    this.aliasMoved = true;
    this.did(`Moved ${o.candidate.name}@${o.environment} from ${result.aliasMove.from ?? 'nothing'} to ${o.candidate.version}.`);
    await waitForStableDigest(o.client, o.servedName, o.candidate, { clock: o.clock, timeoutMs: o.readyTimeoutMs, pollMs: o.pollMs });
    this.did(`The server serves ${o.candidate.version} as stable (mlci_model_info names its digest).`);
    await this.withdraw();
  }

  /** takes the candidate out of the route (canary or shadow) */
  private async withdraw(): Promise<void> {
    const { o } = this;
    await o.client.setRoute(o.servedName, this.role === 'shadow' ? { shadow: null } : { canary: null });
    this.did(`Removed the ${this.role} route.`);
  }

  private async fail(err: unknown): Promise<RolloutResult> {
    const { o, result } = this;
    const because = describeError(err);
    o.logger.error(`Rollout failed: ${because}`);
    if (this.aliasMoved) {
      try {
        result.restored = await o.registry.rollbackAlias(o.candidate.name, o.environment, { ...o.why, reason: `rollout of ${o.candidate.version} failed: ${because}`.slice(0, 500) });
        this.did(`Put ${o.candidate.name}@${o.environment} back to ${result.restored.to ?? 'nothing'}.`);
      } catch (restoreErr) {
        this.did(`Could NOT put ${o.environment} back: ${describeError(restoreErr)}. Move it by hand: mlci deploy --rollback --environment ${o.environment}.`);
      }
    } else {
      this.did(`${o.candidate.name}@${o.environment} was not moved: it still names ${result.previousVersion ?? 'nothing'}.`);
    }
    if (!(err instanceof ServerUnreachableError)) {
      try {
        await this.withdraw();
      } catch (withdrawErr) {
        this.did(`Could not remove the ${this.role} route: ${describeError(withdrawErr)}.`);
      }
    }
    if (!isUserFacing(err)) throw err;
    return this.end('failed', because);
  }

  private end(outcome: RolloutOutcome, because: string): RolloutResult {
    this.result.outcome = outcome;
    this.result.because = because;
    return this.result;
  }

  private did(action: string): void {
    this.result.actions.push(action);
    this.o.logger.info(action);
  }

  private async progress(description: string): Promise<void> {
    await this.o.onProgress?.(description);
  }
}

function isUserFacing(err: unknown): boolean {
  return err instanceof UserError;
}
