//! The crate's JSON entry point: one dossier (or many, as JSON Lines) in, every decision out.
//!
//! ```text
//! cargo run --example dossier -- [OPTIONS] [FILE]
//!
//!   FILE       a JSON file with one dossier; `-` or nothing reads standard input
//!   --jsonl    the input is JSON Lines: one dossier per line (batch runs); the output is one
//!              JSON line per dossier, in the same order
//!   --tekst    write readable Dutch text instead of JSON: each decision with its explanation
//! ```
//!
//! Input limits: one dossier (a file, standard input, or one line of JSON Lines) may be at most
//! [`MAX_DOSSIER_BYTES`] bytes; a dossier at most 10,000 overtredingen and 100 DUO assessments,
//! with dates from 2000 up to 2199 (the library's limits); JSON nested deeper than 128 levels is
//! refused by the parser. Each limit gives a clear error naming the dossier or line.
//!
//! Exit status: 0 when every dossier was evaluated; 1 when one or more dossiers were invalid
//! (each is reported on standard error with the dossier, the line and the field, and the other
//! dossiers are still evaluated); 2 for a usage error or a file that cannot be read.
//!
//! The format of a dossier is documented in the README ("The dossier format").

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use wi2021_boetes::{Dossier, DossierUitkomst, replay};

const USAGE: &str = "usage: dossier [--jsonl] [--tekst] [FILE | -]";

/// The most bytes one dossier (a whole input, or one line of JSON Lines) may take: 8 MiB, room
/// for a dossier at the library's limit of 10,000 overtredingen.
pub const MAX_DOSSIER_BYTES: usize = 8 * 1024 * 1024;

/// The deepest nesting of JSON arrays and objects accepted: a dossier needs six levels.
pub const MAX_NESTING: usize = 32;

/// How deep `text` nests arrays and objects (strings and their escapes skipped), stopping as
/// soon as it exceeds [`MAX_NESTING`].
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
                if deepest > MAX_NESTING {
                    break;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

struct Options {
    jsonl: bool,
    tekst: bool,
    path: Option<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        jsonl: false,
        tekst: false,
        path: None,
    };
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--jsonl" => options.jsonl = true,
            "--tekst" => options.tekst = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            "-" => options.path = None,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`\n{USAGE}"));
            }
            path => {
                if options.path.is_some() {
                    return Err(format!("more than one input file given\n{USAGE}"));
                }
                options.path = Some(path.to_owned());
            }
        }
    }
    Ok(options)
}

/// Where in the input a dossier came from, for error messages.
fn origin(line: Option<usize>, text: &str) -> String {
    // The dossier's id, if the text is JSON with a string `id` at the top.
    let id = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("id").and_then(|id| id.as_str()).map(str::to_owned));
    match (line, id) {
        (Some(line), Some(id)) => format!("line {line}, dossier `{id}`"),
        (Some(line), None) => format!("line {line}"),
        (None, Some(id)) => format!("dossier `{id}`"),
        (None, None) => "dossier".to_owned(),
    }
}

/// Reads, evaluates and writes one dossier; an error names the line, the dossier, the field and
/// what is wrong.
fn evaluate(
    text: &str,
    line: Option<usize>,
    out: &mut impl Write,
    options: &Options,
) -> Result<io::Result<()>, String> {
    let dossier = read(text, line)?;
    let result = replay(&dossier).map_err(|e| match line {
        Some(line) => format!("line {line}, {e}"),
        None => e.to_string(),
    })?;
    Ok(write_result(out, &result, options))
}

/// Reads one dossier; the error names the dossier, the field and what is wrong.
pub fn read(text: &str, line: Option<usize>) -> Result<Dossier, String> {
    if text.len() > MAX_DOSSIER_BYTES {
        let place = line.map_or("the input".to_owned(), |n| format!("line {n}"));
        return Err(format!(
            "{place}: {} bytes, more than the maximum of {MAX_DOSSIER_BYTES} bytes for one dossier",
            text.len()
        ));
    }
    if nesting_depth(text) > MAX_NESTING {
        let place = line.map_or("the input".to_owned(), |n| format!("line {n}"));
        return Err(format!(
            "{place}: JSON nested deeper than {MAX_NESTING} levels; a dossier needs at most six"
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let dossier: Dossier = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let field = if path.is_empty() || path == "." {
            String::new()
        } else {
            format!("field `{path}`: ")
        };
        format!("{}: {field}{inner}", origin(line, text))
    })?;
    deserializer.end().map_err(|e| {
        format!(
            "{}: trailing characters after the dossier: {e}",
            origin(line, text)
        )
    })?;
    Ok(dossier)
}

fn write_result(
    out: &mut impl Write,
    result: &DossierUitkomst,
    options: &Options,
) -> io::Result<()> {
    if options.tekst {
        writeln!(out, "{}", result.tekst())
    } else if options.jsonl {
        serde_json::to_writer(&mut *out, result)?;
        writeln!(out)
    } else {
        serde_json::to_writer_pretty(&mut *out, result)?;
        writeln!(out)
    }
}

fn run(options: &Options) -> Result<bool, String> {
    let input: Box<dyn Read> = match &options.path {
        Some(path) => {
            Box::new(std::fs::File::open(path).map_err(|e| format!("cannot read `{path}`: {e}"))?)
        }
        None => Box::new(io::stdin().lock()),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let io_error = |e: io::Error| format!("cannot write the output: {e}");
    let mut all_valid = true;
    if options.jsonl {
        let mut reader = io::BufReader::new(input);
        let mut line = String::new();
        let mut number = 0;
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            // Read at most one byte past the limit, so an endless line is never held whole.
            let read = (&mut reader)
                .take(MAX_DOSSIER_BYTES as u64 + 1)
                .read_until(b'\n', &mut bytes)
                .map_err(|e| format!("line {}: cannot read: {e}", number + 1))?;
            if read == 0 {
                break;
            }
            number += 1;
            if bytes.len() > MAX_DOSSIER_BYTES && bytes.last() != Some(&b'\n') {
                eprintln!(
                    "error: line {number}: longer than the maximum of {MAX_DOSSIER_BYTES} bytes for one dossier"
                );
                all_valid = false;
                skip_rest_of_line(&mut reader)
                    .map_err(|e| format!("line {number}: cannot read: {e}"))?;
                continue;
            }
            line.clear();
            match std::str::from_utf8(&bytes) {
                Ok(text) => line.push_str(text),
                Err(e) => {
                    eprintln!("error: line {number}: not valid UTF-8: {e}");
                    all_valid = false;
                    continue;
                }
            }
            if line.trim().is_empty() {
                continue;
            }
            match evaluate(line.trim_end(), Some(number), &mut out, options) {
                Ok(written) => written.map_err(io_error)?,
                Err(message) => {
                    eprintln!("error: {message}");
                    all_valid = false;
                }
            }
        }
    } else {
        let mut bytes = Vec::new();
        io::BufReader::new(input)
            .take(MAX_DOSSIER_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read the input: {e}"))?;
        if bytes.len() > MAX_DOSSIER_BYTES {
            eprintln!(
                "error: the input is longer than the maximum of {MAX_DOSSIER_BYTES} bytes for one dossier"
            );
            return Ok(false);
        }
        let text =
            String::from_utf8(bytes).map_err(|e| format!("the input is not valid UTF-8: {e}"))?;
        match evaluate(&text, None, &mut out, options) {
            Ok(written) => written.map_err(io_error)?,
            Err(message) => {
                eprintln!("error: {message}");
                all_valid = false;
            }
        }
    }
    out.flush().map_err(io_error)?;
    Ok(all_valid)
}

/// Discards the rest of an over-long line.
fn skip_rest_of_line(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => {
                reader.consume(end + 1);
                return Ok(());
            }
            None => {
                let len = buffer.len();
                reader.consume(len);
            }
        }
    }
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
