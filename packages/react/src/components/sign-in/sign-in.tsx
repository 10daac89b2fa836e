import type { AuthErrorCode } from '@authflow-ui/contract';
import { isEmailAddress, type SignInStep } from '@authflow-ui/core';
import { enUSFields, enUSPasskeys, enUSSignIn } from '@authflow-ui/ui';
import {
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
} from 'react';
import { type UsePasskeySignInResult, usePasskeySignIn } from '../../hooks/use-passkey-sign-in.js';
import { type UseSignInResult, useSignIn } from '../../hooks/use-sign-in.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert, type ErrorAlertProps } from '../../parts/error-alert.js';
import {
  Field,
  FieldError,
  type FieldProps,
  Form,
  Input,
  InputGroup,
  Label,
  PasswordToggle,
  Select,
  Submit,
} from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import {
  type ButtonProps,
  Card,
  Footer,
  Header,
  Hint,
  Link,
  Root,
  SecondaryButton,
  Subtitle,
  Title,
} from '../../parts/layout-parts.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { useAuthContext } from '../../provider/auth-context.js';
import { MfaChallengeRootProvider } from '../mfa-challenge/mfa-challenge.js';
import { CurrentPasswordField } from '../shared/current-password-field.js';
import { emailError } from '../shared/email-error.js';
import { EmailField } from '../shared/email-field.js';
import { roleValue, type SignInRoleOption } from '../shared/role-value.js';
import { SignInFlowContext } from '../shared/sign-in-flow-context.js';
import { SignedInStep } from '../shared/signed-in-step.js';
import type { AfterSignInProps } from '../shared/use-after-sign-in.js';
import { type FinishSignIn, useFinishSignIn } from '../shared/use-finish-sign-in.js';

const texts = { fields: enUSFields, signIn: enUSSignIn, passkeys: enUSPasskeys };

interface SignInContextValue {
  flow: UseSignInResult;
  passkey: UsePasskeySignInResult;
  roles: readonly SignInRoleOption[] | undefined;
  signUpHref: string | undefined;
  forgotPasswordHref: string | undefined;
  recoveryCodesHref: string | undefined;
  finish: FinishSignIn;
}

const SignInContext = createContext<SignInContextValue | null>(null);

function useSignInContext(part: string): SignInContextValue {
  const value = useContext(SignInContext);
  if (!value) throw new Error(`AuthFlow UI: <SignIn.${part}> must be rendered inside <SignIn.Root>.`);
  return value;
}

/** What the parts see when the screen is told not to offer passkeys. */
const hiddenPasskey: UsePasskeySignInResult = {
  offer: { status: 'hidden' },
  pending: false,
  error: null,
  signedIn: false,
  signIn: async () => {},
};

/** Failures that say the password was wrong, or the account unknown: the same words for both. */
const credentialCodes: ReadonlySet<AuthErrorCode> = new Set(['invalid_credentials', 'user_not_found']);

/* -------------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------------*/

export interface SignInProps extends ComponentPropsWithoutRef<'div'>, AfterSignInProps {
  /**
   * Offer a role selector with these roles. Default: no selector; the provider's role is used.
   * Sign-in with the wrong role fails like a wrong password, by design of the contract.
   */
  roles?: readonly SignInRoleOption[];
  /** Link to your sign-up page. Default: no link. */
  signUpHref?: string;
  /** Link to your forgot-password page. Default: no link. */
  forgotPasswordHref?: string;
  /**
   * Link to your page for new recovery codes (with `<RecoveryCodes />`), offered when a
   * recovery-code sign-in leaves 3 or fewer. Default: no link; `<UserButton>` still offers them.
   */
  recoveryCodesHref?: string;
  /** Prefill the email field. */
  defaultEmail?: string;
  /**
   * Where the backend serves passkeys and the browser can use them: "Sign in with a passkey", and
   * passkeys offered in the email field's autofill. `'button'`: the button only. `false`: neither.
   * Default `true`. Against a backend without passkeys nothing is shown or requested either way.
   */
  passkeys?: boolean | 'button';
  /**
   * After a password sign-in of an account without a passkey, offer "Add a passkey" before
   * moving on (dismissible with "Not now"). Shown only where the backend serves passkeys and the
   * browser can use them. Default `false`.
   */
  promptPasskey?: boolean;
}

/** Provides the flow and form to every part; with no children it renders the complete screen. */
export const SignInRoot = forwardRef<HTMLDivElement, SignInProps>(function SignInRoot(
  {
    roles,
    signUpHref,
    forgotPasswordHref,
    recoveryCodesHref,
    defaultEmail,
    passkeys = true,
    promptPasskey = false,
    redirectTo,
    navigate,
    onSignedIn,
    children,
    ...props
  },
  ref,
) {
  const { role: providerRole } = useAuthContext();
  const localization = useLocalization(texts);
  const finish = useFinishSignIn({ redirectTo, navigate, onSignedIn }, { promptPasskey });
  const flow = useSignIn({ onSignedIn: finish.onSignedIn });
  const passkey = usePasskeySignIn({ onSignedIn: finish.onPasskeySignedIn, autofill: passkeys === true });
  const t = localization.fields;
  const error = flow.step === 'password' ? flow.error : null;
  const credentialsWrong = error !== null && credentialCodes.has(error.code);
  const { form, context } = useScreenForm({
    initial: () => {
      const firstRole = roles?.[0];
      const role =
        providerRole && roles?.some((option) => roleValue(option) === providerRole)
          ? providerRole
          : firstRole
            ? roleValue(firstRole)
            : '';
      return { email: defaultEmail ?? '', password: '', role };
    },
    error,
    busy: flow.pending === 'password',
    alertFields: credentialsWrong ? ['email', 'password'] : [],
    onSubmit: (values, currentForm) => {
      const email = values.email.trim();
      const valid = currentForm.showFieldErrors({
        email: emailError(email, localization),
        password: values.password === '' ? t.passwordRequired : undefined,
        role: roles && values.role === '' ? t.roleRequired : undefined,
      });
      if (!valid) return;
      void flow.submitPassword({
        email,
        password: values.password,
        role: roles ? values.role : providerRole,
      });
    },
  });

  const { setValue, focusField } = form;
  // A wrong password is cleared (the email stays) and focus returns to retype it.
  useEffect(() => {
    if (!error || !credentialCodes.has(error.code)) return;
    setValue('password', '');
    focusField('password');
  }, [error, setValue, focusField]);
  // The password is not kept once it has done its job.
  useEffect(() => {
    if (flow.step !== 'password') setValue('password', '');
  }, [flow.step, setValue]);

  const value = useMemo<SignInContextValue>(
    () => ({
      flow,
      passkey: passkeys === false ? hiddenPasskey : passkey,
      roles,
      signUpHref,
      forgotPasswordHref,
      recoveryCodesHref,
      finish,
    }),
    [flow, passkey, passkeys, roles, signUpHref, forgotPasswordHref, recoveryCodesHref, finish],
  );
  return (
    <SignInContext.Provider value={value}>
      <SignInFlowContext.Provider value={flow}>
        <FormContext.Provider value={context}>
          <Root {...props} ref={ref} data-state={value.passkey.signedIn ? 'signedIn' : flow.step}>
            {children ?? <SignInSteps />}
          </Root>
        </FormContext.Provider>
      </SignInFlowContext.Provider>
    </SignInContext.Provider>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Step: renders its children only on the named step
 * -----------------------------------------------------------------------------------------------*/

/**
 * Renders its children only on the named step. On `signedIn`, a recovery-code sign-in that
 * left few codes shows the kit's notice first, and `promptPasskey` its passkey offer, whatever
 * the layout: the sign-in (your `onSignedIn`, the redirect) finishes once the person has passed them.
 */
export function SignInStepContent({ step, children }: { step: SignInStep; children?: ReactNode }) {
  const { flow, finish, recoveryCodesHref } = useSignInContext('Step');
  const localization = useLocalization(texts);
  if (flow.step !== step) return null;
  if (step === 'signedIn' && finish.ending !== 'none') {
    return (
      <SignedInStep
        message={localization.signIn.signedIn}
        ending={finish.ending}
        onProceed={finish.proceed}
        recoveryCodesHref={recoveryCodesHref}
      />
    );
  }
  return children;
}

/* -------------------------------------------------------------------------------------------------
 * Error
 * -----------------------------------------------------------------------------------------------*/

export const SignInError = forwardRef<HTMLDivElement, Omit<ErrorAlertProps, 'error'>>(
  function SignInError(props, ref) {
    const { flow } = useSignInContext('Error');
    const localization = useLocalization(texts);
    const error = flow.step === 'password' ? flow.error : null;
    const t = localization.signIn;
    return (
      <ErrorAlert
        {...props}
        ref={ref}
        error={error}
        messages={{
          invalid_credentials: t.invalidCredentials,
          user_not_found: t.invalidCredentials,
          expired: t.challengeExpired,
          ...props.messages,
        }}
        autoFocus={!(error && credentialCodes.has(error.code))}
      />
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * Fields
 * -----------------------------------------------------------------------------------------------*/

/** The props of a ready field part: those of its `Field` element, which also gets the ref. */
export type SignInFieldPartProps = Omit<FieldProps, 'name' | 'children'>;

/** Label, email input and error, as one `Field` editing `email`. */
export const SignInEmailField = forwardRef<HTMLDivElement, SignInFieldPartProps>(
  function SignInEmailField(props, ref) {
    const localization = useLocalization(texts);
    // A field part may sit in any screen's form; only inside SignIn.Root can it offer passkeys.
    const offer = useContext(SignInContext)?.passkey.offer;
    const autofill = offer?.status === 'offered' && offer.autofill;
    return (
      <EmailField
        {...props}
        ref={ref}
        label={localization.fields.emailLabel}
        autoComplete={autofill ? 'username webauthn' : 'username'}
      />
    );
  },
);

/** Label, password input with its show/hide toggle, and error, as one `Field` editing `password`. */
export const SignInPasswordField = forwardRef<HTMLDivElement, SignInFieldPartProps>(
  function SignInPasswordField(props, ref) {
    const localization = useLocalization(texts);
    return (
      <CurrentPasswordField {...props} ref={ref} name="password" label={localization.fields.passwordLabel} />
    );
  },
);

/** The role selector, as one `Field` editing `role`; renders nothing without `roles` on the Root. */
export const SignInRoleField = forwardRef<HTMLDivElement, SignInFieldPartProps>(
  function SignInRoleField(props, ref) {
    const { roles } = useSignInContext('RoleField');
    const localization = useLocalization(texts);
    if (!roles || roles.length === 0) return null;
    return (
      <Field {...props} ref={ref} name="role">
        <Label>{localization.fields.roleLabel}</Label>
        <Select>
          {roles.map((option) => {
            const value = roleValue(option);
            return (
              <option key={value} value={value}>
                {typeof option === 'string' ? option : option.label}
              </option>
            );
          })}
        </Select>
        <FieldError />
      </Field>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * Passkey: the button, and its failure; both render nothing unless passkeys are offered
 * -----------------------------------------------------------------------------------------------*/

/**
 * "Sign in with a passkey": opens the browser's prompt, for the account whose email address is
 * typed in the form, or for any passkey of the site when none is (usernameless). Renders
 * nothing unless passkeys are offered.
 */
export const SignInPasskeyButton = forwardRef<HTMLButtonElement, ButtonProps>(function SignInPasskeyButton(
  { onClick, ...props },
  ref,
) {
  const { passkey } = useSignInContext('PasskeyButton');
  const typed = useContext(FormContext)?.values.email;
  const localization = useLocalization(texts);
  if (passkey.offer.status !== 'offered') return null;
  const email = typeof typed === 'string' ? typed.trim() : '';
  const t = localization.passkeys;
  return (
    <SecondaryButton
      {...props}
      ref={ref}
      state={passkey.pending ? 'busy' : 'idle'}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) void passkey.signIn(isEmailAddress(email) ? { email } : {});
      }}
    >
      {passkey.pending ? t.signingIn : t.signIn}
    </SecondaryButton>
  );
});

/** Why the passkey sign-in failed; a dismissed prompt shows nothing. */
export const SignInPasskeyError = forwardRef<HTMLDivElement, Omit<ErrorAlertProps, 'error'>>(
  function SignInPasskeyError(props, ref) {
    const { passkey } = useSignInContext('PasskeyError');
    return <ErrorAlert {...props} ref={ref} error={passkey.error} />;
  },
);

/* -------------------------------------------------------------------------------------------------
 * The default screen
 * -----------------------------------------------------------------------------------------------*/

function PasswordStep() {
  const { flow, passkey, signUpHref, forgotPasswordHref } = useSignInContext('PasswordStep');
  const localization = useLocalization(texts);
  const t = localization.signIn;
  return (
    <Card>
      <Header>
        <Title>{t.title}</Title>
        <Subtitle>{t.subtitle}</Subtitle>
      </Header>
      <SignInError />
      <Form>
        <SignInEmailField />
        <SignInPasswordField />
        <SignInRoleField />
        <Submit>{flow.pending === 'password' ? t.submitting : t.submit}</Submit>
      </Form>
      {passkey.offer.status === 'offered' && (
        <>
          <Hint>{localization.passkeys.or}</Hint>
          <SignInPasskeyError />
          <SignInPasskeyButton />
        </>
      )}
      {(forgotPasswordHref || signUpHref) && (
        <Footer>
          {forgotPasswordHref && <Link href={forgotPasswordHref}>{t.forgotPassword}</Link>}
          {signUpHref && (
            <span>
              {t.noAccount} <Link href={signUpHref}>{t.signUp}</Link>
            </span>
          )}
        </Footer>
      )}
    </Card>
  );
}

/** Password step, then the second factor in place, then the end of the sign-in. */
export function SignInSteps() {
  const { flow, passkey, finish, recoveryCodesHref } = useSignInContext('Steps');
  const localization = useLocalization(texts);
  if (passkey.signedIn) {
    return (
      <SignedInStep
        message={localization.signIn.signedIn}
        ending="none"
        onProceed={finish.proceed}
        recoveryCodesHref={recoveryCodesHref}
      />
    );
  }
  switch (flow.step) {
    case 'password':
      return <PasswordStep />;
    case 'mfa':
      return <MfaChallengeRootProvider flow={flow} />;
    case 'signedIn':
      return (
        <SignedInStep
          message={localization.signIn.signedIn}
          ending={finish.ending}
          onProceed={finish.proceed}
          recoveryCodesHref={recoveryCodesHref}
        />
      );
    default:
      return flow.step satisfies never;
  }
}

/* -------------------------------------------------------------------------------------------------
 * The compound component
 * -----------------------------------------------------------------------------------------------*/

/** `<SignIn />`, or compose its parts: `<SignIn.Root>`, `<SignIn.Step step="password">` ... */
export const SignIn = /* @__PURE__ */ Object.assign(SignInRoot, {
  Root: SignInRoot,
  Step: SignInStepContent,
  Steps: SignInSteps,
  Card,
  Header,
  Title,
  Subtitle,
  Error: SignInError,
  Form,
  Field,
  Label,
  Input,
  InputGroup,
  PasswordToggle,
  Select,
  FieldError,
  EmailField: SignInEmailField,
  PasswordField: SignInPasswordField,
  RoleField: SignInRoleField,
  PasskeyButton: SignInPasskeyButton,
  PasskeyError: SignInPasskeyError,
  Submit,
  Footer,
  Link,
});
