/** Help texts of the tawsim command line; each command has an entry in commandHelp. */

export const mainHelp = `Tawsim: Arabic-first text annotation, from the command line.

Usage: tawsim <command> [options]

Commands:
  import FILE...               Read news pages, plain text or JSONL and write Tawsim JSONL documents
  convert FILE... --to FORMAT  Convert annotations between Tawsim JSONL, doccano, Label Studio,
                               CoNLL/BIO, Hugging Face token classification, brat and stance records
  validate FILE...             Check Tawsim JSONL annotation files line by line, and project bundles
  agree FILE...                Measure how far annotators agree (entities, events, stance)
  help [COMMAND]               Show this help, or the options of one command

Run "tawsim help COMMAND" or "tawsim COMMAND --help" for a command's options.
`;

export const commandHelp: Record<string, string> = {
  import: `Usage: tawsim import FILE... [options]

Reads each FILE as UTF-8 (a BOM and CRLF or CR line endings are fine; a FILE of -
is standard input, named <stdin> in meta.file and in problems) and writes
one JSON object per document, one per line, in UTF-8:
  {"id": "...", "text": "...", "meta": {"kind": ..., "title": ..., "source": ...,
   "date": "yyyy-mm-dd", "file": ..., "line": ...}}
meta has the keys known for the document; JSONL and CSV input keep their other
fields (CSV values as strings).
With --format auto, an annotated file or standard input (Tawsim JSONL, doccano,
Label Studio, CoNLL/BIO, Hugging Face tokens, a brat .ann) is detected as the app
detects it and its documents written with their own meta (CoNLL's meta.tokens in
code points); its annotations are left out, and a note on stderr says so: use
tawsim convert to keep them. A project bundle the app downloaded
(NAME.tawsim-bundle.json.gz) gives every document of the project, annotated or not.
A zip or tar archive's files (.zip, .tar, .tar.gz, .tgz) are read one by one,
and a gzip file (data.jsonl.gz) as its content, each as it would be unpacked.
The id is the first 16 hex digits of the SHA-256 of the text, so equal texts get
equal ids; a text already written in this run is skipped as a duplicate.
Problems go to stderr as FILE:LINE: REASON, then a one-line summary.
Exit status: 0 when something was imported, 1 when nothing could be, 2 on a usage error,
141 (quietly) when the reader of standard output closed it, as with | head.

Options:
  -o, --output OUT.jsonl
        Write to OUT.jsonl instead of stdout.
  --format auto|news|txt|jsonl|csv
        How to read the files (default auto):
          jsonl  one JSON object per line (or, in a .json file, one array of
                 objects); files named .jsonl, .ndjson or .json, or whose first
                 line is a JSON object
          csv    a header row, then one document per row (RFC 4180 quoting:
                 fields in double quotes may hold commas and line breaks);
                 files named .csv (comma, or the tab or semicolon the header
                 has most of), .tsv or .tab (tab), and files of any name whose
                 header of names holds the --text-field column over quoted
                 records (MArSum's .txt, fields separated by spaces)
          news   a scraped news-aggregator page with a dateline
                 "نشر في <source> يوم d - m - yyyy": gives the article (title and
                 body, without ticker, boilerplate and footer) and one headline
                 document per item of the headline ticker
          txt    anything else: plain text, cut as --split says
  --split file|line|block
        Plain text: one document per file, per non-blank line, or per block of
        lines separated by blank lines (default file). Trailing whitespace of lines
        and blank lines around a document are dropped.
  --delimiter auto|comma|tab|semicolon|space
        CSV: what separates the fields (default auto: a tab for .tsv and .tab,
        else the comma, tab or semicolon the header has most of; with none of
        them, a space when quoted records follow a header of names).
  --text-field NAME
        JSONL: the field holding the text; CSV: the column (default text). Other
        fields and columns become meta; a JSONL "meta" object is merged into meta.
  --no-headlines
        News pages: import the article only, not the headline ticker.
  --nfkc
        Fold Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFE) into ordinary
        letters by NFKC. Other characters are kept as written.
  -h, --help
        Show this help.
`,
  convert: `Usage: tawsim convert FILE... --to FORMAT [options]

Reads annotated documents in any format below (the format of each file is
detected, or given with --from; a FILE of - is standard input, named <stdin>)
and writes them in the --to format. Problems in the input go to stderr as
FILE:LINE: REASON (a bad line, Label Studio annotation or brat document is
skipped, the rest converts); what the output format cannot hold is reported as
"document ID (ANNOTATOR): REASON"; then a one-line summary.
Equal texts get equal ids. jsonl and brat hold a document once per annotator: a
document the input repeats (a sentence such as ".") is written once and counted
as a duplicate; a repeat with other annotations, or another text under the same
id, is reported and skipped. The other formats keep every repeat.
Exit status: 0 when something was written, 1 when nothing could be, 2 on a usage error,
141 (quietly) when the reader of standard output closed it, as with | head.

Formats (--to, and --from):
  jsonl        Tawsim JSONL, one line per document and annotator:
               {"id","text","meta","annotator","status","offset_unit",
                "entities":[{"id","start","end","label","text"}],
                "events":[{"id","type","trigger":{"start","end","text"}|null,
                           "arguments":[{"role","entity"}]}],
                "stance":[{"target","target_entity","label"}]}
               text[start:end] in Python is the span's text (code points).
  doccano      doccano JSONL: {"id","text","offset_unit","label":[[start,end,"LABEL"]]},
               or, when there are events, {"id","text","offset_unit","entities":[...],
               "relations":[...]}. A relation is an event without trigger with a
               "from" and a "to" entity. A line read is in the unit it states.
  labelstudio  Label Studio JSON: one task per document, one annotation per
               annotator, "labels" regions and "relation" results; each task
               states its unit in data.offset_unit, and is read in it. Label
               Studio counts code points; use --input-offset-unit utf16 for its
               files of versions before 2022, whose emoji shifted the offsets. A task
               without "data" is read as Label Studio imports it: its own
               fields are the data (a JSON array of {"text": ...} objects).
  conll        CoNLL/BIO token lines "token TAG [TAG...]", a blank line between
               sentences; nested entities in further columns (as Wojood).
               Documents that came from CoNLL keep their tokens. Others are cut
               into words by Tawsim's tokeniser: clitics stay attached to their
               word (و, ال, ب ... are not split off), each punctuation mark is a
               token, a token is cut where an entity starts or ends inside it,
               and a line break is a sentence break.
  hf           Hugging Face token classification JSONL, one line per sentence:
               {"id","tokens":[...],"ner_tags":[0,3,4,...]}, with the label list
               in OUT.labels.json beside OUT.jsonl. Outermost entities only.
               Load with datasets.load_dataset("json", data_files="OUT.jsonl").
  brat         brat standoff: OUT/ANNOTATOR/ID.txt and .ann with T, E, R, A lines
               (code points). Reading: a directory, an .ann file, or a .txt with
               an .ann beside it; in a directory or archive, the folder holding
               an .ann names its annotator (as written), unless --annotator.
               Other files in a directory are reported as left out.
  stance       Stance classification JSONL, one line per stance:
               {"text","target","label"}. Read also from a CSV or TSV table
               with those columns, named by --text-field, --target-field and
               --label-field (the ANS corpus: --text-field s2 --target-field s1
               --label-field stance). Records with the same text are one
               document with several stances.
  text         (--from only) what "tawsim import" reads: news pages, plain text,
               JSONL of texts, CSV; documents without annotations.
  A project bundle the app downloaded (NAME.tawsim-bundle.json.gz, gzipped or
  not) is read whole: every annotator's set of every document, and gold's, not
  the import's suggestions; a bundle with any problem (a field, an offset, a text
  not its hash's) gives nothing. A work package holds no texts, only hashes: it
  is refused.
  A zip or tar archive's files (.zip, .tar, .tar.gz, .tgz) are read one by one,
  each as it would be unpacked (named ARCHIVE/PATH): ID.ann with ID.txt in the
  archive is a brat document, and
  NAME.labels.json beside NAME.jsonl its label list, as the app's exports zip them.
  A gzip file (data.jsonl.gz) is read as its content would be.

Options:
  --to FORMAT
        The output format (required).
  --from auto|FORMAT
        How to read the files (default auto: by name and content).
  -o, --output OUT
        Write to OUT instead of stdout. Required for brat (a directory) and
        hf (the data file; the label list goes to OUT.labels.json).
  --offset-unit codepoint|utf16
        Offsets written in jsonl, doccano and labelstudio (default codepoint).
  --input-offset-unit codepoint|utf16
        Offsets of doccano and Label Studio input (default codepoint). Tawsim
        JSONL states its unit on every line; brat is always code points.
  --annotator NAME
        Import every annotation as NAME (default: the annotator the file names,
        else "imported").
  --annotators A,B,...
        Write only these annotators' sets, in the input's order: a project
        bundle's gold alone is --annotators gold. A name no input has is a
        usage error.
  --status S,...
        Write only the sets with these statuses (new, in_progress, done): the
        finished work alone is --status done. Sets from formats without a
        status (CoNLL, brat, doccano, ...) are new.
  --sentences-per-doc N
        CoNLL input without -DOCSTART- lines: sentences per document (default 1).
  --labels FILE
        hf input: the label list, a JSON array of tag names (default
        NAME.labels.json beside NAME.jsonl). Needed for integer ner_tags.
  --conll-separator space|tab
        Between token and tags in conll output (default space).
  --text-field NAME
        Text input (JSONL of texts, CSV), Label Studio tasks and stance records:
        the field or column holding the text (default text).
  --target-field NAME, --label-field NAME
        Stance records: the field or column holding the target (default target)
        and the label (default label). A JSONL, CSV or TSV file whose records
        have all three fields is read as stance.
  --delimiter auto|comma|tab|semicolon|space
        CSV input: what separates the fields (default auto, as tawsim import).
  --text-format auto|news|txt|jsonl|csv
        How files read as text are read, as tawsim import --format (default
        auto): e.g. --text-format csv --delimiter space for a space-separated
        .txt file.
  -h, --help
        Show this help.
`,
  validate: `Usage: tawsim validate FILE... [--schema SCHEMA.json]

Checks Tawsim JSONL files (a FILE of - is standard input, named <stdin>) line by
line: JSON and field types, offsets (integers, inside the text, start before end,
in the line's offset_unit), every span's text equal to the slice it names, ids
unique on the line, event arguments and stance targets pointing at entities of
the line, one line per document and annotator, and, with --schema, every label,
event type, role and stance label in the schema.
A gzip file (data.jsonl.gz) is checked as its content. A project bundle the app
downloaded (NAME.tawsim-bundle.json.gz) is checked as the app checks it when it
opens one (fields, offsets, each text against its hash), then, with --schema,
the labels of every annotator's and gold's set (not the import's suggestions).
Prints FILE: line N: REASON for each problem, then a summary, to stdout.
Exit status: 0 when every line is valid, 1 when there is a problem, 2 on a usage error.

Options:
  --schema SCHEMA.json
        A project schema: {"entities":[{"tag",...}], "events":[{"type",
        "roles":[{"role",...}],...}], "stanceLabels":[{"tag",...}], ...}.
  -h, --help
        Show this help.
`,
  agree: `Usage: tawsim agree FILE... [--json] [--annotators A,B,...] [--status S,...]

Reads Tawsim JSONL files (one line per document and annotator; one or more
annotators per file; a FILE of - is standard input, named <stdin>), or project
bundles the app downloaded (every annotator's and gold's sets; not the import's
suggestions), and measures
how far the annotators agree. Versions with the same text are the same
document, whatever their ids. Pairwise figures are over the documents both
annotators annotated; alphas over every document that two or more annotated. A
figure with nothing to compare is n/a (null in JSON).
  Entities  exact_f1    same start, end and label
            overlap_f1  same label and at least one shared character
                        (F1 micro-averaged over documents, also per label)
            char_kappa  Cohen's kappa over the non-whitespace code points, each
                        the label of the longest entity covering it (ties: the
                        earlier start, then the label name), or O
            char_alpha  Krippendorff's alpha (nominal) over the same units, all
                        annotators at once
  Events    trigger_f1 (same trigger span), type_f1 (same span and type; an event
            without trigger matches one of its type), argument_f1 (same trigger,
            type, role and argument span)
  Stance    kappa per pair and alpha over the (document, target) units, a target
            being its text; an unlabelled target is a missing value
Prints a table, or with --json one object on stdout:
  {"annotators", "documents", "entities": {"pairs": [{"a","b","exact_f1",
   "overlap_f1","char_kappa"}], "char_alpha", "per_label": {LABEL: {"exact_f1",
   "overlap_f1"}}}, "events": {"pairs": [{"a","b","trigger_f1","type_f1",
   "argument_f1"}]}, "stance": {"pairs": [{"a","b","kappa"}], "alpha"},
   "per_document": [{"id","annotators","disagreement"}] (worst first),
   "confusion": [{"a","b","documents","labels","counts"}], "notes": [...]}
Problems reading the files go to stderr as FILE:LINE: REASON (the line is
skipped), then a one-line summary.
Exit status: 0 when documents were compared, 1 when none could be, 2 on a usage error.

Options:
  --json
        Print the JSON object instead of the table.
  --annotators A,B,...
        Compare these annotators, in this order (default: all but gold).
  --status S,...
        Count only the sets with these statuses (new, in_progress, done): the
        finished work alone is --status done. Any other set counts as not
        annotated.
  -h, --help
        Show this help.
`,
};
