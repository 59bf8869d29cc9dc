//! `wi2021-boetes`: one dossier (or many, as JSON Lines) in, every decision out.
//!
//! Run `wi2021-boetes --help` for the options and exit codes. The dossier format and the output
//! are described in the README and, exactly, by the JSON Schemas in `schema/`.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use wi2021_boetes::{Opmaak, StroomFout, UitlegVorm, beantwoord_een, beantwoord_regels};

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

/// The room of the output's buffer: large enough that writing it out is rare next to the work
/// of a dossier, whose JSON takes several kilobytes.
const UITVOER_BUFFER: usize = 64 * 1024;

fn draai(opties: &Opties) -> Result<bool, String> {
    let invoer: Box<dyn Read> = match &opties.pad {
        Some(pad) => Box::new(
            std::fs::File::open(pad).map_err(|fout| format!("cannot read `{pad}`: {fout}"))?,
        ),
        None => Box::new(io::stdin().lock()),
    };
    beantwoord_alles(invoer, opties).map_err(|fout| fout.to_string())
}

/// Every dossier of the input answered on standard output; whether all were evaluated.
fn beantwoord_alles(invoer: impl Read, opties: &Opties) -> Result<bool, StroomFout> {
    let opmaak = if opties.tekst {
        Opmaak::Tekst
    } else {
        Opmaak::Json {
            uitleg: opties.uitleg,
            regel_per_dossier: opties.jsonl,
        }
    };
    let mut uit = BufWriter::with_capacity(UITVOER_BUFFER, io::stdout().lock());
    let alles_gelukt = if opties.jsonl {
        let telling = beantwoord_regels(io::BufReader::new(invoer), opmaak, &mut uit)?;
        if telling.geweigerd > 0 {
            uit.flush().map_err(StroomFout::Schrijven)?;
            eprintln!(
                "wi2021-boetes: {} of {} dossiers could not be evaluated; their lines in the output carry \"fout\"",
                telling.geweigerd, telling.dossiers
            );
        }
        telling.geweigerd == 0
    } else {
        beantwoord_een(invoer, opmaak, &mut uit)?
    };
    uit.flush().map_err(StroomFout::Schrijven)?;
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
