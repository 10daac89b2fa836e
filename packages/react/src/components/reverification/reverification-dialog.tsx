import {
  isCompleteOneTimeCode,
  type MfaMethod,
  normalizeRecoveryCode,
  type ReverificationController,
  type ReverificationState,
} from '@authflow-ui/core';
import { enUSCommon, enUSReverification } from '@authflow-ui/ui';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type KeyboardEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
} from 'react';
import type { ActionState } from '../../hooks/use-auth-action.js';
import { useLocalization } from '../../localization/use-localization.js';
import { CodeInput } from '../../parts/code-input.js';
import { composeRefs } from '../../parts/compose-refs.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Field, FieldError, Form, Input, Label, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import {
  Alert,
  Card,
  Footer,
  Header,
  LinkButton,
  Root,
  SecondaryButton,
  Subtitle,
  Title,
} from '../../parts/layout-parts.js';
import { usePartProps } from '../../parts/use-part-props.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { PasswordConfirmationForm } from '../shared/password-confirmation-form.js';

const texts = { common: enUSCommon, reverification: enUSReverification };

type SecondFactorState = Extract<ReverificationState, { status: 'secondFactor' }>;

export interface ReverificationDialogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The controller `useReverification` made; the dialog shows while it asks for proof. */
  controller: ReverificationController;
}

function focusableIn(container: HTMLElement | null): HTMLElement[] {
  if (container === null) return [];
  return Array.from(
    container.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), [href]'),
  );
}

function SecondFactorForm({
  state,
  controller,
}: {
  state: SecondFactorState;
  controller: ReverificationController;
}) {
  const t = useLocalization(texts).reverification;
  const fieldName = state.method === 'recovery' ? 'recoveryCode' : 'code';
  const codeError = state.error?.code === 'invalid_code';
  const { form, context } = useScreenForm({
    initial: () => ({ code: '', recoveryCode: '' }),
    error: state.error,
    busy: state.phase === 'submitting',
    alertFields: codeError ? [fieldName] : [],
    onSubmit: (values, currentForm) => {
      const code = values[fieldName];
      const valid =
        fieldName === 'code' ? isCompleteOneTimeCode(code) : normalizeRecoveryCode(code).length > 0;
      if (!currentForm.showFieldErrors({ [fieldName]: valid ? undefined : t.codeRequired })) return;
      void controller.verifyCode(code);
    },
  });
  const { setValues, focusField } = form;
  useEffect(() => {
    setValues(() => ({ code: '', recoveryCode: '' }));
    focusField(fieldName);
  }, [fieldName, setValues, focusField]);
  useEffect(() => {
    if (!codeError) return;
    setValues((values) => ({ ...values, [fieldName]: '' }));
    focusField(fieldName);
  }, [codeError, fieldName, setValues, focusField]);

  const waitingForEmail = state.method === 'email' && state.emailSentAt === null;
  const methodButton = (method: MfaMethod, label: string) =>
    state.challenge.methods.includes(method) && state.method !== method ? (
      <LinkButton
        onClick={() => (method === 'email' ? void controller.sendEmailCode() : controller.toMethod(method))}
      >
        {label}
      </LinkButton>
    ) : null;

  return (
    <FormContext.Provider value={context}>
      <ErrorAlert error={state.error} autoFocus={!codeError} />
      {state.method === 'email' && state.emailSentAt !== null && <Alert tone="info">{t.emailSent}</Alert>}
      {waitingForEmail ? (
        <SecondaryButton
          state={state.phase === 'submitting' ? 'busy' : 'idle'}
          onClick={() => void controller.sendEmailCode()}
        >
          {t.sendEmail}
        </SecondaryButton>
      ) : (
        <Form>
          {fieldName === 'code' ? (
            <Field name="code">
              <Label>{t.codeLabel}</Label>
              <CodeInput onComplete={(code) => void controller.verifyCode(code)} />
              <FieldError />
            </Field>
          ) : (
            <Field name="recoveryCode">
              <Label>{t.recoveryCodeLabel}</Label>
              <Input autoComplete="off" autoCapitalize="characters" spellCheck={false} />
              <FieldError />
            </Field>
          )}
          <Submit>{state.phase === 'submitting' ? t.submitting : t.submit}</Submit>
        </Form>
      )}
      <Footer>
        {methodButton('totp', t.useTotp)}
        {methodButton('email', t.useEmail)}
        {methodButton('recovery', t.useRecovery)}
      </Footer>
    </FormContext.Provider>
  );
}

function passwordActionState(
  state: Extract<ReverificationState, { status: 'password' }>,
): ActionState<unknown> {
  if (state.phase === 'submitting') return { status: 'pending' };
  return state.error === null ? { status: 'idle' } : { status: 'error', error: state.error };
}

/**
 * The prompt `useReverification` opens when an action answers `reauthentication_required`: the
 * password, then the second factor if the account has one. A modal dialog: focus moves in and
 * stays in, Escape or Cancel closes it (the waiting action then fails with `aborted`), and focus
 * returns to where it was. What the person typed in the page behind it is untouched.
 */
export const ReverificationDialog = forwardRef<HTMLDivElement, ReverificationDialogProps>(
  function ReverificationDialog({ controller, ...props }, ref) {
    const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
    const localization = useLocalization(texts);
    const t = localization.reverification;
    const titleId = useId();
    const subtitleId = useId();
    const dialogRef = useRef<HTMLDivElement | null>(null);
    const returnFocusTo = useRef<HTMLElement | null>(null);
    const dialogProps = usePartProps('dialog', props.className);
    const open = state.status !== 'closed';

    // A layout effect runs before the form's own effect moves focus into the dialog.
    useLayoutEffect(() => {
      if (!open) return;
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return () => {
        returnFocusTo.current?.focus();
      };
    }, [open]);

    if (state.status === 'closed') return null;

    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Escape') {
        // Only this dialog closes, not a menu or panel it sits in.
        event.preventDefault();
        event.stopPropagation();
        controller.cancel();
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = focusableIn(dialogRef.current);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    };

    let subtitle: string;
    switch (state.status) {
      case 'password':
        subtitle = t.passwordSubtitle;
        break;
      case 'secondFactor':
        subtitle =
          state.method === 'totp'
            ? t.totpSubtitle
            : state.method === 'email'
              ? t.emailSubtitle({ email: state.challenge.email })
              : t.recoverySubtitle;
        break;
      default:
        subtitle = state satisfies never;
    }

    return (
      <Root>
        <div
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          aria-describedby={subtitleId}
          {...props}
          {...dialogProps}
          ref={composeRefs(ref, dialogRef)}
          data-state={state.status}
          onKeyDown={onKeyDown}
        >
          <Card>
            <Header>
              <Title level={2} id={titleId}>
                {t.title}
              </Title>
              <Subtitle id={subtitleId}>{subtitle}</Subtitle>
            </Header>
            {state.status === 'password' ? (
              <PasswordConfirmationForm
                state={passwordActionState(state)}
                submitLabel={state.phase === 'submitting' ? t.submitting : t.submit}
                onConfirm={(password) => void controller.submitPassword(password)}
                autoFocus
              />
            ) : (
              <SecondFactorForm state={state} controller={controller} />
            )}
            <Footer>
              <SecondaryButton onClick={() => controller.cancel()}>
                {localization.common.cancel}
              </SecondaryButton>
            </Footer>
          </Card>
        </div>
      </Root>
    );
  },
);
