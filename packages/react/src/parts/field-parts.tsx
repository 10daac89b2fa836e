import { enUSCommon } from '@authflow-ui/ui';
import {
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type ForwardedRef,
  forwardRef,
  type MouseEvent,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { useLocalization } from '../localization/use-localization.js';
import { composeEventHandlers } from './compose-event-handlers.js';
import { composeRefs } from './compose-refs.js';
import {
  FieldContext,
  type FieldContextValue,
  type FormContextValue,
  useFieldContext,
  useFormContext,
} from './form-context.js';
import { usePartProps } from './use-part-props.js';

const texts = { common: enUSCommon };

/**
 * The form parts every screen shares. A screen's `Root` provides the form state; `Field`
 * names one value and wires its label, input, hint and error together by id.
 */

/* -------------------------------------------------------------------------------------------------
 * Form
 * -----------------------------------------------------------------------------------------------*/

export const Form = forwardRef<HTMLFormElement, ComponentPropsWithoutRef<'form'>>(function Form(props, ref) {
  const form = useFormContext('Form');
  const partProps = usePartProps('form', props.className);
  const onSubmit = composeEventHandlers(props.onSubmit, (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit();
  });
  // The kit validates and explains errors itself; browser bubbles would hide them from the alert.
  return <form noValidate {...props} {...partProps} ref={ref} onSubmit={onSubmit} />;
});

/* -------------------------------------------------------------------------------------------------
 * Field
 * -----------------------------------------------------------------------------------------------*/

export interface FieldProps extends ComponentPropsWithoutRef<'div'> {
  /** The form value this field edits. */
  name: string;
}

export const Field = forwardRef<HTMLDivElement, FieldProps>(function Field({ name, ...props }, ref) {
  const form = useFormContext('Field');
  const partProps = usePartProps('field', props.className);
  const id = useId();
  const [hasHint, setHasHint] = useState(false);
  const [passwordVisibility, setPasswordVisibility] = useState<'hidden' | 'visible'>('hidden');
  const field = useMemo<FieldContextValue>(
    () => ({
      name,
      inputId: `${id}-input`,
      hintId: `${id}-hint`,
      errorId: `${id}-error`,
      hasHint,
      setHasHint,
      passwordVisibility,
      setPasswordVisibility,
    }),
    [name, id, hasHint, passwordVisibility],
  );
  return (
    <FieldContext.Provider value={field}>
      <div {...props} {...partProps} ref={ref} data-state={form.fieldErrors[name] ? 'invalid' : 'valid'} />
    </FieldContext.Provider>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Label
 * -----------------------------------------------------------------------------------------------*/

export const Label = forwardRef<HTMLLabelElement, ComponentPropsWithoutRef<'label'>>(function Label(
  { children, ...props },
  ref,
) {
  const field = useFieldContext('Label');
  const partProps = usePartProps('label', props.className);
  return (
    <label htmlFor={field.inputId} {...props} {...partProps} ref={ref}>
      {children}
    </label>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Input (and the wiring shared with the code input)
 * -----------------------------------------------------------------------------------------------*/

function describedBy(form: FormContextValue, field: FieldContextValue): string | undefined {
  const ids = [
    field.hasHint ? field.hintId : undefined,
    form.fieldErrors[field.name] ? field.errorId : undefined,
    form.alertFields.includes(field.name) ? form.alertId : undefined,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * What the control a `Field` wraps needs: its value as text (`''` while unset) and `controlProps`
 * with its id, name, ARIA state and a ref that also registers it for focus after a failed submit.
 */
export function useFieldControl<Element extends HTMLElement>(
  part: string,
  forwardedRef: ForwardedRef<Element>,
) {
  const form = useFormContext(part);
  const field = useFieldContext(part);
  const { registerField } = form;
  const { name } = field;
  const register = useCallback(
    (element: HTMLElement | null) => registerField(name, element),
    [registerField, name],
  );
  const invalid = Boolean(form.fieldErrors[name]) || form.alertFields.includes(name);
  const value = form.values[name];
  return {
    form,
    field,
    text: typeof value === 'string' ? value : '',
    controlProps: {
      id: field.inputId,
      name,
      'aria-invalid': invalid || undefined,
      'aria-describedby': describedBy(form, field),
      'data-state': invalid ? 'invalid' : 'valid',
      ref: composeRefs(forwardedRef, register),
    },
  } as const;
}

export type InputProps = ComponentPropsWithoutRef<'input'>;

export const Input = forwardRef<HTMLInputElement, InputProps>(function Input(props, ref) {
  const { form, field, text, controlProps } = useFieldControl('Input', ref);
  const partProps = usePartProps('input', props.className);
  const type =
    props.type === 'password' && field.passwordVisibility === 'visible' ? 'text' : (props.type ?? 'text');
  const onChange = composeEventHandlers(props.onChange, (event: ChangeEvent<HTMLInputElement>) => {
    form.setValue(field.name, event.currentTarget.value);
  });
  return <input {...controlProps} {...props} {...partProps} type={type} value={text} onChange={onChange} />;
});

/* -------------------------------------------------------------------------------------------------
 * InputGroup, PasswordToggle
 * -----------------------------------------------------------------------------------------------*/

export const InputGroup = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function InputGroup(props, ref) {
    const partProps = usePartProps('inputGroup', props.className);
    return <div {...props} {...partProps} ref={ref} />;
  },
);

/** Shows or hides the password of its field. Its name says what pressing it does. */
export const PasswordToggle = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'>>(
  function PasswordToggle(props, ref) {
    const field = useFieldContext('PasswordToggle');
    const localization = useLocalization(texts);
    const partProps = usePartProps('passwordToggle', props.className);
    const visible = field.passwordVisibility === 'visible';
    const onClick = composeEventHandlers(props.onClick, (_event: MouseEvent<HTMLButtonElement>) => {
      field.setPasswordVisibility(visible ? 'hidden' : 'visible');
    });
    return (
      <button
        type="button"
        aria-controls={field.inputId}
        {...props}
        {...partProps}
        ref={ref}
        data-state={field.passwordVisibility}
        onClick={onClick}
      >
        {props.children ?? (visible ? localization.common.hidePassword : localization.common.showPassword)}
      </button>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * Select, Checkbox
 * -----------------------------------------------------------------------------------------------*/

export const Select = forwardRef<HTMLSelectElement, ComponentPropsWithoutRef<'select'>>(
  function Select(props, ref) {
    const { form, field, text, controlProps } = useFieldControl('Select', ref);
    const partProps = usePartProps('select', props.className);
    const onChange = composeEventHandlers(props.onChange, (event: ChangeEvent<HTMLSelectElement>) => {
      form.setValue(field.name, event.currentTarget.value);
    });
    return <select {...controlProps} {...props} {...partProps} value={text} onChange={onChange} />;
  },
);

export const Checkbox = forwardRef<HTMLInputElement, Omit<InputProps, 'type'>>(function Checkbox(props, ref) {
  const { form, field, controlProps } = useFieldControl('Checkbox', ref);
  const partProps = usePartProps('checkbox', props.className);
  const checked = form.values[field.name] === true;
  const onChange = composeEventHandlers(props.onChange, (event: ChangeEvent<HTMLInputElement>) => {
    form.setValue(field.name, event.currentTarget.checked);
  });
  return (
    <input
      {...controlProps}
      {...props}
      {...partProps}
      type="checkbox"
      checked={checked}
      onChange={onChange}
      data-state={checked ? 'checked' : 'unchecked'}
    />
  );
});

/* -------------------------------------------------------------------------------------------------
 * FieldHint, FieldError
 * -----------------------------------------------------------------------------------------------*/

export const FieldHint = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function FieldHint(props, ref) {
    const field = useFieldContext('FieldHint');
    const partProps = usePartProps('hint', props.className);
    const { setHasHint } = field;
    useLayoutEffect(() => {
      setHasHint(true);
      return () => setHasHint(false);
    }, [setHasHint]);
    return <p id={field.hintId} {...props} {...partProps} ref={ref} />;
  },
);

/** The field's validation message; renders nothing while the field is valid. */
export const FieldError = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function FieldError(props, ref) {
    const form = useFormContext('FieldError');
    const field = useFieldContext('FieldError');
    const partProps = usePartProps('error', props.className);
    const message = form.fieldErrors[field.name];
    if (!message) return null;
    return (
      <p id={field.errorId} {...props} {...partProps} ref={ref}>
        {props.children ?? message}
      </p>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * Submit
 * -----------------------------------------------------------------------------------------------*/

/** Disabled while its request runs or a rate limit counts down; `data-state` tells which. */
export const Submit = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'>>(
  function Submit(props, ref) {
    const form = useFormContext('Submit');
    const partProps = usePartProps('button', props.className);
    return (
      <button
        type="submit"
        disabled={form.submitState !== 'idle'}
        aria-busy={form.submitState === 'submitting' || undefined}
        {...props}
        {...partProps}
        ref={ref}
        data-state={form.submitState}
      />
    );
  },
);
