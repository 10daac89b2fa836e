import { type ChildProcess, spawn } from 'node:child_process';

/** Runs a command to its end; rejects with its output when it fails. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.join('')}`));
    });
  });
}

/** Resolves once the process prints `pattern`; rejects if it exits first or stays silent 60 s. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start:\n${output.join('')}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (pattern.test(output.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output.join('')}`));
    });
  });
}
