//! Verwijtbaarheid: how far the overtreding can be blamed on the person.
//!
//! Implements Bi art. 7.1 lid 4 (the share of the ladder amount per category: opzet 100 %,
//! grove schuld 75 %, neither 50 %, verminderde verwijtbaarheid 25 %) and Awb art. 5:41 (no fine
//! at all without verwijtbaarheid). Lid 4 speaks of "de boete, bedoeld in het tweede lid", so the
//! percentages apply to the PIP fine only; the brede-intake fine and DUO's fines are amounts the
//! law fixes, imposed in full or not at all, and lowered only for bijzondere omstandigheden
//! (Awb 5:46 lid 3).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::article::Artikel;

/// The five categories of verwijtbaarheid: the four of Bi art. 7.1 lid 4, and none at all
/// (Awb art. 5:41).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verwijtbaarheid {
    /// No verwijtbaarheid at all: no fine (Awb art. 5:41).
    Geen,
    /// Verminderde verwijtbaarheid: 25 % (Bi art. 7.1 lid 4 sub d).
    Verminderd,
    /// Normale verwijtbaarheid, "geen opzet of grove schuld": 50 % (sub c).
    Normaal,
    /// Grove schuld: 75 % (sub b).
    GroveSchuld,
    /// Opzet: 100 % (sub a).
    Opzet,
}

impl Verwijtbaarheid {
    /// Every category, from least to most blameworthy.
    pub const ALL: [Verwijtbaarheid; 5] = [
        Verwijtbaarheid::Geen,
        Verwijtbaarheid::Verminderd,
        Verwijtbaarheid::Normaal,
        Verwijtbaarheid::GroveSchuld,
        Verwijtbaarheid::Opzet,
    ];

    /// The share of the ladder amount, in percent; `None` for [`Verwijtbaarheid::Geen`], which
    /// gives no fine at all.
    pub const fn percentage(self) -> Option<u8> {
        match self {
            Verwijtbaarheid::Geen => None,
            Verwijtbaarheid::Verminderd => Some(25),
            Verwijtbaarheid::Normaal => Some(50),
            Verwijtbaarheid::GroveSchuld => Some(75),
            Verwijtbaarheid::Opzet => Some(100),
        }
    }

    /// `amount` times this category's share, in whole cents (every ladder amount is a multiple of
    /// € 50, so a quarter of it is a whole number of cents; other amounts are rounded half to
    /// even). `None` for `Geen`. Amounts are not negative (validated before).
    pub fn apply(self, amount: Decimal) -> Option<Decimal> {
        // Every share is a whole number of quarters (25, 50, 75 or 100 %), so in whole cents the
        // share is cents · quarters / 4: exact in an `i128`, divided by shifting. The remainder
        // (0–3 quarter cents) settles the rounding: a quarter down, three quarters up, a half
        // cent to even. A shift rounds toward minus infinity, so for a negative
        // amount too the remainder is what lies above the quotient.
        let quarters = i128::from(self.percentage()? / 25);
        let product = i128::from(crate::money::whole_cents(amount)) * quarters;
        let (quotient, remainder) = (product >> 2, product & 3);
        let rounded = if remainder > 2 || (remainder == 2 && quotient % 2 != 0) {
            quotient + 1
        } else {
            quotient
        };
        // At most four quarters: the share is never larger than the amount, so it fits an `i64`.
        Some(crate::money::from_cents(
            i64::try_from(rounded).unwrap_or(i64::MAX),
        ))
    }

    /// The article: Awb 5:41 for `Geen`, Bi 7.1 lid 4 for the others.
    pub const fn artikel(self) -> Artikel {
        match self {
            Verwijtbaarheid::Geen => Artikel::AwbArt5_41,
            _ => Artikel::BiArt7_1Lid4,
        }
    }

    /// The Dutch name, as it is written in a beschikking ("grove schuld").
    pub const fn naam(self) -> &'static str {
        match self {
            Verwijtbaarheid::Geen => "geen verwijtbaarheid",
            Verwijtbaarheid::Verminderd => "verminderde verwijtbaarheid",
            Verwijtbaarheid::Normaal => "normale verwijtbaarheid",
            Verwijtbaarheid::GroveSchuld => "grove schuld",
            Verwijtbaarheid::Opzet => "opzet",
        }
    }

    /// The name with what it means where that is not plain: "normale verwijtbaarheid" is
    /// "geen opzet en geen grove schuld" (Bi 7.1 lid 4 sub c).
    pub const fn omschrijving(self) -> &'static str {
        match self {
            Verwijtbaarheid::Normaal => "normale verwijtbaarheid: geen opzet en geen grove schuld",
            other => other.naam(),
        }
    }

    /// The sub of Bi art. 7.1 lid 4 ("a" for opzet … "d" for verminderd); empty for `Geen`.
    pub const fn onderdeel(self) -> &'static str {
        match self {
            Verwijtbaarheid::Geen => "",
            Verwijtbaarheid::Opzet => "a",
            Verwijtbaarheid::GroveSchuld => "b",
            Verwijtbaarheid::Normaal => "c",
            Verwijtbaarheid::Verminderd => "d",
        }
    }
}
