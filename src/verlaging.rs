//! Lowering for bijzondere omstandigheden.
//!
//! Implements Awb art. 5:46 lid 3 and Bi art. 7.1 lid 6 (RULEBOOK §3): the caller may give a
//! lower amount with its reason (stress, trauma, debts, limited draagkracht …). It is accepted
//! only between € 0 and the amount the rules give, in whole cents, with a reason; it never raises
//! a fine.
//!
//! Order: the lowering is checked against the amount after the ladder and the verwijtbaarheid
//! share (or the fixed € 250), *before* the cap. The cap then applies to the lowered amount. So a
//! gemeente's judgement of what is proportionate is never rejected because the cap happens to cut
//! deeper, and the result never exceeds either.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::Fout;
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

/// Checks a lowering against `computed` and returns the lowered amount.
///
/// # Errors
/// [`Fout::BedragOngeldig`] for a negative amount or a fraction of a cent,
/// [`Fout::VerlagingZonderReden`] for an empty reason, [`Fout::VerlagingTeHoog`] above
/// `computed`.
pub fn apply(
    overtreding_id: &str,
    verlaging: &Verlaging,
    computed: Decimal,
) -> Result<Decimal, Fout> {
    check_amount(overtreding_id, "verlaging.bedrag", &verlaging.bedrag)?;
    if verlaging.reden.trim().is_empty() {
        return Err(Fout::VerlagingZonderReden {
            overtreding_id: overtreding_id.to_owned(),
        });
    }
    if verlaging.bedrag > computed {
        return Err(Fout::VerlagingTeHoog {
            overtreding_id: overtreding_id.to_owned(),
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
    overtreding_id: &str,
    veld: &'static str,
    bedrag: &Decimal,
) -> Result<i64, Fout> {
    // At most two decimals, as nearly every amount: an integer comparison settles it.
    match to_cents(*bedrag) {
        Some(cents) if (0..=MAX_BEDRAG_CENTEN).contains(&cents) => Ok(cents),
        _ => check_amount_in_full(overtreding_id, veld, bedrag),
    }
}

/// [`check_amount`] for an amount with more than two decimals, a negative one, or one that is
/// too high.
#[cold]
#[inline(never)]
fn check_amount_in_full(
    overtreding_id: &str,
    veld: &'static str,
    bedrag: &Decimal,
) -> Result<i64, Fout> {
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
        return Err(Fout::BedragOngeldig {
            overtreding_id: overtreding_id.to_owned(),
            veld,
            bedrag,
        });
    }
    Ok(whole_cents(bedrag))
}
