import { enUSCommon, enUSFields, enUSVerifyEmail } from '@authflow-ui/ui';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useEmailVerification } from '../../hooks/use-email-verification.js';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Form, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import { Alert, Card, Root } from '../../parts/layout-parts.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { useAuthContext } from '../../provider/auth-context.js';
import { emailError } from '../shared/email-error.js';
import { EmailField } from '../shared/email-field.js';
import { FooterLink } from '../shared/footer-link.js';
import { NoticeCard } from '../shared/notice-card.js';
import { readQueryParameter } from '../shared/read-query-parameter.js';

const texts = { common: enUSCommon, fields: enUSFields, verifyEmail: enUSVerifyEmail };

export interface VerifyEmailProps extends ComponentPropsWithoutRef<'div'> {
  /** The verification token. Default: the page's `?token=`, as the verification email links it. */
  token?: string;
  /** Where "Continue" leads once the address is verified. Default: no link. */
  continueHref?: string;
  /** Called once the address is verified. */
  onVerified?: () => void;
}

type VerifyView = 'verifying' | 'verified' | 'expired' | 'missingToken' | 'failed';

/**
 * Opens a verification link: verifies once, then confirms, or explains an expired link and
 * offers to send a new one.
 */
export const VerifyEmail = forwardRef<HTMLDivElement, VerifyEmailProps>(function VerifyEmail(
  { token: tokenProp, continueHref, onVerified, ...props },
  ref,
) {
  const { role } = useAuthContext();
  const localization = useLocalization(texts);
  const { verifyState, verifyEmail, resendState, resendVerificationEmail } = useEmailVerification();
  const [token] = useState(() => tokenProp ?? readQueryParameter('token'));
  const [resentTo, setResentTo] = useState('');
  const t = localization.verifyEmail;

  // Verification tokens work once: start exactly one verification per token, StrictMode or not.
  const started = useRef<string | null>(null);
  const latest = useRef({ verifyEmail, onVerified });
  latest.current = { verifyEmail, onVerified };
  useEffect(() => {
    if (!token || started.current === token) return;
    started.current = token;
    void latest.current.verifyEmail({ token }).then((result) => {
      if (result.status === 'success') latest.current.onVerified?.();
    });
  }, [token]);

  const resendError = resendState.status === 'error' ? resendState.error : null;
  const { context } = useScreenForm({
    initial: () => ({ email: '' }),
    error: resendError,
    busy: resendState.status === 'pending',
    onSubmit: (values, currentForm) => {
      const email = values.email.trim();
      if (!currentForm.showFieldErrors({ email: emailError(email, localization) })) return;
      setResentTo(email);
      void resendVerificationEmail({ email, role });
    },
  });
  const focusTitle = useFocusOnMount<HTMLHeadingElement>();

  const verifyError = verifyState.status === 'error' ? verifyState.error : null;
  const view: VerifyView = !token
    ? 'missingToken'
    : verifyState.status === 'success'
      ? 'verified'
      : verifyError?.code === 'expired'
        ? 'expired'
        : verifyError
          ? 'failed'
          : 'verifying';

  const resendForm =
    resendState.status === 'success' ? (
      <Alert tone="success">{t.resent({ email: resentTo })}</Alert>
    ) : (
      <>
        <ErrorAlert error={resendError} />
        <Form>
          <EmailField label={localization.fields.emailLabel} />
          <Submit>{resendState.status === 'pending' ? t.resending : t.resend}</Submit>
        </Form>
      </>
    );

  let content: ReactNode;
  switch (view) {
    case 'verifying':
      content = (
        <Card aria-busy="true">
          <Alert tone="info">{t.verifying}</Alert>
        </Card>
      );
      break;
    case 'verified':
      content = (
        <NoticeCard title={t.successTitle} titleRef={focusTitle} tone="success" message={t.successBody}>
          <FooterLink href={continueHref}>{localization.common.continue}</FooterLink>
        </NoticeCard>
      );
      break;
    case 'expired':
      content = (
        <NoticeCard title={t.expiredTitle} titleRef={focusTitle} tone="warning" message={t.expiredBody}>
          {resendForm}
        </NoticeCard>
      );
      break;
    case 'missingToken':
      content = (
        <Card>
          <Alert tone="warning">{t.missingToken}</Alert>
          {resendForm}
        </Card>
      );
      break;
    case 'failed':
      content = (
        <Card>
          <ErrorAlert
            error={verifyError}
            onRetry={() => {
              if (token) void verifyEmail({ token });
            }}
          />
        </Card>
      );
      break;
    default:
      content = view satisfies never;
  }

  return (
    <FormContext.Provider value={context}>
      <Root {...props} ref={ref} data-state={view}>
        {content}
      </Root>
    </FormContext.Provider>
  );
});
