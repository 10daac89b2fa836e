import { describe, expect, it } from 'vitest';
import { splitAroundName } from './split-around-name.js';

describe('splitAroundName', () => {
  describe('given a label that leads up to the name', () => {
    it('puts every word before the name, without the space between', () => {
      expect(splitAroundName('Account menu for Max Member', 'Max Member')).toEqual({
        before: 'Account menu for',
        after: '',
      });
    });
  });

  describe('given a label that puts the name first', () => {
    it('puts the words after the name', () => {
      expect(splitAroundName('マックス・メンバーのアカウントメニュー', 'マックス・メンバー')).toEqual({
        before: '',
        after: 'のアカウントメニュー',
      });
    });
  });

  describe('given a name that also appears in the words around it', () => {
    it('splits at the name the label ends with, so the words stay whole', () => {
      expect(splitAroundName('Account menu for Account', 'Account')).toEqual({
        before: 'Account menu for',
        after: '',
      });
    });
  });

  describe('given a translation that leaves the name out', () => {
    it('keeps all its words, ahead of the name', () => {
      expect(splitAroundName('Kontomenü', 'Max Member')).toEqual({ before: 'Kontomenü', after: '' });
    });
  });
});
