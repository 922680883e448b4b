/** Requests per client address per window (seconds) for the public reads that cost work; public-limits.ts applies them. */
export const PUBLIC_LIMITS = {
  export: { points: 10, duration: 600 },
  coverage: { points: 60, duration: 60 },
} as const;
