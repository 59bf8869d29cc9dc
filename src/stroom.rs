//! Answering dossiers as bytes in, bytes out: what the `wi2021-boetes` program does, here as a
//! library function, so that a batch, a service and the program share one path.
//!
//! Each dossier is read with [`lees_dossier`](crate::lees_dossier), replayed with
//! [`replay`](crate::replay) and written as its outcome in JSON (or as Dutch text); a dossier
//! that cannot be evaluated is answered with its fault, in the same place. JSON Lines give one
//! answer per non-empty line, in the order of the lines.

use std::io::{self, BufRead, Read, Write};

use serde::Serialize;

use crate::dossier::{Dossier, replay};
use crate::fout::{Fout, Foutmelding};
use crate::invoer::{MAX_DOSSIER_BYTES, lees_dossier};
use crate::uitleg::UitlegVorm;

/// How an answer is written.
///
/// ```
/// use wi2021_boetes::{Opmaak, UitlegVorm};
/// let opmaak = Opmaak::Json { uitleg: UitlegVorm::Codes, regel_per_dossier: true };
/// assert_ne!(opmaak, Opmaak::Tekst);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opmaak {
    /// JSON: the outcome ([`DossierUitkomst`](crate::DossierUitkomst)) or the fault
    /// ([`Foutmelding`]).
    Json {
        /// The explanation's form.
        uitleg: UitlegVorm,
        /// One line per dossier (JSON Lines); otherwise indented.
        regel_per_dossier: bool,
    },
    /// Readable Dutch text ([`DossierUitkomst::tekst`](crate::DossierUitkomst::tekst)); a
    /// fault as `Fout: …` lines.
    Tekst,
}

/// How many dossiers were answered, and how many of them could not be evaluated.
///
/// ```
/// use wi2021_boetes::{Opmaak, Telling, UitlegVorm, beantwoord_regels};
/// let invoer = b"{\"id\": 1}\n\n{\"id\": 2}\n";
/// let mut uit = Vec::new();
/// let opmaak = Opmaak::Json { uitleg: UitlegVorm::Codes, regel_per_dossier: true };
/// let telling = beantwoord_regels(&invoer[..], opmaak, &mut uit).unwrap();
/// assert_eq!(telling, Telling { dossiers: 2, geweigerd: 2 });
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Telling {
    /// Dossiers answered (non-empty lines).
    pub dossiers: usize,
    /// Of those, answered with a fault.
    pub geweigerd: usize,
}

/// Why a stream of dossiers could not be answered to its end: reading or writing failed. (A
/// dossier that cannot be evaluated is not such a fault: it is answered.)
///
/// ```
/// use wi2021_boetes::StroomFout;
/// let fout = StroomFout::Schrijven(std::io::Error::other("disk full"));
/// assert_eq!(fout.to_string(), "cannot write the output: disk full");
/// ```
#[derive(Debug, thiserror::Error)]
pub enum StroomFout {
    /// The input could not be read.
    #[error("{}cannot read the input: {fout}", regel.map(|n| format!("line {n}: ")).unwrap_or_default())]
    Lezen {
        /// The line being read, for JSON Lines.
        regel: Option<usize>,
        /// What went wrong.
        fout: io::Error,
    },
    /// The output could not be written.
    #[error("cannot write the output: {0}")]
    Schrijven(io::Error),
}

/// Answers one dossier's bytes: its outcome, or its fault; `Ok(true)` when it was evaluated.
/// `regel` is the line it came from in JSON Lines, carried into a fault's answer.
///
/// # Errors
/// Only when writing fails.
///
/// ```
/// use wi2021_boetes::{Opmaak, UitlegVorm, beantwoord};
/// let mut uit = Vec::new();
/// let opmaak = Opmaak::Json { uitleg: UitlegVorm::Codes, regel_per_dossier: true };
/// assert!(!beantwoord(b"[]", Some(1), opmaak, &mut uit).unwrap());
/// assert!(String::from_utf8(uit).unwrap().starts_with(r#"{"formaat_versie":1,"#));
/// ```
pub fn beantwoord(
    bytes: &[u8],
    regel: Option<usize>,
    opmaak: Opmaak,
    uit: &mut impl Write,
) -> Result<bool, StroomFout> {
    antwoord(lees_dossier(bytes), regel, opmaak, uit)
}

/// Answers a dossier as read: its outcome, or the fault of reading or of replaying it.
fn antwoord(
    gelezen: Result<Dossier, Fout>,
    regel: Option<usize>,
    opmaak: Opmaak,
    uit: &mut impl Write,
) -> Result<bool, StroomFout> {
    let antwoord = gelezen.and_then(|dossier| {
        let uitkomst = replay(&dossier)?;
        Ok(schrijf_uitkomst(uitkomst, opmaak, uit))
    });
    let geschreven = match antwoord {
        Ok(geschreven) => geschreven.map(|()| true),
        Err(fout) => schrijf_fout(&fout, regel, opmaak, uit).map(|()| false),
    };
    geschreven.map_err(StroomFout::Schrijven)
}

/// Writes an evaluated dossier's outcome.
fn schrijf_uitkomst(
    uitkomst: crate::DossierUitkomst<'_>,
    opmaak: Opmaak,
    uit: &mut impl Write,
) -> io::Result<()> {
    match opmaak {
        Opmaak::Tekst => write!(uit, "{}", uitkomst.tekst()),
        Opmaak::Json {
            uitleg,
            regel_per_dossier,
        } => schrijf_json(uit, &uitkomst.met_uitleg(uitleg), regel_per_dossier),
    }
}

/// Writes a dossier's fault: as text, or as a JSON object.
fn schrijf_fout(
    fout: &Fout,
    regel: Option<usize>,
    opmaak: Opmaak,
    uit: &mut impl Write,
) -> io::Result<()> {
    match opmaak {
        Opmaak::Tekst => fout
            .alle()
            .try_for_each(|fout| writeln!(uit, "Fout: {fout}")),
        Opmaak::Json {
            regel_per_dossier, ..
        } => schrijf_json(uit, &Foutmelding::nieuw(regel, fout), regel_per_dossier),
    }
}

/// Writes `waarde` as one JSON line, or as indented JSON and a newline.
fn schrijf_json(
    uit: &mut impl Write,
    waarde: &impl Serialize,
    regel_per_dossier: bool,
) -> io::Result<()> {
    if regel_per_dossier {
        serde_json::to_writer(&mut *uit, waarde)?;
    } else {
        serde_json::to_writer_pretty(&mut *uit, waarde)?;
    }
    uit.write_all(b"\n")
}

/// Answers the whole input as one dossier (at most [`MAX_DOSSIER_BYTES`] are read; more is
/// refused as too large); `Ok(true)` when it was evaluated.
///
/// # Errors
/// When reading or writing fails.
///
/// ```
/// use wi2021_boetes::{Opmaak, beantwoord_een};
/// let mut uit = Vec::new();
/// assert!(!beantwoord_een(&b"{}"[..], Opmaak::Tekst, &mut uit).unwrap());
/// assert!(String::from_utf8(uit).unwrap().starts_with("Fout: "));
/// ```
pub fn beantwoord_een(
    invoer: impl Read,
    opmaak: Opmaak,
    uit: &mut impl Write,
) -> Result<bool, StroomFout> {
    let mut bytes = Vec::new();
    invoer
        .take(MAX_DOSSIER_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|fout| StroomFout::Lezen { regel: None, fout })?;
    let gelezen = lees_dossier(&bytes);
    // The dossier owns what it read: the bytes need not stay while it is replayed.
    drop(bytes);
    antwoord(gelezen, None, opmaak, uit)
}

/// Answers JSON Lines: one answer per non-empty line, in order, each as `opmaak` says. A line
/// longer than [`MAX_DOSSIER_BYTES`] is answered as too large without being held whole.
///
/// # Errors
/// When reading or writing fails; the answers before it are written.
///
/// ```
/// use wi2021_boetes::{Opmaak, UitlegVorm, beantwoord_regels};
/// let invoer = std::fs::read("examples/scenarios/gezinsmigrant.json").unwrap();
/// let regel: serde_json::Value = serde_json::from_slice(&invoer).unwrap();
/// let mut uit = Vec::new();
/// let opmaak = Opmaak::Json { uitleg: UitlegVorm::Volledig, regel_per_dossier: true };
/// let telling = beantwoord_regels(format!("{regel}\n").as_bytes(), opmaak, &mut uit).unwrap();
/// assert_eq!((telling.dossiers, telling.geweigerd), (1, 0));
/// ```
pub fn beantwoord_regels(
    invoer: impl BufRead,
    opmaak: Opmaak,
    uit: &mut impl Write,
) -> Result<Telling, StroomFout> {
    let mut lezer = invoer;
    let mut bytes = Vec::new();
    let mut telling = Telling::default();
    for nummer in 1.. {
        let leesfout = |fout| StroomFout::Lezen {
            regel: Some(nummer),
            fout,
        };
        bytes.clear();
        // At most one byte past the limit, so that an endless line is never held whole.
        let gelezen = (&mut lezer)
            .take(MAX_DOSSIER_BYTES as u64 + 1)
            .read_until(b'\n', &mut bytes)
            .map_err(leesfout)?;
        if gelezen == 0 {
            break;
        }
        // A line without its newline was cut at the limit (or is the last): its rest, if any, is
        // skipped.
        if bytes.last() != Some(&b'\n') {
            sla_rest_over(&mut lezer).map_err(leesfout)?;
        }
        let regel = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        let regel = regel.strip_suffix(b"\r").unwrap_or(regel);
        if regel.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let gelezen = lees_dossier(regel);
        // The dossier owns what it read: a buffer grown for one large line is released before
        // that dossier is replayed.
        laat_grote_regel_los(&mut bytes);
        let gelukt = antwoord(gelezen, Some(nummer), opmaak, uit)?;
        telling.dossiers += 1;
        telling.geweigerd += usize::from(!gelukt);
    }
    Ok(telling)
}

/// A line buffer larger than this (1 MiB) is released once its dossier is read.
const GROTE_REGEL: usize = 1024 * 1024;

/// Releases a line buffer that has grown past [`GROTE_REGEL`]; a smaller one is kept for the
/// next line.
fn laat_grote_regel_los(bytes: &mut Vec<u8>) {
    if bytes.capacity() > GROTE_REGEL {
        *bytes = Vec::new();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_buffer_past_one_mib_is_released() {
        let mut groot = Vec::with_capacity((1 << 20) + 1);
        laat_grote_regel_los(&mut groot);
        assert_eq!(groot.capacity(), 0);
        let mut precies = Vec::with_capacity(1 << 20);
        laat_grote_regel_los(&mut precies);
        assert!(precies.capacity() >= 1 << 20);
    }
}
