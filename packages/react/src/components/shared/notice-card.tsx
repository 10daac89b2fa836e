import type { ReactNode, Ref } from 'react';
import { Alert, type AlertTone, Card, Header, Title } from '../../parts/layout-parts.js';

export interface NoticeCardProps {
  /** The card's heading. */
  title: string;
  /**
   * The heading's ref: `useFocusOnMount()` where the card replaces an earlier step, so focus
   * lands on it. Default: none, for a card that is the first thing a page shows.
   */
  titleRef?: Ref<HTMLHeadingElement>;
  /** How the message reads, as `Alert` takes it. */
  tone: AlertTone;
  message: ReactNode;
  /** What the person can do next: links, a button, a form. */
  children?: ReactNode;
}

/** A step that only tells where things stand (sent, expired, done) under its own heading. */
export function NoticeCard({ title, titleRef, tone, message, children }: NoticeCardProps) {
  return (
    <Card>
      <Header>
        <Title ref={titleRef}>{title}</Title>
      </Header>
      <Alert tone={tone}>{message}</Alert>
      {children}
    </Card>
  );
}
