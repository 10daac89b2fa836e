import { enUSFields, enUSSignUp } from '@authflow-ui/ui';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect } from 'react';
import { useSignUp } from '../../hooks/use-sign-up.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Checkbox, Field, FieldError, Form, Input, Label, Select, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import { Alert, Card, Footer, Header, Link, Root, Subtitle, Title } from '../../parts/layout-parts.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { useAuthContext } from '../../provider/auth-context.js';
import { emailError } from '../shared/email-error.js';
import { EmailField } from '../shared/email-field.js';
import { NewPasswordField, newPasswordError } from '../shared/new-password-field.js';
import { roleValue, type SignInRoleOption } from '../shared/role-value.js';
import { type AfterSignInProps, useAfterSignIn } from '../shared/use-after-sign-in.js';

const texts = { fields: enUSFields, signUp: enUSSignUp };

export interface SignUpProps extends ComponentPropsWithoutRef<'div'>, AfterSignInProps {
  /** Offer a role selector with these roles. Default: no selector; the provider's role is used. */
  roles?: readonly SignInRoleOption[];
  /** Link to your sign-in page, also offered when the email is already taken. Default: no link. */
  signInHref?: string;
  /** The consent text next to the checkbox, for example with links to your terms. Default: the localized text. */
  consentLabel?: ReactNode;
  /**
   * Whether the consent box must be ticked to create the account. Its state is stored with
   * the user as the contract's `disclaimed`. Default `true`.
   */
  requireConsent?: boolean;
}

/** Full name, email, a password checked live against the server's rule, and consent. */
export const SignUp = forwardRef<HTMLDivElement, SignUpProps>(function SignUp(
  { roles, signInHref, consentLabel, requireConsent = true, redirectTo, navigate, onSignedIn, ...props },
  ref,
) {
  const { role: providerRole } = useAuthContext();
  const localization = useLocalization(texts);
  const { state, signUp } = useSignUp();
  const finish = useAfterSignIn({ redirectTo, navigate, onSignedIn });
  const t = localization.signUp;
  const error = state.status === 'error' ? state.error : null;
  const { form, context } = useScreenForm({
    initial: () => ({
      fullname: '',
      email: '',
      password: '',
      role: roles?.[0] ? roleValue(roles[0]) : '',
      consent: false,
    }),
    error,
    busy: state.status === 'pending',
    alertFields:
      error?.code === 'user_exists' ? ['email'] : error?.code === 'weak_password' ? ['password'] : [],
    onSubmit: (values, currentForm) => {
      const email = values.email.trim();
      const fullname = values.fullname.trim();
      const valid = currentForm.showFieldErrors({
        fullname: fullname === '' ? localization.fields.fullNameRequired : undefined,
        email: emailError(email, localization),
        password: newPasswordError(values.password, localization),
        role: roles && values.role === '' ? localization.fields.roleRequired : undefined,
        consent: requireConsent && !values.consent ? t.consentRequired : undefined,
      });
      if (!valid) return;
      // Finished from here, not from the success screen: `<SignedOut>` may remove this one first.
      void signUp({
        fullname,
        email,
        password: values.password,
        role: roles ? values.role : providerRole,
        disclaimed: values.consent,
      }).then((result) => {
        if (result.status === 'success') finish(result.data.user);
      });
    },
  });

  const { focusField } = form;
  // The failure names one field: take the person there to fix it.
  useEffect(() => {
    if (error?.code === 'user_exists') focusField('email');
    if (error?.code === 'weak_password') focusField('password');
  }, [error, focusField]);

  const showsField = error?.code === 'user_exists' || error?.code === 'weak_password';
  return (
    <FormContext.Provider value={context}>
      <Root {...props} ref={ref} data-state={state.status}>
        {state.status === 'success' ? (
          <Card>
            <Alert tone="success">{t.signedUp}</Alert>
          </Card>
        ) : (
          <Card>
            <Header>
              <Title>{t.title}</Title>
              <Subtitle>{t.subtitle}</Subtitle>
            </Header>
            <ErrorAlert
              error={error}
              messages={{ user_exists: t.userExists }}
              autoFocus={!showsField}
              action={
                error?.code === 'user_exists' && signInHref ? (
                  <Link href={signInHref}>{t.signInInstead}</Link>
                ) : undefined
              }
            />
            <Form>
              <Field name="fullname">
                <Label>{localization.fields.fullNameLabel}</Label>
                <Input autoComplete="name" />
                <FieldError />
              </Field>
              <EmailField label={localization.fields.emailLabel} />
              <NewPasswordField name="password" label={localization.fields.passwordLabel} />
              {roles && roles.length > 0 && (
                <Field name="role">
                  <Label>{localization.fields.roleLabel}</Label>
                  <Select>
                    {roles.map((option) => (
                      <option key={roleValue(option)} value={roleValue(option)}>
                        {typeof option === 'string' ? option : option.label}
                      </option>
                    ))}
                  </Select>
                  <FieldError />
                </Field>
              )}
              <Field name="consent">
                <Checkbox aria-required={requireConsent || undefined} />
                <Label>{consentLabel ?? t.consent}</Label>
                <FieldError />
              </Field>
              <Submit>{state.status === 'pending' ? t.submitting : t.submit}</Submit>
            </Form>
            {signInHref && (
              <Footer>
                <span>
                  {t.haveAccount} <Link href={signInHref}>{t.signIn}</Link>
                </span>
              </Footer>
            )}
          </Card>
        )}
      </Root>
    </FormContext.Provider>
  );
});
