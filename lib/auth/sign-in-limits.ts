/** The sign-in counts' numbers (throttle.ts explains them); a file of its own so that tests read the same numbers. */
export const SIGN_IN_LIMITS = {
  accountAddress: { keyPrefix: 'signin_account_ip', points: 5, duration: 15 * 60 },
  address: { keyPrefix: 'signin_ip', points: 20, duration: 15 * 60 },
  account: { keyPrefix: 'signin_account', points: 100, duration: 60 * 60 },
} as const;
