import type { RouteName } from '../../lib/api/paths';
import { TokenStore } from './auth';
import { defaultConfig, type SandboxConfig } from './config';
import { NoCreditsError } from './core/http';
import { createPrng, hex32, type Prng } from './core/prng';
import { FaultQueue } from './faults';
import { RequestLog } from './log';
import { RateLimiter } from './rate-limit';
import { buildWorld } from './seed/index';
import type { World } from './seed/types';
import { TaskStore, type TaskBodies } from './tasks';

/** All mutable sandbox state behind one object, so `reset` is one place. */
export class Runtime {
  config: SandboxConfig;
  world: World;
  clockOffsetMs = 0;
  readonly tokens = new TokenStore();
  readonly limiter = new RateLimiter();
  readonly tasks = new TaskStore();
  readonly faults = new FaultQueue();
  readonly log = new RequestLog();
  /** Keys of requests already paid for ("1 credit per distinct request", REFERENCE.md §2.6). */
  private readonly paid = new Set<string>();
  private taskCounter = 0;
  private latencyPrng: Prng;

  constructor(private readonly initial: SandboxConfig = defaultConfig()) {
    this.config = structuredClone(initial);
    this.world = this.build();
    this.latencyPrng = createPrng(this.config.seed ^ 0x5eed);
  }

  private build(): World {
    return buildWorld({
      seed: this.config.seed,
      anchor: this.config.anchorDate,
      balance: this.config.balance,
    });
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Back to the seed: world, tasks, paid keys, rate windows, faults, log, clock and config. */
  reset(options: { tokens?: boolean } = {}): void {
    this.config = structuredClone(this.initial);
    this.world = this.build();
    this.clockOffsetMs = 0;
    this.tasks.clear();
    this.paid.clear();
    this.limiter.reset();
    this.faults.clear();
    this.log.clear();
    this.taskCounter = 0;
    this.latencyPrng = createPrng(this.config.seed ^ 0x5eed);
    if (options.tokens === true) this.tokens.clear();
  }

  private latency(): number {
    const setting = this.config.taskLatencyMs;
    return Array.isArray(setting)
      ? setting[0] + Math.floor(this.latencyPrng.next() * (setting[1] - setting[0] + 1))
      : setting;
  }

  /** Registers a task and returns its hash (a fresh one, or `fixedHash` for database reveals). */
  startTask(resultRoute: RouteName, build: (hash: string) => TaskBodies, fixedHash?: string): string {
    this.taskCounter += 1;
    const hash = fixedHash ?? hex32(`task-${this.config.seed}-${this.taskCounter}`);
    this.tasks.put(hash, resultRoute, build(hash), this.now() + this.latency());
    return hash;
  }

  /**
   * Charges `amount` credits unless `key` was already paid for. Throws {@link NoCreditsError} when
   * the balance cannot cover it; nothing is charged then.
   */
  charge(key: string | null, amount: number): number {
    if (amount <= 0 || (key !== null && this.paid.has(key))) return 0;
    if (this.world.balance < amount) throw new NoCreditsError();
    this.world.balance -= amount;
    if (key !== null) this.paid.add(key);
    return amount;
  }

  /** Whether `key` was already paid for (so a repeat is free). */
  isPaid(key: string): boolean {
    return this.paid.has(key);
  }

  nextId(): number {
    this.world.nextId += 1;
    return this.world.nextId;
  }
}
