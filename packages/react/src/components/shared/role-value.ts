/** A role a screen's selector offers: its value, or a value with a label to show. */
export type SignInRoleOption = string | { value: string; label: string };

/** The role an option stands for, as sign-in and sign-up send it. */
export function roleValue(option: SignInRoleOption): string {
  return typeof option === 'string' ? option : option.value;
}
