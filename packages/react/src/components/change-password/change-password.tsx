import { enUSChangePassword, enUSErrors, enUSFields } from '@authflow-ui/ui';
import { type ComponentPropsWithoutRef, forwardRef, useEffect } from 'react';
import { useChangePassword } from '../../hooks/use-change-password.js';
import { useSession } from '../../hooks/use-session.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Form, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import { Alert, Card, Header, Root, Subtitle, Title, type TitleProps } from '../../parts/layout-parts.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { useAuthContext } from '../../provider/auth-context.js';
import { ReverificationDialog } from '../reverification/reverification-dialog.js';
import { CurrentPasswordField } from '../shared/current-password-field.js';
import { NewPasswordField, newPasswordError } from '../shared/new-password-field.js';

const texts = { fields: enUSFields, errors: enUSErrors, changePassword: enUSChangePassword };

export interface ChangePasswordProps extends ComponentPropsWithoutRef<'div'> {
  /** Heading level of the title; settings pages usually want `2`. Default `2`. */
  headingLevel?: TitleProps['level'];
  /** Called after the password changed. */
  onChanged?: () => void;
}

/** Changing the signed-in user's password: the current one, then a new one with the live checklist. */
export const ChangePassword = forwardRef<HTMLDivElement, ChangePasswordProps>(function ChangePassword(
  { headingLevel = 2, onChanged, ...props },
  ref,
) {
  const localization = useLocalization(texts);
  const { status } = useSession();
  const { state, changePassword, reverification } = useChangePassword();
  const { client } = useAuthContext();
  const t = localization.changePassword;
  const error = state.status === 'error' ? state.error : null;
  const wrongPassword = error?.code === 'invalid_credentials';
  const { form, context } = useScreenForm({
    initial: () => ({ currentPassword: '', newPassword: '' }),
    error,
    busy: state.status === 'pending',
    alertFields: wrongPassword ? ['currentPassword'] : error?.code === 'weak_password' ? ['newPassword'] : [],
    onSubmit: async (values, currentForm) => {
      const valid = currentForm.showFieldErrors({
        currentPassword: values.currentPassword === '' ? localization.fields.passwordRequired : undefined,
        newPassword: newPasswordError(values.newPassword, localization),
      });
      if (!valid) return;
      const result = await changePassword({
        oldPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      if (result.status !== 'success') return;
      currentForm.setValues(() => ({ currentPassword: '', newPassword: '' }));
      onChanged?.();
    },
  });

  const { setValue, focusField } = form;
  // Only a wrong current password clears a field; everything else keeps what was typed.
  useEffect(() => {
    if (error?.code === 'invalid_credentials') {
      setValue('currentPassword', '');
      focusField('currentPassword');
    }
    if (error?.code === 'weak_password') focusField('newPassword');
  }, [error, setValue, focusField]);

  return (
    <FormContext.Provider value={context}>
      <Root {...props} ref={ref} data-state={state.status}>
        <Card>
          <Header>
            <Title level={headingLevel}>{t.title}</Title>
            <Subtitle>{t.subtitle}</Subtitle>
          </Header>
          {status === 'signedOut' ? (
            <Alert tone="info">{localization.errors.session_expired}</Alert>
          ) : (
            <>
              <ErrorAlert
                error={error}
                messages={{ invalid_credentials: t.incorrectCurrentPassword }}
                autoFocus={!wrongPassword && error?.code !== 'weak_password'}
              />
              {state.status === 'success' && (
                <Alert tone="success">
                  {/* The proxy ends the account's other sessions on a password change. */}
                  {client.mode === 'proxy' ? `${t.success} ${t.otherDevicesSignedOut}` : t.success}
                </Alert>
              )}
              <Form>
                <CurrentPasswordField
                  name="currentPassword"
                  label={localization.fields.currentPasswordLabel}
                />
                <NewPasswordField name="newPassword" label={localization.fields.newPasswordLabel} />
                <Submit>{state.status === 'pending' ? t.submitting : t.submit}</Submit>
              </Form>
            </>
          )}
        </Card>
        <ReverificationDialog controller={reverification} />
      </Root>
    </FormContext.Provider>
  );
});
