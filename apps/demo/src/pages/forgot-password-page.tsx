import { ForgotPassword } from '@authflow-ui/react';

export function ForgotPasswordPage() {
  return (
    <div className="auth-page">
      <ForgotPassword signInHref="/sign-in" />
    </div>
  );
}
