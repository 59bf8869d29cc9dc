//! The caps: the most the gemeente may fine in total per term.
//!
//! Implements Bi art. 7.1 lid 5: € 2.400 over the initial term (Wi art. 11, as
//! extended under art. 12), and € 400 / € 800 / € 1.200 / € 1.600 over a new term of 6 / 12 /
//! 18 / 24 months (Wi art. 24 lid 2–3, art. 25 lid 2).
//!
//! Brede-intake fines (art. 22) and PIP fines (art. 23) count together, at the amount imposed;
//! herroepen or vernietigde fines do not; DUO's fines never do. A fine that would exceed the room
//! left is cut to that room; with no room left it is € 0.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::euro;
use crate::termijn::{Termijn, TermijnSoort};

/// The cap over the initial term.
pub const CAP_INITIELE_TERMIJN: Decimal = euro(2400);

/// A cap bucket: the term whose total is capped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "termijn")]
pub enum Bucket {
    /// The initial term, as extended (brede-intake fines included).
    Initieel,
    /// A new term, identified by its first day and length.
    Nieuw {
        /// Its first day.
        ingangsdatum: NaiveDate,
        /// Its length in months.
        maanden: u32,
    },
}

impl Bucket {
    /// The bucket a term is.
    pub fn of(termijn: &Termijn) -> Bucket {
        match termijn.soort {
            TermijnSoort::Initieel => Bucket::Initieel,
            TermijnSoort::Nieuw { maanden } => Bucket::Nieuw {
                ingangsdatum: termijn.begin,
                maanden,
            },
        }
    }

    /// The cap (Bi art. 7.1 lid 5). A new term of another length has no cap in the law; the
    /// crate never builds such a bucket ([`crate::termijn::TermijnHistorie::termijnen`] rejects
    /// it), and answers € 0 here so that nothing could be fined in it.
    pub fn cap(self) -> Decimal {
        match self {
            Bucket::Initieel => CAP_INITIELE_TERMIJN,
            Bucket::Nieuw { maanden, .. } => cap_new_term(maanden).unwrap_or(Decimal::ZERO),
        }
    }

    /// "uw inburgeringstermijn" (with its extensions) or "uw nieuwe termijn van 6 maanden vanaf
    /// 1 mei 2025".
    pub fn omschrijving(self) -> String {
        match self {
            Bucket::Initieel => "uw inburgeringstermijn".to_owned(),
            Bucket::Nieuw {
                ingangsdatum,
                maanden,
            } => format!(
                "uw nieuwe termijn van {maanden} maanden vanaf {}",
                crate::money::format_datum(ingangsdatum)
            ),
        }
    }
}

/// The cap over a new term of `maanden` months; `None` for a length the law does not name.
pub fn cap_new_term(maanden: u32) -> Option<Decimal> {
    match maanden {
        6 => Some(euro(400)),
        12 => Some(euro(800)),
        18 => Some(euro(1200)),
        24 => Some(euro(1600)),
        _ => None,
    }
}

/// How one fine used its bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CapUse {
    /// The bucket.
    pub bucket: Bucket,
    /// Its cap.
    pub cap: Decimal,
    /// Room left before this fine.
    pub room_before: Decimal,
    /// Room left after this fine.
    pub room_after: Decimal,
    /// Whether the cap cut this fine.
    pub cut: bool,
}

/// Applies the cap: `amount` with `already` counted in `bucket` before it.
pub fn apply(bucket: Bucket, already: Decimal, amount: Decimal) -> (Decimal, CapUse) {
    // In whole cents, exact: every amount these rules produce is whole cents.
    let cap = bucket.cap();
    let room_before = crate::money::whole_cents(cap)
        .saturating_sub(crate::money::whole_cents(already))
        .max(0);
    let asked = crate::money::whole_cents(amount).max(0);
    let imposed = asked.min(room_before);
    let usage = CapUse {
        bucket,
        cap,
        room_before: crate::money::from_cents(room_before),
        room_after: crate::money::from_cents(room_before - imposed),
        cut: imposed < asked,
    };
    (crate::money::from_cents(imposed), usage)
}
