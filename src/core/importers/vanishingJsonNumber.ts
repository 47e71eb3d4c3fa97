/**
 * The first number in a JSON text that is not zero as written but reads as 0
 * (1e-400, or a decimal with hundreds of zeros), or null. JSON.parse rounds such a
 * number to 0 without a word, so a value kept in metadata would silently change.
 * Strings are skipped; assumes the text already parsed as JSON.
 */
export function vanishingJsonNumber(json: string): string | null {
  // Only an exponent below −300 or a run of over 300 zeros can get there: most lines skip the scan.
  if (!/[eE]-\d{3}|\.0{300}/.test(json)) return null;
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, escapes included.
      for (i++; i < json.length && json.charCodeAt(i) !== 0x22; i++) if (json.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      number.lastIndex = i;
      const token = number.exec(json)?.[0];
      if (token === undefined) continue;
      const mantissa = token.split(/[eE]/)[0]!;
      if (Number(token) === 0 && /[1-9]/.test(mantissa)) return token;
      i += token.length - 1;
    }
  }
  return null;
}
