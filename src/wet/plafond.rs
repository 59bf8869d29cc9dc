//! The caps: the most the college may fine in total per term.
//!
//! **Bi art. 7.1 lid 5.** The total of the fines of lid 1 (the brede intake) and lid 2 (the PIP)
//! is at most € 2.400 over the term of Wi art. 11 lid 1, or the term as extended under art. 12;
//! over a new term that DUO sets (Wi art. 24 lid 2–3, art. 25 lid 2) at most € 400, € 800,
//! € 1.200 or € 1.600 for a new term of six months, one year, one and a half or two years.
//!
//! The crate's reading:
//! - Brede-intake fines and PIP fines count together, at the amount imposed (after percentage
//!   and lowering); herroepen or vernietigde fines do not count; DUO's fines never do.
//!   Brede-intake fines, which come before the PIP, count in the initial term.
//! - Which bucket a fine falls in follows from its overtreding's constateringsdatum. An
//!   overtreding constated outside every known term is an input error.
//! - A fine that would exceed the room left is cut to that room; with no room left it is € 0.
//! - The law names no other lengths of a new term than these four: another length is an input
//!   error, never a guessed cap.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::besluit::{Concept, GeenBoeteReden, Stop};
use crate::geld::Centen;
use crate::uitleg::{Stap, Stappen};
use crate::wet::parameters::Versie;
use crate::wet::termijn::{Termijn, TermijnSoort};

/// A cap bucket: the term whose total is capped.
///
/// ```
/// use wi2021_boetes::Bucket;
/// assert_eq!(serde_json::to_string(&Bucket::Initieel).unwrap(), r#"{"soort":"initieel"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "PlafondTermijn")
)]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum Bucket {
    /// The initial term, as extended (brede-intake fines included).
    Initieel,
    /// A new term, identified by its first day and length.
    Nieuw {
        /// Its first day.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        ingangsdatum: NaiveDate,
        /// Its length in months.
        maanden: u32,
    },
}

impl Bucket {
    /// The bucket a term is.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use wi2021_boetes::{Bucket, Termijn, TermijnSoort};
    /// let d = |y, m, dag| NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// let t = Termijn { soort: TermijnSoort::Nieuw { maanden: 6 }, begin: d(2025, 4, 2), einde: d(2025, 10, 1) };
    /// assert_eq!(Bucket::of(&t), Bucket::Nieuw { ingangsdatum: d(2025, 4, 2), maanden: 6 });
    /// ```
    pub fn of(termijn: &Termijn) -> Bucket {
        match termijn.soort {
            TermijnSoort::Initieel => Bucket::Initieel,
            TermijnSoort::Nieuw { maanden } => Bucket::Nieuw {
                ingangsdatum: termijn.begin,
                maanden,
            },
        }
    }

    /// The cap under `versie`. A new term of a length the law does not name has none: the crate
    /// never builds such a bucket, and answers € 0 here so that nothing could be fined in it.
    pub(crate) fn plafond(self, versie: &Versie) -> Centen {
        match self {
            Bucket::Initieel => versie.plafond_initieel,
            Bucket::Nieuw { maanden, .. } => {
                plafond_nieuwe_termijn(maanden, versie).unwrap_or(Centen::NUL)
            }
        }
    }
}

/// The lengths of a new term the law gives a cap for, as an error message lists them ("6, 12,
/// 18 or 24"), from the latest version of the law's numbers.
pub(crate) struct Lengtes;

impl std::fmt::Display for Lengtes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lengtes = crate::wet::parameters::laatste()
            .plafond_nieuw
            .map(|(maanden, _)| maanden);
        for (index, maanden) in lengtes.iter().enumerate() {
            let scheiding = match index {
                0 => "",
                _ if index + 1 == lengtes.len() => " or ",
                _ => ", ",
            };
            write!(f, "{scheiding}{maanden}")?;
        }
        Ok(())
    }
}

/// The cap's steps: the cap of the bucket, and what it leaves for this fine (`voor`: the amount
/// before the cap; `na`: after it).
pub(crate) fn uitleg<'a>(gebruik: &CapUse, voor: Decimal, na: Decimal, uit: &mut impl Stappen<'a>) {
    uit.stap(Stap::PlafondGrens {
        termijn: gebruik.termijn,
        plafond: gebruik.plafond,
    });
    uit.stap(Stap::PlafondRuimte {
        ruimte_voor: gebruik.ruimte_voor,
        bedrag_voor: voor,
        bedrag_na: na,
    });
}

/// The cap over a new term of `maanden` months; `None` for a length the law does not name.
pub(crate) fn plafond_nieuwe_termijn(maanden: u32, versie: &Versie) -> Option<Centen> {
    versie
        .plafond_nieuw
        .iter()
        .find(|(lengte, _)| *lengte == maanden)
        .map(|(_, plafond)| *plafond)
}

/// How one fine used the cap of its term.
///
/// ```
/// use rust_decimal::Decimal;
/// use wi2021_boetes::{Bucket, CapUse};
/// let c: CapUse = serde_json::from_str(
///     r#"{"termijn":{"soort":"initieel"},"plafond":"2400.00","ruimte_voor":"350.00","ruimte_na":"0.00","ingekort":true}"#,
/// ).unwrap();
/// assert_eq!((c.termijn, c.ruimte_voor), (Bucket::Initieel, Decimal::new(35000, 2)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "PlafondGebruik")
)]
pub struct CapUse {
    /// The term whose cap it is.
    pub termijn: Bucket,
    /// Its cap.
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub plafond: Decimal,
    /// Room left before this fine.
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub ruimte_voor: Decimal,
    /// Room left after this fine.
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub ruimte_na: Decimal,
    /// Whether the cap cut this fine.
    pub ingekort: bool,
}

/// Bi 7.1 lid 5: the fine within the room its bucket has left, with `al` already counted in it;
/// at no room left no fine.
pub(crate) fn toets(
    c: &mut Concept<'_>,
    bucket: Bucket,
    al: Centen,
    bedrag: Centen,
) -> Result<(), Stop> {
    let plafond = bucket.plafond(c.versie);
    let ruimte = plafond.min_tot_nul(al);
    let gevraagd = bedrag.max(Centen::NUL);
    let opgelegd = gevraagd.min(ruimte);
    c.plafond = Some(CapUse {
        termijn: bucket,
        plafond: plafond.decimal(),
        ruimte_voor: ruimte.decimal(),
        ruimte_na: ruimte.min_tot_nul(opgelegd).decimal(),
        ingekort: opgelegd < gevraagd,
    });
    c.bedrag = opgelegd;
    if opgelegd.is_nul() {
        return Err(if bedrag.is_nul() {
            GeenBoeteReden::VerlaagdTotNul
        } else {
            GeenBoeteReden::PlafondBereikt
        }
        .into());
    }
    Ok(())
}
