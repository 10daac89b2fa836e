import { useFocusOnMount } from '../../hooks/use-focus-on-mount.js';
import { enUSCommon, enUSMfaChallenge } from '../../localization/en-us.js';
import { useLocalization } from '../../localization/use-localization.js';
import { Alert, Button, Card, Footer, Header, Link, Title } from '../../parts/layout-parts.js';
import { useAuthContext } from '../../provider/auth-context.js';

const texts = { common: enUSCommon, mfaChallenge: enUSMfaChallenge };

export interface LowRecoveryCodesNoticeProps {
  /** Leaves the notice (and finishes the sign-in). */
  onContinue: () => void;
  /** Your page for new recovery codes (one with `<RecoveryCodes />`). */
  recoveryCodesHref: string | undefined;
}

/**
 * After a recovery-code sign-in that left few codes: say so before moving on. New codes are
 * one link away, and `<UserButton>` keeps offering them until they exist, so the sign-in
 * page itself stays small (the regeneration screens are not part of it).
 */
export function LowRecoveryCodesNotice({ onContinue, recoveryCodesHref }: LowRecoveryCodesNoticeProps) {
  const { recoveryCodesLeft } = useAuthContext();
  const localization = useLocalization(texts);
  const focusTitle = useFocusOnMount<HTMLHeadingElement>();
  const t = localization.mfaChallenge;
  return (
    <Card>
      <Header>
        <Title ref={focusTitle}>{t.lowCodesTitle}</Title>
      </Header>
      <Alert tone="warning">{t.lowCodesBody({ remaining: recoveryCodesLeft ?? 0 })}</Alert>
      <Button onClick={onContinue}>{localization.common.continue}</Button>
      {recoveryCodesHref && (
        <Footer>
          <Link href={recoveryCodesHref}>{t.regenerateCodes}</Link>
        </Footer>
      )}
    </Card>
  );
}
