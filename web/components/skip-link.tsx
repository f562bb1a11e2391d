export function SkipLink() {
  return (
    <a class="skip-link" href="#main">
      Spring til indhold
    </a>
  );
}
