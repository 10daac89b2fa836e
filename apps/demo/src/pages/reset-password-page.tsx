import { ResetPassword } from '@authflow-ui/react';

/** Opened from the reset email: `/reset-password?token=...` (the screen reads the token). */
export function ResetPasswordPage() {
  return (
    <div className="auth-page">
      <ResetPassword signInHref="/sign-in" forgotPasswordHref="/forgot-password" />
    </div>
  );
}
