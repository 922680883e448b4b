'use client';

// window.print() needs a click handler; without JavaScript the browser's own print works the same.
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
