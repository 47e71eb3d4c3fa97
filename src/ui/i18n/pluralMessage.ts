/**
 * A message whose words follow a count, the `{n}` of its values: one text per CLDR plural
 * category the language uses (English: one, other; Arabic: zero, one, two, few, many, other).
 * Intl.PluralRules picks the category, so no language's rules are written by hand here.
 */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** A catalogue entry: plain text, or plural forms. */
export type Message = string | PluralMessage;

/** The text of `message` for `count`, falling back to `other` for a category it does not give. */
export function pluralForm(message: PluralMessage, count: number, rules: Intl.PluralRules): string {
  return message[rules.select(count)] ?? message.other;
}

/** Every text of a message, for checks over whole catalogues. */
export function messageForms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}
