/**
 * Reaches the installed extension's documents (the background event page, the sidebar, extension
 * pages in tabs) through RDP's add-on debugging, the same channel as about:debugging → Inspect.
 * Nothing here is in the extension: the production build is tested as shipped.
 */
import type { Packet, RdpClient } from './rdp-client';

/** What Firefox says about the installed add-on (`listAddons`). */
export interface AddonForm {
  readonly actor: string;
  readonly id: string;
  readonly manifestURL: string;
  readonly warnings: readonly string[];
  readonly backgroundScriptStatus?: string;
  readonly persistentBackgroundScript?: boolean;
  readonly temporarilyInstalled?: boolean;
}

/** An uncaught error or unhandled rejection reported by one of the extension's documents. */
export interface PageError {
  readonly message: string;
  readonly source: string;
}

interface TargetForm {
  readonly actor: string;
  readonly consoleActor: string;
  readonly url: string;
}

/** A function run inside an extension document; it must not close over anything. */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

/** The debugging handle on one extension. */
export interface ExtensionDebugger {
  addon(): Promise<AddonForm>;
  /** Runs `fn(arg)` in the first document whose URL contains `urlPart`; resolves with its JSON result. */
  evaluate<A, R>(urlPart: string, fn: InPage<A, R>, arg: A): Promise<R>;
  /** Waits until a document whose URL contains `urlPart` is loaded. */
  waitForDocument(urlPart: string, timeoutMs?: number): Promise<void>;
  /** URLs of the extension's live documents. */
  documents(): readonly string[];
  /**
   * Unloads the event page, as Firefox does after its idle timeout, and resolves once its document
   * is gone. An open extension page may wake it again at once (any message does).
   */
  terminateBackground(): Promise<void>;
  readonly pageErrors: readonly PageError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asTarget(value: unknown): TargetForm | null {
  if (!isRecord(value)) return null;
  const { actor, consoleActor, url } = value;
  return typeof actor === 'string' && typeof consoleActor === 'string' && typeof url === 'string'
    ? { actor, consoleActor, url }
    : null;
}

function collectErrors(packet: Packet, into: PageError[]): void {
  if (packet.type !== 'resources-available-array' || !Array.isArray(packet['array'])) return;
  for (const entry of packet['array'] as unknown[]) {
    if (!Array.isArray(entry) || entry[0] !== 'error-message' || !Array.isArray(entry[1])) continue;
    for (const resource of entry[1] as unknown[]) {
      const error = isRecord(resource) && isRecord(resource['pageError']) ? resource['pageError'] : null;
      if (error && error['warning'] !== true) {
        into.push({ message: String(error['errorMessage']), source: String(error['sourceName']) });
      }
    }
  }
}

async function readLongString(rdp: RdpClient, grip: Record<string, unknown>): Promise<string> {
  const answer = await rdp.request(String(grip['actor']), 'substring', {
    start: 0,
    end: Number(grip['length']),
  });
  return String(answer['substring']);
}

async function evaluationText(rdp: RdpClient, result: Packet): Promise<string> {
  if (result['exception'] !== undefined && result['exception'] !== null) {
    const message = result['exceptionMessage'];
    throw new Error(
      `In the extension: ${typeof message === 'string' ? message : JSON.stringify(message ?? result['exception'])}`,
    );
  }
  const value = result['result'];
  if (typeof value === 'string') return value;
  if (isRecord(value) && value['type'] === 'longString') return readLongString(rdp, value);
  throw new Error(`Unexpected evaluation result ${JSON.stringify(value)}`);
}

/** Attaches to the add-on with the given ID and starts tracking its documents and errors. */
export async function attachExtension(rdp: RdpClient, addonId: string): Promise<ExtensionDebugger> {
  const addon = async (): Promise<AddonForm> => {
    const { addons } = (await rdp.request('root', 'listAddons')) as unknown as { addons: AddonForm[] };
    const found = addons.find((entry) => entry.id === addonId);
    if (!found) throw new Error(`${addonId} is not installed`);
    return found;
  };
  const descriptor = await addon();
  const targets = new Map<string, TargetForm>();
  const destroyed: string[] = [];
  const pageErrors: PageError[] = [];
  const evaluations = new Map<string, (packet: Packet) => void>();
  // A result can arrive in the same chunk as the request's answer, before anyone waits for it.
  const early = new Map<string, Packet>();
  rdp.onEvent((packet) => {
    const target = asTarget(packet['target']);
    if (packet.type === 'target-available-form' && target) targets.set(target.actor, target);
    // The destroyed form carries little more than the actor: look the URL up.
    const gone =
      packet.type === 'target-destroyed-form' && isRecord(packet['target'])
        ? targets.get(String(packet['target']['actor']))
        : undefined;
    if (gone) {
      targets.delete(gone.actor);
      destroyed.push(gone.url);
    }
    if (packet.type === 'evaluationResult') {
      const id = String(packet['resultID']);
      const waiter = evaluations.get(id);
      if (waiter) waiter(packet);
      else early.set(id, packet);
    }
    collectErrors(packet, pageErrors);
  });
  const watcher = await rdp.request(descriptor.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
  const watcherActor = String(watcher['actor']);
  await rdp.request(watcherActor, 'watchTargets', { targetType: 'frame' });
  await rdp.request(watcherActor, 'watchResources', { resourceTypes: ['error-message'] });

  const find = (urlPart: string): TargetForm | undefined =>
    [...targets.values()].find((target) => target.url.includes(urlPart));
  const waitForDocument = async (urlPart: string, timeoutMs = 10_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!find(urlPart)) {
      if (Date.now() > deadline)
        throw new Error(
          `No extension document matching ${urlPart}; have ${[...targets.values()].map((t) => t.url).join(', ')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  return {
    addon,
    waitForDocument,
    pageErrors,
    documents: () => [...targets.values()].map((target) => target.url),
    terminateBackground: async () => {
      const isBackground = (url: string): boolean => url.endsWith('/_generated_background_page.html');
      const before = destroyed.filter(isBackground).length;
      const deadline = Date.now() + 10_000;
      // Firefox skips one termination while a listener's promise is pending (a message being answered),
      // as its idle timer does: ask again until the document goes.
      while (destroyed.filter(isBackground).length === before) {
        if (Date.now() > deadline) throw new Error('The event page did not unload');
        await rdp.request(descriptor.actor, 'terminateBackgroundScript');
        const retryAt = Date.now() + 1000;
        while (destroyed.filter(isBackground).length === before && Date.now() < retryAt) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    },
    evaluate: async <A, R>(urlPart: string, fn: InPage<A, R>, arg: A): Promise<R> => {
      await waitForDocument(urlPart);
      const target = find(urlPart);
      if (!target) throw new Error(`No extension document matching ${urlPart}`);
      // `__name`: esbuild (tsx) may wrap nested functions in it when it keeps their names.
      const text = `var __name = (f) => f; (async () => JSON.stringify((await (${fn.toString()})(${JSON.stringify(arg)})) ?? null))()`;
      const { resultID } = await rdp.request(target.consoleActor, 'evaluateJSAsync', {
        text,
        mapped: { await: true },
      });
      const id = String(resultID);
      const result = early.get(id) ?? (await new Promise<Packet>((resolve) => evaluations.set(id, resolve)));
      early.delete(id);
      evaluations.delete(id);
      return JSON.parse(await evaluationText(rdp, result)) as R;
    },
  };
}
