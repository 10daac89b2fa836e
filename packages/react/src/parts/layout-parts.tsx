import type { PartName } from '@authflow-ui/ui';
import { type ComponentPropsWithoutRef, createElement, forwardRef } from 'react';
import { variablesToStyle } from '../appearance/variables-to-style.js';
import { useAuthContext } from '../provider/auth-context.js';
import { composeEventHandlers } from './compose-event-handlers.js';
import { shouldFollowInApp } from './follow-in-app.js';
import { usePartProps } from './use-part-props.js';

/**
 * The parts every screen is laid out with. Each renders one element, forwards its ref and
 * accepts every prop of that element; the kit adds `data-af-part` and its classes.
 */

/* -------------------------------------------------------------------------------------------------
 * Root: scopes the theme (variables, color mode) and the language of one screen
 * -----------------------------------------------------------------------------------------------*/

export const Root = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function Root(
  { style, ...props },
  ref,
) {
  const { appearance, localizationOverrides } = useAuthContext();
  const partProps = usePartProps('root', props.className);
  const variables = variablesToStyle(appearance.variables);
  // Only a chosen locale sets them: without one the screen takes the page's language and direction.
  const locale = localizationOverrides.locale;
  return (
    <div
      lang={locale?.tag}
      dir={locale?.direction}
      {...props}
      {...partProps}
      ref={ref}
      data-af-color-mode={appearance.colorMode ?? 'system'}
      style={variables || style ? { ...variables, ...style } : undefined}
    />
  );
});

/* -------------------------------------------------------------------------------------------------
 * Card, Header, Subtitle, Footer, Hint, Link
 * -----------------------------------------------------------------------------------------------*/

export const Card = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function Card(props, ref) {
  const partProps = usePartProps('card', props.className);
  return <div {...props} {...partProps} ref={ref} />;
});

export const Header = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function Header(props, ref) {
    const partProps = usePartProps('header', props.className);
    return <div {...props} {...partProps} ref={ref} />;
  },
);

export const Subtitle = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function Subtitle(props, ref) {
    const partProps = usePartProps('subtitle', props.className);
    return <p {...props} {...partProps} ref={ref} />;
  },
);

export const Footer = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function Footer(props, ref) {
    const partProps = usePartProps('footer', props.className);
    return <div {...props} {...partProps} ref={ref} />;
  },
);

export const Hint = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function Hint(props, ref) {
    const partProps = usePartProps('hint', props.className);
    return <p {...props} {...partProps} ref={ref} />;
  },
);

export const Link = forwardRef<HTMLAnchorElement, ComponentPropsWithoutRef<'a'>>(function Link(
  { href, onClick, ...props },
  ref,
) {
  const partProps = usePartProps('link', props.className);
  const { navigate } = useAuthContext();
  // With the provider's `navigate`, an app path opens in the app's router, without a page load
  // (Enter on a link fires the same click, so keyboard users get it too).
  const followInApp = composeEventHandlers(onClick, (event) => {
    if (!navigate || !shouldFollowInApp(event, href)) return;
    event.preventDefault();
    navigate(href);
  });
  return <a {...props} {...partProps} href={href} onClick={followInApp} ref={ref} />;
});

/* -------------------------------------------------------------------------------------------------
 * Title: a heading whose level fits the page around it
 * -----------------------------------------------------------------------------------------------*/

export interface TitleProps extends ComponentPropsWithoutRef<'h1'> {
  /** Heading level. Default `1`; use `2` or lower when the screen sits inside a page. */
  level?: 1 | 2 | 3 | 4 | 5 | 6;
}

export const Title = forwardRef<HTMLHeadingElement, TitleProps>(function Title({ level = 1, ...props }, ref) {
  const partProps = usePartProps('title', props.className);
  // Focus lands here when a step changes, so the heading can receive it without joining the tab order.
  return createElement(`h${level}`, { tabIndex: -1, ...props, ...partProps, ref });
});

/* -------------------------------------------------------------------------------------------------
 * Alert: a message that screen readers announce when it appears
 * -----------------------------------------------------------------------------------------------*/

export type AlertTone = 'error' | 'warning' | 'success' | 'info';

export interface AlertProps extends ComponentPropsWithoutRef<'div'> {
  /** Exposed as `data-state`. Errors and warnings interrupt (`role="alert"`), others wait (`role="status"`). */
  tone: AlertTone;
}

export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert({ tone, ...props }, ref) {
  const partProps = usePartProps('alert', props.className);
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div
      role={urgent ? 'alert' : 'status'}
      tabIndex={-1}
      {...props}
      {...partProps}
      ref={ref}
      data-state={tone}
    />
  );
});

/* -------------------------------------------------------------------------------------------------
 * Button, SecondaryButton, LinkButton
 * -----------------------------------------------------------------------------------------------*/

export type ButtonState = 'idle' | 'busy';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** `busy` while its action runs; exposed as `data-state` and `aria-busy`. Default `idle`. */
  state?: ButtonState;
}

interface ButtonPartProps extends ButtonProps {
  /** The part the button is styled and themed as (`data-af-part`, `af-` class, `appearance.classNames`). */
  part: Extract<PartName, 'button' | 'secondaryButton' | 'link'>;
}

/** The one button element behind `Button`, `SecondaryButton` and `LinkButton`. */
const ButtonPart = forwardRef<HTMLButtonElement, ButtonPartProps>(function ButtonPart(
  { part, state = 'idle', ...props },
  ref,
) {
  const partProps = usePartProps(part, props.className);
  return (
    <button
      type="button"
      aria-busy={state === 'busy' || undefined}
      data-state={state}
      {...props}
      {...partProps}
      ref={ref}
    />
  );
});

/** The main action of a step. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(props, ref) {
  return <ButtonPart {...props} ref={ref} part="button" />;
});

/** A further action next to the main one (copy, download, try again). */
export const SecondaryButton = forwardRef<HTMLButtonElement, ButtonProps>(
  function SecondaryButton(props, ref) {
    return <ButtonPart {...props} ref={ref} part="secondaryButton" />;
  },
);

/** An action that reads like a link (switching method, going back): styled as the `link` part. */
export const LinkButton = forwardRef<HTMLButtonElement, ButtonProps>(function LinkButton(props, ref) {
  return <ButtonPart {...props} ref={ref} part="link" />;
});
