import { type ChildProcess, spawn } from 'node:child_process';

export interface RunningProcess {
  /** The first captured group of `ready` in the line that matched it. */
  announced: string;
  /** Everything the process printed so far, for failure messages. */
  output(): string;
  /** SIGTERM, then the exit code (or the signal's name). */
  stop(): Promise<number | string>;
}

export interface StartProcessOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** A line that says the process is ready, with one captured group (its URL, say). */
  ready: RegExp;
  timeoutMs?: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ansiEscape = /\u001b\[[0-9;]*m/g;

function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
}

/** Starts a command (no shell) and resolves once it prints a line matching `ready`. */
export function startProcess(
  command: string,
  args: string[],
  options: StartProcessOptions,
): Promise<RunningProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let raw = '';
  let output = '';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited(child);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} did not print ${options.ready} in time:\n${output}`));
    }, options.timeoutMs ?? 30_000);
    const read = (chunk: Buffer) => {
      raw += chunk.toString('utf8');
      // Tools colour their output under CI=true even into a pipe (picocolors does): match plain text.
      output = raw.replace(ansiEscape, '');
      const match = options.ready.exec(output);
      if (match === null) return;
      clearTimeout(timer);
      resolve({ announced: match[1] ?? match[0], output: () => output, stop });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}
