import { isCompleteOneTimeCode, toSafeQrCodeSource } from '@authflow-ui/core';
import { enUSCommon, enUSErrors, enUSMfaChallenge, enUSMfaSetup } from '@authflow-ui/ui';
import {
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.js';
import { type UseMfaSetupResult, useMfaSetup } from '../../hooks/use-mfa-setup.js';
import { useSession } from '../../hooks/use-session.js';
import { useLocalization } from '../../localization/use-localization.js';
import { CodeInput } from '../../parts/code-input.js';
import { composeEventHandlers } from '../../parts/compose-event-handlers.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Field, FieldError, Form, Label, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import {
  Alert,
  Button,
  type ButtonProps,
  Card,
  Footer,
  Header,
  Hint,
  LinkButton,
  Root,
  SecondaryButton,
  Subtitle,
  Title,
  type TitleProps,
} from '../../parts/layout-parts.js';
import { usePartProps } from '../../parts/use-part-props.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { CopyButton, RecoveryCodesDisplay } from '../recovery-codes/recovery-codes.js';
import { ReverificationDialog } from '../reverification/reverification-dialog.js';
import { PasswordConfirmationForm } from '../shared/password-confirmation-form.js';

const texts = {
  common: enUSCommon,
  errors: enUSErrors,
  mfaChallenge: enUSMfaChallenge,
  mfaSetup: enUSMfaSetup,
};

const MfaSetupContext = createContext<UseMfaSetupResult | null>(null);

function useMfaSetupContext(part: string): UseMfaSetupResult {
  const value = useContext(MfaSetupContext);
  if (!value) throw new Error(`AuthFlow UI: <MfaSetup.${part}> must be rendered inside <MfaSetup.Root>.`);
  return value;
}

/* -------------------------------------------------------------------------------------------------
 * QrCode: only ever a PNG data URL
 * -----------------------------------------------------------------------------------------------*/

export const MfaSetupQrCode = forwardRef<HTMLImageElement, Omit<ComponentPropsWithoutRef<'img'>, 'src'>>(
  function MfaSetupQrCode(props, ref) {
    const setup = useMfaSetupContext('QrCode');
    const localization = useLocalization(texts);
    const partProps = usePartProps('qrCode', props.className);
    const source = setup.enrollment ? toSafeQrCodeSource(setup.enrollment.qrCode) : null;
    if (!setup.enrollment) return null;
    if (!source) return <Alert tone="warning">{localization.mfaSetup.qrCodeUnavailable}</Alert>;
    return (
      <img
        alt={localization.mfaSetup.qrCodeAlt}
        width={176}
        height={176}
        {...props}
        {...partProps}
        ref={ref}
        src={source}
      />
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * Secret: the key to type in by hand
 * -----------------------------------------------------------------------------------------------*/

export const MfaSetupSecret = forwardRef<HTMLElement, ComponentPropsWithoutRef<'code'>>(
  function MfaSetupSecret(props, ref) {
    const setup = useMfaSetupContext('Secret');
    const partProps = usePartProps('secret', props.className);
    if (!setup.enrollment) return null;
    // Groups of four are easier to type; apps ignore the spaces.
    const grouped = setup.enrollment.secret.replace(/(.{4})(?=.)/g, '$1 ');
    return (
      <code dir="ltr" {...props} {...partProps} ref={ref}>
        {grouped}
      </code>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * StartButton
 * -----------------------------------------------------------------------------------------------*/

export const MfaSetupStartButton = forwardRef<HTMLButtonElement, ButtonProps>(
  function MfaSetupStartButton(props, ref) {
    const setup = useMfaSetupContext('StartButton');
    const localization = useLocalization(texts);
    const onClick = composeEventHandlers(props.onClick, (_event: MouseEvent<HTMLButtonElement>) => {
      void setup.start();
    });
    return (
      <Button
        disabled={setup.pending}
        state={setup.pending ? 'busy' : 'idle'}
        {...props}
        ref={ref}
        onClick={onClick}
      >
        {props.children ?? (setup.pending ? localization.mfaSetup.starting : localization.mfaSetup.start)}
      </Button>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * The steps of the default screen
 * -----------------------------------------------------------------------------------------------*/

function ScanStep() {
  const setup = useMfaSetupContext('ScanStep');
  const localization = useLocalization(texts);
  const t = localization.mfaSetup;
  const error = setup.error;
  const codeWrong = error?.code === 'invalid_code';
  const { form, context } = useScreenForm({
    initial: () => ({ code: '' }),
    error,
    busy: setup.pending,
    alertFields: codeWrong ? ['code'] : [],
    onSubmit: (values, currentForm) => {
      if (
        !currentForm.showFieldErrors({
          code: isCompleteOneTimeCode(values.code) ? undefined : localization.mfaChallenge.codeIncomplete,
        })
      )
        return;
      void setup.verifyCode(values.code);
    },
  });
  const { setValue, focusField } = form;
  useEffect(() => {
    if (error?.code !== 'invalid_code') return;
    setValue('code', '');
    focusField('code');
  }, [error, setValue, focusField]);
  const secret = setup.enrollment?.secret ?? '';
  return (
    <FormContext.Provider value={context}>
      <Subtitle>{t.scanInstructions}</Subtitle>
      <ErrorAlert error={error} autoFocus={!codeWrong} />
      <MfaSetupQrCode />
      <Hint>{t.secretLabel}</Hint>
      <MfaSetupSecret />
      <CopyButton text={secret}>{t.copySecret}</CopyButton>
      <Form>
        <Field name="code">
          <Label>{t.codeLabel}</Label>
          <CodeInput onComplete={(code) => void setup.verifyCode(code)} />
          <FieldError />
        </Field>
        <Submit>{setup.pending ? t.verifying : t.verify}</Submit>
      </Form>
      <Footer>
        <LinkButton onClick={setup.toStart}>{localization.common.cancel}</LinkButton>
      </Footer>
    </FormContext.Provider>
  );
}

function DisableForm({ onCancel, onDisabled }: { onCancel: () => void; onDisabled: () => void }) {
  const setup = useMfaSetupContext('DisableForm');
  const localization = useLocalization(texts);
  const t = localization.mfaSetup;
  const state = setup.disableState;
  const latest = useRef(onDisabled);
  latest.current = onDisabled;
  return (
    <>
      <Subtitle>{t.disableBody}</Subtitle>
      <PasswordConfirmationForm
        state={state}
        submitLabel={state.status === 'pending' ? t.disabling : t.disableConfirm}
        onConfirm={async (password) => {
          const result = await setup.disable({ password });
          if (result.status === 'success') latest.current();
        }}
        autoFocus
      />
      <Footer>
        <LinkButton onClick={onCancel}>{localization.common.cancel}</LinkButton>
      </Footer>
    </>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Root and the default screen
 * -----------------------------------------------------------------------------------------------*/

export interface MfaSetupProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Whether two-step verification is on for this user: `disabled` offers set-up, `enabled`
   * offers turning it off, `unknown` offers both. Default: what the session knows
   * (`useSession().twoFactor`, from how the session began and from set-up and disable); pass it
   * only to override that.
   */
  status?: 'enabled' | 'disabled' | 'unknown';
  /** Heading level of the title. Default `2`. */
  headingLevel?: TitleProps['level'];
  /** Called once 2FA is on and the recovery codes are saved. */
  onEnabled?: () => void;
  /** Called once 2FA is off. */
  onDisabled?: () => void;
}

type OffView = 'none' | 'confirm' | 'done';

export const MfaSetupRoot = forwardRef<HTMLDivElement, MfaSetupProps>(function MfaSetupRoot(
  { status: statusOverride, headingLevel = 2, onEnabled, onDisabled, children, ...props },
  ref,
) {
  const setup = useMfaSetup();
  const session = useSession();
  const status = statusOverride ?? session.twoFactor ?? 'unknown';
  const localization = useLocalization(texts);
  const t = localization.mfaSetup;
  const [offView, setOffView] = useState<OffView>('none');
  const focusTitle = useFocusOnMount<HTMLHeadingElement>();
  const latest = useRef(onEnabled);
  latest.current = onEnabled;
  useEffect(() => {
    if (setup.step === 'done') latest.current?.();
    // A set-up begun after turning off is a new story: its end offers turning off again.
    if (setup.step !== 'start') setOffView((view) => (view === 'done' ? 'none' : view));
  }, [setup.step]);

  const title =
    setup.step === 'recoveryCodes' ? t.enabledTitle : offView === 'confirm' ? t.disableTitle : t.title;
  const titleKey = `${setup.step}-${offView}`;

  let body: ReactNode;
  if (session.status === 'signedOut') {
    body = <Alert tone="info">{localization.errors.session_expired}</Alert>;
  } else if (offView === 'confirm') {
    body = (
      <DisableForm
        onCancel={() => setOffView('none')}
        onDisabled={() => {
          setOffView('done');
          setup.toStart();
          onDisabled?.();
        }}
      />
    );
  } else {
    switch (setup.step) {
      case 'start':
      case 'done':
        body = (
          <>
            {setup.step === 'done' ? (
              <Alert tone="success">{t.enabledTitle}</Alert>
            ) : offView === 'done' ? (
              <Alert tone="success">{t.disabledBody}</Alert>
            ) : (
              <Subtitle>{status === 'enabled' ? t.enabledIntro : t.intro}</Subtitle>
            )}
            <ErrorAlert error={setup.error} onRetry={() => void setup.start()} />
            {status !== 'enabled' && <MfaSetupStartButton />}
            {/* The only action while 2FA is on is a button; beside set-up (status unknown), a link. */}
            {status === 'enabled' && offView !== 'done' && (
              <SecondaryButton onClick={() => setOffView('confirm')}>{t.disable}</SecondaryButton>
            )}
            {status === 'unknown' && offView !== 'done' && (
              <Footer>
                <LinkButton onClick={() => setOffView('confirm')}>{t.disable}</LinkButton>
              </Footer>
            )}
          </>
        );
        break;
      case 'scan':
        body = <ScanStep />;
        break;
      case 'recoveryCodes':
        body = (
          <>
            <Subtitle>{t.enabledBody}</Subtitle>
            <RecoveryCodesDisplay codes={setup.recoveryCodes ?? []} onDone={setup.acknowledgeCodes} />
          </>
        );
        break;
      default:
        body = setup.step satisfies never;
    }
  }

  return (
    <MfaSetupContext.Provider value={setup}>
      <Root {...props} ref={ref} data-state={offView === 'none' ? setup.step : `disable-${offView}`}>
        {children ?? (
          <Card>
            <Header>
              <Title
                level={headingLevel}
                key={titleKey}
                ref={titleKey === 'start-none' ? undefined : focusTitle}
              >
                {title}
              </Title>
            </Header>
            {body}
          </Card>
        )}
        <ReverificationDialog controller={setup.reverification} />
      </Root>
    </MfaSetupContext.Provider>
  );
});

/* -------------------------------------------------------------------------------------------------
 * The compound component
 * -----------------------------------------------------------------------------------------------*/

/**
 * Turning authenticator-app two-factor authentication on (QR code or key, first code, then
 * recovery codes) and off (with the password).
 *
 * `<MfaSetup />`, or compose its parts: `<MfaSetup.Root>`, `<MfaSetup.QrCode>` ...
 */
export const MfaSetup = /* @__PURE__ */ Object.assign(MfaSetupRoot, {
  Root: MfaSetupRoot,
  QrCode: MfaSetupQrCode,
  Secret: MfaSetupSecret,
  StartButton: MfaSetupStartButton,
});
