import type { FormValues } from './form-values';
import type { FieldError, InputField } from './input-schema';

// What the save action answers the station form. Client-safe (types only).

export type DuplicateView = { id: string; name: string; county: string; distanceM: number; near: boolean; sameName: boolean };

export type ConflictView = { version: number; theirs: FormValues; by: string | null; at: string | null };

export type FormState = {
  /** Increases with every answer, so the form can tell a new answer from an old one. */
  seq: number;
  outcome: 'idle' | 'invalid' | 'duplicates' | 'conflict' | 'refused';
  errors: Partial<Record<InputField, FieldError>>;
  duplicates: DuplicateView[];
  conflict: ConflictView | null;
};

export const IDLE: FormState = { seq: 0, outcome: 'idle', errors: {}, duplicates: [], conflict: null };
