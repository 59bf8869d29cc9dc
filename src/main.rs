//! `wi2021-boetes`: one dossier (or many, as JSON Lines) in, every decision out.
//!
//! Run `wi2021-boetes --help` for the options and exit codes. The dossier format and the output
//! are described in the README and, exactly, by the JSON Schemas in `schema/`.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use serde::Serialize;
use wi2021_boetes::{Fout, Foutmelding, MAX_DOSSIER_BYTES, UitlegVorm, lees_dossier, replay};

const HULP: &str = "\
wi2021-boetes: the administrative fines of the Wet inburgering 2021, decided and explained.

usage: wi2021-boetes [--jsonl] [--tekst] [--uitleg volledig|codes] [FILE | -]

  FILE                 a JSON file with one dossier; `-` or nothing reads standard input
  --jsonl              the input is JSON Lines, one dossier per line; the output is exactly one
                       JSON line per non-empty input line, in the same order: the outcome, or
                       {\"regel\": N, \"dossier_id\": …, \"fout\": {…}, \"fouten\": […]} for a line that
                       cannot be evaluated. Standard error gets at most a summary.
  --tekst              write readable Dutch text instead of JSON
  --uitleg volledig    every step of an explanation with its link and Dutch sentence (default)
  --uitleg codes       every step with its article, kind and facts only
  -h, --help           this text

exit status: 0 every dossier evaluated; 1 one or more dossiers could not be evaluated (each is
answered with its fault); 2 a usage error, or an input that cannot be read.

The dossier format and the output: the README, and the JSON Schemas schema/dossier.schema.json
and schema/uitkomst.schema.json.
";

/// The options given.
struct Opties {
    jsonl: bool,
    tekst: bool,
    uitleg: UitlegVorm,
    pad: Option<String>,
}

/// What the arguments ask: a run, or the help text.
enum Opdracht {
    Draai(Opties),
    Hulp,
}

fn lees_argumenten(argumenten: impl Iterator<Item = String>) -> Result<Opdracht, String> {
    let mut opties = Opties {
        jsonl: false,
        tekst: false,
        uitleg: UitlegVorm::Volledig,
        pad: None,
    };
    let mut argumenten = argumenten.peekable();
    while let Some(argument) = argumenten.next() {
        match argument.as_str() {
            "--jsonl" => opties.jsonl = true,
            "--tekst" => opties.tekst = true,
            "--uitleg" => {
                opties.uitleg = match argumenten.next().as_deref() {
                    Some("volledig") => UitlegVorm::Volledig,
                    Some("codes") => UitlegVorm::Codes,
                    _ => return Err("--uitleg takes `volledig` or `codes`".to_owned()),
                }
            }
            "-h" | "--help" => return Ok(Opdracht::Hulp),
            "-" => opties.pad = None,
            optie if optie.starts_with('-') => return Err(format!("unknown option `{optie}`")),
            pad => {
                if opties.pad.is_some() {
                    return Err("more than one input file given".to_owned());
                }
                opties.pad = Some(pad.to_owned());
            }
        }
    }
    Ok(Opdracht::Draai(opties))
}

/// Evaluates one dossier's bytes and writes the outcome or its fault; whether it was evaluated.
fn beantwoord(
    bytes: &[u8],
    regel: Option<usize>,
    opties: &Opties,
    uit: &mut impl Write,
) -> io::Result<bool> {
    let dossier = match lees_dossier(bytes) {
        Ok(dossier) => dossier,
        Err(fout) => return schrijf_fout(&fout, regel, opties, uit).map(|()| false),
    };
    match replay(&dossier) {
        Ok(uitkomst) if opties.tekst => write!(uit, "{}", uitkomst.tekst()).map(|()| true),
        Ok(uitkomst) => schrijf(uit, &uitkomst.met_uitleg(opties.uitleg), opties).map(|()| true),
        Err(fout) => schrijf_fout(&fout, regel, opties, uit).map(|()| false),
    }
}

/// Writes a dossier's fault: as text, or as a JSON object.
fn schrijf_fout(
    fout: &Fout,
    regel: Option<usize>,
    opties: &Opties,
    uit: &mut impl Write,
) -> io::Result<()> {
    if opties.tekst {
        for fout in fout.alle() {
            writeln!(uit, "Fout: {fout}")?;
        }
        return Ok(());
    }
    schrijf(uit, &Foutmelding::nieuw(regel, fout), opties)
}

/// Writes `waarde` as one JSON line (JSON Lines) or as indented JSON.
fn schrijf(uit: &mut impl Write, waarde: &impl Serialize, opties: &Opties) -> io::Result<()> {
    if opties.jsonl {
        serde_json::to_writer(&mut *uit, waarde)?;
    } else {
        serde_json::to_writer_pretty(&mut *uit, waarde)?;
    }
    writeln!(uit)
}

/// One dossier from the whole input.
fn een_dossier(invoer: impl Read, opties: &Opties, uit: &mut impl Write) -> Result<bool, String> {
    let mut bytes = Vec::new();
    invoer
        .take(MAX_DOSSIER_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|fout| format!("cannot read the input: {fout}"))?;
    beantwoord(&bytes, None, opties, uit).map_err(schrijffout)
}

/// Every line of JSON Lines: one answer per non-empty line, in order.
fn regels(invoer: impl Read, opties: &Opties, uit: &mut impl Write) -> Result<Telling, String> {
    let mut lezer = io::BufReader::new(invoer);
    let mut bytes = Vec::new();
    let mut telling = Telling::default();
    for nummer in 1.. {
        bytes.clear();
        // At most one byte past the limit, so that an endless line is never held whole.
        let gelezen = (&mut lezer)
            .take(MAX_DOSSIER_BYTES as u64 + 1)
            .read_until(b'\n', &mut bytes)
            .map_err(|fout| format!("line {nummer}: cannot read: {fout}"))?;
        if gelezen == 0 {
            break;
        }
        let te_lang = bytes.len() > MAX_DOSSIER_BYTES && bytes.last() != Some(&b'\n');
        if te_lang {
            sla_rest_over(&mut lezer)
                .map_err(|fout| format!("line {nummer}: cannot read: {fout}"))?;
        }
        let regel = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        let regel = regel.strip_suffix(b"\r").unwrap_or(regel);
        if regel.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let gelukt = beantwoord(regel, Some(nummer), opties, uit).map_err(schrijffout)?;
        telling.tel(gelukt);
    }
    Ok(telling)
}

/// How many dossiers were answered, and how many of them evaluated.
#[derive(Default)]
struct Telling {
    dossiers: usize,
    geweigerd: usize,
}

impl Telling {
    fn tel(&mut self, gelukt: bool) {
        self.dossiers += 1;
        if !gelukt {
            self.geweigerd += 1;
        }
    }
}

/// Discards the rest of an over-long line.
fn sla_rest_over(lezer: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buffer = lezer.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        if let Some(einde) = buffer.iter().position(|&b| b == b'\n') {
            lezer.consume(einde + 1);
            return Ok(());
        }
        let lengte = buffer.len();
        lezer.consume(lengte);
    }
}

fn schrijffout(fout: io::Error) -> String {
    format!("cannot write the output: {fout}")
}

fn draai(opties: &Opties) -> Result<bool, String> {
    let invoer: Box<dyn Read> = match &opties.pad {
        Some(pad) => Box::new(
            std::fs::File::open(pad).map_err(|fout| format!("cannot read `{pad}`: {fout}"))?,
        ),
        None => Box::new(io::stdin().lock()),
    };
    let stdout = io::stdout();
    let mut uit = BufWriter::new(stdout.lock());
    let alles_gelukt = if opties.jsonl {
        let telling = regels(invoer, opties, &mut uit)?;
        uit.flush().map_err(schrijffout)?;
        if telling.geweigerd > 0 {
            eprintln!(
                "wi2021-boetes: {} of {} dossiers could not be evaluated; their lines in the output carry \"fout\"",
                telling.geweigerd, telling.dossiers
            );
        }
        telling.geweigerd == 0
    } else {
        een_dossier(invoer, opties, &mut uit)?
    };
    uit.flush().map_err(schrijffout)?;
    Ok(alles_gelukt)
}

fn main() -> ExitCode {
    let opties = match lees_argumenten(std::env::args().skip(1)) {
        Ok(Opdracht::Draai(opties)) => opties,
        Ok(Opdracht::Hulp) => {
            print!("{HULP}");
            return ExitCode::SUCCESS;
        }
        Err(melding) => {
            eprintln!(
                "wi2021-boetes: {melding}\nusage: wi2021-boetes [--jsonl] [--tekst] [--uitleg volledig|codes] [FILE | -]; see --help"
            );
            return ExitCode::from(2);
        }
    };
    match draai(&opties) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(melding) => {
            eprintln!("wi2021-boetes: {melding}");
            ExitCode::from(2)
        }
    }
}
