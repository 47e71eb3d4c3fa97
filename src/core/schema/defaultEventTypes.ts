import type { EventRole, EventType, LocalName } from './projectSchema.ts';

/**
 * The ACE 2005 event inventory: 8 types, 33 subtypes, with the participant roles each
 * subtype allows (from the public ACE 2005 QUESTIONS_ARGUMENTS table), Place where that
 * table gives it, and the time roles.
 */

/** Names of the eight ACE event types, the part of "Type:Subtype" before the colon. */
export const EVENT_GROUP_NAMES: Readonly<Record<string, LocalName>> = {
  Life: { en: 'Life', ar: 'حياة' },
  Movement: { en: 'Movement', ar: 'تنقل' },
  Transaction: { en: 'Transaction', ar: 'معاملة' },
  Business: { en: 'Business', ar: 'أعمال' },
  Conflict: { en: 'Conflict', ar: 'نزاع' },
  Contact: { en: 'Contact', ar: 'تواصل' },
  Personnel: { en: 'Personnel', ar: 'مناصب' },
  Justice: { en: 'Justice', ar: 'قضاء' },
};

export const EVENT_ROLE_NAMES: Readonly<Record<string, LocalName>> = {
  Adjudicator: { en: 'Adjudicator', ar: 'جهة الحكم' },
  Agent: { en: 'Agent', ar: 'الفاعل' },
  Artifact: { en: 'Artifact', ar: 'الشيء' },
  Attacker: { en: 'Attacker', ar: 'المهاجم' },
  Beneficiary: { en: 'Beneficiary', ar: 'المستفيد' },
  Buyer: { en: 'Buyer', ar: 'المشتري' },
  Crime: { en: 'Crime', ar: 'الجريمة' },
  Defendant: { en: 'Defendant', ar: 'المتهم' },
  Destination: { en: 'Destination', ar: 'الوجهة' },
  Entity: { en: 'Entity', ar: 'الكيان' },
  Giver: { en: 'Giver', ar: 'المانح' },
  Instrument: { en: 'Instrument', ar: 'الأداة' },
  Money: { en: 'Money', ar: 'المال' },
  Org: { en: 'Organization', ar: 'المنظمة' },
  Origin: { en: 'Origin', ar: 'نقطة الانطلاق' },
  Person: { en: 'Person', ar: 'الشخص' },
  Place: { en: 'Place', ar: 'المكان' },
  Plaintiff: { en: 'Plaintiff', ar: 'المدعي' },
  Position: { en: 'Position', ar: 'المنصب' },
  Price: { en: 'Price', ar: 'الثمن' },
  Prosecutor: { en: 'Prosecutor', ar: 'الادعاء' },
  Recipient: { en: 'Recipient', ar: 'المتلقي' },
  Seller: { en: 'Seller', ar: 'البائع' },
  Sentence: { en: 'Sentence', ar: 'العقوبة' },
  Target: { en: 'Target', ar: 'الهدف' },
  Vehicle: { en: 'Vehicle', ar: 'المركبة' },
  Victim: { en: 'Victim', ar: 'الضحية' },
  'Time-Within': { en: 'Time (within)', ar: 'الزمن (خلال)' },
  'Time-Holds': { en: 'Time (holds)', ar: 'الزمن (سارٍ)' },
  'Time-Starting': { en: 'Time (starting)', ar: 'الزمن (بدءًا من)' },
  'Time-Ending': { en: 'Time (ending)', ar: 'الزمن (حتى)' },
  'Time-Before': { en: 'Time (before)', ar: 'الزمن (قبل)' },
  'Time-After': { en: 'Time (after)', ar: 'الزمن (بعد)' },
  'Time-At-Beginning': { en: 'Time (at beginning)', ar: 'الزمن (عند البداية)' },
  'Time-At-End': { en: 'Time (at end)', ar: 'الزمن (عند النهاية)' },
};

/**
 * All eight time roles of the ACE scorer, not the six of the per-subtype table: the
 * guidelines define every time role for every event, and the table's omission of
 * Time-Holds and Time-Before looks like a preprocessing choice.
 */
const TIME_ROLES = [
  'Time-Within',
  'Time-Holds',
  'Time-Starting',
  'Time-Ending',
  'Time-Before',
  'Time-After',
  'Time-At-Beginning',
  'Time-At-End',
];

type SubtypeRow = [type: string, name: LocalName, roles: string[], place: boolean];

const SUBTYPES: SubtypeRow[] = [
  ['Life:Be-Born', { en: 'Be born', ar: 'ولادة' }, ['Person'], true],
  ['Life:Marry', { en: 'Marry', ar: 'زواج' }, ['Person'], true],
  ['Life:Divorce', { en: 'Divorce', ar: 'طلاق' }, ['Person'], true],
  ['Life:Injure', { en: 'Injure', ar: 'إصابة' }, ['Agent', 'Victim', 'Instrument'], true],
  ['Life:Die', { en: 'Die', ar: 'وفاة' }, ['Agent', 'Victim', 'Instrument'], true],
  ['Movement:Transport', { en: 'Transport', ar: 'نقل' }, ['Agent', 'Artifact', 'Vehicle', 'Price', 'Origin', 'Destination'], false],
  ['Transaction:Transfer-Ownership', { en: 'Transfer ownership', ar: 'نقل ملكية' }, ['Buyer', 'Seller', 'Beneficiary', 'Artifact', 'Price'], true],
  ['Transaction:Transfer-Money', { en: 'Transfer money', ar: 'تحويل أموال' }, ['Giver', 'Recipient', 'Beneficiary', 'Money'], true],
  ['Business:Start-Org', { en: 'Start organization', ar: 'تأسيس منظمة' }, ['Agent', 'Org'], true],
  ['Business:Merge-Org', { en: 'Merge organizations', ar: 'اندماج منظمات' }, ['Org'], true],
  ['Business:Declare-Bankruptcy', { en: 'Declare bankruptcy', ar: 'إعلان إفلاس' }, ['Org'], true],
  ['Business:End-Org', { en: 'End organization', ar: 'حل منظمة' }, ['Org'], true],
  ['Conflict:Attack', { en: 'Attack', ar: 'هجوم' }, ['Attacker', 'Target', 'Instrument'], true],
  ['Conflict:Demonstrate', { en: 'Demonstrate', ar: 'تظاهر' }, ['Entity'], true],
  ['Contact:Meet', { en: 'Meet', ar: 'لقاء' }, ['Entity'], true],
  ['Contact:Phone-Write', { en: 'Phone or write', ar: 'اتصال أو مراسلة' }, ['Entity'], false],
  ['Personnel:Start-Position', { en: 'Start position', ar: 'تولي منصب' }, ['Person', 'Entity', 'Position'], true],
  ['Personnel:End-Position', { en: 'End position', ar: 'ترك منصب' }, ['Person', 'Entity', 'Position'], true],
  ['Personnel:Nominate', { en: 'Nominate', ar: 'ترشيح' }, ['Person', 'Agent', 'Position'], true],
  ['Personnel:Elect', { en: 'Elect', ar: 'انتخاب' }, ['Person', 'Entity', 'Position'], true],
  ['Justice:Arrest-Jail', { en: 'Arrest or jail', ar: 'اعتقال أو سجن' }, ['Person', 'Agent', 'Crime'], true],
  ['Justice:Release-Parole', { en: 'Release or parole', ar: 'إفراج' }, ['Person', 'Entity', 'Crime'], true],
  ['Justice:Trial-Hearing', { en: 'Trial or hearing', ar: 'محاكمة أو جلسة' }, ['Defendant', 'Prosecutor', 'Adjudicator', 'Crime'], true],
  ['Justice:Charge-Indict', { en: 'Charge or indict', ar: 'توجيه اتهام' }, ['Defendant', 'Prosecutor', 'Adjudicator', 'Crime'], true],
  ['Justice:Sue', { en: 'Sue', ar: 'رفع دعوى' }, ['Plaintiff', 'Defendant', 'Adjudicator', 'Crime'], true],
  ['Justice:Convict', { en: 'Convict', ar: 'إدانة' }, ['Defendant', 'Adjudicator', 'Crime'], true],
  ['Justice:Sentence', { en: 'Sentence', ar: 'إصدار حكم' }, ['Defendant', 'Adjudicator', 'Crime', 'Sentence'], true],
  ['Justice:Fine', { en: 'Fine', ar: 'تغريم' }, ['Entity', 'Adjudicator', 'Money', 'Crime'], true],
  ['Justice:Execute', { en: 'Execute', ar: 'إعدام' }, ['Person', 'Agent', 'Crime'], true],
  ['Justice:Extradite', { en: 'Extradite', ar: 'تسليم مطلوب' }, ['Agent', 'Person', 'Destination', 'Origin', 'Crime'], false],
  ['Justice:Acquit', { en: 'Acquit', ar: 'تبرئة' }, ['Defendant', 'Adjudicator', 'Crime'], true],
  ['Justice:Pardon', { en: 'Pardon', ar: 'عفو' }, ['Defendant', 'Adjudicator', 'Crime'], true],
  ['Justice:Appeal', { en: 'Appeal', ar: 'استئناف' }, ['Defendant', 'Prosecutor', 'Adjudicator', 'Crime'], true],
];

function role(name: string): EventRole {
  const names = EVENT_ROLE_NAMES[name];
  if (!names) throw new Error(`No names for event role ${name}`);
  return { role: name, name: { ...names } };
}

/** A fresh copy each call, so callers may edit it. */
export function defaultEventTypes(): EventType[] {
  return SUBTYPES.map(([type, name, roles, place]) => ({
    type,
    name: { ...name },
    roles: [...roles, ...(place ? ['Place'] : []), ...TIME_ROLES].map(role),
    hotkey: null,
  }));
}

/** The part of "Type:Subtype" before the colon, named in both languages when it is an ACE type. */
export function eventGroupOf(type: string): { key: string; name: LocalName | undefined } {
  const key = type.includes(':') ? type.slice(0, type.indexOf(':')) : type;
  return { key, name: EVENT_GROUP_NAMES[key] };
}

/** Whether `type` is one of the ACE 2005 subtypes, whose names come with Tawsim; other types are a project's own. */
export function isAceEventType(type: string): boolean {
  return SUBTYPES.some(([ace]) => ace === type);
}
