/**
 * A map that forgets its oldest entry past `max`: enough for values that are costly to derive
 * and never change for their key (a key derived for one context, a data key unwrapped from one
 * wrapped value, a prepared statement for its SQL), so a stale entry is impossible and only memory
 * needs a bound.
 */
export function boundedCache<V>(max: number) {
  const map = new Map<string, V>();
  return {
    get: (key: string) => map.get(key),
    set(key: string, value: V) {
      if (map.size >= max) map.delete(map.keys().next().value as string);
      map.set(key, value);
    },
  };
}

/** `derive(key)`, computed once per key while it stays in the cache. */
export function memoised<V>(max: number, derive: (key: string) => V): (key: string) => V {
  const cache = boundedCache<V>(max);
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = derive(key);
      cache.set(key, value);
    }
    return value;
  };
}
