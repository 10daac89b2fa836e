import { Alert, Card } from '../../parts/layout-parts.js';
import { LowRecoveryCodesNotice } from './low-recovery-codes-notice.js';
import { PasskeyPrompt } from './passkey-prompt.js';
import type { SignInEnding } from './use-finish-sign-in.js';

export interface SignedInStepProps {
  /** The confirmation shown once signed in (and not redirected), and while the prompt checks. */
  message: string;
  /** What to show before the sign-in finishes. */
  ending: SignInEnding;
  /** The person is done with `ending`. */
  onProceed: (from: SignInEnding) => void;
  /** Your page for new recovery codes, linked from the notice. */
  recoveryCodesHref: string | undefined;
}

/** The end of a sign-in: the low-recovery-codes notice or the passkey prompt when due, otherwise a confirmation. */
export function SignedInStep({ message, ending, onProceed, recoveryCodesHref }: SignedInStepProps) {
  switch (ending) {
    case 'lowRecoveryCodesNotice':
      return (
        <LowRecoveryCodesNotice
          onContinue={() => onProceed('lowRecoveryCodesNotice')}
          recoveryCodesHref={recoveryCodesHref}
        />
      );
    case 'passkeyPrompt':
      return <PasskeyPrompt signedInMessage={message} onFinished={() => onProceed('passkeyPrompt')} />;
    case 'none':
      return (
        <Card>
          <Alert tone="success">{message}</Alert>
        </Card>
      );
    default:
      return ending satisfies never;
  }
}
