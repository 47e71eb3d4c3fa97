/**
 * What a text loses written into a UTF-8 text file (brat's .txt, CoNLL's tokens), for the
 * export's loss report: an unpaired UTF-16 surrogate (a JSON file can escape one) has no
 * UTF-8 and is written as U+FFFD; a leading U+FEFF is read back as a byte order mark and
 * dropped.
 */
export function textFileLosses(text: string, options: { leadingBom: boolean }): string[] {
  const losses: string[] = [];
  let unpaired = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else unpaired++;
  }
  if (unpaired > 0) losses.push(`${unpaired === 1 ? '1 unpaired surrogate is' : `${unpaired} unpaired surrogates are`} written as U+FFFD, as UTF-8 cannot hold them`);
  if (options.leadingBom && text.startsWith('\uFEFF')) losses.push('the text starts with U+FEFF, which reads back as a byte order mark and is dropped');
  return losses;
}
