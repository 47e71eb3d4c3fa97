import type { EntityLabel } from './projectSchema.ts';

/**
 * The 21 Wojood entity types (SinaLab/ArabicNER), the default entity labels of a project.
 * Colours are mid-tone hues meant to be drawn at about 40% alpha behind black text;
 * the four most frequent types (PERS, ORG, GPE, LOC) get clearly different hues.
 * Hotkeys are physical keys (KeyboardEvent.code) so they work on Arabic layouts; digits 1 to 4
 * are left to the stance labels.
 */
export const DEFAULT_ENTITY_LABELS: readonly EntityLabel[] = [
  { tag: 'PERS', name: { en: 'Person', ar: 'شخص' }, color: '#e8575a', hotkey: 'KeyP' },
  { tag: 'NORP', name: { en: 'Group of people', ar: 'جماعة' }, color: '#f5a623', hotkey: 'KeyN' },
  { tag: 'OCC', name: { en: 'Occupation', ar: 'مهنة' }, color: '#f28fb8', hotkey: 'KeyC' },
  { tag: 'ORG', name: { en: 'Organization', ar: 'منظمة' }, color: '#4a8fe0', hotkey: 'KeyO' },
  { tag: 'GPE', name: { en: 'Geopolitical entity', ar: 'كيان جيوسياسي' }, color: '#3cb371', hotkey: 'KeyG' },
  { tag: 'LOC', name: { en: 'Location', ar: 'موقع' }, color: '#c77dde', hotkey: 'KeyL' },
  { tag: 'FAC', name: { en: 'Facility', ar: 'منشأة' }, color: '#a1887f', hotkey: 'KeyF' },
  { tag: 'EVENT', name: { en: 'Event', ar: 'حدث' }, color: '#26c6da', hotkey: 'KeyE' },
  { tag: 'DATE', name: { en: 'Date', ar: 'تاريخ' }, color: '#ffd54f', hotkey: 'KeyD' },
  { tag: 'TIME', name: { en: 'Time', ar: 'وقت' }, color: '#ffab73', hotkey: 'KeyT' },
  { tag: 'LANGUAGE', name: { en: 'Language', ar: 'لغة' }, color: '#9ccc65', hotkey: 'KeyA' },
  { tag: 'WEBSITE', name: { en: 'Website', ar: 'موقع إلكتروني' }, color: '#7986cb', hotkey: 'KeyW' },
  { tag: 'LAW', name: { en: 'Law', ar: 'قانون' }, color: '#c5a880', hotkey: 'KeyJ' },
  { tag: 'PRODUCT', name: { en: 'Product', ar: 'منتج' }, color: '#b39ddb', hotkey: 'KeyR' },
  { tag: 'CARDINAL', name: { en: 'Cardinal number', ar: 'عدد أصلي' }, color: '#90a4ae', hotkey: 'KeyK' },
  { tag: 'ORDINAL', name: { en: 'Ordinal number', ar: 'عدد ترتيبي' }, color: '#b0bec5', hotkey: 'KeyI' },
  // Digit5: "%" shares the key on most Latin layouts.
  { tag: 'PERCENT', name: { en: 'Percentage', ar: 'نسبة مئوية' }, color: '#80cbc4', hotkey: 'Digit5' },
  { tag: 'QUANTITY', name: { en: 'Quantity', ar: 'كمية' }, color: '#d4e157', hotkey: 'KeyQ' },
  { tag: 'UNIT', name: { en: 'Unit', ar: 'وحدة قياس' }, color: '#bcaaa4', hotkey: 'KeyU' },
  { tag: 'MONEY', name: { en: 'Money', ar: 'مبلغ مالي' }, color: '#66bb6a', hotkey: 'KeyM' },
  { tag: 'CURR', name: { en: 'Currency', ar: 'عملة' }, color: '#4db6ac', hotkey: 'KeyY' },
];
