import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNewsPage, parseNewsPage } from './newsPage.ts';

const seed = readFileSync(new URL('../../../public/demo/000_884f1ecf36255e5d.txt', import.meta.url), 'utf8');
const seedLines = seed.split('\n');
const line = (n: number) => seedLines[n - 1] ?? '';
const TITLE = 14;
const DATELINE = 15;
const LEAD = 17;
const REPEATED_LEAD = 18;
const FOOTER = 29;

// The article as a reader sees it: title, lead once, the other paragraphs.
const seedArticle = [line(TITLE), line(LEAD), ...seedLines.slice(18, 26)].join('\n');

/** The seed with some of its 1-based lines removed or replaced. */
function edit(changes: Record<number, string | null>): string {
  return seedLines
    .flatMap((text, i) => {
      const change = changes[i + 1];
      return change === undefined ? [text] : change === null ? [] : [change];
    })
    .join('\n');
}

const parse = (text: string, headlines = true) => parseNewsPage(text, 'page.txt', { headlines, segments: true });

describe('parseNewsPage on the seed', () => {
  const result = parse(seed);
  const [article, ...headlines] = result.documents;

  it('finds one article with title, source, date, file and line', () => {
    expect(article?.meta).toEqual({
      kind: 'article',
      title: line(TITLE),
      source: 'الاتحاد الاشتراكي',
      date: '2013-03-11',
      file: 'page.txt',
      line: TITLE,
    });
    expect(article?.meta.title).toMatch(/^المشاركون في المؤتمر الوزاري الإقليمي الثاني حول أمن الحدود/);
  });

  it('keeps the title and body, the lead once, and nothing else', () => {
    expect(article?.text).toBe(seedArticle);
    const lead = 'احتضن مقر وزارة الشؤون الخارجية والتعاون بالعاصمة الرباط، ';
    expect(article?.text.split(lead)).toHaveLength(2);
    for (const dropped of ['شكرا على الإبلاغ', 'سيتم حجب', 'نشر في', 'انقر هنا', '\u00A0', '\n\n']) {
      expect(article?.text).not.toContain(dropped);
    }
  });

  it('makes one headline document per ticker item', () => {
    expect(headlines).toHaveLength(58);
    expect(headlines[0]).toEqual({ text: 'نقابة UMT تختم المؤتمر الوطني', meta: { kind: 'headline', file: 'page.txt', line: 1 } });
    expect(headlines[57]?.text).toBe('التصوف المغربي.. دلالة الرمز والفعل');
    for (const headline of headlines) expect(headline.text).toBe(headline.text.trim());
  });

  it('reports no problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('accounts for every line in the preview segments', () => {
    const segments = result.segments.filter((s) => s.role !== 'headline');
    expect(segments.map((s) => s.line)).toEqual(seedLines.map((_, i) => i + 1).slice(1));
    expect(result.segments.filter((s) => s.role === 'headline')).toHaveLength(58);
    const kept = segments.filter((s) => s.action === 'kept').map((s) => s.text);
    expect(kept.join('\n')).toBe(seedArticle);
    const role = (n: number) => segments.find((s) => s.line === n)?.role;
    expect([9, 10, TITLE, DATELINE, 16, LEAD, REPEATED_LEAD, FOOTER].map(role)).toEqual([
      'boilerplate', 'boilerplate', 'title', 'dateline', 'blank', 'body', 'repeated-lead', 'footer',
    ]);
    expect(segments.find((s) => s.line === REPEATED_LEAD)).toMatchObject({ action: 'dropped', role: 'repeated-lead' });
  });

  it('drops the headlines when asked, showing the ticker as dropped', () => {
    const without = parse(seed, false);
    expect(without.documents).toHaveLength(1);
    expect(without.documents[0]?.text).toBe(seedArticle);
    expect(without.segments[0]).toMatchObject({ line: 1, role: 'ticker', action: 'dropped' });
    expect(without.segments.filter((s) => s.role === 'headline')).toEqual([]);
  });
});

describe('parseNewsPage on variants of the seed', () => {
  const variants: [string, string, number][] = [
    ['CRLF line endings', seed.replaceAll('\n', '\r\n'), TITLE],
    ['lone CR line endings', seed.replaceAll('\n', '\r'), TITLE],
    ['a final newline', `${seed}\n`, TITLE],
    ['no ticker', edit({ 1: null }), TITLE - 1],
    ['no repeated lead', edit({ [REPEATED_LEAD]: null }), TITLE],
    ['no report boilerplate', edit({ 9: null, 10: null }), TITLE - 2],
    ['no footer', edit({ [FOOTER]: null, 27: null, 28: null }), TITLE],
    ['no blank line after the dateline', edit({ 16: null }), TITLE],
    ['extra blank lines everywhere', seedLines.slice(1).join('\n\n\n'), 1 + (TITLE - 2) * 3],
    ['trailing whitespace on every line', seedLines.map((l) => `${l} \t\u00A0`).join('\n'), TITLE],
    ['boilerplate with vowels and other punctuation', edit({ 9: 'شكراً على الابلاغ !' }), TITLE],
    ['boilerplate padded with spaces and tatweel', edit({ 9: `${' '.repeat(40)}شكــــرا على الإبلاغ!${' '.repeat(40)}` }), TITLE],
  ];

  it.each(variants)('%s gives the same article', (_, text, titleLine) => {
    expect(isNewsPage(text)).toBe(true);
    const { documents, problems } = parse(text);
    expect(problems).toEqual([]);
    const article = documents.find((d) => d.meta.kind === 'article');
    expect(article?.text).toBe(seedArticle);
    expect(article?.meta).toMatchObject({ title: line(TITLE), source: 'الاتحاد الاشتراكي', date: '2013-03-11', line: titleLine });
  });

  it.each([
    ['a tashkeel on every letter', 10, line(10).replace(/[\u0621-\u064A]/g, (c) => `${c}\u064E`)],
    ['lam-alef in presentation forms', 9, 'شكرا على ا\uFEF9بلاغ!'],
    ['hamzas dropped and a tatweel', FOOTER, 'انقر هنا لقــراءة الخبر من مصدره'],
  ])('knows boilerplate and footer written with %s', (_, lineNumber, variant) => {
    const { segments } = parse(edit({ [lineNumber]: variant }));
    expect(segments.find((s) => s.line === lineNumber)).toMatchObject({ text: variant, action: 'dropped', role: lineNumber === FOOTER ? 'footer' : 'boilerplate' });
  });

  it('keeps a short line that holds the boilerplate and more', () => {
    const longer = `${line(10)} وتابع`;
    const { segments } = parse(edit({ 10: longer }));
    expect(segments.find((s) => s.line === 10)).toMatchObject({ text: longer, role: 'other' });
  });

  it('gives the same documents for CRLF as for LF', () => {
    expect(parse(seed.replaceAll('\n', '\r\n')).documents).toEqual(parse(seed).documents);
  });

  it('finds no headlines on a page without ticker', () => {
    expect(parse(edit({ 1: null })).documents).toHaveLength(1);
  });

  it('keeps body and title lines with no-break-space runs whole', () => {
    const nbsp = 'فقرة\u00A0\u00A0فيها\u00A0\u00A0\u00A0\u00A0مسافات';
    const { documents } = parse(edit({ [TITLE]: `عنوان\u00A0\u00A0طويل`, 20: nbsp }));
    expect(documents.filter((d) => d.meta.kind === 'headline')).toHaveLength(58);
    expect(documents[0]?.meta.title).toBe('عنوان\u00A0\u00A0طويل');
    expect(documents[0]?.text.split('\n')).toContain(nbsp);
  });

  it('keeps a repeated paragraph that is not the lead', () => {
    const text = edit({ 20: line(19) });
    const article = parse(text).documents[0];
    expect(article?.text.split(line(19))).toHaveLength(3);
  });

  it('parses pages joined into one file as one article each', () => {
    const second = edit({ [TITLE]: 'عنوان ثان', [DATELINE]: 'نشر في هسبريس يوم 2 - 4 - 2014', 19: 'فقرة أخرى' });
    const { documents, problems } = parse(`${seed}\n${second}`);
    expect(problems).toEqual([]);
    const articles = documents.filter((d) => d.meta.kind === 'article');
    expect(articles.map((a) => [a.meta.title, a.meta.source, a.meta.date, a.meta.line])).toEqual([
      [line(TITLE), 'الاتحاد الاشتراكي', '2013-03-11', TITLE],
      ['عنوان ثان', 'هسبريس', '2014-04-02', FOOTER + TITLE],
    ]);
    expect(articles[0]?.text).toBe(seedArticle);
    expect(articles[1]?.text).toContain('فقرة أخرى');
    expect(documents.filter((d) => d.meta.kind === 'headline')).toHaveLength(116);
  });
});

describe('datelines', () => {
  it.each([
    ['نشر في الاتحاد الاشتراكي يوم 11 - 03 - 2013', 'الاتحاد الاشتراكي', '2013-03-11'],
    ['نشر في هسبريس يوم 1 - 3 - 2013', 'هسبريس', '2013-03-01'],
    ['نشر في المساء يوم 5-7-2014', 'المساء', '2014-07-05'],
    ['نشر في المصري اليوم يوم 05 / 07 / 2014', 'المصري اليوم', '2014-07-05'],
    ['نشر فى الشروق يوم 9 – 12 – 2012', 'الشروق', '2012-12-09'],
    ['  نشر  في  أخبار اليوم  يوم  9 - 12 - 2012  ', 'أخبار اليوم', '2012-12-09'],
    ['نشر في الصباح يوم ٣ - ٤ - ٢٠١٥', 'الصباح', '2015-04-03'],
    ['نشر في Le360 يوم 29.2.2016', 'Le360', '2016-02-29'],
  ])('%s', (dateline, source, date) => {
    const page = `عنوان\n${dateline}\nنص الخبر.`;
    expect(isNewsPage(page)).toBe(true);
    expect(parse(page).documents[0]?.meta).toMatchObject({ kind: 'article', title: 'عنوان', source, date });
  });

  it.each([
    ['no date', 'نشر في الجريدة'],
    ['not at the start of the line', 'قال إنه نشر في الجريدة يوم 11 - 03 - 2013'],
    ['a two-digit year', 'نشر في الجريدة يوم 11 - 03 - 13'],
    ['no source', 'نشر في يوم 11 - 03 - 2013'],
  ])('is not a dateline with %s', (_, dateline) => {
    expect(isNewsPage(`عنوان\n${dateline}\nنص الخبر.`)).toBe(false);
  });

  it('reports an impossible date and leaves the date out', () => {
    const { documents, problems } = parse('عنوان\nنشر في هسبريس يوم 30 - 02 - 2013\nنص.');
    expect(problems).toMatchObject([{ file: 'page.txt', line: 2, reason: 'invalid date in dateline: 30 - 02 - 2013' }]);
    expect(documents[0]?.meta).toEqual({ kind: 'article', title: 'عنوان', source: 'هسبريس', file: 'page.txt', line: 1 });
  });
});

describe('hand-written pages', () => {
  it('reads a minimal page: title, dateline, body', () => {
    const { documents, problems, segments } = parse('عنوان الخبر\nنشر في هسبريس يوم 2 - 9 - 2020\nالفقرة الأولى.\nالفقرة الثانية.');
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        text: 'عنوان الخبر\nالفقرة الأولى.\nالفقرة الثانية.',
        meta: { kind: 'article', title: 'عنوان الخبر', source: 'هسبريس', date: '2020-09-02', file: 'page.txt', line: 1 },
      },
    ]);
    expect(segments.map((s) => s.role)).toEqual(['title', 'dateline', 'body', 'body']);
  });

  it('drops a header before the title and everything after the footer', () => {
    const page = [
      'خبر أول\u00A0\u00A0\u00A0\u00A0خبر ثان\u00A0\u00A0\u00A0\u00A0',
      'الرئيسية | رياضة | سياسة',
      '',
      'العنوان',
      'نشر في الأيام 24 يوم 7 - 1 - 2021',
      'نص الخبر.',
      'انقر هنا لقراءة الخبر من مصدره.',
      'مواضيع ذات صلة',
      'خبر آخر',
    ].join('\n');
    const { documents, segments } = parse(page);
    expect(documents.map((d) => d.text)).toEqual(['العنوان\nنص الخبر.', 'خبر أول', 'خبر ثان']);
    expect(documents[0]?.meta.source).toBe('الأيام 24');
    expect(segments.map((s) => [s.line, s.role, s.action])).toEqual([
      [1, 'headline', 'kept'],
      [1, 'headline', 'kept'],
      [2, 'other', 'dropped'],
      [3, 'blank', 'dropped'],
      [4, 'title', 'kept'],
      [5, 'dateline', 'dropped'],
      [6, 'body', 'kept'],
      [7, 'footer', 'dropped'],
      [8, 'other', 'dropped'],
      [9, 'other', 'dropped'],
    ]);
  });

  it('keeps vowels, bidi controls, zero-width joiners and inner spaces of kept text', () => {
    const body = 'قالَ \u202Bالوزيرُ\u202C إنّ\u200Dالأمر  «مهمّ» 😀 <b>x</b>';
    const article = parse(`العنوان\nنشر في هسبريس يوم 1 - 1 - 2020\n${body}   `).documents[0];
    expect(article?.text).toBe(`العنوان\n${body}`);
  });

  it('reports a page without title or body but keeps what there is', () => {
    const noTitle = parse('نشر في هسبريس يوم 1 - 1 - 2020\nنص.');
    expect(noTitle.problems).toMatchObject([{ file: 'page.txt', line: 1, reason: 'no title line before the dateline' }]);
    expect(noTitle.documents).toEqual([
      { text: 'نص.', meta: { kind: 'article', source: 'هسبريس', date: '2020-01-01', file: 'page.txt', line: 2 } },
    ]);
    const noBody = parse('العنوان\nنشر في هسبريس يوم 1 - 1 - 2020\n\nانقر هنا لقراءة الخبر من مصدره.');
    expect(noBody.problems).toMatchObject([{ file: 'page.txt', line: 2, reason: 'article has no body text' }]);
    expect(noBody.documents.map((d) => d.text)).toEqual(['العنوان']);
  });

  it('finds the dateline only as a line of its own, whatever the line breaks', () => {
    const dateline = 'نشر في هسبريس يوم 1 - 1 - 2020';
    expect(isNewsPage(`العنوان\n \t${dateline}  \nالنص`)).toBe(true);
    expect(isNewsPage(`العنوان\r${dateline}\rالنص`)).toBe(true);
    expect(isNewsPage(`${dateline}`)).toBe(true);
    expect(isNewsPage(`العنوان\nقال إنه ${dateline}\nالنص`)).toBe(false);
    expect(isNewsPage(`ينشر الموقع\nالعنوان\n${dateline} وأكثر`)).toBe(false);
  });

  it('is not a news page without a dateline', () => {
    const text = edit({ [DATELINE]: null });
    expect(isNewsPage(text)).toBe(false);
    expect(isNewsPage('مجرد نص عادي\nبلا تاريخ')).toBe(false);
    const { documents, problems, segments } = parse(text);
    expect(documents).toEqual([]);
    expect(segments).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'page.txt', line: null });
  });
});
