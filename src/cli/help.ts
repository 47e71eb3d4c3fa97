/** Help texts of the tawsim command line; each command has an entry in commandHelp. */

export const mainHelp = `Tawsim: Arabic-first text annotation, from the command line.

Usage: tawsim <command> [options]

Commands:
  import FILE...    Read news pages, plain text or JSONL and write Tawsim JSONL documents
  help [COMMAND]    Show this help, or the options of one command

Run "tawsim help COMMAND" or "tawsim COMMAND --help" for a command's options.
`;

export const commandHelp: Record<string, string> = {
  import: `Usage: tawsim import FILE... [options]

Reads each FILE as UTF-8 (a BOM and CRLF or CR line endings are fine) and writes
one JSON object per document, one per line, in UTF-8:
  {"id": "...", "text": "...", "meta": {"kind": ..., "title": ..., "source": ...,
   "date": "yyyy-mm-dd", "file": ..., "line": ...}}
meta has the keys known for the document, and JSONL input keeps its other fields.
The id is the first 16 hex digits of the SHA-256 of the text, so equal texts get
equal ids; a text already written in this run is skipped as a duplicate.
Problems go to stderr as FILE:LINE: REASON, then a one-line summary.
Exit status: 0 when something was imported, 1 when nothing could be, 2 on a usage error.

Options:
  -o, --output OUT.jsonl
        Write to OUT.jsonl instead of stdout.
  --format auto|news|txt|jsonl
        How to read the files (default auto):
          jsonl  one JSON object per line; files named .jsonl, .ndjson or .json,
                 or whose first line is a JSON object
          news   a scraped news-aggregator page with a dateline
                 "نشر في <source> يوم d - m - yyyy": gives the article (title and
                 body, without ticker, boilerplate and footer) and one headline
                 document per item of the headline ticker
          txt    anything else: plain text, cut as --split says
  --split file|line|block
        Plain text: one document per file, per non-blank line, or per block of
        lines separated by blank lines (default file). Trailing whitespace of lines
        and blank lines around a document are dropped.
  --text-field NAME
        JSONL: the field holding the text (default text). Other fields become meta;
        a "meta" object is merged into meta.
  --no-headlines
        News pages: import the article only, not the headline ticker.
  --nfkc
        Fold Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFE) into ordinary
        letters by NFKC. Other characters are kept as written.
  -h, --help
        Show this help.
`,
};
