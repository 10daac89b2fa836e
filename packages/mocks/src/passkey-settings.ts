/**
 * What a backend needs to check WebAuthn ceremonies, named as Fluxer names its configuration
 * (`rp_name`, `rp_id`, `additional_allowed_origins`).
 */
export interface PasskeySettings {
  /** The relying party's name, shown by the browser while creating a passkey. */
  rpName: string;
  /** The relying party id: the page's registrable domain, or `localhost` in development. */
  rpId: string;
  /** Page origins whose ceremonies are accepted (`http://localhost:5173`); any other is refused. */
  origins: readonly string[];
}
