/** The app store the contract's sample client updates; tests read what it was told. */
export interface SampleStoreState {
  user: unknown;
}

export const storeUpdates: SampleStoreState[] = [];

export function updateState(state: SampleStoreState): void {
  storeUpdates.push(state);
}
