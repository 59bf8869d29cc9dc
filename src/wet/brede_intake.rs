//! The brede intake: a warning, € 250, € 250 and completion without the person.
//!
//! **Wi art. 14 lid 1.** The college calls the person to the brede intake within a term; who
//! does not appear or does not cooperate gets a written warning and a repeated call with a new
//! term. **Lid 2:** after three calls, the college completes the intake without the person.
//!
//! **Wi art. 22 lid 1–3.** The college imposes a fine on who does not appear, or does not
//! cooperate, within the term of the repeated call (lid 1); the boetebeschikking sets a new term
//! of at most two months (lid 2); missing that term too is fined again (lid 3).
//!
//! **Bi art. 7.1 lid 1.** That fine is € 250.
//!
//! The crate's reading: the 1st missed oproep gives the warning and a new oproep, no fine; the
//! 2nd gives € 250 (Wi 22 lid 1) and a new term of at most two months; the 3rd € 250 again (Wi 22
//! lid 3), after which the college completes the intake without the person. There is no 4th
//! oproep: asking for one is an input error. Without verwijtbaarheid there is no fine, but the new
//! oproep and its term still follow (Wi 14 lid 1). The € 250 is a fixed amount: no percentage,
//! but lowered for bijzondere omstandigheden where they apply.

use serde::{Deserialize, Serialize};

use rust_decimal::Decimal;

use crate::besluit::{Concept, GeenBoeteReden, Stop};
use crate::fout::FoutSoort;
use crate::geld::Centen;
use crate::uitleg::{Stap, Stappen};
use crate::wet::catalogus::Regime;

/// What follows from a missed oproep, apart from the fine.
///
/// ```
/// use wi2021_boetes::BredeIntakeGevolg;
/// let g: BredeIntakeGevolg = serde_json::from_str(
///     r#"{"oproep":2,"boete_mogelijk":true,"schriftelijke_waarschuwing":false,"nieuwe_oproep":true,
///        "nieuwe_termijn_max_maanden":2,"voltooien_in_afwezigheid":false}"#,
/// ).unwrap();
/// assert_eq!(g.nieuwe_termijn_max_maanden, Some(2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The intake is completed without the person (after the 3rd, Wi art. 14 lid 2).
    pub voltooien_in_afwezigheid: bool,
}

/// Wi 14 and 22: which oproep was missed, and what follows; the 1st gives no fine. An oproep
/// number on any other gedraging is an input error.
pub(crate) fn oproep(c: &mut Concept<'_>, regime: Regime) -> Result<(), Stop> {
    let o = c.overtreding;
    if regime != Regime::BredeIntake {
        return match o.oproep {
            Some(oproep) => Err(c
                .fout(FoutSoort::OproepNietVanToepassing {
                    gedraging: o.gedraging,
                    oproep,
                })
                .in_veld("oproep")
                .into()),
            None => Ok(()),
        };
    }
    let Some(oproep) = o.oproep else {
        return Err(c.fout(FoutSoort::OproepOntbreekt).in_veld("oproep").into());
    };
    let termijn = Some(c.versie.brede_intake_termijn_maanden);
    let gevolg =
        |boete_mogelijk, waarschuwing, nieuwe_oproep, termijn, afwezig| BredeIntakeGevolg {
            oproep,
            boete_mogelijk,
            schriftelijke_waarschuwing: waarschuwing,
            nieuwe_oproep,
            nieuwe_termijn_max_maanden: termijn,
            voltooien_in_afwezigheid: afwezig,
        };
    let gevolg = match oproep {
        1 => gevolg(false, true, true, None, false),
        2 => gevolg(true, false, true, termijn, false),
        3 => gevolg(true, false, false, None, true),
        _ => {
            return Err(c
                .fout(FoutSoort::OproepBuitenBereik { oproep })
                .in_veld("oproep")
                .into());
        }
    };
    c.brede_intake = Some(gevolg);
    if !gevolg.boete_mogelijk {
        return Err(GeenBoeteReden::EersteOproep.into());
    }
    Ok(())
}

/// The 1st oproep's steps: a warning, and a new oproep (Wi 14 lid 1).
pub(crate) fn uitleg_eerste<'a>(uit: &mut impl Stappen<'a>) {
    uit.stap(Stap::BredeIntakeWaarschuwing);
    uit.stap(Stap::BredeIntakeNieuweOproep);
}

/// Bi 7.1 lid 1: the brede-intake fine is € 250.
pub(crate) fn boete(c: &Concept<'_>) -> Centen {
    c.versie.brede_intake_boete
}

/// Its step.
pub(crate) fn uitleg_boete<'a>(oproep: u8, bedrag: Decimal, uit: &mut impl Stappen<'a>) {
    uit.stap(Stap::BredeIntakeBoete { oproep, bedrag });
}

/// After the 2nd oproep a new oproep: with a fine, the boetebeschikking sets its term of at most
/// two months (Wi 22 lid 2); without one, the college still calls the person again with a new
/// term (Wi 14 lid 1). After the 3rd: completion without the person (Wi 14 lid 2), whatever the
/// fine.
pub(crate) fn vervolg<'a>(gevolg: &BredeIntakeGevolg, boete: bool, uit: &mut impl Stappen<'a>) {
    if gevolg.nieuwe_termijn_max_maanden.is_some() {
        uit.stap(if boete {
            Stap::BredeIntakeNieuweTermijn
        } else {
            Stap::BredeIntakeNieuweOproep
        });
    }
    if gevolg.voltooien_in_afwezigheid {
        uit.stap(Stap::BredeIntakeInAfwezigheid);
    }
}
