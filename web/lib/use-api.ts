import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { ApiError, isAbort } from '../api/client.js';

/** Requests faster than this never show a loading indicator. */
export const SLOW_MS = 300;

export interface ApiState<T> {
  /** The latest successful response; kept while a newer request is under way (see `stale`). */
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Loading for more than SLOW_MS: the time to show an indicator. */
  slow: boolean;
  /** `data` belongs to an older key than the one being loaded. */
  stale: boolean;
  retry: () => void;
}

/**
 * Loads `key` (null: load nothing) with `load`, cancelling the previous request whenever the key changes,
 * so a slow answer to an old query can never overwrite a newer one.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [attempt, bump] = useReducer((n: number, _action: void) => n + 1, 0);
  const retry = () => bump();
  const [state, setState] = useState<{ data: T | null; dataKey: string | null; error: ApiError | null; loadingKey: string | null }>({
    data: null,
    dataKey: null,
    error: null,
    loadingKey: key,
  });
  const [slow, setSlow] = useState(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) {
      setState((s) => ({ ...s, error: null, loadingKey: null }));
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, error: null, loadingKey: key }));
    setSlow(false);
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    loadRef
      .current(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ data, dataKey: key, error: null, loadingKey: null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, error instanceof Error ? error.message : String(error));
        setState((s) => ({ ...s, error: apiError, loadingKey: null }));
      })
      .finally(() => {
        clearTimeout(timer);
        if (!controller.signal.aborted) setSlow(false);
      });
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, attempt]);

  const loading = state.loadingKey !== null && state.loadingKey === key;
  return {
    data: state.data,
    error: state.error,
    loading,
    slow: loading && slow,
    stale: state.dataKey !== key,
    retry,
  };
}
