/**
 * The anatomy of every screen: one closed list of part names. Each element the kit renders
 * carries `data-af-part="<kebab-name>"`, the class `af-<kebab-name>` (unless unstyled) and any
 * class `appearance.classNames[<name>]` gives it. The list is kept small on purpose: a name
 * here is public API.
 */
export const partNames = [
  'root',
  'card',
  'header',
  'title',
  'subtitle',
  'form',
  'field',
  'label',
  'input',
  'inputGroup',
  'passwordToggle',
  'select',
  'checkbox',
  'hint',
  'error',
  'button',
  'secondaryButton',
  'link',
  'alert',
  'codeInput',
  'checklist',
  'checklistItem',
  'footer',
  'qrCode',
  'secret',
  'codeList',
  'trigger',
  'avatar',
  'menu',
  'menuItem',
  'sessionList',
  'sessionItem',
  'dialog',
] as const;

export type PartName = (typeof partNames)[number];

/** Theme values; each becomes the CSS variable shown next to it on the root element. */
export interface AppearanceVariables {
  /** `--af-color-primary`: buttons, links, focus ring. */
  colorPrimary?: string;
  /** `--af-color-primary-foreground`: text on the primary color. */
  colorPrimaryForeground?: string;
  /** `--af-color-background`: the card. */
  colorBackground?: string;
  /** `--af-color-foreground`: body text. */
  colorForeground?: string;
  /** `--af-color-muted`: secondary text, hints. */
  colorMuted?: string;
  /** `--af-color-surface`: inputs and subtle panels. */
  colorSurface?: string;
  /** `--af-color-border`: input and card borders. */
  colorBorder?: string;
  /** `--af-color-danger`: errors. */
  colorDanger?: string;
  /** `--af-color-success`: met requirements and confirmations. */
  colorSuccess?: string;
  /** `--af-color-warning`: warnings. */
  colorWarning?: string;
  /** `--af-radius`: corner radius of inputs and buttons (the card uses twice this). */
  radius?: string;
  /** `--af-font-family`. */
  fontFamily?: string;
  /** `--af-font-size`: the base size every other size derives from. */
  fontSize?: string;
  /** `--af-spacing`: the base gap every other gap derives from. */
  spacing?: string;
}

export type AppearanceVariable = keyof AppearanceVariables;

export type ColorMode = 'light' | 'dark' | 'system';

export interface Appearance {
  /** Theme values written as `--af-*` variables on each screen's root. */
  variables?: AppearanceVariables;
  /** Extra classes per part, added next to the kit's own. */
  classNames?: Partial<Record<PartName, string>>;
  /**
   * Drop every `af-` class so the shipped stylesheet applies to nothing and only your
   * classes and the `data-af-part` / `data-state` attributes remain. Default `false`.
   */
  unstyled?: boolean;
  /** `system` follows `prefers-color-scheme`. Default `system`. */
  colorMode?: ColorMode;
}
