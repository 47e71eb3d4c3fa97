import { arabicSearchKey, searchKeyUnits, SPACE } from './arabicSearchKey.ts';

/** In the matcher's table: a code unit whose lower case takes more than itself (İ), its neighbours (Σ) or its pair (astral). */
const COMPLEX = -3;

let matchUnits: Int32Array | null = null;

/** searchKeyUnits with lower case applied where one code unit lowers to one, on its own. */
function buildMatchUnits(): Int32Array {
  const table = Int32Array.from(searchKeyUnits());
  for (let code = 0; code < table.length; code++) {
    const unit = table[code] as number;
    if (unit < 0 || (code >= 0xdc00 && code <= 0xdfff)) continue;
    // An astral character's case is its code point's, which a table of code units cannot hold.
    if (code >= 0xd800 && code <= 0xdbff) {
      table[code] = COMPLEX;
      continue;
    }
    const lower = String.fromCharCode(unit).toLowerCase();
    // Capital sigma lowers to σ or, at a word's end, ς: only the whole key can tell.
    table[code] = lower.length === 1 && unit !== 0x03a3 ? lower.charCodeAt(0) : COMPLEX;
  }
  return table;
}

/**
 * Whether each text contains the query, as `arabicSearchKey(text).includes(arabicSearchKey(query))`
 * says, without building the text's key: the document list and the export filter try
 * every text of a project, and building keys costs several times the comparison. The
 * text's key is produced one code unit at a time and run through a KMP automaton of the
 * query's; a text with a character whose lower case needs context, or an astral one
 * (whose case the table cannot hold), is keyed whole. An empty query matches every text.
 */
export function searchMatcher(query: string): (text: string) => boolean {
  const key = arabicSearchKey(query);
  if (key === '') return () => true;
  const table = (matchUnits ??= buildMatchUnits());
  const pattern = Int32Array.from(key, (c) => c.charCodeAt(0));
  const m = pattern.length;
  // failure[k]: the longest proper prefix of pattern[0, k] that is also its suffix.
  const failure = new Int32Array(m + 1);
  for (let k = 1, f = 0; k < m; k++) {
    while (f > 0 && pattern[k] !== pattern[f]) f = failure[f] as number;
    if (pattern[k] === pattern[f]) f++;
    failure[k + 1] = f;
  }
  const slow = (text: string) => arabicSearchKey(text).includes(key);
  return (raw: string) => {
    const text = raw.normalize('NFKC');
    let matched = 0;
    let kept = false;
    let pendingSpace = false;
    for (let i = 0; i < text.length; i++) {
      const unit = table[text.charCodeAt(i)] as number;
      if (unit < 0) {
        if (unit === SPACE) pendingSpace = kept;
        else if (unit === COMPLEX) return slow(raw);
        continue;
      }
      kept = true;
      if (pendingSpace) {
        // The one space a run of whitespace between kept units becomes.
        pendingSpace = false;
        while (matched > 0 && pattern[matched] !== 0x20) matched = failure[matched] as number;
        if (pattern[matched] === 0x20 && ++matched === m) return true;
      }
      while (matched > 0 && pattern[matched] !== unit) matched = failure[matched] as number;
      if (pattern[matched] === unit && ++matched === m) return true;
    }
    return false;
  };
}
