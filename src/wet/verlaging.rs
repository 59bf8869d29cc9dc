//! Lowering for bijzondere omstandigheden.
//!
//! **Awb art. 5:46 lid 3.** Where the amount of a fine is set by a wettelijk voorschrift, the
//! bestuursorgaan nevertheless imposes a lower fine when the person makes it plausible that the
//! set fine is too high because of bijzondere omstandigheden.
//!
//! **Bi art. 7.1 lid 6 and 7.2 lid 3.** The person states and proves the facts and circumstances
//! that can lead to a lower fine; where the bestuursorgaan knows of bijzondere omstandigheden, it
//! takes them into account. Each speaks only of the fine "bedoeld in het eerste lid": lid 6 of
//! the brede-intake fine (€ 250), lid 3 of DUO's € 340.
//!
//! The crate's reading: every fine of this law has its amount set by a wettelijk voorschrift, so
//! every lowering rests on Awb 5:46 lid 3. Bi 7.1 lid 6 is cited beside it for the brede-intake
//! fine only, and Bi 7.2 lid 3 for DUO's € 340 only; the PIP fine and DUO's leerroute fine rest on
//! the Awb alone.
//!
//! The caller gives a lower amount with its reason (stress, trauma, debts, limited draagkracht
//! …). It is accepted only between € 0 and the amount the rules give, in whole cents, with a
//! reason; it never raises a fine. It is checked against the amount after the ladder and the
//! verwijtbaarheid share (or the fixed amount), before the cap: a gemeente's judgement of what
//! is proportionate is then never refused because the cap happens to cut deeper, and the result
//! exceeds neither. The reason may hold health data or other special personal data (AVG art. 9):
//! the output repeats it once, in the sentence of the lowering's own step, and nowhere else.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::fout::{Fout, FoutSoort};
use crate::geld::Centen;

/// A lower amount for bijzondere omstandigheden, with its reason.
///
/// ```
/// use rust_decimal::Decimal;
/// use wi2021_boetes::Verlaging;
/// let v: Verlaging = serde_json::from_str(r#"{"bedrag":"10.00","reden":"ernstige stress"}"#).unwrap();
/// assert_eq!(v.bedrag, Decimal::new(1000, 2));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Verlaging {
    /// The lower amount.
    #[serde(deserialize_with = "crate::invoer::bedrag")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Bedrag"))]
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub bedrag: Decimal,
    /// The bijzondere omstandigheden, in a sentence fit for the beschikking.
    pub reden: String,
}

/// The fields of a lowering, for error messages: `verlaging` on an overtreding,
/// `verlaging_pvt_map` or `verlaging_leerroute` on a DUO assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Velden {
    pub bedrag: &'static str,
    pub reden: &'static str,
}

/// The highest amount the crate accepts anywhere: far above every amount this law knows (the
/// highest cap is € 2.400), and low enough that a dossier's totals are exact in whole cents.
pub(crate) const MAX_BEDRAG: Centen = Centen::euro(1_000_000);

/// An amount as given: zero or more, whole cents, at most [`MAX_BEDRAG`]; `None` otherwise.
pub(crate) fn bedrag(gegeven: Decimal) -> Option<Centen> {
    Centen::uit(gegeven).filter(|c| *c >= Centen::NUL && *c <= MAX_BEDRAG)
}

/// Checks a lowering against `berekend` and gives the lowered amount; `fout` places the error
/// at the overtreding or assessment.
pub(crate) fn toets(
    verlaging: &Verlaging,
    velden: Velden,
    berekend: Centen,
    fout: impl Fn(FoutSoort) -> Fout,
) -> Result<Centen, Fout> {
    let Some(lager) = bedrag(verlaging.bedrag) else {
        return Err(fout(FoutSoort::BedragOngeldig {
            bedrag: verlaging.bedrag,
        })
        .in_veld(velden.bedrag));
    };
    if verlaging.reden.trim().is_empty() {
        return Err(fout(FoutSoort::VerlagingZonderReden).in_veld(velden.reden));
    }
    if lager > berekend {
        return Err(fout(FoutSoort::VerlagingTeHoog {
            verlaagd: verlaging.bedrag,
            berekend: berekend.decimal(),
        })
        .in_veld(velden.bedrag));
    }
    Ok(lager)
}

/// The lowering of an overtreding.
pub(crate) const OVERTREDING: Velden = Velden {
    bedrag: "verlaging.bedrag",
    reden: "verlaging.reden",
};

/// Awb 5:46 lid 3 for the college's fines, with Bi 7.1 lid 6 before it for the brede-intake fine:
/// the lowered amount, or the amount the rules give where there is no lowering.
pub(crate) fn college<'a>(
    c: &mut crate::besluit::Concept<'a>,
    berekend: Centen,
) -> Result<Centen, crate::besluit::Stop> {
    let overtreding = c.overtreding;
    let Some(verlaging) = &overtreding.verlaging else {
        return Ok(berekend);
    };
    let lager = toets(verlaging, OVERTREDING, berekend, |soort| c.fout(soort))?;
    c.verlaagd_tot = Some(lager);
    Ok(lager)
}

/// The lowering's steps for a college's fine: Bi 7.1 lid 6 first for the brede-intake fine, then
/// the lowering itself (Awb 5:46 lid 3).
pub(crate) fn uitleg_college<'a>(
    verlaging: &'a Verlaging,
    regime: crate::wet::catalogus::Regime,
    van: Decimal,
    naar: Decimal,
    uit: &mut impl crate::uitleg::Stappen<'a>,
) {
    if regime == crate::wet::catalogus::Regime::BredeIntake {
        uit.stap(crate::uitleg::Stap::BijzondereOmstandigheden { duo: false });
    }
    uit.stap(crate::uitleg::Stap::Verlaagd {
        van,
        naar,
        omstandigheden: &verlaging.reden,
    });
}
