import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvColumnNames, csvDelimiter, parseCsv, quotedTable } from './csv.ts';

describe('parseCsv', () => {
  it('imports one document per row, the other columns as string meta, line where the row starts', () => {
    const text = 'id,text,score\nn1,نص أول,0.5\n\nn2,"نص، بفاصلة",1\n';
    expect(parseCsv(text, 'd.csv')).toEqual({
      documents: [
        { text: 'نص أول', meta: { kind: 'text', file: 'd.csv', line: 2, id: 'n1', score: '0.5' } },
        { text: 'نص، بفاصلة', meta: { kind: 'text', file: 'd.csv', line: 4, id: 'n2', score: '1' } },
      ],
      problems: [],
    });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines inside them', () => {
    const text = 'text,note\n"سطر أول\r\nسطر ثان","قال ""نعم"", ثم مضى"\n"بعده",x\r\n';
    const { documents, problems } = parseCsv(text, 'd.csv');
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      { text: 'سطر أول\nسطر ثان', meta: { kind: 'text', file: 'd.csv', line: 2, note: 'قال "نعم", ثم مضى' } },
      { text: 'بعده', meta: { kind: 'text', file: 'd.csv', line: 4, note: 'x' } },
    ]);
  });

  it('reads the text from the column named in the options, as the ANS stance file needs', () => {
    const text = 's1,s2,stance\nهجوم صاروخي يستهدف مطار في طرابلس,هدوء الاشتباكات فى طرابلس,disagree\n';
    expect(parseCsv(text, 'ans.csv', { textField: 's1' }).documents).toEqual([
      { text: 'هجوم صاروخي يستهدف مطار في طرابلس', meta: { kind: 'text', file: 'ans.csv', line: 2, s2: 'هدوء الاشتباكات فى طرابلس', stance: 'disagree' } },
    ]);
  });

  it('reports a header without the text column once, naming the columns, and imports nothing', () => {
    const { documents, problems } = parseCsv('s1,s2,stance\na,b,agree\nc,d,other\n', 'ans.csv');
    expect(documents).toEqual([]);
    expect(problems).toMatchObject([{ file: 'ans.csv', line: 1, reason: 'the header has no column "text" (its columns: s1, s2, stance)' }]);
  });

  it('reports each bad row as file:line: reason and imports the rest', () => {
    const text = ['text,label', 'good,a', 'one field', 'too,many,fields', '"closed" late,b', ',c', 'also good,d', '"never closed,e', 'lost'].join('\n');
    const { documents, problems } = parseCsv(text, 'd.csv');
    expect(documents.map((d) => d.text)).toEqual(['good', 'also good']);
    expect(problems).toMatchObject([
      { file: 'd.csv', line: 3, code: 'field-count', values: { n: 1, columns: 2 }, skipped: 'row', reason: 'the row has 1 fields and the header 2; row skipped' },
      { file: 'd.csv', line: 4, reason: 'the row has 3 fields and the header 2; row skipped' },
      { file: 'd.csv', line: 5, code: 'text-after-quote', reason: 'characters follow a closing quote; row skipped' },
      { file: 'd.csv', line: 6, reason: 'column "text" is empty' },
      { file: 'd.csv', line: 8, reason: 'a quoted field is not closed before the end of the file; row skipped' },
    ]);
  });

  it('names empty and repeated header columns, saying so for the repeated ones', () => {
    const { documents, problems } = parseCsv(',text,id,id\n0,نص,a,b\n', 'd.csv');
    expect(documents[0]!.meta).toEqual({ kind: 'text', file: 'd.csv', line: 2, column_1: '0', id: 'a', id_2: 'b' });
    expect(problems).toMatchObject([{ file: 'd.csv', line: 1, reason: 'column "id" appears more than once; this one is named "id_2"' }]);
  });

  it('keeps title, source and an ISO date as meta keys, and moves the other reserved names aside', () => {
    const text = 'text,title,source,date,file,line,kind,__proto__\nنص,عنوان,هسبريس,2020-01-02,a.txt,7,headline,x\n';
    const [doc] = parseCsv(text, 'd.csv').documents;
    expect(doc!.meta).toEqual({
      kind: 'headline', title: 'عنوان', source: 'هسبريس', date: '2020-01-02', file: 'd.csv', line: 2,
      original_file: 'a.txt', original_line: '7', ['__proto__']: 'x',
    });
    expect(Object.getPrototypeOf(doc!.meta)).toBe(Object.prototype);
  });

  it('skips a BOM and reads tab- and semicolon-separated files', () => {
    expect(parseCsv('\uFEFFtext\tlabel\nنص, بفاصلة\tx\n', 'd.tsv').documents.map((d) => d.text)).toEqual(['نص, بفاصلة']);
    expect(parseCsv('text;label\nنص, بفاصلة;x\n', 'd.csv').documents.map((d) => d.text)).toEqual(['نص, بفاصلة']);
  });

  it('says when a file has no header row', () => {
    expect(parseCsv('\n\n', 'd.csv')).toMatchObject({ documents: [], problems: [{ file: 'd.csv', line: null, reason: 'no header row: the file is empty' }] });
  });
});

describe('CSV files of public Arabic datasets (fixtures/SOURCES.md)', () => {
  const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

  it('reads the event sentences of arabic_event_gsr, naming its unnamed index column', () => {
    const { documents, problems } = parseCsv(fixture('gsr_assault_sample.csv'), 'gsr_assault_sample.csv');
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(4);
    expect(documents[0]!.text.startsWith('وقال الضابط في الشرطة المحلية خالد منصور، ان الاعتداء')).toBe(true);
    expect(documents[0]!.meta).toEqual({
      kind: 'text', file: 'gsr_assault_sample.csv', line: 2,
      column_1: '0', accept: '1', event_type: 'ASSAULT', id: 'AAW_ARB_20071026.0026-2', label: 'difficult no', reject: '2', total: '3',
    });
  });

  it('reads the ANS claims from the column the user names', () => {
    const text = fixture('ans_stance_sample.csv');
    expect(parseCsv(text, 'ans.csv').documents).toEqual([]);
    const { documents, problems } = parseCsv(text, 'ans.csv', { textField: 's1' });
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.meta.line, d.meta.stance])).toEqual([[2, 'disagree'], [3, 'disagree'], [4, 'disagree'], [5, 'disagree'], [6, 'disagree'], [7, 'agree']]);
    expect(csvColumnNames(text, 'ans.csv')).toEqual(['s1', 's2', 'stance']);
  });
});

describe('CSV files of public Arabic datasets', () => {
  it('reads the MArSum articles, space-separated (told or found), their titles in meta.summary', () => {
    const text = readFileSync(new URL('fixtures/marsum_goud_sample.txt', import.meta.url), 'utf8');
    expect(parseCsv(text, 'marsum.txt')).toEqual(parseCsv(text, 'marsum.txt', { delimiter: ' ' }));
    expect(parseCsv(text, 'marsum.txt', { delimiter: ',' }).documents).toEqual([]);
    const { documents, problems } = parseCsv(text, 'marsum.txt', { delimiter: ' ' });
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.meta.line, d.meta.summary])).toEqual([
      [2, 'كوريا داعمة المغرب على الصحرا ديالو'],
      [3, 'بعد الاتهامات بالشفرة.. ديزي دروس تلاقا بالنورس وطفات العافية'],
      [4, 'نواحي صفرو.. بالصدفة طاحت عصابة موالفة كتشفر الفاكية من فيرمة ملكية'],
    ]);
    expect(documents[0]!.text.startsWith('أكدت جمهورية كوريا دعمها لجهود هيأة الأمم المتحدة')).toBe(true);
    expect(csvColumnNames(text, 'marsum.txt', ' ')).toEqual(['text', 'summary']);
  });
});

describe('quotedTable', () => {
  it('finds a header of names over quoted records, with its delimiter, and nothing in prose', () => {
    expect(quotedTable('text summary\n"نص" "عنوان"\n"نص\nآخر" "عنوان"\n')).toEqual({ delimiter: ' ', columns: ['text', 'summary'] });
    expect(quotedTable('\uFEFFtext;label\r\n"نص";"a"\r\n')).toEqual({ delimiter: ';', columns: ['text', 'label'] });
    // Prose: a title line, then a quotation (importFile also asks for the text column by name).
    expect(quotedTable('Chapter one\n"He said so," she wrote.\n')).toBeNull();
    // A record with fewer fields than the header, an unclosed quote, a header of one name.
    expect(quotedTable('text summary\n"نص"\n')).toBeNull();
    expect(quotedTable('text summary\n"نص" "عنوان\n')).toBeNull();
    expect(quotedTable('text\n"نص"\n')).toBeNull();
    expect(quotedTable('text summary\nنص عنوان\n')).toBeNull();
    expect(quotedTable('text summary')).toBeNull();
  });
});

describe('csvDelimiter', () => {
  it('takes a space only for quoted records under a header of names', () => {
    expect(csvDelimiter('a.csv', 'text summary\n"نص" "عنوان"\n')).toBe(' ');
    expect(csvDelimiter('a.csv', 'text summary\nنص عنوان\n')).toBe(',');
  });

  it('takes a tab for .tsv and .tab, else what the first line has most of outside quotes', () => {
    expect(csvDelimiter('a.tsv', 'x,y,z')).toBe('\t');
    expect(csvDelimiter('a.TAB', 'x,y,z')).toBe('\t');
    expect(csvDelimiter('a.csv', 'x\ty\tz\n1,2,3,4')).toBe('\t');
    expect(csvDelimiter('a.csv', '"a,b,c";d;e')).toBe(';');
    expect(csvDelimiter('a.csv', 'text')).toBe(',');
  });
});

describe('csvColumnNames', () => {
  it('lists the header columns, named as the import names them', () => {
    expect(csvColumnNames('\n,accept,"event, type",text\n0,1,2,3\n', 'gsr.csv')).toEqual(['column_1', 'accept', 'event, type', 'text']);
  });
});
