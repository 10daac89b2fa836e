import { Alert, Card } from '../../parts/layout-parts.js';
import { LowRecoveryCodesNotice } from './low-recovery-codes-notice.js';

export interface SignedInStepProps {
  /** The confirmation shown once signed in (and not redirected). */
  message: string;
  /** Show the low-recovery-codes notice first. */
  noticePending: boolean;
  /** The notice was read. */
  onContinue: () => void;
  /** Your page for new recovery codes, linked from the notice. */
  recoveryCodesHref: string | undefined;
}

/** The end of a sign-in: the low-recovery-codes notice when due, otherwise a confirmation. */
export function SignedInStep({ message, noticePending, onContinue, recoveryCodesHref }: SignedInStepProps) {
  if (noticePending)
    return <LowRecoveryCodesNotice onContinue={onContinue} recoveryCodesHref={recoveryCodesHref} />;
  return (
    <Card>
      <Alert tone="success">{message}</Alert>
    </Card>
  );
}
