import type { SectionKey } from '../../../ingest/model.js';
import { FilterSelect, SelectField } from '../../components/filter-selects.js';
import { SECTION_LABELS } from '../../format.js';

const SECTIONS = (Object.keys(SECTION_LABELS) as (SectionKey | 'title')[])
  .filter((key): key is SectionKey => key !== 'title')
  .map((key): [string, string] => [key, SECTION_LABELS[key]]);

/** A single-valued search parameter set (or, with "", removed) by a control. */
export type SetParam = (name: string, value: string) => void;

/** Section, date range, amount and document kind: each a URL parameter like every facet. */
export function SearchControls({ params, onSet }: { params: URLSearchParams; onSet: SetParam }) {
  const kinds = params.getAll('kind');
  return (
    <fieldset class="control-group search-controls">
      <legend>Afgræns</legend>
      <SelectField
        id="search-section"
        label="Søg i afsnit"
        value={params.get('section') ?? ''}
        options={[['', 'Alle afsnit'], ...SECTIONS]}
        onChange={(section) => onSet('section', section)}
      />
      <div class="search-controls__dates">
        <DateField name="dateFrom" label="Fra dato" params={params} onSet={onSet} />
        <DateField name="dateTo" label="Til dato" params={params} onSet={onSet} />
      </div>
      <FilterSelect name="hasAmount" id="search-amount" value={params.get('hasAmount') ?? ''} onChange={(amount) => onSet('hasAmount', amount)} />
      <FilterSelect name="kind" id="search-kind" value={kinds.length === 1 ? kinds[0] : ''} onChange={(kind) => onSet('kind', kind)} />
    </fieldset>
  );
}

/** One end of the date range; the other end bounds what the browser's date picker offers. */
function DateField({ name, label, params, onSet }: { name: 'dateFrom' | 'dateTo'; label: string; params: URLSearchParams; onSet: SetParam }) {
  const other = params.get(name === 'dateFrom' ? 'dateTo' : 'dateFrom') ?? undefined;
  return (
    <div class="field">
      <label for={`search-${name}`}>{label}</label>
      <input
        id={`search-${name}`}
        class="input"
        type="date"
        value={params.get(name) ?? ''}
        min={name === 'dateTo' ? other : undefined}
        max={name === 'dateFrom' ? other : undefined}
        onChange={(event) => onSet(name, (event.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
