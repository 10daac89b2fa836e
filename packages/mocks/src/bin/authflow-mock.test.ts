import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/authflow-mock.js', import.meta.url));
const READY = /AuthFlow mock listening on (http:\/\/127\.0\.0\.1:\d+)\n/;

function startBin(env: Record<string, string>): ChildProcess {
  // Its own process group, so a failed test can stop the wrapper and the server it spawned together.
  return spawn(process.execPath, [bin], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const match = READY.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening: ${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

/** Each case starts Node twice (the wrapper, then tsx on the source): slow on a busy machine. */
const STARTUP_TIMEOUT_MS = 30_000;

describe('given the authflow-mock bin, run from source without a build', {
  timeout: STARTUP_TIMEOUT_MS,
}, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints its URL, serves GET / and stops cleanly on %s',
    async (signal) => {
      const child = startBin({ PORT: '0' });
      const exited = exitOf(child);
      try {
        const url = await waitForUrl(child);
        const response = await fetch(`${url}/`);
        expect(response.status).toBe(200);
        expect((await response.json()).name).toBe('AuthFlow');
        child.kill(signal);
        expect((await exited).code).toBe(0);
        await expect(fetch(`${url}/`)).rejects.toThrow(TypeError);
      } finally {
        killGroup(child);
      }
    },
  );

  it('refuses a PORT that is not a port number', async () => {
    const child = startBin({ PORT: 'eighty' });
    const { code, stderr } = await exitOf(child);
    expect(code).toBe(1);
    expect(stderr).toContain('PORT must be a port number');
  });

  it('refuses a SCENARIO it does not know, naming it', async () => {
    const child = startBin({ PORT: '0', SCENARIO: 'meteor-strike' });
    const { code, stderr } = await exitOf(child);
    expect(code).toBe(1);
    expect(stderr).toContain('unknown SCENARIO "meteor-strike"');
  });

  it('given SCENARIO=server-error, answers every route with 500 from the start', async () => {
    const child = startBin({ PORT: '0', SCENARIO: 'server-error' });
    const exited = exitOf(child);
    try {
      const url = await waitForUrl(child);
      expect((await fetch(`${url}/`)).status).toBe(500);
      child.kill('SIGTERM');
      expect((await exited).code).toBe(0);
    } finally {
      killGroup(child);
    }
  });
});
