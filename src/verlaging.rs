//! Lowering for bijzondere omstandigheden.
//!
//! Every fine of this law has its amount set by a wettelijk voorschrift (Bi 7.1 lid 1–4 for the
//! college's, Bi 7.2 lid 1–2 and the ministeriële regeling for DUO's), so every lowering rests on
//! Awb art. 5:46 lid 3: the bestuursorgaan imposes a lower fine where the person makes it
//! plausible that the fixed fine is too high because of bijzondere omstandigheden. Bi 7.1 lid 6
//! and Bi 7.2 lid 3 add who must state and prove those circumstances, and that the bestuursorgaan
//! weighs those it knows of; each speaks only of the fine "bedoeld in het eerste lid": lid 6 of the
//! brede-intake fine (€ 250), lid 3 of DUO's € 340. The explanation cites them for those fines
//! only, beside Awb 5:46 lid 3.
//!
//! The caller may give a lower amount with its reason (stress, trauma, debts, limited
//! draagkracht …). It is accepted only between € 0 and the amount the rules give, in whole cents,
//! with a reason; it never raises a fine. The reason may hold health data or other special
//! personal data (AVG art. 9): the output repeats it once, in the sentence of the lowering's own
//! step, and nowhere else.
//!
//! Order: the lowering is checked against the amount after the ladder and the verwijtbaarheid
//! share (or the fixed € 250), *before* the cap. The cap then applies to the lowered amount. So a
//! gemeente's judgement of what is proportionate is never rejected because the cap happens to cut
//! deeper, and the result never exceeds either.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Bij, Fout};
use crate::money::{cents, euro, greater, is_whole_cents, to_cents, whole_cents};

/// A lower amount for bijzondere omstandigheden, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verlaging {
    /// The lower amount.
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

/// The lowering of an overtreding.
pub(crate) const OVERTREDING: Velden = Velden {
    bedrag: "verlaging.bedrag",
    reden: "verlaging.reden",
};

/// Checks a lowering against `computed` and returns the lowered amount.
///
/// # Errors
/// [`Fout::BedragOngeldig`] for a negative amount or a fraction of a cent,
/// [`Fout::VerlagingZonderReden`] for an empty reason, [`Fout::VerlagingTeHoog`] above
/// `computed`.
pub(crate) fn apply(
    bij: &Bij,
    velden: Velden,
    verlaging: &Verlaging,
    computed: Decimal,
) -> Result<Decimal, Fout> {
    check_amount(|| bij.clone(), velden.bedrag, &verlaging.bedrag)?;
    if verlaging.reden.trim().is_empty() {
        return Err(Fout::VerlagingZonderReden {
            bij: bij.clone(),
            veld: velden.reden,
        });
    }
    if verlaging.bedrag > computed {
        return Err(Fout::VerlagingTeHoog {
            bij: bij.clone(),
            veld: velden.bedrag,
            verlaagd: verlaging.bedrag,
            berekend: computed,
        });
    }
    Ok(cents(verlaging.bedrag))
}

/// The highest amount the crate accepts anywhere: far above every amount this law knows (the
/// highest cap is € 2.400), and low enough that the totals of a whole dossier are exact in whole
/// cents.
pub const MAX_BEDRAG: Decimal = euro(MAX_EURO);
const MAX_EURO: i64 = 1_000_000;
const MAX_BEDRAG_CENTEN: i64 = MAX_EURO * 100;

/// Checks that an amount is zero or more, in whole cents, and at most [`MAX_BEDRAG`], and gives it
/// in whole cents.
///
/// # Errors
/// [`Fout::BedragOngeldig`] naming `veld`.
#[inline]
pub(crate) fn check_amount(
    bij: impl FnOnce() -> Bij,
    veld: &'static str,
    bedrag: &Decimal,
) -> Result<i64, Fout> {
    // At most two decimals, as nearly every amount: an integer comparison settles it.
    match to_cents(*bedrag) {
        Some(cents) if (0..=MAX_BEDRAG_CENTEN).contains(&cents) => Ok(cents),
        _ => check_amount_in_full(bij(), veld, bedrag),
    }
}

/// [`check_amount`] for an amount with more than two decimals, a negative one, or one that is
/// too high.
#[cold]
#[inline(never)]
fn check_amount_in_full(bij: Bij, veld: &'static str, bedrag: &Decimal) -> Result<i64, Fout> {
    let bedrag = *bedrag;
    let valid = match to_cents(bedrag) {
        Some(cents) => (0..=MAX_BEDRAG_CENTEN).contains(&cents),
        None => {
            (bedrag.is_zero() || !bedrag.is_sign_negative())
                && is_whole_cents(bedrag)
                && !greater(bedrag, MAX_BEDRAG)
        }
    };
    if !valid {
        return Err(Fout::BedragOngeldig { bij, veld, bedrag });
    }
    Ok(whole_cents(bedrag))
}
