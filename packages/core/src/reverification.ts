import type { MfaMethod } from '@authflow-ui/contract';
import type { ReauthenticationChallenge } from './account-security.js';
import type { AuthClient } from './auth-client.js';
import { AuthError, isAuthError } from './auth-error.js';

/** `ready` for input, `submitting` while the proxy checks it. */
export type ReverificationPhase = 'ready' | 'submitting';

/** Where a re-authentication stands: closed, asking for the password, or for a second factor. */
export type ReverificationState =
  | { status: 'closed' }
  | { status: 'password'; phase: ReverificationPhase; error: AuthError | null }
  | {
      status: 'secondFactor';
      challenge: ReauthenticationChallenge;
      method: MfaMethod;
      phase: ReverificationPhase;
      error: AuthError | null;
      /** When the last emailed code was sent (client clock), for a resend countdown. */
      emailSentAt: number | null;
    };

/**
 * Runs sensitive actions and, when one answers `reauthentication_required`, asks for the password
 * (then the second factor) and retries it once. Framework-free: a UI reads `getState()`, listens
 * with `subscribe()`, and calls the verbs.
 */
export interface ReverificationController {
  getState(): ReverificationState;
  subscribe(listener: () => void): () => void;
  /**
   * Runs `action`. If it rejects with `reauthentication_required`, the state opens on `password`
   * and the returned promise waits: after a successful re-authentication `action` runs once more
   * and its outcome is the answer; `cancel()` rejects it with `aborted`. Other failures pass through.
   */
  run<T>(action: () => Promise<T>): Promise<T>;
  submitPassword(password: string): Promise<void>;
  verifyCode(code: string): Promise<void>;
  sendEmailCode(): Promise<void>;
  /** Switches the second-factor method (authenticator, emailed code, recovery code). */
  toMethod(method: MfaMethod): void;
  /** Closes the prompt; every action waiting on it rejects with `aborted`. */
  cancel(): void;
}

interface Waiter {
  resume: () => void;
  fail: (error: AuthError) => void;
}

const closed: ReverificationState = { status: 'closed' };

export function createReverificationController(
  client: Pick<AuthClient, 'reauthenticate' | 'reauthentication'>,
): ReverificationController {
  let state: ReverificationState = closed;
  const listeners = new Set<() => void>();
  const waiting: Waiter[] = [];

  const set = (next: ReverificationState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const settle = (outcome: { type: 'resume' } | { type: 'fail'; error: AuthError }) => {
    set(closed);
    for (const waiter of waiting.splice(0)) {
      if (outcome.type === 'resume') waiter.resume();
      else waiter.fail(outcome.error);
    }
  };

  const asAuthError = (error: unknown): AuthError =>
    isAuthError(error)
      ? error
      : new AuthError('invalid_response', 'Re-authentication failed unexpectedly', { cause: error });

  /** A failure of a step: the session ended closes the prompt, anything else stays on screen. */
  const failStep = (error: AuthError, current: ReverificationState) => {
    if (error.code === 'session_expired') {
      settle({ type: 'fail', error });
      return;
    }
    if (current.status === 'secondFactor' && error.code === 'expired') {
      set({ status: 'password', phase: 'ready', error });
      return;
    }
    if (current.status !== 'closed') set({ ...current, phase: 'ready', error });
  };

  const finishWith = async (
    attempt: () => Promise<
      { type: 'reauthenticated' } | { type: 'mfa'; challenge: ReauthenticationChallenge }
    >,
  ) => {
    const before = state;
    if (before.status === 'closed' || before.phase === 'submitting') return;
    set({ ...before, phase: 'submitting', error: null });
    try {
      const result = await attempt();
      if (state.status === 'closed') return;
      if (result.type === 'reauthenticated') {
        settle({ type: 'resume' });
        return;
      }
      const [method = 'totp'] = result.challenge.methods;
      set({
        status: 'secondFactor',
        challenge: result.challenge,
        method,
        phase: 'ready',
        error: null,
        emailSentAt: null,
      });
    } catch (error) {
      if (state.status !== 'closed') failStep(asAuthError(error), before);
    }
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    run: async <T>(action: () => Promise<T>): Promise<T> => {
      try {
        return await action();
      } catch (error) {
        if (!isAuthError(error) || error.code !== 'reauthentication_required') throw error;
      }
      await new Promise<void>((resume, fail) => {
        waiting.push({ resume, fail });
        if (state.status === 'closed') set({ status: 'password', phase: 'ready', error: null });
      });
      return action();
    },
    submitPassword: (password) => finishWith(() => client.reauthenticate({ password })),
    verifyCode: (code) =>
      finishWith(async () => {
        if (state.status !== 'secondFactor') throw new AuthError('expired', 'No second factor is pending');
        switch (state.method) {
          case 'totp':
            return client.reauthentication.verifyTotp(code);
          case 'email':
            return client.reauthentication.verifyEmailCode(code);
          case 'recovery':
            return client.reauthentication.verifyRecoveryCode(code);
          default:
            return state.method satisfies never;
        }
      }),
    sendEmailCode: async () => {
      const before = state;
      if (before.status !== 'secondFactor' || before.phase === 'submitting') return;
      set({ ...before, method: 'email', phase: 'submitting', error: null });
      try {
        const { sentAt } = await client.reauthentication.sendEmailCode();
        if (state.status === 'secondFactor') set({ ...state, phase: 'ready', emailSentAt: sentAt });
      } catch (error) {
        if (state.status !== 'closed') failStep(asAuthError(error), { ...before, method: 'email' });
      }
    },
    toMethod: (method) => {
      if (state.status !== 'secondFactor' || state.phase === 'submitting') return;
      set({ ...state, method, error: null });
    },
    cancel: () => {
      if (state.status === 'closed') return;
      settle({ type: 'fail', error: new AuthError('aborted', 'Re-authentication was cancelled') });
    },
  };
}
