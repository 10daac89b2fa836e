import { enUSFields, enUSResetPassword } from '@authflow-ui/ui';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect, useState } from 'react';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.js';
import { usePasswordReset } from '../../hooks/use-password-reset.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Form, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import { Card, Header, Root, Subtitle, Title } from '../../parts/layout-parts.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { FooterLink } from '../shared/footer-link.js';
import { NewPasswordField, newPasswordError } from '../shared/new-password-field.js';
import { NoticeCard } from '../shared/notice-card.js';
import { readQueryParameter } from '../shared/read-query-parameter.js';

const texts = { fields: enUSFields, resetPassword: enUSResetPassword };

export interface ResetPasswordProps extends ComponentPropsWithoutRef<'div'> {
  /** The reset token. Default: the page's `?token=`, as the reset email links it. */
  token?: string;
  /** Link to sign in once the password is changed. Default: no link. */
  signInHref?: string;
  /** Link to ask for a new reset email when this one is expired or incomplete. Default: no link. */
  forgotPasswordHref?: string;
}

type ResetView = 'missingToken' | 'form' | 'expired' | 'success';

/** Choosing a new password from a reset link, with the live password checklist. */
export const ResetPassword = forwardRef<HTMLDivElement, ResetPasswordProps>(function ResetPassword(
  { token: tokenProp, signInHref, forgotPasswordHref, ...props },
  ref,
) {
  const localization = useLocalization(texts);
  const { resetState, resetPassword } = usePasswordReset();
  const [token] = useState(() => tokenProp ?? readQueryParameter('token'));
  const t = localization.resetPassword;
  const error = resetState.status === 'error' ? resetState.error : null;
  const { form, context } = useScreenForm({
    initial: () => ({ newPassword: '' }),
    error,
    busy: resetState.status === 'pending',
    alertFields: error?.code === 'weak_password' ? ['newPassword'] : [],
    onSubmit: (values, currentForm) => {
      if (!token) return;
      if (!currentForm.showFieldErrors({ newPassword: newPasswordError(values.newPassword, localization) }))
        return;
      void resetPassword({ token, newPassword: values.newPassword });
    },
  });
  const focusTitle = useFocusOnMount<HTMLHeadingElement>();
  const { focusField } = form;
  useEffect(() => {
    if (error?.code === 'weak_password') focusField('newPassword');
  }, [error, focusField]);

  const view: ResetView = !token
    ? 'missingToken'
    : resetState.status === 'success'
      ? 'success'
      : error?.code === 'expired'
        ? 'expired'
        : 'form';
  const requestNewLink = <FooterLink href={forgotPasswordHref}>{t.requestNewLink}</FooterLink>;

  let content: ReactNode;
  switch (view) {
    case 'missingToken':
      content = (
        <NoticeCard title={t.title} tone="error" message={t.missingToken}>
          {requestNewLink}
        </NoticeCard>
      );
      break;
    case 'expired':
      content = (
        <NoticeCard title={t.expiredTitle} titleRef={focusTitle} tone="error" message={t.expiredBody}>
          {requestNewLink}
        </NoticeCard>
      );
      break;
    case 'success':
      content = (
        <NoticeCard title={t.successTitle} titleRef={focusTitle} tone="success" message={t.successBody}>
          <FooterLink href={signInHref}>{t.signIn}</FooterLink>
        </NoticeCard>
      );
      break;
    case 'form':
      content = (
        <Card>
          <Header>
            <Title>{t.title}</Title>
            <Subtitle>{t.subtitle}</Subtitle>
          </Header>
          <ErrorAlert error={error} autoFocus={error?.code !== 'weak_password'} />
          <Form>
            <NewPasswordField name="newPassword" label={localization.fields.newPasswordLabel} />
            <Submit>{resetState.status === 'pending' ? t.submitting : t.submit}</Submit>
          </Form>
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
