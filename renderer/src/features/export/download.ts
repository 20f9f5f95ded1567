import type { ExportOutput } from '../../../../shared/model/export';

/** Bytes of an export as the services sent them (text formats UTF-8, binary formats base64). */
export function outputBytes(out: ExportOutput): Uint8Array {
  if (out.encoding === 'utf8') return new TextEncoder().encode(out.content);
  const bin = atob(out.content);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * Saves an export through the browser's download (a Blob and an anchor with `download`): works in the
 * serve host and in Electron, which routes it to its own download handling.
 */
export function downloadExport(out: ExportOutput): void {
  const blob = new Blob([outputBytes(out) as BlobPart], { type: out.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = out.filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file for import: .qdpx (zip) as base64, anything else as UTF-8 text. */
export async function readImportFile(
  file: File,
): Promise<{ format: 'jsonld' | 'qdpx'; encoding: 'utf8' | 'base64'; content: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) return { format: 'jsonld', encoding: 'utf8', content: new TextDecoder().decode(bytes) };
  let bin = '';
  // Chunked so a large archive does not overflow the argument limit of fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { format: 'qdpx', encoding: 'base64', content: btoa(bin) };
}

/** Copies text to the clipboard; false when the browser refuses (the caller shows the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
