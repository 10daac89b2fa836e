import type { PasskeySettings } from '@authflow-ui/mocks';

/** An IPv4 or IPv6 literal: browsers refuse those as a WebAuthn relying-party id. */
const ipAddressHost = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/**
 * The embedded mock's passkey settings for the page at `location`: passkeys on wherever a browser
 * accepts the host as relying-party id (`localhost`, a domain), off on an IP address such as
 * `127.0.0.1` (the browser would refuse every ceremony), and off when the build says
 * `VITE_DEMO_PASSKEYS=off`. Off, the mock is plain AuthFlow and the kit shows no passkey control.
 */
export function demoPasskeySettings(
  location: Pick<Location, 'hostname' | 'origin'>,
  switchedOff: boolean,
): PasskeySettings | false {
  if (switchedOff || ipAddressHost.test(location.hostname)) return false;
  return { rpName: 'Notes demo', rpId: location.hostname, origins: [location.origin] };
}
