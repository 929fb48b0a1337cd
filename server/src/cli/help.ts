export const VERSION = '0.1.0';

export const HELP = `newsmark ${VERSION}: names, numbers and sourcing checks for news articles

Usage:
  newsmark check <files|dirs...> [--format text|json|sarif]
      Print the sourcing diagnostics of each article. Directories are walked for
      .news, .article, .txt and .md files. Text format: file:line:col severity code message.
      Exit 0 when clean or only warnings, 1 when any error-severity diagnostic is found,
      2 on bad usage, no articles found, or an entry that cannot be read or is not UTF-8 text
      (the other files are still checked), 3 when a file's analysis failed (internal error).
  newsmark entities <files|dirs...> [--format json|jsonl|text]
      Print entities with their mentions, and numbers with their values: one JSON object for
      one file, a JSON array for several files or a folder, one line per article with jsonl.
  newsmark report <files|dirs...> [--format markdown|json]
      Print a readable report (structure, entities, numbers, diagnostics) of each article;
      positions are line:column. json prints the full article model instead.
  newsmark tag [--format conll] [file]
      Tag CoNLL-format lines (first column = token; -DOCSTART- separates documents) read from
      the file or stdin, printing "token TAG" per line (IOB2: PER LOC ORG MISC).

Options:
  --format, -f FORMAT          output format (see each command)
  --article-date YYYY-MM-DD    resolve relative dates ("last month") against this date
  --date-order day-first|month-first
                               how to read 17/11/2024 (default day-first)
  --severity CODE=LEVEL        change a diagnostic's severity (error, warning, information,
                               hint, off); repeatable. Codes: unsourced-quote,
                               unsourced-statistic, vague-source, unbalanced-quote,
                               name-inconsistency, surname-before-full-name
  --max-size MB                skip files larger than this (default 20)
  --jobs, -j N                 worker threads for check, entities and report (default: one
                               per core; 1 = none). Output order and bytes do not change.
  --help, -h                   show this help
  --version                    show the version

In an article, <!-- newsmark-disable-next-line CODE --> silences CODE on the next line and
<!-- newsmark-disable CODE --> silences it for the whole file.
`;
