import { isLowOnRecoveryCodes } from '@authflow-ui/core';
import type { AuthLocalization } from '@authflow-ui/ui';
import { enUSCommon, enUSRecoveryCodes } from '@authflow-ui/ui';
import {
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.js';
import { useRecoveryCodes } from '../../hooks/use-recovery-codes.js';
import { useRecoveryCodesLeft } from '../../hooks/use-recovery-codes-left.js';
import { useSession } from '../../hooks/use-session.js';
import { useLocalization } from '../../localization/use-localization.js';
import { composeEventHandlers } from '../../parts/compose-event-handlers.js';
import { Checkbox, Field, FieldError, Form, Label, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import {
  Alert,
  type ButtonProps,
  Card,
  Footer,
  Header,
  Root,
  SecondaryButton,
  Subtitle,
  Title,
  type TitleProps,
} from '../../parts/layout-parts.js';
import { usePartProps } from '../../parts/use-part-props.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { ReverificationDialog } from '../reverification/reverification-dialog.js';
import { PasswordConfirmationForm } from '../shared/password-confirmation-form.js';

const texts = { common: enUSCommon, recoveryCodes: enUSRecoveryCodes };

const RecoveryCodesContext = createContext<readonly string[] | null>(null);

function useCodes(part: string): readonly string[] {
  const codes = useContext(RecoveryCodesContext);
  if (!codes)
    throw new Error(`AuthFlow UI: <RecoveryCodes.${part}> must be rendered inside <RecoveryCodes.Display>.`);
  return codes;
}

function codesAsText(
  codes: readonly string[],
  localization: Pick<AuthLocalization, 'recoveryCodes'>,
): string {
  return `${localization.recoveryCodes.fileHeading}\n\n${codes.join('\n')}\n`;
}

/* -------------------------------------------------------------------------------------------------
 * List
 * -----------------------------------------------------------------------------------------------*/

export const RecoveryCodesList = forwardRef<HTMLUListElement, ComponentPropsWithoutRef<'ul'>>(
  function RecoveryCodesList(props, ref) {
    const codes = useCodes('List');
    const localization = useLocalization(texts);
    const partProps = usePartProps('codeList', props.className);
    return (
      <ul
        dir="ltr"
        aria-label={localization.recoveryCodes.listLabel}
        {...props}
        {...partProps}
        ref={ref}
        data-af-print-target=""
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * CopyButton, DownloadButton, PrintButton
 * -----------------------------------------------------------------------------------------------*/

/** Copies `text` and reports `copied` (for two seconds) or `failed`, as `data-state`. */
function useCopy(): [state: 'idle' | 'copied' | 'failed', copy: (text: string) => Promise<void>] {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), 2000);
    } catch {
      setState('failed');
    }
  };
  return [state, copy];
}

export interface CopyButtonProps extends Omit<ButtonProps, 'state'> {
  /** What to copy. */
  text: string;
}

/** Copies text to the clipboard and says so; tells the person to copy by hand where that is blocked. */
export const CopyButton = forwardRef<HTMLButtonElement, CopyButtonProps>(function CopyButton(
  { text, ...props },
  ref,
) {
  const localization = useLocalization(texts);
  const statusProps = usePartProps('hint', undefined);
  const [state, copy] = useCopy();
  const onClick = composeEventHandlers(props.onClick, (_event: MouseEvent<HTMLButtonElement>) => {
    void copy(text);
  });
  return (
    <>
      <SecondaryButton data-state={state} {...props} ref={ref} onClick={onClick}>
        {state === 'copied' ? localization.common.copied : (props.children ?? localization.common.copy)}
      </SecondaryButton>
      <span {...statusProps} role="status">
        {state === 'failed' ? localization.common.copyFailed : ''}
      </span>
    </>
  );
});

export const RecoveryCodesCopyButton = forwardRef<HTMLButtonElement, Omit<ButtonProps, 'state'>>(
  function RecoveryCodesCopyButton(props, ref) {
    const codes = useCodes('CopyButton');
    const localization = useLocalization(texts);
    return (
      <CopyButton {...props} ref={ref} text={codesAsText(codes, localization)}>
        {props.children ?? localization.recoveryCodes.copyAll}
      </CopyButton>
    );
  },
);

export const RecoveryCodesDownloadButton = forwardRef<HTMLButtonElement, ButtonProps>(
  function RecoveryCodesDownloadButton(props, ref) {
    const codes = useCodes('DownloadButton');
    const localization = useLocalization(texts);
    const onClick = composeEventHandlers(props.onClick, (_event: MouseEvent<HTMLButtonElement>) => {
      const url = URL.createObjectURL(new Blob([codesAsText(codes, localization)], { type: 'text/plain' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = localization.recoveryCodes.fileName;
      link.click();
      URL.revokeObjectURL(url);
    });
    return (
      <SecondaryButton {...props} ref={ref} onClick={onClick}>
        {props.children ?? localization.recoveryCodes.download}
      </SecondaryButton>
    );
  },
);

/** Prints the codes alone: the stylesheet hides the rest of the page while printing. */
export const RecoveryCodesPrintButton = forwardRef<HTMLButtonElement, ButtonProps>(
  function RecoveryCodesPrintButton(props, ref) {
    const localization = useLocalization(texts);
    const onClick = composeEventHandlers(props.onClick, (_event: MouseEvent<HTMLButtonElement>) => {
      const root = document.documentElement;
      root.setAttribute('data-af-printing', '');
      try {
        window.print();
      } finally {
        root.removeAttribute('data-af-printing');
      }
    });
    return (
      <SecondaryButton {...props} ref={ref} onClick={onClick}>
        {props.children ?? localization.recoveryCodes.print}
      </SecondaryButton>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * Display: the codes, their actions and the acknowledgement
 * -----------------------------------------------------------------------------------------------*/

export interface RecoveryCodesDisplayProps {
  codes: readonly string[];
  /** Called once the person confirmed they saved the codes. */
  onDone: () => void;
  /** The label of the final button. Default: "Done". */
  doneLabel?: string;
  children?: ReactNode;
}

export function RecoveryCodesDisplay({ codes, onDone, doneLabel, children }: RecoveryCodesDisplayProps) {
  const localization = useLocalization(texts);
  const t = localization.recoveryCodes;
  const { context } = useScreenForm({
    initial: () => ({ acknowledged: false }),
    error: null,
    busy: false,
    onSubmit: (values, form) => {
      if (!form.showFieldErrors({ acknowledged: values.acknowledged ? undefined : t.acknowledgeRequired }))
        return;
      onDone();
    },
  });
  return (
    <RecoveryCodesContext.Provider value={codes}>
      <FormContext.Provider value={context}>
        {children ?? (
          <>
            <RecoveryCodesList />
            <Footer>
              <RecoveryCodesCopyButton />
              <RecoveryCodesDownloadButton />
              <RecoveryCodesPrintButton />
            </Footer>
            <Form>
              <Field name="acknowledged">
                <Checkbox />
                <Label>{t.acknowledge}</Label>
                <FieldError />
              </Field>
              <Submit>{doneLabel ?? t.done}</Submit>
            </Form>
          </>
        )}
      </FormContext.Provider>
    </RecoveryCodesContext.Provider>
  );
}

/* -------------------------------------------------------------------------------------------------
 * RegenerateForm: the password, then new codes
 * -----------------------------------------------------------------------------------------------*/

export interface RecoveryCodesRegenerateFormProps {
  /** Receives the new codes. */
  onRegenerated: (codes: string[]) => void;
}

export function RecoveryCodesRegenerateForm({ onRegenerated }: RecoveryCodesRegenerateFormProps) {
  const localization = useLocalization(texts);
  const { state, regenerate, reverification } = useRecoveryCodes();
  const t = localization.recoveryCodes;
  const latest = useRef(onRegenerated);
  latest.current = onRegenerated;
  useEffect(() => {
    if (state.status === 'success') latest.current(state.data.recoveryCodes);
  }, [state]);
  return (
    <>
      <PasswordConfirmationForm
        state={state}
        submitLabel={state.status === 'pending' ? t.regenerating : t.regenerateConfirm}
        onConfirm={(password) => void regenerate({ password })}
      />
      <ReverificationDialog controller={reverification} />
    </>
  );
}

/* -------------------------------------------------------------------------------------------------
 * The default screen
 * -----------------------------------------------------------------------------------------------*/

/**
 * No `children`: the screen's content is the kit's own; compose `RecoveryCodes.Display` (or
 * `RecoveryCodes.RegenerateForm`) with your own layout instead.
 */
export interface RecoveryCodesProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * Codes to show, for example right after set-up. Default: none, so the screen offers to
   * create new ones (AuthFlow never shows existing codes again).
   */
  codes?: readonly string[];
  /** Called once the person confirmed they saved the codes. */
  onDone?: () => void;
  /** Heading level of the title. Default `2`. */
  headingLevel?: TitleProps['level'];
  /**
   * Whether two-step verification is on. While it is `disabled` there are no codes to replace,
   * so the screen says so instead of asking for the password. Default: what the session knows
   * (`useSession().twoFactor`); pass it only to override that.
   */
  status?: 'enabled' | 'disabled' | 'unknown';
}

export const RecoveryCodesRoot = forwardRef<HTMLDivElement, RecoveryCodesProps>(function RecoveryCodesRoot(
  { codes: givenCodes, onDone, headingLevel = 2, status: statusOverride, ...props },
  ref,
) {
  const localization = useLocalization(texts);
  const t = localization.recoveryCodes;
  const session = useSession();
  const recoveryCodesLeft = useRecoveryCodesLeft();
  const status = statusOverride ?? session.twoFactor ?? 'unknown';
  const [codes, setCodes] = useState<readonly string[] | null>(givenCodes ?? null);
  const [saved, setSaved] = useState(false);
  const focusTitle = useFocusOnMount<HTMLHeadingElement>();
  const view = saved ? 'saved' : codes ? 'codes' : status === 'disabled' ? 'unavailable' : 'regenerate';
  return (
    <Root {...props} ref={ref} data-state={view}>
      <Card>
        <Header>
          <Title level={headingLevel} ref={codes ? focusTitle : undefined}>
            {codes || view === 'unavailable' ? t.title : t.regenerateTitle}
          </Title>
          <Subtitle>
            {codes ? t.description : view === 'unavailable' ? t.needsTwoFactor : t.regenerateBody}
          </Subtitle>
        </Header>
        {view === 'regenerate' && recoveryCodesLeft !== null && (
          <Alert tone={isLowOnRecoveryCodes(recoveryCodesLeft) ? 'warning' : 'info'}>
            {t.remaining({ remaining: recoveryCodesLeft })}
          </Alert>
        )}
        {view === 'saved' && <Alert tone="success">{t.done}</Alert>}
        {view === 'codes' && codes && (
          <RecoveryCodesDisplay
            codes={codes}
            onDone={() => {
              setSaved(true);
              onDone?.();
            }}
          />
        )}
        {view === 'regenerate' && <RecoveryCodesRegenerateForm onRegenerated={setCodes} />}
      </Card>
    </Root>
  );
});

/* -------------------------------------------------------------------------------------------------
 * The compound component
 * -----------------------------------------------------------------------------------------------*/

/**
 * Recovery codes: shown once after set-up or regeneration, to copy, download or print, and
 * acknowledged before moving on. Creating new ones asks for the password.
 *
 * `<RecoveryCodes />`, or compose its parts: `<RecoveryCodes.Display>`, `<RecoveryCodes.List>` ...
 */
export const RecoveryCodes = /* @__PURE__ */ Object.assign(RecoveryCodesRoot, {
  Root: RecoveryCodesRoot,
  Display: RecoveryCodesDisplay,
  List: RecoveryCodesList,
  CopyButton: RecoveryCodesCopyButton,
  DownloadButton: RecoveryCodesDownloadButton,
  PrintButton: RecoveryCodesPrintButton,
  RegenerateForm: RecoveryCodesRegenerateForm,
});
