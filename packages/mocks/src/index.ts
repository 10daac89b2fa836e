export {
  DEFAULT_APP_URL,
  DEFAULT_BASE_URL,
  DEFAULT_ROLE,
  DEV_API_KEY,
  MOCK_ORG_ID,
  mockLifetimes,
  RECOVERY_CODE_COUNT,
  totpSettings,
} from './constants.js';
export type { CreateMockAuthFlowOptions, MockAuthFlow } from './create-mock-auth-flow.js';
export { createMockAuthFlow } from './create-mock-auth-flow.js';
export type { Outbox, OutboxMessage, OutboxMessageKind } from './outbox.js';
export { parseScenario } from './parse-scenario.js';
export type { PasskeySettings } from './passkey-settings.js';
export type { Scenario, ScenarioName, ScenarioScope } from './scenario.js';
export { DEFAULT_LATENCY_MS, DEFAULT_RETRY_AFTER_SECONDS, scenarioNames } from './scenario.js';
export type { SeededAccount, SeededAccounts, SeededTwoFactorAccount } from './seeded-accounts.js';
export { seededAccounts } from './seeded-accounts.js';
export type {
  AssertionOverrides,
  CeremonyOverrides,
  RegistrationOverrides,
  SoftwareAuthenticator,
  SoftwareAuthenticatorOptions,
  SoftwareCredential,
} from './software-authenticator.js';
export { createSoftwareAuthenticator, InvalidStateError, NotAllowedError } from './software-authenticator.js';
export type { MockPublicKey } from './tokens/signing-keys.js';
