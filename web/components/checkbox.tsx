import { formatCount, plural } from '../format.js';

/**
 * A checkbox of a .checkbox-list; with `count`, the number of items behind it (read out as "…, 3 punkter"),
 * marked "ca." when `approximate`.
 */
export function Checkbox({
  name,
  value,
  label,
  checked,
  disabled,
  count,
  approximate,
  title,
  onToggle,
}: {
  name: string;
  value: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  count?: number;
  approximate?: boolean;
  title?: string;
  onToggle: () => void;
}) {
  return (
    <label class="checkbox" title={title}>
      <input type="checkbox" name={name} value={value} checked={checked} disabled={disabled} onChange={onToggle} />
      <span class="checkbox__label">{label}</span>
      {count !== undefined && (
        <span class="checkbox__count">
          <span aria-hidden="true">{formatCount(count, approximate)}</span>
          <span class="visually-hidden">, {approximate ? `${formatCount(count, true)} punkter` : plural(count, 'punkt', 'punkter')}</span>
        </span>
      )}
    </label>
  );
}
