/**
 * The one placeholder filler, for legal wording, letters and interface strings alike: `{name}`
 * placeholders filled from typed data. A missing value throws, so a half-filled complaint (or a
 * label showing "{count}") can never reach a borrower; the tests render every text.
 */

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export function fillTemplate(
  template: string,
  data: Readonly<Record<string, string | number>>,
): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`template placeholder {${name}} has no value`);
    return String(value);
  });
}
