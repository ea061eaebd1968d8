/** CLI: `npm run sandbox [-- --port 8787 --host 127.0.0.1 --latency 1500 --anchor today]`. */
import { parseArgs } from 'node:util';
import { startSandbox } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    latency: { type: 'string' },
    anchor: { type: 'string' },
  },
});
const port = Number(values.port ?? process.env['SANDBOX_PORT'] ?? 8787);
const latency = values.latency ?? process.env['SANDBOX_TASK_LATENCY_MS'];
const anchor = values.anchor ?? process.env['SANDBOX_ANCHOR_DATE'];
const sandbox = await startSandbox({
  port,
  host: values.host ?? '127.0.0.1',
  ...(latency === undefined ? {} : { taskLatencyMs: Number(latency) }),
  ...(anchor === undefined ? {} : { anchorDate: anchor }),
});
console.log(
  `Snov.io sandbox listening on ${sandbox.url}  (client_id=demo-user-id, client_secret=demo-secret)`,
);
const stop = (): void => {
  void sandbox.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
