import { FilterChip } from '../../components/filter-chip.js';
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
      <ul class="filter-chips">
        {filters.map((filter) => {
          const name = FILTER_LABELS[filter.name] ?? filter.name;
          const value = filterValueLabel(filter.name, filter.value, labelOf);
          return (
            <li key={`${filter.name}=${filter.value}`}>
              <FilterChip label={`Fjern filter ${name}: ${value}`} onRemove={() => onRemove(filter)}>
                <span class="filter-chip__name">{name}:</span> {value}
              </FilterChip>
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
