//! Brede intake: warning, € 250, € 250 and completion without the person.
//!
//! Implements Wi art. 14 lid 1–2 and art. 22 with Bi art. 7.1 lid 1:
//! - 1st oproep missed: a written warning and a new oproep, no fine (art. 14 lid 1);
//! - 2nd: € 250, and the boetebeschikking sets a new term of at most two months (art. 22 lid 1–2);
//! - 3rd: € 250 again (art. 22 lid 3); the college completes the intake without the person and
//!   fixes the PIP on its own (art. 14 lid 2).
//!
//! There is no 4th oproep. No verwijtbaarheid: no fine, but the warning and new oproep still
//! happen. The € 250 is a fixed amount: no verwijtbaarheid percentage, but a lowering for
//! bijzondere omstandigheden is allowed.

use serde::{Deserialize, Serialize};

use crate::error::Fout;

/// What follows from a missed oproep, apart from the fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BredeIntakeGevolg {
    /// Which oproep was missed (1, 2 or 3).
    pub oproep: u8,
    /// Whether a fine of € 250 can follow (2nd and 3rd oproep).
    pub boete_mogelijk: bool,
    /// A written warning (1st oproep, Wi art. 14 lid 1).
    pub schriftelijke_waarschuwing: bool,
    /// A new oproep (after the 1st and the 2nd).
    pub nieuwe_oproep: bool,
    /// The most months the new term in the boetebeschikking may be (Wi art. 22 lid 2): 2 after
    /// the 2nd oproep.
    pub nieuwe_termijn_max_maanden: Option<u8>,
    /// The intake is completed without the person and the PIP fixed unilaterally (after the 3rd,
    /// Wi art. 14 lid 2).
    pub voltooien_in_afwezigheid: bool,
}

/// The consequences of missing oproep `oproep`.
///
/// # Errors
/// [`Fout::OproepBuitenBereik`] for anything but 1, 2 or 3.
pub fn gevolg(overtreding_id: &str, oproep: u8) -> Result<BredeIntakeGevolg, Fout> {
    let gevolg =
        |boete_mogelijk, waarschuwing, nieuwe_oproep, termijn, afwezig| BredeIntakeGevolg {
            oproep,
            boete_mogelijk,
            schriftelijke_waarschuwing: waarschuwing,
            nieuwe_oproep,
            nieuwe_termijn_max_maanden: termijn,
            voltooien_in_afwezigheid: afwezig,
        };
    match oproep {
        1 => Ok(gevolg(false, true, true, None, false)),
        2 => Ok(gevolg(true, false, true, Some(2), false)),
        3 => Ok(gevolg(true, false, false, None, true)),
        _ => Err(Fout::OproepBuitenBereik {
            overtreding_id: overtreding_id.to_owned(),
            oproep,
        }),
    }
}
