import { useState } from 'preact/hooks';

import type { Translate } from '@/lib/i18n/messages';

/** Choose or drop files; pasting is handled by the page. */
export function FileInput({
  onFiles,
  disabled,
  t,
}: {
  onFiles: (files: File[]) => void;
  disabled: boolean;
  t: Translate;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class={`drop-zone${dragging ? ' dragging' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <p>{t('filesDrop')}</p>
      <label class="button-like">
        {t('filesChoose')}{' '}
        <input
          type="file"
          multiple
          accept="image/png,image/jpeg,image/webp,application/pdf,.pdf"
          data-testid="file-input"
          disabled={disabled}
          onChange={(e) => {
            const input = e.currentTarget;
            onFiles([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </label>
    </div>
  );
}
