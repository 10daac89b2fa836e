import type { Passkey } from '@authflow-ui/core';
import { isPasskeyCancellation } from '@authflow-ui/core';
import { enUSCommon, enUSErrors, enUSFields, enUSPasskeys } from '@authflow-ui/ui';
import { type ComponentPropsWithoutRef, forwardRef, useState } from 'react';
import { usePasskeys } from '../../hooks/use-passkeys.js';
import { useSession } from '../../hooks/use-session.js';
import { useLocalization } from '../../localization/use-localization.js';
import { ErrorAlert } from '../../parts/error-alert.js';
import { Field, FieldError, Form, Input, Label, Submit } from '../../parts/field-parts.js';
import { FormContext } from '../../parts/form-context.js';
import {
  Alert,
  Card,
  Header,
  Hint,
  LinkButton,
  Root,
  SecondaryButton,
  Subtitle,
  Title,
  type TitleProps,
} from '../../parts/layout-parts.js';
import { useScreenForm } from '../../parts/use-screen-form.js';
import { useAuthContext } from '../../provider/auth-context.js';
import { ReverificationDialog } from '../reverification/reverification-dialog.js';
import { CurrentPasswordField } from '../shared/current-password-field.js';

const texts = { common: enUSCommon, fields: enUSFields, errors: enUSErrors, passkeys: enUSPasskeys };

type Editing = { kind: 'none' } | { kind: 'rename'; passkey: Passkey } | { kind: 'remove'; passkey: Passkey };

/** Dates in the language of the provider's locale pack (the browser's when there is none). */
const formatDate = (iso: string, localeTag: string | undefined) =>
  new Intl.DateTimeFormat(localeTag, { dateStyle: 'medium' }).format(new Date(iso));

function AddPasskeyForm({ onAdded }: { onAdded: (passkey: Passkey) => void }) {
  const localization = useLocalization(texts);
  const { add, reverification } = usePasskeys();
  const t = localization.passkeys;
  const failure = add.state.status === 'error' ? add.state.error : null;
  // Closing the browser's prompt is a change of mind, not a failure to explain.
  const error = failure && !isPasskeyCancellation(failure) ? failure : null;
  const { context, form } = useScreenForm({
    initial: () => ({ name: '' }),
    error,
    busy: add.state.status === 'pending',
    onSubmit: async (values) => {
      const name = values.name.trim();
      const result = await add.run(name === '' ? {} : { name });
      if (result.status !== 'success') return;
      form.setValues(() => ({ name: '' }));
      onAdded(result.data);
    },
  });
  return (
    <FormContext.Provider value={context}>
      <ErrorAlert error={error} />
      <Form>
        <Field name="name">
          <Label>{t.nameLabel}</Label>
          <Input autoComplete="off" />
          <FieldError />
        </Field>
        <Submit>{add.state.status === 'pending' ? t.adding : t.add}</Submit>
      </Form>
      <ReverificationDialog controller={reverification} />
    </FormContext.Provider>
  );
}

function RenameForm({
  passkey,
  onDone,
  onCancel,
}: {
  passkey: Passkey;
  onDone: (renamed: Passkey) => void;
  onCancel: () => void;
}) {
  const localization = useLocalization(texts);
  const { rename } = usePasskeys();
  const t = localization.passkeys;
  const error = rename.state.status === 'error' ? rename.state.error : null;
  const { context } = useScreenForm({
    initial: () => ({ name: passkey.name }),
    error,
    busy: rename.state.status === 'pending',
    onSubmit: async (values, form) => {
      const name = values.name.trim();
      if (!form.showFieldErrors({ name: name === '' ? t.nameRequired : undefined })) return;
      const result = await rename.run({ id: passkey.id, name });
      if (result.status === 'success') onDone(result.data);
    },
  });
  return (
    <FormContext.Provider value={context}>
      <ErrorAlert error={error} />
      <Form>
        <Field name="name">
          <Label>{t.renameLabel({ name: passkey.name })}</Label>
          <Input autoComplete="off" autoFocus />
          <FieldError />
        </Field>
        <Submit>{t.save}</Submit>
        <LinkButton onClick={onCancel}>{localization.common.cancel}</LinkButton>
      </Form>
    </FormContext.Provider>
  );
}

function RemoveForm({
  passkey,
  onDone,
  onCancel,
}: {
  passkey: Passkey;
  onDone: () => void;
  onCancel: () => void;
}) {
  const localization = useLocalization(texts);
  const { remove, reverification } = usePasskeys();
  const t = localization.passkeys;
  const failure = remove.state.status === 'error' ? remove.state.error : null;
  // Closing the re-authentication dialog leaves the form as it was, with nothing to explain.
  const error = failure?.code === 'aborted' ? null : failure;
  const { context } = useScreenForm({
    initial: () => ({ password: '' }),
    error,
    busy: remove.state.status === 'pending',
    alertFields: error?.code === 'invalid_credentials' ? ['password'] : [],
    onSubmit: async (values, form) => {
      if (
        !form.showFieldErrors({
          password: values.password === '' ? localization.fields.passwordRequired : undefined,
        })
      )
        return;
      const result = await remove.run({ id: passkey.id, password: values.password });
      if (result.status === 'success') onDone();
    },
  });
  return (
    <FormContext.Provider value={context}>
      <Hint>{t.removeConfirm}</Hint>
      <ErrorAlert error={error} />
      <Form aria-label={t.removeTitle({ name: passkey.name })}>
        <CurrentPasswordField name="password" label={localization.fields.currentPasswordLabel} />
        <Submit>{t.remove}</Submit>
        <LinkButton onClick={onCancel}>{localization.common.cancel}</LinkButton>
      </Form>
      <ReverificationDialog controller={reverification} />
    </FormContext.Provider>
  );
}

function PasskeyItem({
  passkey,
  editing,
  onEdit,
}: {
  passkey: Passkey;
  editing: Editing;
  onEdit: (next: Editing, announcement?: string) => void;
}) {
  const localization = useLocalization(texts);
  const localeTag = useAuthContext().localizationOverrides.locale?.tag;
  const t = localization.passkeys;
  const details = [
    t.createdAt({ date: formatDate(passkey.createdAt, localeTag) }),
    passkey.lastUsedAt === null
      ? t.neverUsed
      : t.lastUsedAt({ date: formatDate(passkey.lastUsedAt, localeTag) }),
    ...(passkey.backedUp ? [t.synced] : []),
  ];
  const mine = editing.kind !== 'none' && editing.passkey.id === passkey.id ? editing.kind : 'none';
  return (
    <li data-state={mine === 'none' ? 'idle' : mine}>
      <p>
        <strong>{passkey.name}</strong>
      </p>
      <Hint>{details.join(' · ')}</Hint>
      {mine === 'rename' && (
        <RenameForm
          passkey={passkey}
          onDone={(renamed) => onEdit({ kind: 'none' }, t.renamed({ name: renamed.name }))}
          onCancel={() => onEdit({ kind: 'none' })}
        />
      )}
      {mine === 'remove' && (
        <RemoveForm
          passkey={passkey}
          onDone={() => onEdit({ kind: 'none' }, t.removed({ name: passkey.name }))}
          onCancel={() => onEdit({ kind: 'none' })}
        />
      )}
      {mine === 'none' && (
        <div>
          <SecondaryButton
            aria-label={`${t.rename} ${passkey.name}`}
            onClick={() => onEdit({ kind: 'rename', passkey })}
          >
            {t.rename}
          </SecondaryButton>
          <SecondaryButton
            aria-label={`${t.remove} ${passkey.name}`}
            onClick={() => onEdit({ kind: 'remove', passkey })}
          >
            {t.remove}
          </SecondaryButton>
        </div>
      )}
    </li>
  );
}

export interface PasskeyManagerProps extends ComponentPropsWithoutRef<'div'> {
  /** Heading level of the title; settings pages usually want `2`. Default `2`. */
  headingLevel?: TitleProps['level'];
}

/**
 * The signed-in user's passkeys: add one with a name, see each with its last use, rename one,
 * remove one with the password. Renders nothing where the backend serves no passkeys.
 */
export const PasskeyManager = forwardRef<HTMLDivElement, PasskeyManagerProps>(function PasskeyManager(
  { headingLevel = 2, ...props },
  ref,
) {
  const localization = useLocalization(texts);
  const { status } = useSession();
  const { availability, list, reload } = usePasskeys();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const t = localization.passkeys;
  if (availability === 'unavailable' || availability === 'checking') return null;
  const edit = (next: Editing, message?: string) => {
    setEditing(next);
    setAnnouncement(message ?? null);
  };
  return (
    <Root {...props} ref={ref} data-state={list.status}>
      <Card>
        <Header>
          <Title level={headingLevel}>{t.managerTitle}</Title>
          <Subtitle>{t.managerSubtitle}</Subtitle>
        </Header>
        {status === 'signedOut' ? (
          <Alert tone="info">{localization.errors.session_expired}</Alert>
        ) : (
          <>
            {availability === 'unsupported' && <Alert tone="info">{t.unsupported}</Alert>}
            {announcement !== null && <Alert tone="success">{announcement}</Alert>}
            {list.status === 'error' && (
              <ErrorAlert error={list.error} autoFocus={false} onRetry={() => void reload()} />
            )}
            {list.status === 'ready' &&
              (list.passkeys.length === 0 ? (
                <Hint>{t.empty}</Hint>
              ) : (
                <ul aria-label={t.listLabel}>
                  {list.passkeys.map((passkey) => (
                    <PasskeyItem key={passkey.id} passkey={passkey} editing={editing} onEdit={edit} />
                  ))}
                </ul>
              ))}
            {availability === 'available' && (
              <AddPasskeyForm
                onAdded={(passkey) => edit({ kind: 'none' }, t.added({ name: passkey.name }))}
              />
            )}
          </>
        )}
      </Card>
    </Root>
  );
});
