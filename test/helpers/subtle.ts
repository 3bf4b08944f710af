/**
 * Swaps `globalThis.crypto` for the duration of a call, to run code without `crypto.subtle` or
 * with a counting wrapper around it.
 */
export async function withCrypto<T>(replacement: object, f: () => Promise<T>): Promise<T> {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value: replacement, configurable: true, writable: true });
  try {
    return await f();
  } finally {
    if (desc) Object.defineProperty(globalThis, 'crypto', desc);
    else delete (globalThis as { crypto?: unknown }).crypto;
  }
}

/** A `crypto` whose `subtle` counts `sign` calls. */
export function countingCrypto(): { crypto: object; signs: () => number } {
  const real = globalThis.crypto;
  let n = 0;
  const subtle = {
    importKey: real.subtle.importKey.bind(real.subtle),
    digest: real.subtle.digest.bind(real.subtle),
    sign: (...args: Parameters<typeof real.subtle.sign>) => {
      n++;
      return real.subtle.sign(...args);
    },
  };
  return { crypto: { getRandomValues: real.getRandomValues.bind(real), subtle }, signs: () => n };
}
