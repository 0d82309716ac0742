import type { CliIo } from './cli-io';

/** A progress bar on a terminal; does nothing when the stream is not a terminal. */
export interface ProgressBar {
  update(done: number): void;
  finish(): void;
}

/**
 * Creates a progress bar drawn on `stream` (redrawn at most every 100 ms) when it is a TTY;
 * otherwise a bar that draws nothing, so pipes and logs stay clean.
 *
 * @example
 * ```ts
 * const bar = createProgressBar(process.stderr, totalBytes, 'twcs.csv');
 * bar.update(bytesRead);
 * bar.finish();
 * ```
 */
export function createProgressBar(stream: CliIo['stderr'], total: number, label: string): ProgressBar {
  if (stream.isTTY !== true || total <= 0) return { update() {}, finish() {} };
  let lastDraw = 0;
  let drawn = false;
  const started = performance.now();
  const draw = (done: number): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
    const share = Math.min(1, done / total);
    const filled = Math.round(share * width);
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / 1e6 / seconds : 0;
    stream.write(
      `\r${label.slice(-20)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${rate.toFixed(1)} MB/s`,
    );
    drawn = true;
  };
  return {
    update(done) {
      const now = performance.now();
      if (now - lastDraw < 100) return;
      lastDraw = now;
      draw(done);
    },
    finish() {
      if (drawn) {
        draw(total);
        stream.write('\n');
      }
    },
  };
}
