import { enUSCommon, enUSErrors, enUSPasskeys } from '@authflow-ui/ui';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.js';
import { usePasskeyPrompt } from '../../hooks/use-passkey-prompt.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Alert, Button, Card, Header, Hint, LinkButton, Subtitle, Title } from '../../parts/layout-parts.js';

const texts = { common: enUSCommon, errors: enUSErrors, passkeys: enUSPasskeys };

export interface PasskeyPromptProps {
  /** Shown while the prompt checks whether to offer anything, and when it offers nothing. */
  signedInMessage: string;
  /** The prompt is over, whichever way: the sign-in may finish. */
  onFinished: () => void;
}

/**
 * "Add a passkey", offered once after a password sign-in and easy to decline. Focus moves to
 * its heading when it appears and to "Continue" once the passkey exists; the confirmation is
 * announced through a live region that is on screen from the start, so it is read out.
 */
export function PasskeyPrompt({ signedInMessage, onFinished }: PasskeyPromptProps) {
  const prompt = usePasskeyPrompt({ onFinished });
  const localization = useLocalization(texts);
  const focusTitle = useFocusOnMount<HTMLHeadingElement>();
  const focusContinue = useFocusOnMount<HTMLButtonElement>();
  const { state } = prompt;
  const t = localization.passkeys;
  if (state.status === 'checking' || state.status === 'finished') {
    return (
      <Card>
        <Alert tone="success">{signedInMessage}</Alert>
      </Card>
    );
  }
  return (
    <Card data-state={state.status}>
      <Header>
        <Title ref={focusTitle}>{t.promptTitle}</Title>
        <Subtitle>{t.promptBody}</Subtitle>
      </Header>
      <div role="status" aria-atomic="true">
        {state.status === 'added' && <Hint>{t.added({ name: state.passkey.name })}</Hint>}
      </div>
      {state.status === 'added' ? (
        <Button ref={focusContinue} onClick={prompt.finish}>
          {localization.common.continue}
        </Button>
      ) : (
        <>
          <ErrorAlert
            error={state.status === 'offered' ? state.error : null}
            onRetry={() => void prompt.add()}
          />
          <Button state={state.status === 'adding' ? 'busy' : 'idle'} onClick={() => void prompt.add()}>
            {state.status === 'adding' ? t.adding : t.add}
          </Button>
          <LinkButton onClick={prompt.dismiss}>{t.promptDismiss}</LinkButton>
        </>
      )}
    </Card>
  );
}
