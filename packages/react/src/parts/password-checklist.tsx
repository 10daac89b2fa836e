import { checkPassword, passwordRequirements } from '@authflow-ui/contract';
import { enUSPassword } from '@authflow-ui/ui';
import { type ComponentPropsWithoutRef, forwardRef, useLayoutEffect } from 'react';
import { useLocalization } from '../localization/use-localization.js';
import { useFieldContext, useFormContext } from './form-context.js';
import { usePartProps } from './use-part-props.js';
import { VisuallyHidden } from './visually-hidden.js';

const texts = { password: enUSPassword };

/**
 * The contract's password rule as a live checklist for the password of its `Field`. It serves
 * as the field's description, explains the rule in plain words, and never gates anything:
 * only `checkPassword(...).accepted` decides whether a form may submit.
 */
export const PasswordChecklist = forwardRef<HTMLUListElement, ComponentPropsWithoutRef<'ul'>>(
  function PasswordChecklist(props, ref) {
    const form = useFormContext('PasswordChecklist');
    const field = useFieldContext('PasswordChecklist');
    const localization = useLocalization(texts);
    const listProps = usePartProps('checklist', props.className);
    const itemProps = usePartProps('checklistItem', undefined);
    const { setHasHint } = field;
    useLayoutEffect(() => {
      setHasHint(true);
      return () => setHasHint(false);
    }, [setHasHint]);
    const value = form.values[field.name];
    const { requirements } = checkPassword(typeof value === 'string' ? value : '');
    const t = localization.password;
    return (
      <ul id={field.hintId} aria-label={t.checklistTitle} {...props} {...listProps} ref={ref}>
        {passwordRequirements.map((requirement) => (
          <li key={requirement} {...itemProps} data-state={requirements[requirement] ? 'met' : 'unmet'}>
            {t[requirement]}
            <VisuallyHidden>
              {` (${requirements[requirement] ? t.requirementMet : t.requirementUnmet})`}
            </VisuallyHidden>
          </li>
        ))}
      </ul>
    );
  },
);
