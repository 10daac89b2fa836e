import type { ProxyEndpointId } from '@authflow-ui/contract';
import { timingAccounts } from './failure-timing-accounts.js';
import { benchOrigin } from './load-target.js';
import { spawnFromSource } from './spawn-from-source.js';

export interface FailureTimingOptions {
  /** Answers measured per kind of failure and proxy. Default `100`: on 2 shared cores the medians of 50 still wander by a few ms. */
  samples?: number;
}

/** Median milliseconds per kind of failure, as a browser sees them. */
export type KindMedians = Readonly<Record<string, number>>;

export interface KindFigures {
  medians: KindMedians;
  /**
   * Per kind after the first, the median over rounds of (this kind's time − the first kind's time
   * in the same round): robust to the load of a shared machine drifting between rounds.
   */
  pairedDifferences: KindMedians;
}

export interface FailureTimingRow {
  endpoint: ProxyEndpointId;
  withoutFloor: KindFigures;
  withFloor: KindFigures;
}

export interface FailureTiming {
  samples: number;
  rows: FailureTimingRow[];
}

type TimedEndpoint = 'signIn' | 'forgotPassword' | 'resendVerificationEmail';

interface Servers {
  withoutFloor: string;
  withFloor: string;
  /** Printed by the child: `pnpm bench` itself cannot read the contract from source. */
  paths: Readonly<Record<TimedEndpoint, string>>;
}

interface Probe {
  endpoint: TimedEndpoint;
  kinds: Readonly<Record<string, Record<string, string>>>;
}

const wrong = 'Wrong123!';
const probes: readonly Probe[] = [
  {
    endpoint: 'signIn',
    kinds: {
      'unknown email': { email: timingAccounts.unknownEmail, password: wrong },
      'wrong password': { email: timingAccounts.wrongPassword, password: wrong },
      'wrong role': { email: timingAccounts.wrongRole, password: wrong },
    },
  },
  {
    endpoint: 'forgotPassword',
    kinds: {
      'unknown email': { email: timingAccounts.unknownEmail },
      'existing account': { email: timingAccounts.wrongPassword },
    },
  },
  {
    endpoint: 'resendVerificationEmail',
    kinds: {
      'unknown email': { email: timingAccounts.unknownEmail },
      'existing account': { email: timingAccounts.wrongPassword },
    },
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function timedPost(url: string, endpoint: string, body: unknown): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { origin: benchOrigin, 'x-authflow-ui': '1', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  // Only the answers an attacker compares count: the same neutral 200, or the same 401.
  if (response.status !== 200 && response.status !== 401) {
    throw new Error(`The failure-timing bench got ${response.status} from ${endpoint}`);
  }
  return ms;
}

/**
 * Medians per kind of failure. The kinds take turns within each round, so a slow moment of the
 * shared machine falls on every kind alike. One request at a time: requests held together by the
 * floor would leave together, and the last written would look slower.
 */
async function figures(url: string, probe: Probe, samples: number): Promise<KindFigures> {
  const kinds = Object.entries(probe.kinds);
  const times = new Map<string, number[]>(kinds.map(([kind]) => [kind, []]));
  // One unmeasured round, so connections and compiled code are warm for every kind.
  for (const [, body] of kinds) await timedPost(url, probe.endpoint, body);
  for (let round = 0; round < samples; round += 1) {
    for (const [kind, body] of kinds) times.get(kind)?.push(await timedPost(url, probe.endpoint, body));
  }
  const [first = [], ...others] = [...times.values()];
  const kindNames = [...times.keys()];
  return {
    medians: Object.fromEntries([...times].map(([kind, values]) => [kind, median(values)])),
    pairedDifferences: Object.fromEntries(
      others.map((values, index) => [
        kindNames[index + 1] ?? '',
        median(values.map((value, round) => value - (first[round] ?? Number.NaN))),
      ]),
    ),
  };
}

function isServers(message: unknown): message is Servers {
  if (typeof message !== 'object' || message === null) return false;
  if (!('withoutFloor' in message && 'withFloor' in message && 'paths' in message)) return false;
  const { withoutFloor, withFloor, paths } = message;
  if (typeof withoutFloor !== 'string' || typeof withFloor !== 'string') return false;
  if (typeof paths !== 'object' || paths === null) return false;
  return probes.every(
    ({ endpoint }) => endpoint in paths && typeof Reflect.get(paths, endpoint) === 'string',
  );
}

/**
 * What a browser measures of failed sign-ins, forgot-password and resend answers through the
 * proxy, without the timing floor and with its default, in front of a mock AuthFlow slowed as
 * AuthFlow is (see `serve-timed-proxies.ts`).
 */
export async function measureFailureTiming(options: FailureTimingOptions = {}): Promise<FailureTiming> {
  const { samples = 100 } = options;
  const servers = await spawnFromSource('./serve-timed-proxies.ts');
  try {
    const { message } = servers;
    if (!isServers(message)) throw new Error('The failure-timing servers did not print their URLs');
    const rows: FailureTimingRow[] = [];
    for (const probe of probes) {
      const path = message.paths[probe.endpoint];
      rows.push({
        endpoint: probe.endpoint,
        withoutFloor: await figures(`${message.withoutFloor}${path}`, probe, samples),
        withFloor: await figures(`${message.withFloor}${path}`, probe, samples),
      });
    }
    return { samples, rows };
  } finally {
    await servers.stop();
  }
}
