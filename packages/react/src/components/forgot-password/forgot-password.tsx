import { enUSCommon, enUSFields, enUSForgotPassword } from '@authflow-ui/ui';
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useRef, useState } from 'react';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.js';
import { usePasswordReset } from '../../hooks/use-password-reset.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Form, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import { Card, Footer, Header, Link, LinkButton, Root, Subtitle, Title } from '../../parts/layout-parts.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { useAuthContext } from '../../provider/auth-context.js';
import { emailError } from '../shared/email-error.js';
import { EmailField } from '../shared/email-field.js';
import { FooterLink } from '../shared/footer-link.js';
import { NoticeCard } from '../shared/notice-card.js';

const texts = { common: enUSCommon, fields: enUSFields, forgotPassword: enUSForgotPassword };

export interface ForgotPasswordProps extends ComponentPropsWithoutRef<'div'> {
  /** Link back to your sign-in page. Default: no link. */
  signInHref?: string;
  /** Prefill the email field. */
  defaultEmail?: string;
}

/**
 * Asks for a reset link. The confirmation is the same whether or not an account exists for
 * the address, so the screen never tells a stranger who has an account.
 */
export const ForgotPassword = forwardRef<HTMLDivElement, ForgotPasswordProps>(function ForgotPassword(
  { signInHref, defaultEmail, ...props },
  ref,
) {
  const { role } = useAuthContext();
  const localization = useLocalization(texts);
  const { requestState, requestResetLink, reset } = usePasswordReset();
  const [sentTo, setSentTo] = useState('');
  const t = localization.forgotPassword;
  const error = requestState.status === 'error' ? requestState.error : null;
  const { form, context } = useScreenForm({
    initial: () => ({ email: defaultEmail ?? '' }),
    error,
    busy: requestState.status === 'pending',
    onSubmit: (values, currentForm) => {
      const email = values.email.trim();
      if (!currentForm.showFieldErrors({ email: emailError(email, localization) })) return;
      setSentTo(email);
      void requestResetLink({ email, role });
    },
  });
  const focusTitle = useFocusOnMount<HTMLHeadingElement>();
  const { focusField } = form;
  const returnToForm = useRef(false);
  useEffect(() => {
    if (requestState.status !== 'idle' || !returnToForm.current) return;
    returnToForm.current = false;
    focusField('email');
  }, [requestState.status, focusField]);

  return (
    <FormContext.Provider value={context}>
      <Root {...props} ref={ref} data-state={requestState.status}>
        {requestState.status === 'success' ? (
          <NoticeCard
            title={t.sentTitle}
            titleRef={focusTitle}
            tone="success"
            message={t.sentBody({ email: sentTo })}
          >
            <Footer>
              <LinkButton
                onClick={() => {
                  returnToForm.current = true;
                  reset();
                }}
              >
                {t.sendAgain}
              </LinkButton>
              {signInHref && <Link href={signInHref}>{localization.common.backToSignIn}</Link>}
            </Footer>
          </NoticeCard>
        ) : (
          <Card>
            <Header>
              <Title>{t.title}</Title>
              <Subtitle>{t.subtitle}</Subtitle>
            </Header>
            <ErrorAlert error={error} />
            <Form>
              <EmailField label={localization.fields.emailLabel} autoComplete="username" />
              <Submit>{requestState.status === 'pending' ? t.submitting : t.submit}</Submit>
            </Form>
            <FooterLink href={signInHref}>{localization.common.backToSignIn}</FooterLink>
          </Card>
        )}
      </Root>
    </FormContext.Provider>
  );
});
