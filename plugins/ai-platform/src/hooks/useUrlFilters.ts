import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Filters kept in the URL's search parameters, so a filtered view can be
 * shared as a link. An empty value removes the parameter.
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): [Partial<Record<K, string>>, (key: K, value: string) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filter = useMemo(() => {
    const current = new URLSearchParams(search);
    const out: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = current.get(key);
      if (value) out[key] = value;
    }
    return out;
  }, [search, keys]);
  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams(
        prev => {
          const next = new URLSearchParams(prev);
          change(next);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const set = useCallback(
    (key: K, value: string) =>
      update(next => (value ? next.set(key, value) : next.delete(key))),
    [update],
  );
  const clear = useCallback(
    () => update(next => keys.forEach(k => next.delete(k))),
    [update, keys],
  );
  return [filter, set, clear];
}
