import { takenNames } from './nameClashes.ts';
import type { LocalName } from './projectSchema.ts';

/**
 * Names in both languages for the tags of public Arabic corpora that the default schema
 * lacks, so that labels an import adds read as names rather than codes. Sources: the
 * corpora's own documentation (NewsFANE's fine-grained classes follow ACE's entity
 * subtypes; ANERcorp and AQMAR tag sets; the stance sets of ANS, Mawqif, AuSTR and
 * AraStance; the PLOVER event types of the Arabic event GSR).
 */

type Names = Readonly<Record<string, LocalName>>;

const ENTITY_NAMES: Names = {
  // NewsFANE Gold 2014 (Alotaibi and Lee, COLING 2014): fine-grained types.
  Nation: { en: 'Nation', ar: 'دولة' },
  'Population-Center': { en: 'Population centre', ar: 'مركز سكاني' },
  Politician: { en: 'Politician', ar: 'سياسي' },
  Athlete: { en: 'Athlete', ar: 'رياضي' },
  'Non-Governmental': { en: 'Non-governmental organisation', ar: 'منظمة غير حكومية' },
  Group: { en: 'Group', ar: 'جماعة' },
  Sports: { en: 'Sports organisation', ar: 'منظمة رياضية' },
  Artist: { en: 'Artist', ar: 'فنان' },
  Other_PER: { en: 'Other person', ar: 'شخص آخر' },
  Media: { en: 'Media', ar: 'وسيلة إعلام' },
  Government: { en: 'Government body', ar: 'جهة حكومية' },
  'Building-Grounds': { en: 'Building or grounds', ar: 'مبنى أو ساحة' },
  'State-or-Province': { en: 'State or province', ar: 'ولاية أو إقليم' },
  Religious_PER: { en: 'Religious figure', ar: 'شخصية دينية' },
  Commercial: { en: 'Commercial organisation', ar: 'منظمة تجارية' },
  Scientist: { en: 'Scientist', ar: 'عالِم' },
  'GPE-Cluster': { en: 'Group of political entities', ar: 'تكتل سياسي جغرافي' },
  Continent: { en: 'Continent', ar: 'قارة' },
  'Water-Body': { en: 'Body of water', ar: 'مسطح مائي' },
  Book: { en: 'Book', ar: 'كتاب' },
  Educational: { en: 'Educational institution', ar: 'مؤسسة تعليمية' },
  Movie: { en: 'Film', ar: 'فيلم' },
  Land: { en: 'Land vehicle', ar: 'مركبة برية' },
  Police: { en: 'Police', ar: 'شرطة' },
  'County-or-District': { en: 'County or district', ar: 'مقاطعة أو قضاء' },
  Businessperson: { en: 'Businessperson', ar: 'رجل أعمال' },
  Air: { en: 'Aircraft', ar: 'مركبة جوية' },
  'Medical-Science': { en: 'Medical or scientific organisation', ar: 'مؤسسة طبية أو علمية' },
  'Land-Region-Natural': { en: 'Natural region', ar: 'منطقة طبيعية' },
  Airport: { en: 'Airport', ar: 'مطار' },
  Path: { en: 'Road or path', ar: 'طريق' },
  'Subarea-Facility': { en: 'Part of a facility', ar: 'جزء من منشأة' },
  Software: { en: 'Software', ar: 'برمجية' },
  Lawyer: { en: 'Lawyer', ar: 'محامٍ' },
  Entertainment: { en: 'Entertainment organisation', ar: 'منظمة ترفيه' },
  Religious_ORG: { en: 'Religious organisation', ar: 'منظمة دينية' },
  Hardware: { en: 'Hardware', ar: 'عتاد' },
  Engineer: { en: 'Engineer', ar: 'مهندس' },
  Celestial: { en: 'Celestial body', ar: 'جرم سماوي' },
  Food: { en: 'Food', ar: 'طعام' },
  Projectile: { en: 'Projectile', ar: 'مقذوف' },
  Shooting: { en: 'Firearm', ar: 'سلاح ناري' },
  Drug: { en: 'Drug', ar: 'عقار' },
  Water: { en: 'Watercraft', ar: 'مركبة مائية' },
  Plant: { en: 'Plant', ar: 'نبات' },
  // ANERcorp, AQMAR and CoNLL-style sets.
  PER: { en: 'Person', ar: 'شخص' },
  MISC: { en: 'Miscellaneous', ar: 'متفرقات' },
  MIS: { en: 'Miscellaneous', ar: 'متفرقات' },
};

const STANCE_NAMES: Names = {
  agree: { en: 'Agree', ar: 'يوافق' },
  disagree: { en: 'Disagree', ar: 'يخالف' },
  discuss: { en: 'Discusses', ar: 'يناقش' },
  unrelated: { en: 'Unrelated', ar: 'غير ذي صلة' },
  other: { en: 'Other', ar: 'آخر' },
  favor: { en: 'Favour', ar: 'مؤيد' },
  favour: { en: 'Favour', ar: 'مؤيد' },
  against: { en: 'Against', ar: 'معارض' },
  none: { en: 'None', ar: 'لا موقف' },
};

const EVENT_NAMES: Names = {
  ASSAULT: { en: 'Assault', ar: 'اعتداء' },
  PROTEST: { en: 'Protest', ar: 'احتجاج' },
};

function knownName(names: Names, tag: string, anyCase: boolean): LocalName | undefined {
  if (Object.hasOwn(names, tag)) return names[tag];
  return anyCase && Object.hasOwn(names, tag.toLowerCase()) ? names[tag.toLowerCase()] : undefined;
}

/**
 * The names an imported tag gets: a known corpus's names for it (stance labels whatever
 * their case), else the tag itself. A name another label of the list has already is
 * followed by the tag, so that two labels never read the same (Mawqif's "Favor" beside
 * the default "favor", ANERcorp's PER beside PERS).
 */
export function importedLabelName(layer: 'entity' | 'stance' | 'event', tag: string, others: readonly LocalName[]): LocalName {
  const names = layer === 'entity' ? ENTITY_NAMES : layer === 'stance' ? STANCE_NAMES : EVENT_NAMES;
  const known = knownName(names, tag, layer === 'stance');
  if (!known) return { en: tag, ar: tag };
  const taken = takenNames(known, others);
  return taken.en || taken.ar ? { en: `${known.en} (${tag})`, ar: `${known.ar} (${tag})` } : { ...known };
}
