import { useState } from 'preact/hooks';
import type { FacetName, FacetValue } from '../../../api/contract.js';
import { Checkbox } from '../../components/checkbox.js';
import { FACETS, filterValueLabel, withSelected } from '../../lib/filters.js';

const VISIBLE = 6;

/**
 * Facet checkboxes. Values selected in the URL are always shown, even when the API did not return them.
 * `approximate`: the counts are estimates from a sample of the matches ("ca."), which a note under the facets says.
 */
export function Facets({
  facets,
  approximate,
  params,
  onToggle,
}: {
  facets: Record<FacetName, FacetValue[]> | null;
  approximate: boolean;
  params: URLSearchParams;
  onToggle: (name: FacetName, value: string) => void;
}) {
  return (
    <div class="facets">
      {FACETS.map(({ name, label }) => (
        <FacetGroup
          key={name}
          name={name}
          label={label}
          values={withSelected(name, facets?.[name] ?? [], params.getAll(name))}
          approximate={approximate}
          onToggle={(value) => onToggle(name, value)}
        />
      ))}
      {approximate && (
        <p class="facets__note">
          Tallene er skønnet ud fra en stikprøve af de mange fundne punkter (ca.). Afgræns søgningen for at få præcise tal.
        </p>
      )}
    </div>
  );
}

function FacetGroup({
  name,
  label,
  values,
  approximate,
  onToggle,
}: {
  name: FacetName;
  label: string;
  values: FacetValue[];
  approximate: boolean;
  onToggle: (value: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  if (values.length === 0) return null;
  const shown = expanded ? values : values.filter((v, i) => i < VISIBLE || v.selected);
  const hidden = values.length - shown.length;
  return (
    <fieldset class="control-group facet">
      <legend>{label}</legend>
      <ul class="checkbox-list">
        {shown.map((value) => (
          <li key={value.value}>
            <Checkbox
              name={name}
              value={value.value}
              label={filterValueLabel(name, value.value, () => value.label)}
              checked={value.selected}
              count={value.count}
              approximate={approximate}
              onToggle={() => onToggle(value.value)}
            />
          </li>
        ))}
      </ul>
      {(hidden > 0 || expanded) && values.length > VISIBLE && (
        <button type="button" class="link-button facet__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Vis færre' : `Vis alle ${values.length}`}
        </button>
      )}
    </fieldset>
  );
}
