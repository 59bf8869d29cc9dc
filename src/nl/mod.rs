//! The Dutch: every sentence, citation, amount and date as a beschikking writes them, rendered
//! on demand from the codes the rules produce.
//!
//! The sentences are read by people who are learning Dutch. They address the person as "u",
//! say one fact per step in one sentence of at most 25 words, and avoid jargon where the law
//! allows. Where the law obliges the fine (Wi art. 22, 23, 24 and 25: "legt … op"), the sentence
//! says the law obliges it, never that the bestuursorgaan "can" impose it. Procedure sentences
//! state facts and duties, never promises.
//!
//! | module | what |
//! |---|---|
//! | [`zin`] | one sentence per step of a decision, and the step as JSON |
//! | [`woorden`] | the names of gedragingen, categories, terms and parts |
//! | [`dossier`] | a dossier's outcome as text for a klantmanager |

use std::fmt;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::artikel::{Artikel, Regeling, Verwijzing};
use crate::geld::Centen;

pub(crate) mod dossier;
pub(crate) mod woorden;
pub(crate) mod zin;

pub use zin::Zin;

/// An article's citation as a beschikking writes it (`artikel 7.1, vierde lid, onderdeel b, van
/// het Besluit inburgering 2021`), as a [`fmt::Display`]; from [`Artikel::bron`].
///
/// ```
/// use wi2021_boetes::Artikel;
/// assert_eq!(
///     Artikel::BiArt7_1Lid4.bron().onderdeel("b").to_string(),
///     "artikel 7.1, vierde lid, onderdeel b, van het Besluit inburgering 2021"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bron {
    artikel: Artikel,
    onderdeel: Option<&'static str>,
}

impl Bron {
    /// The citation of `artikel`.
    pub(crate) const fn van(artikel: Artikel) -> Bron {
        Bron {
            artikel,
            onderdeel: None,
        }
    }

    /// The same citation, narrowed to an onderdeel ("a", "b", …) of the lid.
    ///
    /// ```
    /// use wi2021_boetes::Artikel;
    /// assert_eq!(
    ///     Artikel::AwbArt5_46Lid3.bron().onderdeel("a").to_string(),
    ///     "artikel 5:46, derde lid, onderdeel a, van de Algemene wet bestuursrecht"
    /// );
    /// ```
    pub fn onderdeel(self, onderdeel: &'static str) -> Bron {
        Bron {
            onderdeel: Some(onderdeel),
            ..self
        }
    }
}

impl fmt::Display for Bron {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written piece by piece: a citation ends every sentence.
        match self.artikel.verwijzing() {
            Verwijzing::Wet {
                regeling,
                artikel,
                lid,
            } => {
                f.write_str("artikel ")?;
                f.write_str(artikel)?;
                if let Some(lid) = lid {
                    match rangtelwoord(lid) {
                        Some(woord) => {
                            f.write_str(", ")?;
                            f.write_str(woord)?;
                            f.write_str(" lid")?;
                        }
                        None => write!(f, ", lid {lid}")?,
                    }
                    if let Some(onderdeel) = self.onderdeel.filter(|o| !o.is_empty()) {
                        f.write_str(", onderdeel ")?;
                        f.write_str(onderdeel)?;
                    }
                    f.write_str(",")?;
                }
                f.write_str(" van ")?;
                f.write_str(lidwoord(regeling))?;
                f.write_str(" ")?;
                f.write_str(regeling.name())
            }
            Verwijzing::AwbAfdeling { afdeling, .. } => write!(
                f,
                "afdeling {afdeling} van de {}",
                Regeling::AlgemeneWetBestuursrecht.name()
            ),
            Verwijzing::Richtlijn { naam, artikel, .. } => {
                write!(f, "artikel {artikel} van {naam}")
            }
            Verwijzing::Uitspraak { citatie, .. } => f.write_str(citatie),
        }
    }
}

/// "eerste" … "zesde".
fn rangtelwoord(lid: u8) -> Option<&'static str> {
    Some(match lid {
        1 => "eerste",
        2 => "tweede",
        3 => "derde",
        4 => "vierde",
        5 => "vijfde",
        6 => "zesde",
        _ => return None,
    })
}

/// The article that goes before a regulation's name: "het Besluit", but "de Wet", "de Algemene
/// wet", "de Participatiewet".
const fn lidwoord(regeling: Regeling) -> &'static str {
    match regeling {
        Regeling::BesluitInburgering2021 => "het",
        _ => "de",
    }
}

/// An amount as a beschikking writes it: `€ 1.234,50`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Euro(pub Decimal);

impl From<Centen> for Euro {
    fn from(bedrag: Centen) -> Euro {
        Euro(bedrag.decimal())
    }
}

impl fmt::Display for Euro {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bedrag = self.0.round_dp(2);
        let Some(centen) = Centen::uit(bedrag).map(Centen::centen) else {
            // Beyond i64 cents: Decimal's own notation, still with a decimal comma.
            return write!(f, "€ {}", bedrag.to_string().replace('.', ","));
        };
        f.write_str(if centen < 0 { "€ -" } else { "€ " })?;
        let centen = centen.unsigned_abs();
        groepen(f, centen / 100)?;
        write!(f, ",{:02}", centen % 100)
    }
}

/// `1.234.567`.
fn groepen(f: &mut fmt::Formatter<'_>, n: u64) -> fmt::Result {
    if n < 1000 {
        write!(f, "{n}")
    } else {
        groepen(f, n / 1000)?;
        write!(f, ".{:03}", n % 1000)
    }
}

/// A date as a beschikking writes it: `29 februari 2024`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Datum(pub NaiveDate);

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let maand = MAANDEN
            .get(self.0.month0() as usize)
            .copied()
            .unwrap_or_default();
        write!(f, "{} {maand} {}", self.0.day(), self.0.year())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn bedragen() {
        let e = |s: &str| Euro(s.parse().unwrap()).to_string();
        assert_eq!(e("0"), "€ 0,00");
        assert_eq!(e("37.5"), "€ 37,50");
        assert_eq!(e("1234.56"), "€ 1.234,56");
        assert_eq!(e("1000000"), "€ 1.000.000,00");
        assert_eq!(e("-0.05"), "€ -0,05");
        assert_eq!(Euro::from(Centen::euro(800)).to_string(), "€ 800,00");
    }

    #[test]
    fn data() {
        let d = |y, m, dag| Datum(NaiveDate::from_ymd_opt(y, m, dag).unwrap()).to_string();
        assert_eq!(d(2024, 2, 29), "29 februari 2024");
        assert_eq!(d(2023, 12, 1), "1 december 2023");
    }
}
