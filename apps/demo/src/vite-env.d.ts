/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * Your AuthFlow proxy (or backend) origin and path. Unset: the demo runs against the embedded
   * mock in this page, with its dev inbox.
   */
  readonly VITE_AUTH_URL?: string;
  /**
   * `proxy`: `VITE_AUTH_URL` is an `@authflow-ui/proxy` (the setup for real users). Unset or
   * `direct`: it is AuthFlow itself, reached without an API key, so only the key-less routes work.
   */
  readonly VITE_AUTH_MODE?: 'proxy' | 'direct';
  /**
   * Where the dev server exposes the mock server's `/__dev` endpoints (`pnpm dev:full` sets
   * `/__dev`): the dev inbox then shows its mail. Never set for a real backend.
   */
  readonly VITE_DEV_MOCK_URL?: string;
  /**
   * `off`: the embedded mock serves no passkeys, even on `localhost`. Unset: passkeys are on
   * wherever the page's host can be a WebAuthn relying-party id (not on an IP address).
   */
  readonly VITE_DEMO_PASSKEYS?: 'off';
  /** The organization owner's email, who may open the members page. Embedded mode knows it. */
  readonly VITE_AUTH_OWNER_EMAIL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
