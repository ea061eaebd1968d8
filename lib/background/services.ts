import type { Clock, Sleep } from '../api/sleep';
import type { ApiProvider } from './api-port';
import type { SingleFlight } from './cache/single-flight';
import type { Cache } from './cache/store';
import type { Queue } from './queue/queue';

/** What the use cases share: the API, the cache, in-memory single flight, the queue and the clock. */
export interface Services {
  readonly api: ApiProvider;
  readonly cache: Cache;
  readonly flight: SingleFlight;
  readonly queue: Queue;
  readonly now: Clock;
  readonly sleep: Sleep;
}
