import { useTopicLabels } from '../lib/topics.js';

/** Topic ids as labelled chips (labels from /api/topics; the id until they arrive). Past `max`, a "+N" chip. */
export function TopicChips({ topics, label = 'Emner', max = Infinity }: { topics: string[]; label?: string; max?: number }) {
  const labels = useTopicLabels();
  if (topics.length === 0) return null;
  const names = topics.map((topic) => labels.get(topic) ?? topic);
  const shown = names.slice(0, max);
  const rest = names.slice(max);
  return (
    <ul class="chips" aria-label={label}>
      {shown.map((name) => (
        <li key={name} class="chip">
          {name}
        </li>
      ))}
      {rest.length > 0 && (
        <li class="chip chip--more" title={rest.join(', ')}>
          <span aria-hidden="true">+{rest.length}</span>
          <span class="visually-hidden">{rest.join(', ')}</span>
        </li>
      )}
    </ul>
  );
}
