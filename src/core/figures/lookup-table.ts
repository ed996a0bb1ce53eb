/**
 * A word table without Object.prototype behind it. The recogniser looks tokens up by
 * their text, and in a plain object "constructor" finds a function: "The constructor
 * workers" read as a count of workers.
 */
export function lookupTable<T>(entries: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
