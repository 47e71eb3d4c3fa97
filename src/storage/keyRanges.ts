/**
 * Every key [first, name] whose second part is a string. The upper bound is an array,
 * which IndexedDB orders after every string: a bound such as '\uffff' would leave out a
 * name that starts with U+FFFF, and names (annotators above all) are free text.
 */
export function namesUnder(first: string): IDBKeyRange {
  return IDBKeyRange.bound([first, ''], [first, []]);
}
