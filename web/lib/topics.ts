import { useEffect, useState } from 'preact/hooks';
import type { TopicsResponse } from '../../api/contract.js';
import { api } from '../api/client.js';

let cached: Promise<TopicsResponse> | null = null;

/** The topic taxonomy, fetched once per page load and shared by every page. */
export function loadTopics(): Promise<TopicsResponse> {
  cached ??= api.topics().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** Topic id → Danish label (empty until the taxonomy has loaded; callers fall back to the id). */
export function useTopicLabels(): Map<string, string> {
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    loadTopics()
      .then((topics) => live && setLabels(new Map(topics.topics.map((t) => [t.id, t.label]))))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return labels;
}
