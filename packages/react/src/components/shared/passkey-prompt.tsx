import type { AuthLocalization } from '@authflow-ui/ui';
import { useCallback } from 'react';
import { usePasskeyPrompt } from '../../hooks/use-passkey-prompt.js';
import type { ErrorAlert } from '../../parts/error-alert.js';
import type {
  Alert,
  Button,
  Card,
  Header,
  Hint,
  LinkButton,
  Subtitle,
  Title,
} from '../../parts/layout-parts.js';

/** The kit's parts the prompt is drawn with, handed in by the screen that shows it. */
export interface PasskeyPromptParts {
  Alert: typeof Alert;
  Button: typeof Button;
  Card: typeof Card;
  ErrorAlert: typeof ErrorAlert;
  Header: typeof Header;
  Hint: typeof Hint;
  LinkButton: typeof LinkButton;
  Subtitle: typeof Subtitle;
  Title: typeof Title;
}

export interface PasskeyPromptProps {
  parts: PasskeyPromptParts;
  /** The screen's words, with the app's overrides applied. */
  texts: Pick<AuthLocalization, 'common' | 'passkeys'>;
  /** Shown while the prompt checks whether to offer anything, and when it offers nothing. */
  signedInMessage: string;
  /** The prompt is over, whichever way: the sign-in may finish. */
  onFinished: () => void;
}

/**
 * "Add a passkey", offered once after a password sign-in and easy to decline. Focus moves to
 * its heading when it appears and to "Continue" once the passkey exists; the confirmation is
 * announced through a live region that is on screen from the start, so it is read out.
 *
 * Loaded only when a screen with `promptPasskey` gets there. It imports none of the kit's parts
 * and words itself but receives them: a lazily loaded chunk that imported them would pull them
 * out of the sign-in screen's own chunk in a library build, and the smallest sign-in would pay.
 */
export function PasskeyPrompt({ parts, texts, signedInMessage, onFinished }: PasskeyPromptProps) {
  const { Alert, Button, Card, ErrorAlert, Header, Hint, LinkButton, Subtitle, Title } = parts;
  const prompt = usePasskeyPrompt({ onFinished });
  // Focus lands on the heading when the prompt appears, and on "Continue" once a passkey exists.
  const focusOnMount = useCallback((element: HTMLElement | null) => element?.focus(), []);
  const { state } = prompt;
  const t = texts.passkeys;
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
        <Title ref={focusOnMount}>{t.promptTitle}</Title>
        <Subtitle>{t.promptBody}</Subtitle>
      </Header>
      <div role="status" aria-atomic="true">
        {state.status === 'added' && <Hint>{t.added({ name: state.passkey.name })}</Hint>}
      </div>
      {state.status === 'added' ? (
        <Button ref={focusOnMount} onClick={prompt.finish}>
          {texts.common.continue}
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
