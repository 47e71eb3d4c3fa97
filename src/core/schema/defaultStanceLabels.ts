import type { StanceLabel } from './projectSchema.ts';

/**
 * Stance towards a target. Tags follow Mawqif, the Arabic target-stance dataset (Favor /
 * Against / None), lower-cased like ANS and AuSTR, with its "None" split in two:
 * `neutral` (the text is about the target but takes no side) and `unrelated` (as in AuSTR
 * and ArabicFC: the text is not about the target); for Mawqif's three classes, both are None.
 */
export const DEFAULT_STANCE_LABELS: readonly StanceLabel[] = [
  { tag: 'favor', name: { en: 'Favour', ar: 'مؤيد' }, color: '#66bb6a', hotkey: 'Digit1' },
  { tag: 'against', name: { en: 'Against', ar: 'معارض' }, color: '#e57373', hotkey: 'Digit2' },
  { tag: 'neutral', name: { en: 'Neutral', ar: 'محايد' }, color: '#90a4ae', hotkey: 'Digit3' },
  { tag: 'unrelated', name: { en: 'Unrelated', ar: 'غير ذي صلة' }, color: '#c5b7a8', hotkey: 'Digit4' },
];
