/*
 * The passkey screens in every shipped language, against a backend serving passkeys: the sign-in
 * button, the "Add a passkey" prompt after a password sign-in, and <PasskeyManager> with a list,
 * a rename and a refused removal. Nothing a person reads or hears may still be American English.
 */

import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PasskeyManager } from '../components/passkey-manager/passkey-manager.js';
import { SignIn } from '../components/sign-in/sign-in.js';
import { expectTranslated } from '../test-support/expect-translated.js';
import { translatedPacks } from '../test-support/locale-packs.js';
import { createTestClient, renderWithAuth } from '../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../test-support/sign-in-as.js';
import { passkeySettings, softwareWebAuthn } from '../test-support/software-web-authn.js';
import { deDE } from './de-de.js';

const server = serveMockAuthFlow({ passkeys: passkeySettings });

describe.each(translatedPacks.map((pack) => [pack.locale.tag, pack] as const))('in %s', (_tag, pack) => {
  const renderIn = (
    ui: Parameters<typeof renderWithAuth>[0],
    client = createTestClient({ webAuthn: softwareWebAuthn() }),
  ) => renderWithAuth(ui, { client, providerProps: { localization: pack } });

  it('SignIn: the passkey button, then the prompt to add one and its confirmation', async () => {
    const { member } = server.mock.seeded;
    const { user } = renderIn(<SignIn promptPasskey />);
    await screen.findByRole('button', { name: pack.passkeys.signIn });
    await expectTranslated(pack);
    await user.type(screen.getByLabelText(pack.fields.emailLabel), member.email);
    await user.type(screen.getByLabelText(pack.fields.passwordLabel), `${member.password}{Enter}`);
    await screen.findByRole('heading', { name: pack.passkeys.promptTitle });
    expect(screen.getByRole('button', { name: pack.passkeys.promptDismiss })).toBeDefined();
    await expectTranslated(pack);
    await user.click(screen.getByRole('button', { name: pack.passkeys.add }));
    await screen.findByRole('button', { name: pack.common.continue });
    await expectTranslated(pack);
  });

  it('PasskeyManager: the list, a rename and a removal with the wrong password', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    await act(async () => {
      await signInAs(client, server.mock.seeded.member);
      await client.passkeys.register({ name: 'Laptop' });
    });
    const { user } = renderIn(<PasskeyManager />, client);
    await screen.findByRole('list', { name: pack.passkeys.listLabel });
    await expectTranslated(pack);
    await user.click(screen.getByRole('button', { name: `${pack.passkeys.rename} Laptop` }));
    await screen.findByLabelText(pack.passkeys.renameLabel({ name: 'Laptop' }));
    await expectTranslated(pack);
    await user.click(screen.getByRole('button', { name: pack.common.cancel }));
    await user.click(screen.getByRole('button', { name: `${pack.passkeys.remove} Laptop` }));
    await user.type(screen.getByLabelText(pack.fields.currentPasswordLabel), 'NotMine123!{Enter}');
    await screen.findByText(pack.errors.invalid_credentials);
    await expectTranslated(pack);
  });
});

describe('given a locale pack, PasskeyManager dates', () => {
  it('read in the pack’s language', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    await act(async () => {
      await signInAs(client, server.mock.seeded.member);
      await client.passkeys.register({ name: 'Laptop' });
    });
    renderWithAuth(<PasskeyManager />, { client, providerProps: { localization: deDE } });
    const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(new Date());
    await screen.findByText(new RegExp(deDE.passkeys.createdAt({ date })));
  });
});
