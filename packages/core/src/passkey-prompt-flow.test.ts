import type { Passkey } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { AuthError } from './auth-error.js';
import {
  initialPasskeyPromptState,
  type PasskeyPromptEvent,
  type PasskeyPromptState,
  passkeyPromptTransition,
} from './passkey-prompt-flow.js';

const passkey: Passkey = {
  id: 'cred-1',
  name: 'Laptop',
  createdAt: '2025-01-01T00:00:00.000Z',
  lastUsedAt: null,
  backedUp: true,
  transports: ['internal'],
};

const run = (events: PasskeyPromptEvent[], from: PasskeyPromptState = initialPasskeyPromptState) =>
  events.reduce(passkeyPromptTransition, from);

describe('given a prompt that is checking', () => {
  it('offers it when there is something to offer', () => {
    expect(run([{ type: 'checked', offer: true }])).toEqual({ status: 'offered', error: null });
  });

  it('finishes without offering when there is nothing to offer', () => {
    expect(run([{ type: 'checked', offer: false }])).toEqual({ status: 'finished', outcome: 'notOffered' });
  });

  it('ignores the person’s actions until it knows', () => {
    for (const type of ['add', 'dismiss', 'finish', 'cancelled'] as const) {
      expect(run([{ type }])).toBe(initialPasskeyPromptState);
    }
  });
});

describe('given an offered prompt', () => {
  const offered = run([{ type: 'checked', offer: true }]);

  it('"Not now" finishes it as dismissed', () => {
    expect(run([{ type: 'dismiss' }], offered)).toEqual({ status: 'finished', outcome: 'dismissed' });
  });

  it('adding, then the new passkey, confirms it until the person moves on', () => {
    const added = run([{ type: 'add' }, { type: 'added', passkey }], offered);
    expect(added).toEqual({ status: 'added', passkey });
    expect(run([{ type: 'dismiss' }], added)).toBe(added);
    expect(run([{ type: 'finish' }], added)).toEqual({ status: 'finished', outcome: 'added' });
  });

  it('a closed browser prompt returns to the offer with nothing to explain', () => {
    expect(run([{ type: 'add' }, { type: 'cancelled' }], offered)).toEqual({
      status: 'offered',
      error: null,
    });
  });

  it('a failure returns to the offer with the error, and the next try clears it', () => {
    const error = new AuthError('passkey_exists', 'This passkey is already registered');
    const failed = run([{ type: 'add' }, { type: 'failed', error }], offered);
    expect(failed).toEqual({ status: 'offered', error });
    expect(run([{ type: 'add' }], failed)).toEqual({ status: 'adding' });
  });

  it('cannot be dismissed while the browser’s prompt is open', () => {
    const adding = run([{ type: 'add' }], offered);
    expect(run([{ type: 'dismiss' }], adding)).toBe(adding);
  });
});

describe('given a finished prompt', () => {
  it('stays finished whatever comes late', () => {
    const finished = run([{ type: 'checked', offer: true }, { type: 'dismiss' }]);
    for (const event of [
      { type: 'checked', offer: true },
      { type: 'add' },
      { type: 'added', passkey },
      { type: 'finish' },
    ] satisfies PasskeyPromptEvent[]) {
      expect(run([event], finished)).toBe(finished);
    }
  });
});
