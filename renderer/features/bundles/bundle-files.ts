/** A picked file's bytes as base64, the form bundles travel in over the contract. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit for large bundles.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A download URL for a base64 zip; the caller revokes it when the link goes away. */
export function zipUrl(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
}

/** The message of a refused call (the core's own words), for an alert. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
