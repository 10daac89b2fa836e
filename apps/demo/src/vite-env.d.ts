/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * Your AuthFlow proxy (or backend) origin and path. Unset: the demo runs against the embedded
   * mock in this page, with its dev inbox.
   */
  readonly VITE_AUTH_URL?: string;
  /** The organization owner's email, who may open the members page. Embedded mode knows it. */
  readonly VITE_AUTH_OWNER_EMAIL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
