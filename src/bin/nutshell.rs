//! `nutshell`: the command-line face of the library. Reads text (or HTML) and prints the analysis.
//! Offsets in its JSON are Unicode code points. See `nutshell --help` and the README.

use nutshell::{analyze, analyze_html, export, report, Options, OptionsInput, Report, Unit};
use serde::Serialize;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
nutshell: summarise an article; sentences, summary, entities and key phrases as JSON.

Usage:
  nutshell [OPTIONS] [FILE]      analyse FILE (or standard input)
  nutshell --jsonl [OPTIONS]     one JSON object per input line:
                                 {\"id\", \"text\" | \"html\", \"title\"?, \"lang\"?, \"url\"?}
                                 one output line per input line, same \"id\", same order

Options:
  --sentences N     summary of N sentences
  --ratio R         summary of this fraction of the sentences, 0 < R <= 1
  --words N         summary of at most N words
  --seconds N       summary readable in N seconds
  --lang CODE       language (en, fr, de, es, it, pt, nl, pl, cs, fi, ro) instead of detecting it
  --title TEXT      the article's headline
  --skip-quotes     keep quotations out of the summary
  --html            the input is an HTML page: extract the article first
  --url URL         the page's address (with --html)
  --format F        json (default), text, markdown, or export (the versioned JSON export:
                    the analysis with the format's name and version and the options used)
  --jobs N          with --jsonl: analyse N records at a time (default: one per core)
  -h, --help        this help;  -V, --version  the version
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Text,
    Markdown,
    Export,
}

struct Args {
    options: OptionsInput,
    /// `--jobs`: records analysed at a time in a batch (`None`: one per core).
    jobs: Option<usize>,
    html: bool,
    jsonl: bool,
    url: Option<String>,
    format: Format,
    file: Option<String>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut a = Args {
        options: OptionsInput::default(),
        jobs: None,
        html: false,
        jsonl: false,
        url: None,
        format: Format::Json,
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        let number = |name: &str, v: String| {
            v.parse::<f64>()
                .map_err(|_| format!("{name} needs a number, not `{v}`"))
        };
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("nutshell {}", nutshell::VERSION);
                return Ok(None);
            }
            "--sentences" => {
                a.options.sentences = Some(number("--sentences", value("--sentences")?)?)
            }
            "--ratio" => a.options.ratio = Some(number("--ratio", value("--ratio")?)?),
            "--words" => a.options.words = Some(number("--words", value("--words")?)?),
            "--seconds" => a.options.seconds = Some(number("--seconds", value("--seconds")?)?),
            "--lang" => a.options.lang = Some(value("--lang")?),
            "--title" => a.options.title = Some(value("--title")?),
            "--skip-quotes" => a.options.skip_quotes = Some(true),
            "--html" => a.html = true,
            "--jsonl" => a.jsonl = true,
            "--jobs" => {
                let v = value("--jobs")?;
                a.jobs = match v.parse::<usize>() {
                    Ok(n) if n >= 1 => Some(n),
                    _ => {
                        return Err(format!(
                            "--jobs needs a whole number of at least 1, not `{v}`"
                        ))
                    }
                };
            }
            "--url" => a.url = Some(value("--url")?),
            "--format" => {
                a.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "export" => Format::Export,
                    other => {
                        return Err(format!(
                            "--format must be json, text, markdown or export, not `{other}`"
                        ))
                    }
                }
            }
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option `{s}` (see --help)"))
            }
            s => {
                if a.file.replace(s.to_string()).is_some() {
                    return Err("give at most one FILE".into());
                }
            }
        }
    }
    // Check the options once up front, so that a bad flag fails before any input is read.
    a.options.validate().map_err(|e| e.to_string())?;
    Ok(Some(a))
}

/// Analyses one text or page and returns its report (offsets in code points).
fn run_one(text: &str, html: bool, url: Option<&str>, options: &Options) -> Report {
    if html {
        let (article, analysis) = analyze_html(text, url, options);
        let mut r = report::report(&article.text, &analysis, Unit::CodePoints);
        r.article = Some(article);
        r
    } else {
        let analysis = analyze(text, options);
        report::report(text, &analysis, Unit::CodePoints)
    }
}

/// One JSONL record: its options are the command line's, overridden by the record's own fields.
fn run_record(
    line: &str,
    defaults: &OptionsInput,
    html_flag: bool,
    url_flag: Option<&str>,
) -> Result<(serde_json::Value, Report), (serde_json::Value, String)> {
    let value: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| (serde_json::Value::Null, format!("not a JSON object: {e}")))?;
    let obj = value
        .as_object()
        .ok_or_else(|| (serde_json::Value::Null, "not a JSON object".to_string()))?;
    let id = obj.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let field = |name: &str| -> Result<Option<String>, (serde_json::Value, String)> {
        match obj.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err((id.clone(), format!("`{name}` must be a string"))),
        }
    };
    let mut input = defaults.clone();
    if let Some(lang) = field("lang")? {
        input.lang = Some(lang);
    }
    if let Some(title) = field("title")? {
        input.title = Some(title);
    }
    let options = input.validate().map_err(|e| (id.clone(), e.to_string()))?;
    let url = field("url")?;
    let url = url.as_deref().or(url_flag);
    let report = match (field("text")?, field("html")?) {
        (Some(text), None) if !html_flag => run_one(&text, false, url, &options),
        (Some(html), None) | (None, Some(html)) => run_one(&html, true, url, &options),
        (Some(_), Some(_)) => return Err((id, "give `text` or `html`, not both".into())),
        (None, None) => return Err((id, "the record has no `text` or `html`".into())),
    };
    Ok((id, report))
}

/// JSON allows U+0085, U+2028 and U+2029 raw inside strings, but line-oriented readers (Python's
/// `str.splitlines`, JavaScript before ES2019) take them for line breaks: escape them so that one
/// record is always one line.
fn escape_line_breaks(json: String) -> String {
    if line_break_at(json.as_bytes()).is_none() {
        return json;
    }
    json.replace('\u{85}', "\\u0085")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Where the first U+0085, U+2028 or U+2029 starts in `s` (UTF-8), and its escape. A byte loop:
/// `str::contains` with a set of chars decodes every char, which cost 5 % of a 5 MB run.
fn line_break_at(s: &[u8]) -> Option<(usize, &'static str)> {
    let mut i = 0;
    while let Some(k) = s[i..].iter().position(|&b| b == 0xC2 || b == 0xE2) {
        i += k;
        match s[i..] {
            [0xC2, 0x85, ..] => return Some((i, "\\u0085")),
            [0xE2, 0x80, 0xA8, ..] => return Some((i, "\\u2028")),
            [0xE2, 0x80, 0xA9, ..] => return Some((i, "\\u2029")),
            _ => i += 1,
        }
    }
    None
}

/// A JSON formatter (`F`: pretty or compact) that writes U+0085, U+2028 and U+2029 escaped, as
/// [`escape_line_breaks`] would afterwards, while it writes: the report goes straight to its
/// buffer or to standard output, with no second pass and no second copy of a large output.
struct LineSafe<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for LineSafe<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment.as_bytes();
        while let Some((i, escape)) = line_break_at(rest) {
            writer.write_all(&rest[..i])?;
            writer.write_all(escape.as_bytes())?;
            rest = &rest[i + if escape == "\\u0085" { 2 } else { 3 }..];
        }
        writer.write_all(rest)
    }
    // The layout is the inner formatter's (these are the methods `PrettyFormatter` overrides).
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Writes `value` as compact JSON, line breaks escaped, to `out`.
fn write_line_safe<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let mut ser =
        serde_json::Serializer::with_formatter(out, LineSafe(serde_json::ser::CompactFormatter));
    // Writing into a Vec fails only if serialising fails, which these types never do.
    let _ = value.serialize(&mut ser);
}

/// One output line for one input line of a batch: a panic would be a bug, and even then the
/// batch goes on with an error line.
fn jsonl_line(line: &str, args: &Args) -> Vec<u8> {
    let result = std::panic::catch_unwind(|| {
        run_record(line, &args.options, args.html, args.url.as_deref())
    })
    .unwrap_or_else(|_| {
        Err((
            serde_json::Value::Null,
            "internal error while analysing this record".into(),
        ))
    });
    let mut out = Vec::with_capacity(line.len() * 4);
    match result {
        // `{"id":…,` followed by the report's own fields, in their documented order: the report
        // is written after the id, and its opening brace becomes the comma.
        Ok((id, report)) => {
            out.extend_from_slice(b"{\"id\":");
            write_line_safe(&mut out, &id);
            let brace = out.len();
            write_line_safe(&mut out, &report);
            out[brace] = b',';
        }
        Err((id, error)) => {
            write_line_safe(&mut out, &serde_json::json!({ "id": id, "error": error }));
        }
    }
    out.push(b'\n');
    out
}

/// The lines of a batch, blank ones skipped, as strings (invalid UTF-8 replaced).
fn batch_lines(input: impl BufRead) -> impl Iterator<Item = io::Result<String>> {
    input.split(b'\n').filter_map(|line| match line {
        Ok(l) => {
            let l = String::from_utf8_lossy(&l).into_owned();
            (!l.trim().is_empty()).then_some(Ok(l))
        }
        Err(e) => Some(Err(e)),
    })
}

/// How many records may be read ahead of the one being written, per worker: enough to keep every
/// core busy when records differ in size, few enough that memory stays a window of the input.
const WINDOW_PER_JOB: usize = 4;

fn jsonl(args: &Args) -> io::Result<()> {
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if jobs <= 1 {
        for line in batch_lines(stdin.lock()) {
            out.write_all(&jsonl_line(&line?, args))?;
        }
        return out.flush();
    }
    // A reader, `jobs` workers and this thread as the writer. The reader takes a credit before
    // each record and the writer gives one back after writing it, so at most `window` records
    // are in memory at once, whatever the input's length; the writer puts results back in input
    // order.
    use std::collections::BTreeMap;
    use std::sync::{mpsc, Mutex};
    let window = jobs * WINDOW_PER_JOB;
    let (credit_tx, credit_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = credit_tx.send(());
    }
    let (work_tx, work_rx) = mpsc::channel::<(usize, String)>();
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<u8>)>();
    std::thread::scope(|scope| -> io::Result<()> {
        let reader = scope.spawn(move || -> io::Result<usize> {
            let mut n = 0;
            for line in batch_lines(stdin.lock()) {
                if credit_rx.recv().is_err() {
                    break;
                }
                if work_tx.send((n, line?)).is_err() {
                    break;
                }
                n += 1;
            }
            Ok(n)
        });
        for _ in 0..jobs {
            let (work_rx, done_tx) = (&work_rx, done_tx.clone());
            scope.spawn(move || loop {
                let next = work_rx.lock().map_or(None, |rx| rx.recv().ok());
                let Some((seq, line)) = next else { break };
                if done_tx.send((seq, jsonl_line(&line, args))).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let mut pending: BTreeMap<usize, Vec<u8>> = BTreeMap::new();
        let mut next = 0usize;
        let mut failed = None;
        'write: for (seq, line) in done_rx {
            pending.insert(seq, line);
            while let Some(line) = pending.remove(&next) {
                if let Err(e) = out.write_all(&line) {
                    // The output is gone (a closed pipe): stop; the reader and the workers stop
                    // once their channels close.
                    failed = Some(e);
                    break 'write;
                }
                next += 1;
                let _ = credit_tx.send(());
            }
        }
        drop(credit_tx);
        if let Some(e) = failed {
            return Err(e);
        }
        reader.join().unwrap_or(Ok(0))?;
        out.flush()
    })
}

/// The `text` format: the title, the summary sentences one per line, then the entities.
fn render_text(report: &Report) -> String {
    let mut s = String::new();
    if let Some(t) = &report.title {
        s += &format!("{t}\n\n");
    }
    for &i in &report.summary {
        if let Some(sent) = report.sentences.get(i) {
            s += &format!("{}\n", sent.text);
        }
    }
    if !report.entities.is_empty() {
        s += "\nEntities:\n";
        for e in &report.entities {
            let kind = serde_json::to_value(e.kind)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            s += &format!("  {} ({kind}, {})\n", e.text, e.count);
        }
    }
    s
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("nutshell: {e}");
            return ExitCode::from(2);
        }
    };
    if args.jsonl {
        return match jsonl(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("nutshell: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let mut bytes = Vec::new();
    let read = match args.file.as_deref() {
        None | Some("-") => io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(path) => std::fs::read(path).map(|b| bytes = b),
    };
    if let Err(e) = read {
        eprintln!(
            "nutshell: cannot read {}: {e}",
            args.file.as_deref().unwrap_or("standard input")
        );
        return ExitCode::FAILURE;
    }
    let text = String::from_utf8_lossy(&bytes);
    let options = match args.options.validate() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("nutshell: {e}");
            return ExitCode::from(2);
        }
    };
    let report = run_one(&text, args.html, args.url.as_deref(), &options);
    let out = match args.format {
        Format::Json => {
            // Straight to standard output through a buffer: the pretty JSON of a 5 MB text is
            // about 21 MB, which neither needs to be held whole nor scanned again.
            let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            let mut ser = serde_json::Serializer::with_formatter(
                &mut out,
                LineSafe(serde_json::ser::PrettyFormatter::new()),
            );
            let written = report
                .serialize(&mut ser)
                .map_err(io::Error::from)
                .and_then(|()| out.write_all(b"\n"))
                .and_then(|()| out.flush());
            return if written.is_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
        Format::Export => escape_line_breaks(export::json(&report, &options)) + "\n",
        Format::Markdown => {
            let analysed = report.article.as_ref().map_or(&*text, |a| a.text.as_str());
            export::markdown(analysed, &report)
        }
        Format::Text => render_text(&report),
    };
    let mut stdout = io::stdout().lock();
    if stdout.write_all(out.as_bytes()).is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
