import {
  isCompleteOneTimeCode,
  type MfaMethod,
  normalizeRecoveryCode,
  type MfaChallenge as PendingChallenge,
} from '@authflow-ui/core';
import { enUSCommon, enUSMfaChallenge, enUSSignIn } from '@authflow-ui/ui';
import {
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
} from 'react';
import { useCountdown } from '../../hooks/use-countdown.js';
import { type UseSignInResult, useSignIn } from '../../hooks/use-sign-in.js';
import { useLocalization } from '../../localization/use-localization.js';
import { CodeInput, type CodeInputProps } from '../../parts/code-input.js';
import { composeEventHandlers } from '../../parts/compose-event-handlers.js';
import { ErrorAlert, type ErrorAlertProps } from '../../parts/error-alert.js';
import { Field, FieldError, Form, Input, Label, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import {
  Alert,
  type ButtonProps,
  Card,
  Footer,
  Header,
  LinkButton,
  Root,
  Subtitle,
  Title,
} from '../../parts/layout-parts.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { SignInFlowContext } from '../shared/sign-in-flow-context.js';
import { SignedInStep } from '../shared/signed-in-step.js';
import type { AfterSignInProps } from '../shared/use-after-sign-in.js';
import { useFinishSignIn } from '../shared/use-finish-sign-in.js';

const texts = { common: enUSCommon, signIn: enUSSignIn, mfaChallenge: enUSMfaChallenge };

interface MfaChallengeContextValue {
  flow: UseSignInResult;
  resendCooldownSeconds: number;
  /** The form field of the active method: `code` (six digits) or `recoveryCode`. */
  fieldName: 'code' | 'recoveryCode';
}

const MfaChallengeContext = createContext<MfaChallengeContextValue | null>(null);

function useMfaChallengeContext(part: string): MfaChallengeContextValue {
  const value = useContext(MfaChallengeContext);
  if (!value)
    throw new Error(`AuthFlow UI: <MfaChallenge.${part}> must be rendered inside <MfaChallenge.Root>.`);
  return value;
}

/* -------------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------------*/

export interface MfaChallengeRootProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * A running sign-in flow (from `useSignIn`). Default: the flow of the `<SignIn.Root>` this
   * part is composed in (as `<SignIn.Step step="mfa">` content), unless `challenge` is given.
   */
  flow?: UseSignInResult;
  /** Or a pending challenge to finish on its own (ignored when `flow` is given). */
  challenge?: PendingChallenge;
  /** Seconds before another email code may be requested. Default `30`. */
  resendCooldownSeconds?: number;
  /** On its own: your page for new recovery codes, offered when a recovery-code sign-in left few. */
  recoveryCodesHref?: string;
}

export interface MfaChallengeRootProviderProps extends ComponentPropsWithoutRef<'div'> {
  /** The sign-in flow you hold, from `useSignIn()` or `useMfaChallenge(challenge)`. */
  flow: UseSignInResult;
  /** Seconds before another email code may be requested. Default `30`. */
  resendCooldownSeconds?: number;
}

/**
 * The root element over a flow you hold (Ark UI's `RootProvider`): every part below reads it.
 * `<SignIn>` renders its second step with it; with no children it renders the default content.
 */
export const MfaChallengeRootProvider = forwardRef<HTMLDivElement, MfaChallengeRootProviderProps>(
  function MfaChallengeRootProvider({ flow, resendCooldownSeconds = 30, children, ...props }, ref) {
    const activeMethod = flow.mfa?.activeMethod ?? 'totp';
    const fieldName = activeMethod === 'recovery' ? 'recoveryCode' : 'code';
    const error = flow.step === 'mfa' ? flow.error : null;
    const localization = useLocalization(texts);
    const t = localization.mfaChallenge;
    const codeError = error?.code === 'invalid_code';
    const { form, context } = useScreenForm({
      initial: () => ({ code: '', recoveryCode: '' }),
      error,
      busy: flow.pending === 'code',
      alertFields: codeError ? [fieldName] : [],
      onSubmit: (values, currentForm) => {
        const code = values[fieldName];
        const valid =
          fieldName === 'code' ? isCompleteOneTimeCode(code) : normalizeRecoveryCode(code).length > 0;
        const message = fieldName === 'code' ? t.codeIncomplete : t.recoveryCodeRequired;
        if (!currentForm.showFieldErrors({ [fieldName]: valid ? undefined : message })) return;
        void flow.verifyCode(code);
      },
    });

    const { setValues, focusField } = form;
    // A new method, or a wrong code, starts from an empty field with focus in it.
    useEffect(() => {
      setValues(() => ({ code: '', recoveryCode: '' }));
      focusField(fieldName);
    }, [fieldName, setValues, focusField]);
    useEffect(() => {
      if (error?.code !== 'invalid_code') return;
      setValues((values) => ({ ...values, [fieldName]: '' }));
      focusField(fieldName);
    }, [error, fieldName, setValues, focusField]);

    return (
      <MfaChallengeContext.Provider value={{ flow, resendCooldownSeconds, fieldName }}>
        <FormContext.Provider value={context}>
          <Root {...props} ref={ref} data-state={activeMethod}>
            {children ?? <MfaChallengeDefaultContent />}
          </Root>
        </FormContext.Provider>
      </MfaChallengeContext.Provider>
    );
  },
);

type StandaloneMfaChallengeProps = Omit<MfaChallengeRootProviderProps, 'flow'> &
  AfterSignInProps & { challenge: PendingChallenge | undefined; recoveryCodesHref: string | undefined };

const StandaloneMfaChallenge = forwardRef<HTMLDivElement, StandaloneMfaChallengeProps>(
  function StandaloneMfaChallenge(
    { challenge, recoveryCodesHref, redirectTo, navigate, onSignedIn, children, ...props },
    ref,
  ) {
    const finish = useFinishSignIn({ redirectTo, navigate, onSignedIn });
    const flow = useSignIn({ challenge, onSignedIn: finish.onSignedIn });
    const localization = useLocalization(texts);
    let content: ReactNode;
    switch (flow.step) {
      case 'mfa':
        content = children ?? <MfaChallengeDefaultContent showBack={false} />;
        break;
      case 'signedIn':
        content = (
          <SignedInStep
            message={localization.signIn.signedIn}
            ending={finish.ending}
            onProceed={finish.proceed}
            recoveryCodesHref={recoveryCodesHref}
          />
        );
        break;
      case 'password':
        // On its own there is no password step to return to: explain, and let the app start over.
        content = (
          <Card>
            <ErrorAlert error={flow.error} messages={{ expired: localization.signIn.challengeExpired }} />
          </Card>
        );
        break;
      default:
        content = flow.step satisfies never;
    }
    return (
      <MfaChallengeRootProvider {...props} ref={ref} flow={flow}>
        {content}
      </MfaChallengeRootProvider>
    );
  },
);

export type MfaChallengeProps = MfaChallengeRootProps & AfterSignInProps;

/**
 * The provider of every part; with no children it renders the complete default screen.
 * `redirectTo`, `navigate` and `onSignedIn` apply on its own; with a `flow` (given, or the
 * enclosing `<SignIn.Root>`'s), the owner of the flow finishes the sign-in.
 */
export const MfaChallengeRoot = forwardRef<HTMLDivElement, MfaChallengeProps>(function MfaChallengeRoot(
  {
    flow,
    challenge,
    resendCooldownSeconds = 30,
    recoveryCodesHref,
    redirectTo,
    navigate,
    onSignedIn,
    ...props
  },
  ref,
) {
  const signInFlow = useContext(SignInFlowContext);
  const runningFlow = flow ?? (challenge ? undefined : signInFlow);
  if (runningFlow) {
    return (
      <MfaChallengeRootProvider
        {...props}
        ref={ref}
        flow={runningFlow}
        resendCooldownSeconds={resendCooldownSeconds}
      />
    );
  }
  return (
    <StandaloneMfaChallenge
      {...props}
      ref={ref}
      challenge={challenge}
      recoveryCodesHref={recoveryCodesHref}
      resendCooldownSeconds={resendCooldownSeconds}
      redirectTo={redirectTo}
      navigate={navigate}
      onSignedIn={onSignedIn}
    />
  );
});

/* -------------------------------------------------------------------------------------------------
 * Method: renders its children only while `method` is the active one
 * -----------------------------------------------------------------------------------------------*/

export function MfaChallengeMethod({ method, children }: { method: MfaMethod; children?: ReactNode }) {
  const { flow } = useMfaChallengeContext('Method');
  return flow.mfa?.activeMethod === method ? children : null;
}

/* -------------------------------------------------------------------------------------------------
 * CodeInput: submits by itself once six digits are in
 * -----------------------------------------------------------------------------------------------*/

export const MfaChallengeCodeInput = forwardRef<HTMLInputElement, CodeInputProps>(
  function MfaChallengeCodeInput(props, ref) {
    const { flow } = useMfaChallengeContext('CodeInput');
    const onComplete = (code: string) => {
      props.onComplete?.(code);
      void flow.verifyCode(code);
    };
    return <CodeInput {...props} ref={ref} onComplete={onComplete} />;
  },
);

/* -------------------------------------------------------------------------------------------------
 * Error
 * -----------------------------------------------------------------------------------------------*/

export const MfaChallengeError = forwardRef<HTMLDivElement, Omit<ErrorAlertProps, 'error'>>(
  function MfaChallengeError(props, ref) {
    const { flow } = useMfaChallengeContext('Error');
    const error = flow.step === 'mfa' ? flow.error : null;
    const localization = useLocalization(texts);
    return (
      <ErrorAlert
        {...props}
        ref={ref}
        error={error}
        messages={{ expired: localization.signIn.challengeExpired, ...props.messages }}
        autoFocus={error?.code !== 'invalid_code'}
      />
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * EmailCodeButton: "Email me a code instead", then "Send a new code" after a cooldown
 * -----------------------------------------------------------------------------------------------*/

export const MfaChallengeEmailCodeButton = forwardRef<HTMLButtonElement, ButtonProps>(
  function MfaChallengeEmailCodeButton(props, ref) {
    const { flow, resendCooldownSeconds } = useMfaChallengeContext('EmailCodeButton');
    const localization = useLocalization(texts);
    const t = localization.mfaChallenge;
    const sentAt = flow.mfa?.emailCodeSentAt;
    const onEmail = flow.mfa?.activeMethod === 'email';
    const cooldown = useCountdown(
      onEmail && sentAt !== undefined ? sentAt + resendCooldownSeconds * 1000 : null,
    );
    const busy = flow.pending === 'emailCode';
    const onClick = composeEventHandlers(props.onClick, (_event: MouseEvent<HTMLButtonElement>) => {
      void flow.sendEmailCode();
    });
    const label = busy
      ? t.sendingEmail
      : !onEmail
        ? t.useEmail
        : cooldown > 0
          ? t.resendIn({ seconds: cooldown })
          : t.resend;
    return (
      <LinkButton
        disabled={cooldown > 0 || busy}
        state={busy ? 'busy' : 'idle'}
        {...props}
        ref={ref}
        onClick={onClick}
      >
        {props.children ?? label}
      </LinkButton>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * MethodButton: switches to the authenticator app or a recovery code
 * -----------------------------------------------------------------------------------------------*/

export interface MfaChallengeMethodButtonProps extends ButtonProps {
  method: Exclude<MfaMethod, 'email'>;
}

export const MfaChallengeMethodButton = forwardRef<HTMLButtonElement, MfaChallengeMethodButtonProps>(
  function MfaChallengeMethodButton({ method, ...props }, ref) {
    const { flow } = useMfaChallengeContext('MethodButton');
    const localization = useLocalization(texts);
    const onClick = composeEventHandlers(props.onClick, (_event: MouseEvent<HTMLButtonElement>) => {
      flow.toMethod(method);
    });
    const label =
      method === 'totp' ? localization.mfaChallenge.useTotp : localization.mfaChallenge.useRecovery;
    return (
      <LinkButton {...props} ref={ref} onClick={onClick}>
        {props.children ?? label}
      </LinkButton>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * BackButton: abandons the challenge and returns to the password step
 * -----------------------------------------------------------------------------------------------*/

export const MfaChallengeBackButton = forwardRef<HTMLButtonElement, ButtonProps>(
  function MfaChallengeBackButton(props, ref) {
    const { flow } = useMfaChallengeContext('BackButton');
    const localization = useLocalization(texts);
    const onClick = composeEventHandlers(props.onClick, (_event: MouseEvent<HTMLButtonElement>) => {
      flow.toPassword();
    });
    return (
      <LinkButton {...props} ref={ref} onClick={onClick}>
        {props.children ?? localization.common.backToSignIn}
      </LinkButton>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * The default screen
 * -----------------------------------------------------------------------------------------------*/

function EmailSentStatus() {
  const { flow } = useMfaChallengeContext('EmailSentStatus');
  const localization = useLocalization(texts);
  const firstSentAt = useRef(flow.mfa?.emailCodeSentAt);
  const sentAt = flow.mfa?.emailCodeSentAt;
  if (sentAt === undefined || sentAt === firstSentAt.current) {
    firstSentAt.current = sentAt;
    return null;
  }
  return <Alert tone="info">{localization.mfaChallenge.emailSent}</Alert>;
}

/** What a Root with no children renders: the complete default card, built from the parts above. */
export function MfaChallengeDefaultContent({ showBack = true }: { showBack?: boolean }) {
  const { flow, fieldName } = useMfaChallengeContext('DefaultContent');
  const localization = useLocalization(texts);
  const t = localization.mfaChallenge;
  const step = flow.mfa;
  if (!step) return null;
  const method = step.activeMethod;
  const title = method === 'totp' ? t.totpTitle : method === 'email' ? t.emailTitle : t.recoveryTitle;
  const subtitle =
    method === 'totp'
      ? t.totpSubtitle
      : method === 'email'
        ? t.emailSubtitle({ email: step.challenge.email })
        : t.recoverySubtitle;
  return (
    <Card>
      <Header>
        <Title>{title}</Title>
        <Subtitle>{subtitle}</Subtitle>
      </Header>
      <MfaChallengeError />
      <EmailSentStatus />
      <Form>
        {fieldName === 'code' ? (
          <Field name="code">
            <Label>{t.codeLabel}</Label>
            <MfaChallengeCodeInput />
            <FieldError />
          </Field>
        ) : (
          <Field name="recoveryCode">
            <Label>{t.recoveryCodeLabel}</Label>
            <Input dir="ltr" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
            <FieldError />
          </Field>
        )}
        <Submit>{flow.pending === 'code' ? t.submitting : t.submit}</Submit>
      </Form>
      <Footer data-orientation="vertical">
        {step.methods.includes('totp') && method !== 'totp' && <MfaChallengeMethodButton method="totp" />}
        {step.methods.includes('email') && <MfaChallengeEmailCodeButton />}
        {step.methods.includes('recovery') && method !== 'recovery' && (
          <MfaChallengeMethodButton method="recovery" />
        )}
        {showBack && <MfaChallengeBackButton />}
      </Footer>
    </Card>
  );
}

/* -------------------------------------------------------------------------------------------------
 * The compound component
 * -----------------------------------------------------------------------------------------------*/

/**
 * The second step of a sign-in: an authenticator code, an emailed code or a recovery code.
 * `<SignIn>` continues into it in place; on its own it finishes a challenge you obtained
 * with `useSignIn` or the core client.
 *
 * `<MfaChallenge challenge={...} />`, or compose its parts: `<MfaChallenge.Root>`, `<MfaChallenge.CodeInput>` ...
 */
export const MfaChallenge = /* @__PURE__ */ Object.assign(MfaChallengeRoot, {
  Root: MfaChallengeRoot,
  RootProvider: MfaChallengeRootProvider,
  Card,
  Header,
  Title,
  Subtitle,
  Error: MfaChallengeError,
  Form,
  Field,
  Label,
  CodeInput: MfaChallengeCodeInput,
  RecoveryCodeInput: Input,
  FieldError,
  Submit,
  Footer,
  Method: MfaChallengeMethod,
  MethodButton: MfaChallengeMethodButton,
  EmailCodeButton: MfaChallengeEmailCodeButton,
  BackButton: MfaChallengeBackButton,
  DefaultContent: MfaChallengeDefaultContent,
});
