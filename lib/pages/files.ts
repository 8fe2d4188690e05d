/**
 * Getting text out of the extension's pages: the clipboard, and a download through an object URL
 * (no `downloads` permission needed). Shared by the popup and the history page.
 */
import type { ChannelId } from '@/lib/letters';
import { CHANNEL_TITLES } from '@/lib/letters/wording/channels';

export function downloadFile(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** Saves a complaint as a UTF-8 .txt file with a BOM, so Windows Notepad reads the Chinese. */
export function downloadText(text: string, channel: ChannelId): void {
  downloadFile(
    `借贷明镜-${CHANNEL_TITLES[channel].zh}-${new Date().toISOString().slice(0, 10)}.txt`,
    ['\uFEFF', text],
    'text/plain;charset=utf-8',
  );
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
