/** A fresh random id. `crypto.randomUUID` exists in Node 20 and every browser we target. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
