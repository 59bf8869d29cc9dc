//! Verwijtbaarheid: how far the overtreding can be blamed on the person.
//!
//! **Awb art. 5:41.** No fine is imposed for what cannot be blamed on the person.
//!
//! **Bi art. 7.1 lid 4.** The PIP fine (the fine "bedoeld in het tweede lid") is set at a share of
//! its ladder amount: opzet 100 % (sub a), grove schuld 75 % (sub b), neither opzet nor grove
//! schuld 50 % (sub c), verminderde verwijtbaarheid 25 % (sub d).
//!
//! The crate's reading: the percentages are for the PIP fine only. The brede-intake fine and
//! DUO's fines are amounts the law fixes; they are imposed in full or not at all, and lowered only
//! for bijzondere omstandigheden (Awb 5:46 lid 3, [`super::verlaging`]). The step of the ladder
//! does not depend on the percentages of the earlier fines (lid 3 counts overtredingen, not
//! amounts).

use serde::{Deserialize, Serialize};

use rust_decimal::Decimal;

use crate::artikel::Artikel;
use crate::besluit::{Concept, GeenBoeteReden, Stop};
use crate::geld::Centen;
use crate::uitleg::{Stap, Stappen};
use crate::wet::catalogus::Regime;
use crate::wet::parameters::Versie;

/// The five categories of verwijtbaarheid: the four of Bi art. 7.1 lid 4, and none at all
/// (Awb art. 5:41).
///
/// ```
/// use wi2021_boetes::Verwijtbaarheid;
/// let v: Verwijtbaarheid = serde_json::from_str(r#""grove_schuld""#).unwrap();
/// assert_eq!(v, Verwijtbaarheid::GroveSchuld);
/// assert_eq!(v.percentage(), Some(75));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    ///
    /// ```
    /// use wi2021_boetes::Verwijtbaarheid;
    /// assert_eq!(Verwijtbaarheid::ALL[0], Verwijtbaarheid::Geen);
    /// ```
    pub const ALL: [Verwijtbaarheid; 5] = [
        Verwijtbaarheid::Geen,
        Verwijtbaarheid::Verminderd,
        Verwijtbaarheid::Normaal,
        Verwijtbaarheid::GroveSchuld,
        Verwijtbaarheid::Opzet,
    ];

    /// The share of the ladder amount in percent (Bi art. 7.1 lid 4, as in force since
    /// 2022-01-01); `None` for [`Verwijtbaarheid::Geen`], which gives no fine at all.
    ///
    /// ```
    /// use wi2021_boetes::Verwijtbaarheid;
    /// assert_eq!(Verwijtbaarheid::Normaal.percentage(), Some(50));
    /// assert_eq!(Verwijtbaarheid::Geen.percentage(), None);
    /// ```
    pub fn percentage(self) -> Option<u8> {
        self.aandeel(&crate::wet::parameters::VERSIES[0])
    }

    /// The share under `versie`.
    pub(crate) fn aandeel(self, versie: &Versie) -> Option<u8> {
        let [opzet, grove_schuld, normaal, verminderd] = versie.aandeel;
        match self {
            Verwijtbaarheid::Geen => None,
            Verwijtbaarheid::Verminderd => Some(verminderd),
            Verwijtbaarheid::Normaal => Some(normaal),
            Verwijtbaarheid::GroveSchuld => Some(grove_schuld),
            Verwijtbaarheid::Opzet => Some(opzet),
        }
    }

    /// The sub of Bi art. 7.1 lid 4 ("a" for opzet … "d" for verminderd); empty for `Geen`.
    ///
    /// ```
    /// use wi2021_boetes::Verwijtbaarheid;
    /// assert_eq!(Verwijtbaarheid::GroveSchuld.onderdeel(), "b");
    /// ```
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

/// `bedrag` times `procent` %, in whole cents; a fraction of a cent rounded half to even (none
/// occurs for the law's amounts: every ladder amount is a multiple of € 50).
pub(crate) fn deel(bedrag: Centen, procent: u8) -> Centen {
    let product = i128::from(bedrag.centen()) * i128::from(procent);
    let (quotient, rest) = (product.div_euclid(100), product.rem_euclid(100));
    let afgerond = if rest > 50 || (rest == 50 && quotient % 2 != 0) {
        quotient + 1
    } else {
        quotient
    };
    Centen::van(i64::try_from(afgerond).unwrap_or(i64::MAX))
}

/// Awb 5:41: no fine without verwijtbaarheid.
pub(crate) fn toets(c: &Concept<'_>) -> Result<(), Stop> {
    if c.overtreding.verwijtbaarheid == Verwijtbaarheid::Geen {
        return Err(GeenBoeteReden::GeenVerwijtbaarheid.into());
    }
    Ok(())
}

/// Awb 5:41 and Bi 7.1 lid 4, first part: the step that says the overtreding cannot be blamed,
/// or that it can (for the PIP fine, in which category).
pub(crate) fn uitleg<'a>(
    verwijtbaarheid: Verwijtbaarheid,
    regime: Regime,
    uit: &mut impl Stappen<'a>,
) {
    uit.stap(match verwijtbaarheid {
        Verwijtbaarheid::Geen => Stap::GeenVerwijtbaarheid,
        _ => Stap::Verwijtbaar {
            verwijtbaarheid,
            percentage: regime == Regime::PipLadder,
        },
    });
}

/// Bi 7.1 lid 4, second part: the PIP fine is the category's share of the ladder amount.
pub(crate) fn aandeel_van(c: &mut Concept<'_>, ladderbedrag: Centen) -> Centen {
    let procent = c.overtreding.verwijtbaarheid.aandeel(c.versie).unwrap_or(0);
    c.percentage = Some(procent);
    deel(ladderbedrag, procent)
}

/// The share's step.
pub(crate) fn uitleg_aandeel<'a>(
    verwijtbaarheid: Verwijtbaarheid,
    procent: u8,
    ladderbedrag: Decimal,
    bedrag: Decimal,
    uit: &mut impl Stappen<'a>,
) {
    uit.stap(Stap::Percentage {
        verwijtbaarheid,
        procent,
        ladderbedrag,
        bedrag,
    });
}

/// The article a verwijtbaarheid step rests on: Bi 7.1 lid 4 where a percentage follows, Awb 5:41
/// where the fine is fixed.
pub(crate) const fn artikel(percentage: bool) -> Artikel {
    if percentage {
        Artikel::BiArt7_1Lid4
    } else {
        Artikel::AwbArt5_41
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fraction of a cent is rounded half to even: 25 % of € 0,02 is € 0,005 → € 0,00; of
    /// € 0,06 is € 0,015 → € 0,02; 75 % of € 0,01 is € 0,0075 → € 0,01.
    #[test]
    fn shares_round_half_to_even() {
        assert_eq!(deel(Centen::van(2), 25), Centen::van(0));
        assert_eq!(deel(Centen::van(6), 25), Centen::van(2));
        assert_eq!(deel(Centen::van(1), 75), Centen::van(1));
        assert_eq!(deel(Centen::van(3), 50), Centen::van(2));
        assert_eq!(deel(Centen::van(1), 50), Centen::van(0));
        assert_eq!(deel(Centen::euro(50), 75), Centen::van(3750));
        assert_eq!(deel(Centen::euro(800), 100), Centen::euro(800));
    }
}

#[cfg(test)]
mod eigenschappen {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::{Decimal, RoundingStrategy};

    proptest! {
        /// The share of an amount (Bi art. 7.1 lid 4) is the amount times the percentage,
        /// rounded half to even to whole cents: checked against rust_decimal's own arithmetic.
        #[test]
        fn a_share_is_exact_decimal_arithmetic(
            centen in 0i64..1_000_000_000_000,
            procent in prop::sample::select(vec![100u8, 75, 50, 25]),
        ) {
            let verwacht = (Decimal::new(centen, 2) * Decimal::from(procent) / Decimal::from(100))
                .round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven);
            prop_assert_eq!(deel(Centen::van(centen), procent).decimal(), verwacht);
        }
    }
}
