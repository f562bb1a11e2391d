import { FILTER_LABELS, filterValueLabel, type ActiveFilter } from '../../lib/filters.js';

/** The filters in force, as chips that remove themselves. */
export function ActiveFilters({
  filters,
  labelOf,
  onRemove,
  onClear,
}: {
  filters: ActiveFilter[];
  labelOf: (name: string, value: string) => string | undefined;
  onRemove: (filter: ActiveFilter) => void;
  onClear: () => void;
}) {
  if (filters.length === 0) return null;
  return (
    <div class="active-filters">
      <h3 class="visually-hidden">Aktive filtre</h3>
      <ul class="active-filters__list">
        {filters.map((filter) => {
          const name = FILTER_LABELS[filter.name] ?? filter.name;
          const value = filterValueLabel(filter.name, filter.value, labelOf);
          return (
            <li key={`${filter.name}=${filter.value}`}>
              <button type="button" class="filter-chip" onClick={() => onRemove(filter)} aria-label={`Fjern filter ${name}: ${value}`}>
                <span class="filter-chip__name">{name}:</span> {value}
                <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                  <path d="M3 3l6 6M9 3l-6 6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
                </svg>
              </button>
            </li>
          );
        })}
      </ul>
      {filters.length > 1 && (
        <button type="button" class="link-button active-filters__clear" onClick={onClear}>
          Ryd alle filtre
        </button>
      )}
    </div>
  );
}
