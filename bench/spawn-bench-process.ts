import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface BenchProcess {
  /** The first line the process printed, parsed as JSON. */
  message: unknown;
  /**
   * Sends `question` over the IPC channel and resolves with the process's next message. Only for
   * processes spawned with `{ ipc: true }` that answer (see `answerCpuUsageQuestions`).
   */
  ask(question: string): Promise<unknown>;
  /** Asks the process to finish (SIGTERM) unless it already has, and waits until it exits. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Open an IPC channel, for {@link BenchProcess.ask}. Default `false`. */
  ipc?: boolean;
}

const readyTimeoutMs = 30_000;

/**
 * Runs Node with `nodeArguments` (a script and its arguments) for the bench, in a process of its
 * own that keeps it off the load generator's event loop. Resolves once the script has printed its
 * first line, which must be JSON. `label` names the script in errors.
 */
export async function spawnBenchProcess(
  nodeArguments: readonly string[],
  label: string,
  options: SpawnOptions = {},
): Promise<BenchProcess> {
  // stdin stays open: the scripts exit when it closes, so a crashed bench leaves no server behind.
  const child =
    options.ipc === true
      ? spawn(process.execPath, nodeArguments, { stdio: ['pipe', 'pipe', 'inherit', 'ipc'] })
      : spawn(process.execPath, nodeArguments, { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const { stdout } = child;
  if (stdout === null) throw new Error(`${label} has no stdout`);
  const lines = createInterface({ input: stdout });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const ask = (question: string) =>
    new Promise<unknown>((resolve, reject) => {
      if (!child.connected) {
        reject(new Error(`${label} has no IPC channel to ask ${question}`));
        return;
      }
      child.once('message', resolve);
      child.send(question);
    });

  let timer: NodeJS.Timeout | undefined;
  try {
    const line = await Promise.race([
      new Promise<string>((resolve) => lines.once('line', resolve)),
      exited.then((code) => {
        throw new Error(`${label} exited with code ${code} before it printed anything`);
      }),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${label} printed nothing within ${readyTimeoutMs} ms`)),
          readyTimeoutMs,
        );
      }),
    ]);
    lines.close();
    // Anything the script prints later is dropped rather than left to fill the pipe.
    stdout.resume();
    return { message: JSON.parse(line), ask, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
