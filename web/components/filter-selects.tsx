/** The single-choice filters shared by the search and trends pages; "" (the first option) means no filter. */

type Options = [value: string, label: string][];

const CHOICES = {
  hasAmount: {
    label: 'Beløb',
    options: [
      ['', 'Med og uden beløb'],
      ['true', 'Kun punkter med beløb'],
      ['false', 'Kun punkter uden beløb'],
    ] as Options,
  },
  kind: {
    label: 'Dokument',
    options: [
      ['', 'Referater og dagsordener'],
      ['referat', 'Kun referater'],
      ['dagsorden', 'Kun dagsordener'],
    ] as Options,
  },
};

export function SelectField({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: Options; onChange: (value: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} class="select" value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The amount (`hasAmount`) or document kind (`kind`) filter as a select. */
export function FilterSelect({ name, id, value, onChange }: { name: keyof typeof CHOICES; id: string; value: string; onChange: (value: string) => void }) {
  return <SelectField id={id} label={CHOICES[name].label} value={value} options={CHOICES[name].options} onChange={onChange} />;
}
