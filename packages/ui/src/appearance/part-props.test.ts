import { describe, expect, it } from 'vitest';
import { partProps } from './part-props.js';
import { themeVariables } from './theme-variables.js';

describe('given a part and an appearance', () => {
  it('marks the part, adds the kit class, the appearance class and the consumer class', () => {
    expect(partProps('secondaryButton', { classNames: { secondaryButton: 'mine' } }, 'extra')).toEqual({
      'data-af-part': 'secondary-button',
      className: 'af-secondary-button mine extra',
    });
  });

  it('in unstyled mode keeps the attribute and only the classes the app gave', () => {
    expect(partProps('card', { unstyled: true }, undefined)).toEqual({
      'data-af-part': 'card',
      className: undefined,
    });
  });
});

describe('given theme variables', () => {
  it('names each after its --af- custom property and skips unset ones', () => {
    expect(themeVariables({ colorPrimary: '#0f766e', radius: '2px', fontFamily: undefined })).toEqual({
      '--af-color-primary': '#0f766e',
      '--af-radius': '2px',
    });
    expect(themeVariables(undefined)).toBeUndefined();
  });
});
