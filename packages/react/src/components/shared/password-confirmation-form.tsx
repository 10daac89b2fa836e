import { enUSChangePassword, enUSFields } from '@authflow-ui/ui';
import { useEffect } from 'react';
import type { ActionState } from '../../hooks/use-auth-action.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Form, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { CurrentPasswordField } from './current-password-field.js';

const texts = { fields: enUSFields, changePassword: enUSChangePassword };

export interface PasswordConfirmationFormProps {
  /** The action the password confirms: its failure shows here, and the form waits while it runs. */
  state: ActionState<unknown>;
  /** The submit button's text, which names the action. */
  submitLabel: string;
  /** Runs the action with the password once one is typed. */
  onConfirm: (password: string) => void;
  /** Put focus in the password field when the form appears. Default `false`. */
  autoFocus?: boolean;
}

/**
 * The user's password asked again before a change that needs proof it is really them (turning
 * two-step verification off, new recovery codes). A wrong password is cleared for another try.
 */
export function PasswordConfirmationForm({
  state,
  submitLabel,
  onConfirm,
  autoFocus = false,
}: PasswordConfirmationFormProps) {
  const localization = useLocalization(texts);
  const error = state.status === 'error' ? state.error : null;
  const wrongPassword = error?.code === 'invalid_credentials';
  const { form, context } = useScreenForm({
    initial: () => ({ password: '' }),
    error,
    busy: state.status === 'pending',
    alertFields: wrongPassword ? ['password'] : [],
    onSubmit: (values, currentForm) => {
      const missing = values.password === '';
      if (
        !currentForm.showFieldErrors({ password: missing ? localization.fields.passwordRequired : undefined })
      )
        return;
      onConfirm(values.password);
    },
  });
  const { setValue, focusField } = form;
  useEffect(() => {
    if (autoFocus) focusField('password');
  }, [autoFocus, focusField]);
  useEffect(() => {
    if (error?.code !== 'invalid_credentials') return;
    setValue('password', '');
    focusField('password');
  }, [error, setValue, focusField]);
  return (
    <FormContext.Provider value={context}>
      <ErrorAlert
        error={error}
        messages={{ invalid_credentials: localization.changePassword.incorrectCurrentPassword }}
        autoFocus={!wrongPassword}
      />
      <Form>
        <CurrentPasswordField name="password" label={localization.fields.passwordLabel} />
        <Submit>{submitLabel}</Submit>
      </Form>
    </FormContext.Provider>
  );
}
