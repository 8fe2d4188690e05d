// Vite's asset imports, as used by the OCR and PDF modules of the extension build.
declare module '*?url' {
  const url: string;
  export default url;
}
declare module '*?raw' {
  const text: string;
  export default text;
}
