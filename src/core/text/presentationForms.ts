/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) are glyph shapes that
 * PDF extraction and old software leave in text; they look right but do not
 * match the ordinary letters in search or models. U+FEFF (BOM) is not one.
 */
const PRESENTATION_FORM_RUN = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g;

export function countPresentationForms(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)) count++;
  }
  return count;
}

/**
 * NFKC applied to the presentation-form runs only, so they become ordinary letters
 * while everything else (ellipses, full-width forms, superscripts) stays as written.
 */
export function foldPresentationForms(text: string): string {
  return text.replace(PRESENTATION_FORM_RUN, (run) => run.normalize('NFKC'));
}
