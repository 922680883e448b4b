/** Longest text each station field takes; shared by the schema and the form's maxLength. Client-safe. */
export const LIMITS = { name: 100, address: 200, phone: 60, operator: 100, notes: 2000, entryNote: 200 } as const;
