/** `base` with the texts `override` sets; texts left `undefined` keep their base wording. */
export function mergeSection<Section extends object>(
  base: Section,
  override: Partial<Section> | undefined,
): Section {
  if (!override) return base;
  const merged = { ...base };
  for (const key of Object.keys(override) as (keyof Section)[]) {
    const value = override[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
