import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithAuth } from '../test-support/render-with-auth.js';
import { Button, LinkButton, SecondaryButton } from './layout-parts.js';

const themed = {
  providerProps: {
    appearance: { classNames: { button: 'my-button', secondaryButton: 'my-secondary', link: 'my-link' } },
  },
};

describe('given the button parts', () => {
  describe('when rendered with the shipped theme and per-part classes', () => {
    it('marks each with its own part name, kit class and appearance class', () => {
      renderWithAuth(
        <>
          <Button>Main</Button>
          <SecondaryButton>Further</SecondaryButton>
          <LinkButton>Back</LinkButton>
        </>,
        themed,
      );
      const main = screen.getByRole('button', { name: 'Main' });
      const further = screen.getByRole('button', { name: 'Further' });
      const back = screen.getByRole('button', { name: 'Back' });
      expect(main.getAttribute('data-af-part')).toBe('button');
      expect(main.className).toBe('af-button my-button');
      expect(further.getAttribute('data-af-part')).toBe('secondary-button');
      expect(further.className).toBe('af-secondary-button my-secondary');
      expect(back.getAttribute('data-af-part')).toBe('link');
      expect(back.className).toBe('af-link my-link');
    });

    it('keeps the consumer class after the kit classes', () => {
      renderWithAuth(<SecondaryButton className="mine">Further</SecondaryButton>, themed);
      expect(screen.getByRole('button').className).toBe('af-secondary-button my-secondary mine');
    });
  });

  describe('when the appearance is unstyled', () => {
    it('drops the kit classes and keeps the part names and appearance classes', () => {
      renderWithAuth(<LinkButton>Back</LinkButton>, {
        providerProps: { appearance: { unstyled: true, classNames: { link: 'my-link' } } },
      });
      const back = screen.getByRole('button', { name: 'Back' });
      expect(back.getAttribute('data-af-part')).toBe('link');
      expect(back.className).toBe('my-link');
    });
  });

  describe('when a button is busy', () => {
    it('says so with data-state and aria-busy, and is an ordinary idle button otherwise', () => {
      renderWithAuth(
        <>
          <Button state="busy">Saving</Button>
          <SecondaryButton>Copy</SecondaryButton>
        </>,
      );
      const busy = screen.getByRole('button', { name: 'Saving' });
      const idle = screen.getByRole('button', { name: 'Copy' });
      expect(busy.getAttribute('data-state')).toBe('busy');
      expect(busy.getAttribute('aria-busy')).toBe('true');
      expect(idle.getAttribute('data-state')).toBe('idle');
      expect(idle.hasAttribute('aria-busy')).toBe(false);
      expect(idle.getAttribute('type')).toBe('button');
    });
  });

  describe('when a consumer passes a ref, a type and a click handler', () => {
    it('forwards the ref to the button element and lets the props through', async () => {
      const ref = createRef<HTMLButtonElement>();
      const onClick = vi.fn();
      const { user } = renderWithAuth(
        <LinkButton ref={ref} type="submit" onClick={onClick}>
          Send
        </LinkButton>,
      );
      const send = screen.getByRole('button', { name: 'Send' });
      expect(ref.current).toBe(send);
      expect(send.getAttribute('type')).toBe('submit');
      await user.click(send);
      expect(onClick).toHaveBeenCalledTimes(1);
    });
  });
});
