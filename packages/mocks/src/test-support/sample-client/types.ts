/** The one type the contract's sample client imports from `./types`. */
export type UserRole = string;
