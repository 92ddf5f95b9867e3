import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  token: string;
  openUrl: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const ROOT = join(import.meta.dirname, '..', '..');
export const WEB_HOST_BUNDLE = join(ROOT, 'dist', 'main', 'web-host.cjs');

export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'tiepdan-e2e-'));
}

/**
 * Starts the built web host (the same bundle `npm start` falls back to) on a data folder and waits for
 * its ready line: no sleeps.
 */
export function startHost(
  dataDir: string = makeDataDir(),
  options: { clockStart?: Date } = {},
): Promise<RunningHost> {
  const clockArgs = options.clockStart ? ['--clock-start', options.clockStart.toISOString()] : [];
  const child = spawn(
    process.execPath,
    [WEB_HOST_BUNDLE, '--port', '0', '--data-dir', dataDir, ...clockArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((text) => text.startsWith('TIEPDAN_READY '));
      if (!line) return;
      child.stdout.off('data', onData);
      const ready = JSON.parse(line.slice('TIEPDAN_READY '.length)) as {
        url: string;
        token: string;
        openUrl: string;
      };
      resolve({
        ...ready,
        dataDir,
        process: child,
        output: () => output,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(child.exitCode);
            child.once('exit', (code) => done(code));
            child.kill(signal);
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`web host exited (${code}) before ready:\n${output}`)));
  });
}
