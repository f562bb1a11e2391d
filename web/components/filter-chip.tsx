import type { ComponentChildren } from 'preact';

/** A chip that removes what it shows (a filter, a search term); `label` names that for screen readers. */
export function FilterChip({ label, onRemove, children }: { label: string; onRemove: () => void; children: ComponentChildren }) {
  return (
    <button type="button" class="filter-chip" onClick={onRemove} aria-label={label}>
      {children}
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
        <path d="M3 3l6 6M9 3l-6 6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      </svg>
    </button>
  );
}
