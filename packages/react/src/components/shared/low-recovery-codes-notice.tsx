import { enUSCommon, enUSMfaChallenge } from '@authflow-ui/ui';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.js';
import { useRecoveryCodesLeft } from '../../hooks/use-recovery-codes-left.js';
import { useLocalization } from '../../localization/use-localization.js';
import { Button } from '../../parts/layout-parts.js';
import { FooterLink } from './footer-link.js';
import { NoticeCard } from './notice-card.js';

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
  const recoveryCodesLeft = useRecoveryCodesLeft();
  const localization = useLocalization(texts);
  const focusTitle = useFocusOnMount<HTMLHeadingElement>();
  const t = localization.mfaChallenge;
  return (
    <NoticeCard
      title={t.lowCodesTitle}
      titleRef={focusTitle}
      tone="warning"
      message={t.lowCodesBody({ remaining: recoveryCodesLeft ?? 0 })}
    >
      <Button onClick={onContinue}>{localization.common.continue}</Button>
      <FooterLink href={recoveryCodesHref}>{t.regenerateCodes}</FooterLink>
    </NoticeCard>
  );
}
