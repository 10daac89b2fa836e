import type { DeviceSession } from '@authflow-ui/core';
import { enUSCommon, enUSSessionList } from '@authflow-ui/ui';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type SessionListController, useSessionList } from '../../hooks/use-session-list.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import {
  Alert,
  Button,
  Card,
  Header,
  Hint,
  Root,
  SecondaryButton,
  Subtitle,
  Title,
  type TitleProps,
} from '../../parts/layout-parts.js';
import { usePartProps } from '../../parts/use-part-props.js';
import { VisuallyHidden } from '../../parts/visually-hidden.js';

const texts = { common: enUSCommon, sessionList: enUSSessionList };

export interface SessionListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Heading level of the title. Default `2`. */
  headingLevel?: TitleProps['level'];
}

/* -------------------------------------------------------------------------------------------------
 * Item: one device
 * -----------------------------------------------------------------------------------------------*/

export interface SessionListItemProps extends Omit<ComponentPropsWithoutRef<'li'>, 'children'> {
  session: DeviceSession;
  list: SessionListController;
}

export const SessionListItem = forwardRef<HTMLLIElement, SessionListItemProps>(function SessionListItem(
  { session, list, ...props },
  ref,
) {
  const t = useLocalization(texts).sessionList;
  const partProps = usePartProps('sessionItem', props.className);
  const device = t.device({ browser: session.browser, os: session.os });
  const details = [t.lastSeen({ lastSeenAt: session.lastSeenAt, now: Date.now() })];
  if (session.network !== null) details.push(t.network({ network: session.network }));
  const busy = list.pending === session.id;
  return (
    <li {...props} {...partProps} ref={ref} data-state={session.current ? 'current' : 'other'}>
      <strong>{device}</strong>
      {session.current && <span> ({t.thisDevice})</span>}
      <Hint>{details.join(' · ')}</Hint>
      {!session.current && (
        <SecondaryButton
          state={busy ? 'busy' : 'idle'}
          disabled={list.pending !== null && !busy}
          onClick={() => void list.revoke(session)}
        >
          {busy ? t.revoking : t.revoke}
          {/* The name says which device, and keeps the visible text (WCAG 2.5.3); the space stands between spans, where name computations keep it. */}{' '}
          <VisuallyHidden>{device}</VisuallyHidden>
        </SecondaryButton>
      )}
    </li>
  );
});

/* -------------------------------------------------------------------------------------------------
 * The default component
 * -----------------------------------------------------------------------------------------------*/

/**
 * The devices the account is signed in on: this one first and marked, the others with when they
 * were last active and from which network, each with a sign-out button, and "Sign out of all
 * other devices". Ending a session asks for the password again when the proxy wants fresh proof.
 * Needs `@authflow-ui/proxy`; elsewhere it says the app keeps no device list.
 */
export const SessionList = forwardRef<HTMLDivElement, SessionListProps>(function SessionList(props, ref) {
  const list = useSessionList();
  return <SessionListView {...props} ref={ref} list={list} />;
});

/* -------------------------------------------------------------------------------------------------
 * View: the list as `useSessionList` describes it
 * -----------------------------------------------------------------------------------------------*/

export interface SessionListViewProps extends SessionListProps {
  list: SessionListController;
}

/** What `SessionList` renders, for a list controller of your own (or `useSessionList()` placed higher up). */
export const SessionListView = forwardRef<HTMLDivElement, SessionListViewProps>(function SessionListView(
  { headingLevel = 2, list, ...props },
  ref,
) {
  const localization = useLocalization(texts);
  const t = localization.sessionList;
  const listProps = usePartProps('sessionList', undefined);
  const { state, outcome } = list;
  const others = state.status === 'ready' ? state.sessions.filter((session) => !session.current) : [];

  let announcement: string | null = null;
  switch (outcome?.type) {
    case 'revoked':
      announcement = t.revoked({
        device: t.device({ browser: outcome.session.browser, os: outcome.session.os }),
      });
      break;
    case 'revokedOthers':
      announcement = t.revokedOthers({ count: outcome.count });
      break;
    case 'failed':
    case undefined:
      break;
    default:
      outcome satisfies never;
  }

  return (
    <Root {...props} ref={ref} data-state={state.status}>
      <Card>
        <Header>
          <Title level={headingLevel}>{t.title}</Title>
          <Subtitle>{t.subtitle}</Subtitle>
        </Header>
        {state.status === 'loading' && <Hint role="status">{t.loading}</Hint>}
        {state.status === 'unsupported' && <Hint>{t.unsupported}</Hint>}
        {state.status === 'error' && <ErrorAlert error={state.error} onRetry={() => void list.reload()} />}
        {outcome?.type === 'failed' && <ErrorAlert error={outcome.error} autoFocus={false} />}
        {announcement !== null && <Alert tone="success">{announcement}</Alert>}
        {state.status === 'ready' && (
          <>
            <ul {...listProps} aria-label={t.title}>
              {state.sessions.map((session) => (
                <SessionListItem key={session.id} session={session} list={list} />
              ))}
            </ul>
            {others.length === 0 ? (
              <Hint>{t.noOtherDevices}</Hint>
            ) : (
              <Button
                state={list.pending === 'others' ? 'busy' : 'idle'}
                disabled={list.pending !== null && list.pending !== 'others'}
                onClick={() => void list.revokeOthers()}
              >
                {list.pending === 'others' ? t.revokingOthers : t.revokeOthers}
              </Button>
            )}
          </>
        )}
      </Card>
      {list.reverification.dialog}
    </Root>
  );
});
