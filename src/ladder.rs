//! The PIP ladder: € 50 → € 100 → € 200 → € 400 → € 800.
//!
//! Implements Bi art. 7.1 lid 2 (€ 50) and lid 3 (doubled for each earlier art. 23 overtreding
//! geconstateerd within the twelve months before, whose fine has become onherroepelijk, up to
//! € 800).
//!
//! - An earlier PIP overtreding *qualifies* when it was geconstateerd on or after the new
//!   constatering date minus twelve calendar months (29 February minus twelve months is
//!   28 February), not after the new one, and its fine (more than € 0) is onherroepelijk on the
//!   day the new fine is decided. A fine in bezwaar or beroep, a herroepen or vernietigd fine, and
//!   an overtreding that got no fine do not qualify.
//! - The new overtreding gets the step of the latest qualifying one plus one, or step 1.
//! - Steps 6 and higher stay at € 800. The ladder knows no terms.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use chrono::Months;

use crate::money::euro;

/// The highest ladder amount (Bi art. 7.1 lid 3).
pub const LADDER_MAXIMUM: Decimal = euro(800);

/// The ladder amount of `step` (1-based): € 50 · 2^(step−1), at most € 800. Step 0 is treated
/// as step 1.
pub fn ladder_amount(step: u32) -> Decimal {
    match step {
        0 | 1 => euro(50),
        2 => euro(100),
        3 => euro(200),
        4 => euro(400),
        _ => LADDER_MAXIMUM,
    }
}

/// The first day of the twelve-month window before a constatering on `constatering`: the same
/// calendar day twelve months earlier, clamped to the month's end.
pub fn window_start(constatering: NaiveDate) -> NaiveDate {
    constatering
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN)
}

/// The status of a fine already imposed: it raises the ladder only once onherroepelijk, and a
/// herroepen or vernietigde fine counts for nothing.
///
/// In JSON `{"status": "opgelegd"}`, `{"status": "onherroepelijk", "sinds": "2023-05-02"}` or
/// `{"status": "herroepen"}`; any other key, and `sinds` on another status, is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status", try_from = "StatusInvoer")]
pub enum BoeteStatus {
    /// Imposed, still open to bezwaar or beroep (or in it).
    Opgelegd,
    /// Onherroepelijk since `sinds` (the day after the bezwaar or beroep term ran out, or the
    /// day of the final ruling).
    Onherroepelijk {
        /// The first day on which the fine is onherroepelijk.
        sinds: NaiveDate,
    },
    /// Herroepen in bezwaar or vernietigd by a court: it counts for nothing.
    Herroepen,
}

impl BoeteStatus {
    /// Whether the fine is onherroepelijk on `date`.
    pub fn onherroepelijk_op(self, date: NaiveDate) -> bool {
        matches!(self, BoeteStatus::Onherroepelijk { sinds } if sinds <= date)
    }

    /// Whether the fine still counts at all (not herroepen or vernietigd).
    pub fn counts(self) -> bool {
        !matches!(self, BoeteStatus::Herroepen)
    }
}

/// The status as written in JSON, before it is checked: exactly the keys `status` and, for an
/// onherroepelijk fine, `sinds`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusInvoer {
    status: StatusSoort,
    #[serde(default)]
    sinds: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum StatusSoort {
    Opgelegd,
    Onherroepelijk,
    Herroepen,
}

impl TryFrom<StatusInvoer> for BoeteStatus {
    type Error = &'static str;

    fn try_from(invoer: StatusInvoer) -> Result<Self, Self::Error> {
        match (invoer.status, invoer.sinds) {
            (StatusSoort::Opgelegd, None) => Ok(BoeteStatus::Opgelegd),
            (StatusSoort::Herroepen, None) => Ok(BoeteStatus::Herroepen),
            (StatusSoort::Onherroepelijk, Some(sinds)) => Ok(BoeteStatus::Onherroepelijk { sinds }),
            (StatusSoort::Onherroepelijk, None) => Err(
                "status `onherroepelijk` needs the field `sinds`: the first day it is onherroepelijk",
            ),
            (StatusSoort::Opgelegd | StatusSoort::Herroepen, Some(_)) => {
                Err("the field `sinds` belongs only to status `onherroepelijk`")
            }
        }
    }
}
