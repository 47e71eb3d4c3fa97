/** Letters (Arabic too) and digits kept, anything else a hyphen: safe on every file system. */
function slug(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'tawsim';
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function workPackageFileName(projectName: string, annotator: string, date: Date): string {
  return `${slug(projectName)}-${slug(annotator)}-${day(date)}.tawsim-work.json.gz`;
}

export function projectBundleFileName(projectName: string, date: Date): string {
  return `${slug(projectName)}-${day(date)}.tawsim-bundle.json.gz`;
}

export function agreementReportFileName(projectName: string, date: Date): string {
  return `${slug(projectName)}-${day(date)}.agreement.json`;
}
