/**
 * The worker thread of `computeKpisParallel`: computes one partial (an accumulator as JSON) from
 * whole files, and posts it back.
 * @internal
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { createKpiAccumulator } from '../kpi';
import {
  accumulateKpiFile,
  type KpiWorkerRequest,
  type KpiWorkerResponse,
  toKpiOptions,
} from './kpi-parallel';

parentPort?.once('message', (request: KpiWorkerRequest) => {
  void handle(request).then(
    (response) => parentPort?.postMessage(response),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        name: error instanceof Error ? error.name : 'Error',
      } satisfies KpiWorkerResponse),
  );
});

async function handle(request: KpiWorkerRequest): Promise<KpiWorkerResponse> {
  const accumulator = createKpiAccumulator(toKpiOptions(request.options));
  for (const file of request.files)
    await accumulateKpiFile(file, request.format, request.options, accumulator);
  return { ok: true, partial: accumulator.toJSON() };
}
