import { useLocation } from 'preact-iso';
import { useTitle } from '../../lib/title.js';

export default function NotFoundPage() {
  const { path } = useLocation();
  useTitle('Siden findes ikke');
  return (
    <div class="state">
      <h1>Siden findes ikke</h1>
      <p>
        Der er ingen side på adressen <code>{path}</code>.
      </p>
      <p>
        <a href="/">Gå til overblikket</a> eller <a href="/sog">søg i referaterne</a>.
      </p>
    </div>
  );
}
