// The length rule for every password an admin chooses or is given, in a
// module of its own so that client forms can read it without argon2.
// 128 is better-auth's own sign-in limit: a longer password could be stored
// but would never sign in.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
