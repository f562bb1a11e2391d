export function Logo() {
  return (
    <svg class="logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1d4f80" />
      <circle cx="16" cy="16" r="10" fill="none" stroke="#8fd0ff" stroke-width="2" />
      <circle cx="16" cy="16" r="5" fill="none" stroke="#8fd0ff" stroke-width="2" />
      <path d="M16 16 L24 9" stroke="#fff" stroke-width="2.5" stroke-linecap="round" />
      <circle cx="16" cy="16" r="2" fill="#fff" />
    </svg>
  );
}
