//! `scamcheck`: the command-line surface of the engine.
//!
//! ```text
//! scamcheck check [--kind K] [--lang L] TEXT    # one Report as JSON ("-" reads standard input)
//! scamcheck batch [--lang L] < in.jsonl > out.jsonl
//! scamcheck eval [--misses N] FILE.jsonl...
//! ```

use scamcheck::{CheckOptions, Engine, Kind, Lang, Level};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
scamcheck — offline scam checker for URLs, QR contents, messages and investment pitches

USAGE:
    scamcheck check [--kind auto|url|qr|message|pitch] [--lang zh|en] TEXT
        Prints the Report of TEXT as JSON. TEXT \"-\" reads standard input.
    scamcheck batch [--lang zh|en] [--pretty] < in.jsonl > out.jsonl
        Reads lines {\"id\", \"text\", \"kind\"?, \"lang\"?} and writes one line
        {\"id\", ...Report} per input line, in order. A bad line gets
        {\"id\" or \"line\", \"error\"} and the rest go on.
    scamcheck eval [--misses N] FILE.jsonl...
        Reads lines with \"text\", \"label\" (scam|benign), \"cat\" and \"kind\"? and prints,
        per file and per cat, the detection rate (scam at medium or high) and the
        false-positive rate (benign at medium or high). --misses N lists N misses of each sort.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => cmd_check(&args[1..]),
        Some("batch") => cmd_batch(&args[1..]),
        Some("eval") => cmd_eval(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some("--version" | "-V") => {
            println!(
                "scamcheck {} (rules {})",
                env!("CARGO_PKG_VERSION"),
                scamcheck::rules::PACK_VERSION
            );
            Ok(())
        }
        _ => Err(CliError::Usage(
            "expected a command: check, batch or eval".into(),
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Usage(msg)) => {
            eprintln!("scamcheck: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(CliError::Io(msg)) => {
            eprintln!("scamcheck: {msg}");
            ExitCode::from(1)
        }
    }
}

enum CliError {
    Usage(String),
    Io(String),
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        CliError::Io(e.to_string())
    }
}

/// Parsed flags and positional arguments.
struct Flags {
    kind: Kind,
    lang: Lang,
    misses: usize,
    pretty: bool,
    rest: Vec<String>,
}

fn parse_flags(args: &[String]) -> Result<Flags, CliError> {
    let mut f = Flags {
        kind: Kind::Auto,
        lang: Lang::Zh,
        misses: 0,
        pretty: false,
        rest: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| CliError::Usage(format!("{name} needs a value")))
        };
        match a.as_str() {
            "--kind" => {
                let v = value("--kind")?;
                f.kind = Kind::parse(&v)
                    .ok_or_else(|| CliError::Usage(format!("unknown kind {v:?}")))?;
            }
            "--lang" => {
                let v = value("--lang")?;
                f.lang = Lang::parse(&v)
                    .ok_or_else(|| CliError::Usage(format!("unknown lang {v:?}")))?;
            }
            "--misses" => {
                let v = value("--misses")?;
                f.misses = v
                    .parse()
                    .map_err(|_| CliError::Usage(format!("--misses takes a number, not {v:?}")))?;
            }
            "--pretty" => f.pretty = true,
            "--" => f.rest.extend(it.by_ref().cloned()),
            s if s.starts_with("--") => return Err(CliError::Usage(format!("unknown flag {s}"))),
            _ => f.rest.push(a.clone()),
        }
    }
    Ok(f)
}

fn cmd_check(args: &[String]) -> Result<(), CliError> {
    let flags = parse_flags(args)?;
    let text = match flags.rest.as_slice() {
        [t] if t == "-" => {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes)?;
            String::from_utf8(bytes).map_err(|e| {
                CliError::Io(format!(
                    "standard input is not valid UTF-8 (at byte {})",
                    e.utf8_error().valid_up_to()
                ))
            })?
        }
        [t] => t.clone(),
        [] => return Err(CliError::Usage("check needs the TEXT to check".into())),
        _ => return Err(CliError::Usage("check takes one TEXT (quote it)".into())),
    };
    let engine = Engine::new();
    let report = engine.check(
        &text,
        &CheckOptions {
            kind: flags.kind,
            lang: flags.lang,
        },
    );
    let out = serde_json::to_string_pretty(&report).map_err(|e| CliError::Io(e.to_string()))?;
    println!("{out}");
    Ok(())
}

#[derive(Deserialize)]
struct BatchLine {
    id: Option<serde_json::Value>,
    text: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

/// Writes `{"id": …, "error": …}` (or `"line"` when there is no id).
fn error_line(
    out: &mut impl Write,
    id: Option<&serde_json::Value>,
    line_no: usize,
    msg: &str,
) -> io::Result<()> {
    let mut obj = serde_json::Map::new();
    match id {
        Some(id) => obj.insert("id".into(), id.clone()),
        None => obj.insert("line".into(), line_no.into()),
    };
    obj.insert("error".into(), msg.into());
    writeln!(out, "{}", serde_json::Value::Object(obj))
}

fn cmd_batch(args: &[String]) -> Result<(), CliError> {
    let flags = parse_flags(args)?;
    if !flags.rest.is_empty() {
        return Err(CliError::Usage(
            "batch reads standard input and takes no TEXT".into(),
        ));
    }
    let engine = Engine::new();
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut buf = Vec::new();
    // One report's JSON, reused from line to line so that it is not grown anew each time.
    let mut body: Vec<u8> = Vec::with_capacity(16 << 10);
    let mut line_no = 0usize;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_no += 1;
        let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = match std::str::from_utf8(raw) {
            Ok(l) => l,
            Err(e) => {
                error_line(
                    &mut out,
                    None,
                    line_no,
                    &format!("line is not valid UTF-8 (at byte {})", e.valid_up_to()),
                )?;
                continue;
            }
        };
        let parsed: BatchLine = match serde_json::from_str(line) {
            Ok(p) => p,
            Err(e) => {
                let id = serde_json::from_str::<serde_json::Value>(line)
                    .ok()
                    .and_then(|v| v.get("id").cloned());
                error_line(
                    &mut out,
                    id.as_ref(),
                    line_no,
                    &format!("not a check request: {e}"),
                )?;
                continue;
            }
        };
        let kind = match parsed.kind.as_deref().map(|k| Kind::parse(k).ok_or(k)) {
            None => Kind::Auto,
            Some(Ok(k)) => k,
            Some(Err(k)) => {
                error_line(
                    &mut out,
                    parsed.id.as_ref(),
                    line_no,
                    &format!("unknown kind {k:?}"),
                )?;
                continue;
            }
        };
        let lang = parsed
            .lang
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or(flags.lang);
        // A bug in the engine must cost one line, not the rest of the file.
        let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            engine.check(&parsed.text, &CheckOptions { kind, lang })
        }));
        let Ok(report) = checked else {
            error_line(
                &mut out,
                parsed.id.as_ref(),
                line_no,
                "internal error: the checker panicked on this line",
            )?;
            continue;
        };
        body.clear();
        report.write_json(&mut body);
        out.write_all(b"{\"id\":")?;
        match &parsed.id {
            Some(id) => serde_json::to_writer(&mut out, id),
            None => serde_json::to_writer(&mut out, &line_no),
        }
        .map_err(|e| CliError::Io(e.to_string()))?;
        // The report's fields follow the id in the same object: without the report's `{`.
        out.write_all(b",")?;
        out.write_all(&body[1..])?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

#[derive(Deserialize)]
struct EvalLine {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
    label: String,
    #[serde(default)]
    cat: Option<String>,
    #[serde(default)]
    kind: Option<String>,
}

#[derive(Default)]
struct Tally {
    scam: usize,
    caught: usize,
    benign: usize,
    flagged: usize,
}

impl Tally {
    fn add(&mut self, scam: bool, hit: bool) {
        if scam {
            self.scam += 1;
            self.caught += hit as usize;
        } else {
            self.benign += 1;
            self.flagged += hit as usize;
        }
    }

    fn row(&self, name: &str) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                "-".to_string()
            } else {
                format!("{:.1}%", 100.0 * a as f64 / b as f64)
            }
        };
        format!(
            "{name:<44} {:>6} {:>8} {:>8} {:>7} {:>8} {:>8}",
            self.scam,
            self.caught,
            pct(self.caught, self.scam),
            self.benign,
            self.flagged,
            pct(self.flagged, self.benign)
        )
    }
}

fn cmd_eval(args: &[String]) -> Result<(), CliError> {
    let flags = parse_flags(args)?;
    if flags.rest.is_empty() {
        return Err(CliError::Usage("eval needs at least one FILE.jsonl".into()));
    }
    let engine = Engine::new();
    let header = format!(
        "{:<44} {:>6} {:>8} {:>8} {:>7} {:>8} {:>8}",
        "file / cat", "scam", "caught", "detect", "benign", "flagged", "FP rate"
    );
    println!("{header}");
    println!("{}", "-".repeat(header.len()));
    let mut all = Tally::default();
    for path in &flags.rest {
        let file = std::fs::File::open(path).map_err(|e| CliError::Io(format!("{path}: {e}")))?;
        let mut tally = Tally::default();
        let mut cats: BTreeMap<String, Tally> = BTreeMap::new();
        let mut misses: Vec<String> = Vec::new();
        let mut false_alarms: Vec<String> = Vec::new();
        let mut bad = 0usize;
        for (n, line) in io::BufReader::new(file).split(b'\n').enumerate() {
            let line = line?;
            let Ok(row) = serde_json::from_slice::<EvalLine>(&line) else {
                if !line.iter().all(u8::is_ascii_whitespace) {
                    bad += 1;
                }
                continue;
            };
            let scam = match row.label.as_str() {
                "scam" => true,
                "benign" => false,
                _ => {
                    bad += 1;
                    continue;
                }
            };
            let kind = row
                .kind
                .as_deref()
                .and_then(Kind::parse)
                .unwrap_or(Kind::Auto);
            let report = engine.check(
                &row.text,
                &CheckOptions {
                    kind,
                    lang: Lang::En,
                },
            );
            let hit = report.level >= Level::Medium;
            tally.add(scam, hit);
            all.add(scam, hit);
            cats.entry(row.cat.unwrap_or_else(|| "-".into()))
                .or_default()
                .add(scam, hit);
            let id = row
                .id
                .map(|v| v.to_string())
                .unwrap_or_else(|| (n + 1).to_string());
            let shown = || {
                format!(
                    "  {id} score {}: {}",
                    report.score,
                    row.text.chars().take(140).collect::<String>()
                )
            };
            if scam && !hit && misses.len() < flags.misses {
                misses.push(shown());
            }
            if !scam && hit && false_alarms.len() < flags.misses {
                let rules: Vec<&str> = report.signals.iter().map(|s| s.rule).collect();
                false_alarms.push(format!("{} [{}]", shown(), rules.join(", ")));
            }
        }
        println!("{}", tally.row(path));
        for (cat, t) in &cats {
            println!("{}", t.row(&format!("  {cat}")));
        }
        if bad > 0 {
            println!("  ({bad} lines skipped: not JSON or no scam/benign label)");
        }
        if !misses.is_empty() {
            println!("  missed scams:");
            misses.iter().for_each(|m| println!("  {m}"));
        }
        if !false_alarms.is_empty() {
            println!("  false alarms:");
            false_alarms.iter().for_each(|m| println!("  {m}"));
        }
    }
    if flags.rest.len() > 1 {
        println!("{}", "-".repeat(header.len()));
        println!("{}", all.row("all files"));
    }
    Ok(())
}
