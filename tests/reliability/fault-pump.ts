/**
 * Feeds the sandbox's fault switches (`POST /__sandbox/faults`) one plan item at a time while a
 * fault run works. An item is queued only when the previous one has been used up *and* at least one
 * clean API answer came after it, so faults interleave with progress (a run of back-to-back faults
 * would only test the retry budget, which a storm item does on purpose). Counts what the sandbox
 * actually applied, by plan label.
 */

/** One item of a fault plan: a sandbox fault switch plus a label for the figures. */
export interface FaultSpec {
  readonly label: string;
  readonly kind: '401' | '429' | '500' | '502' | '503' | 'slow' | 'malformed-json' | 'drop' | 'expire-token';
  readonly route: string;
  readonly count?: number;
  readonly delayMs?: number;
  readonly after?: boolean;
}

interface PendingFault {
  readonly remaining: number;
}

interface LogLine {
  readonly seq: number;
  readonly path: string;
  readonly status: number;
  readonly fault: string | null;
}

/** The pump's handle. */
export interface FaultPump {
  /** Replaces the plan (cycled until `budget` faults were applied); pending faults are dropped. */
  setPlan(plan: readonly FaultSpec[]): Promise<void>;
  /** Stops feeding, drops pending faults and settles the counts. */
  stop(): Promise<void>;
  /** Faults applied so far, by label. */
  readonly applied: Readonly<Record<string, number>>;
  total(): number;
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  return (await response.json()) as T;
}

/** Starts a pump against the sandbox at `baseUrl`; it applies at most `budget()` faults. */
export function createFaultPump(baseUrl: string, budget: () => number): FaultPump {
  const applied: Record<string, number> = {};
  let plan: readonly FaultSpec[] = [];
  let next = 0;
  let current: FaultSpec | undefined;
  let lastSeq = 0;
  const life = { running: true };
  const total = (): number => Object.values(applied).reduce((sum, count) => sum + count, 0);

  const settle = (pending: readonly PendingFault[]): void => {
    if (!current) return;
    const used = (current.count ?? 1) - (pending[0]?.remaining ?? 0);
    applied[current.label] = (applied[current.label] ?? 0) + used;
    current = undefined;
  };

  async function cleanAnswerSince(): Promise<boolean> {
    const { entries } = await getJson<{ entries: LogLine[] }>(`${baseUrl}/__sandbox/log?since=${lastSeq}`);
    const api = entries.filter((entry) => !entry.path.startsWith('/__sandbox'));
    return api.some((entry) => entry.fault === null && entry.status >= 200 && entry.status < 300);
  }

  async function step(): Promise<void> {
    const { faults } = await getJson<{ faults: PendingFault[] }>(`${baseUrl}/__sandbox/faults`);
    if (faults.length > 0) return;
    settle(faults);
    const spec = plan[next % Math.max(plan.length, 1)];
    if (!spec || total() + (spec.count ?? 1) > budget() || !(await cleanAnswerSince())) return;
    const { entries } = await getJson<{ entries: LogLine[] }>(`${baseUrl}/__sandbox/log?since=${lastSeq}`);
    lastSeq = Math.max(lastSeq, ...entries.map((entry) => entry.seq));
    const fault = {
      kind: spec.kind,
      route: spec.route,
      count: spec.count,
      delayMs: spec.delayMs,
      after: spec.after,
    };
    await getJson(`${baseUrl}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fault),
    });
    current = spec;
    next++;
  }

  // step() and setPlan() never interleave: a fault queued after a plan change would be miscounted.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = chain.then(work);
    chain = result.catch(() => undefined);
    return result;
  };

  const loop = (async () => {
    while (life.running) {
      await serial(step);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();

  async function drain(): Promise<void> {
    const { faults } = await getJson<{ faults: PendingFault[] }>(`${baseUrl}/__sandbox/faults`);
    settle(faults);
    await fetch(`${baseUrl}/__sandbox/faults`, { method: 'DELETE' });
  }

  return {
    applied,
    total,
    setPlan: (nextPlan) =>
      serial(async () => {
        await drain();
        plan = nextPlan;
        next = 0;
      }),
    async stop() {
      life.running = false;
      await loop;
      await serial(drain);
    },
  };
}
