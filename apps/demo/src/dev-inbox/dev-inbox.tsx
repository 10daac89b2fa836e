import type { OutboxMessage } from '@authflow-ui/mocks';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DevMock } from '../dev-mock/dev-mock.js';
import { ScenarioPicker } from './scenario-picker.js';
import { useOutbox } from './use-outbox.js';

const kindLabels: Record<OutboxMessage['kind'], string> = {
  'verify-email': 'Verify email',
  'reset-password': 'Reset password',
  'email-otp': 'Sign-in code',
};

/**
 * Where a message's link leads in this app, opened in place so the in-page mock keeps its state.
 * AuthFlow's verification email links its own `/auth/verify-email`; the demo hosts the check on
 * its `/verify-email` page instead (the contract's frontend-hosted verification), so that link
 * is rebuilt from the token.
 */
function inAppPath(message: OutboxMessage): string | null {
  if (message.kind === 'verify-email' && message.token !== undefined) {
    return `/verify-email?token=${encodeURIComponent(message.token)}`;
  }
  if (message.link === undefined) return null;
  const url = new URL(message.link, window.location.origin);
  return `${url.pathname}${url.search}`;
}

function Message({ message }: { message: OutboxMessage }) {
  const path = inAppPath(message);
  return (
    <li className="inbox-message" data-kind={message.kind}>
      <div className="inbox-meta">
        <span className="inbox-kind">{kindLabels[message.kind]}</span>
        <span>
          to <bdi>{message.to}</bdi>
        </span>
      </div>
      <p className="inbox-subject">{message.subject}</p>
      {message.code !== undefined && (
        <p>
          Code: <code className="inbox-code">{message.code}</code>
        </p>
      )}
      {path !== null && <Link to={path}>Open the link</Link>}
    </li>
  );
}

/**
 * Development only: what the mock "emailed" (verification and reset links, one-time codes), so
 * every flow can be finished by hand without a mail server.
 */
export function DevInbox({ devMock }: { devMock: DevMock }) {
  const messages = useOutbox(devMock);
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(0);
  const panelId = useId();
  const latestCount = useRef(messages.length);
  latestCount.current = messages.length;
  useEffect(() => {
    if (open) setSeen(latestCount.current);
  }, [open]);
  const unread = open ? 0 : messages.length - seen;

  return (
    <aside className="dev-inbox" data-state={open ? 'open' : 'closed'} aria-label="Dev inbox">
      <button
        type="button"
        className="dev-inbox-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setSeen(messages.length);
          setOpen(!open);
        }}
      >
        Dev inbox{unread > 0 ? ` (${unread} new)` : ''}
      </button>
      <div id={panelId} hidden={!open} className="dev-inbox-panel">
        <p className="muted">
          {devMock.where === 'page'
            ? 'Emails the embedded mock sent. Nothing leaves this page.'
            : 'Emails the mock server sent (pnpm dev:full). Nothing leaves this machine.'}
        </p>
        {messages.length === 0 ? (
          <p className="muted">No emails yet.</p>
        ) : (
          <ol className="inbox-messages">
            {messages.map((message) => (
              <Message key={`${message.sentAt}-${message.kind}-${message.to}`} message={message} />
            ))}
          </ol>
        )}
        <ScenarioPicker devMock={devMock} />
      </div>
    </aside>
  );
}
