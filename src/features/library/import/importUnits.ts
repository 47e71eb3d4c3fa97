import type { ImportInput } from './importInput.ts';

/** What the pipeline reads as one piece: a file, or a brat .ann with its .txt; a Hugging Face file brings its label list. */
export interface ImportUnit {
  main: ImportInput;
  /** The brat .txt of an .ann, or the NAME.labels.json of NAME.jsonl. */
  partner?: ImportInput;
  kind: 'brat' | 'file';
}

const stem = (name: string) => name.replace(/\.[^.]*$/, '');

/** Pairs files by name only, so nothing has to be read before the import starts. */
export function importUnits(inputs: readonly ImportInput[]): ImportUnit[] {
  const byName = new Map(inputs.map((input) => [input.name, input]));
  const units: ImportUnit[] = [];
  for (const input of inputs) {
    const { name } = input;
    if (/\.ann$/i.test(name)) {
      const txt = byName.get(`${stem(name)}.txt`);
      units.push(txt ? { main: input, partner: txt, kind: 'brat' } : { main: input, kind: 'file' });
    } else if (/\.txt$/i.test(name) && byName.has(`${stem(name)}.ann`)) {
      continue;
    } else if (/\.labels\.json$/i.test(name) && byName.has(`${name.replace(/\.labels\.json$/i, '')}.jsonl`)) {
      continue;
    } else {
      const labels = /\.jsonl$/i.test(name) ? byName.get(`${stem(name)}.labels.json`) : undefined;
      units.push(labels ? { main: input, partner: labels, kind: 'file' } : { main: input, kind: 'file' });
    }
  }
  return units;
}
