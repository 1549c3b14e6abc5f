/** Code loaded once, on first use; `value` is set as soon as it has loaded, so later calls skip the await. */
export interface Lazy<T> {
  readonly value: T | undefined;
  load(): Promise<T>;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load: () => (loading ??= load().then((v) => (value = v))),
  };
}
