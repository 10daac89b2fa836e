import { enUSCommon, enUSPasskeys } from '@authflow-ui/ui';
import { lazy, Suspense } from 'react';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Alert, Button, Card, Header, Hint, LinkButton, Subtitle, Title } from '../../parts/layout-parts.js';
import { LowRecoveryCodesNotice } from './low-recovery-codes-notice.js';
import type { PasskeyPromptParts } from './passkey-prompt.js';
import type { SignInEnding } from './use-finish-sign-in.js';

// Only screens with `promptPasskey` load the prompt, so the smallest sign-in keeps its budget.
const PasskeyPrompt = lazy(() =>
  import('./passkey-prompt.js').then((module) => ({ default: module.PasskeyPrompt })),
);
const promptParts: PasskeyPromptParts = {
  Alert,
  Button,
  Card,
  ErrorAlert,
  Header,
  Hint,
  LinkButton,
  Subtitle,
  Title,
};
const promptTexts = { common: enUSCommon, passkeys: enUSPasskeys };

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

function SignedInCard({ message }: { message: string }) {
  return (
    <Card>
      <Alert tone="success">{message}</Alert>
    </Card>
  );
}

function PasskeyPromptStep({ message, onFinished }: { message: string; onFinished: () => void }) {
  const texts = useLocalization(promptTexts);
  return (
    <Suspense fallback={<SignedInCard message={message} />}>
      <PasskeyPrompt parts={promptParts} texts={texts} signedInMessage={message} onFinished={onFinished} />
    </Suspense>
  );
}

/** The end of a sign-in: the low-recovery-codes notice or the passkey prompt when due, otherwise a confirmation. */
export function SignedInStep({ message, ending, onProceed, recoveryCodesHref }: SignedInStepProps) {
  if (ending === 'lowRecoveryCodesNotice') {
    return (
      <LowRecoveryCodesNotice
        onContinue={() => onProceed('lowRecoveryCodesNotice')}
        recoveryCodesHref={recoveryCodesHref}
      />
    );
  }
  if (ending === 'passkeyPrompt') {
    return <PasskeyPromptStep message={message} onFinished={() => onProceed('passkeyPrompt')} />;
  }
  return <SignedInCard message={message} />;
}
