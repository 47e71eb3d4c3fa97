/**
 * A template's `{name}`s replaced by the values, in one pass, so that a value holding
 * "{…}" (a field name from a file) is left as it is; a name without a value stays.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
