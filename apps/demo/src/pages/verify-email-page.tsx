import { VerifyEmail } from '@authflow-ui/react';

/** Opened from the verification email: `/verify-email?token=...` (the screen reads the token). */
export function VerifyEmailPage() {
  return (
    <div className="auth-page">
      <VerifyEmail continueHref="/notes" />
    </div>
  );
}
