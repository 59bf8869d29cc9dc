//! The PIP ladder: € 50 → € 100 → € 200 → € 400 → € 800.
//!
//! **Bi art. 7.1 lid 2.** The fine for a PIP overtreding (Wi art. 23) is € 50.
//!
//! **Bi art. 7.1 lid 3.** It is doubled, up to € 800, when an earlier art. 23 overtreding was
//! geconstateerd within the twelve months before the day this one was geconstateerd, and the
//! fine for it has become onherroepelijk.
//!
//! The crate's reading:
//! - An earlier PIP overtreding *qualifies* when it was geconstateerd on or after the new
//!   constatering date minus twelve calendar months (29 February minus twelve months is
//!   28 February), not after the new one (for the same date the input order decides what is
//!   earlier), and its fine, more than € 0, is onherroepelijk on the day the new fine is decided
//!   (for a fine decided in the past its besluitdatum; for one decided now the peildatum). A fine
//!   in bezwaar or beroep, a herroepen or vernietigd fine, and an overtreding that got no fine do
//!   not qualify.
//! - The new overtreding gets the step of the **latest** qualifying one plus one, or step 1: a
//!   chain of overtredingen each within twelve months of the one before keeps climbing, and the
//!   chain restarts at € 50 after twelve months without one. Steps 6 and higher stay at € 800.
//! - The ladder knows no terms: a new term (Wi 24, 25) does not restart it.
//! - The explanation names the earlier overtredingen in the window after the latest qualifying
//!   one, which do not count (older ones cannot change the step): the five most recent by date,
//!   the others counted.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::besluit::Concept;
use crate::geld::Centen;
use crate::historie::{LadderBasis, MAX_GENOEMD};
use crate::uitleg::{Stap, Stappen};
use crate::wet::parameters::Versie;

/// The status of a fine already imposed: it raises the ladder only once onherroepelijk, and a
/// herroepen or vernietigde fine counts for nothing.
///
/// In JSON `{"soort": "opgelegd"}`, `{"soort": "onherroepelijk", "sinds": "2023-05-02"}` or
/// `{"soort": "herroepen"}`; any other key, and `sinds` on another kind, is refused.
///
/// ```
/// use chrono::NaiveDate;
/// use wi2021_boetes::BoeteStatus;
/// let s: BoeteStatus = serde_json::from_str(r#"{"soort":"onherroepelijk","sinds":"2023-05-02"}"#).unwrap();
/// let dag = NaiveDate::from_ymd_opt(2023, 5, 2).unwrap();
/// assert!(s.onherroepelijk_op(dag));
/// assert!(serde_json::from_str::<BoeteStatus>(r#"{"soort":"opgelegd","x":1}"#).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "soort", try_from = "StatusInvoer")]
pub enum BoeteStatus {
    /// Imposed, still open to bezwaar or beroep (or in it).
    Opgelegd,
    /// Onherroepelijk since `sinds` (the day after the bezwaar or beroep term ran out, or the
    /// day of the final ruling).
    Onherroepelijk {
        /// The first day on which the fine is onherroepelijk.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        sinds: NaiveDate,
    },
    /// Herroepen in bezwaar or vernietigd by a court: it counts for nothing.
    Herroepen,
}

impl BoeteStatus {
    /// Whether the fine is onherroepelijk on `date`.
    ///
    /// ```
    /// use wi2021_boetes::BoeteStatus;
    /// assert!(!BoeteStatus::Opgelegd.onherroepelijk_op(chrono::NaiveDate::MAX));
    /// ```
    pub fn onherroepelijk_op(self, date: NaiveDate) -> bool {
        matches!(self, BoeteStatus::Onherroepelijk { sinds } if sinds <= date)
    }

    /// Whether the fine still counts at all (not herroepen or vernietigd).
    ///
    /// ```
    /// use wi2021_boetes::BoeteStatus;
    /// assert!(!BoeteStatus::Herroepen.counts());
    /// assert!(BoeteStatus::Opgelegd.counts());
    /// ```
    pub fn counts(self) -> bool {
        !matches!(self, BoeteStatus::Herroepen)
    }
}

/// The status as written in JSON, before it is checked: exactly the keys `soort` and, for an
/// onherroepelijk fine, `sinds`.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct StatusInvoer {
    soort: StatusSoort,
    #[serde(default, deserialize_with = "crate::invoer::datum_optie")]
    sinds: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
enum StatusSoort {
    Opgelegd,
    Onherroepelijk,
    Herroepen,
}

impl TryFrom<StatusInvoer> for BoeteStatus {
    type Error = &'static str;

    fn try_from(invoer: StatusInvoer) -> Result<Self, Self::Error> {
        match (invoer.soort, invoer.sinds) {
            (StatusSoort::Opgelegd, None) => Ok(BoeteStatus::Opgelegd),
            (StatusSoort::Herroepen, None) => Ok(BoeteStatus::Herroepen),
            (StatusSoort::Onherroepelijk, Some(sinds)) => Ok(BoeteStatus::Onherroepelijk { sinds }),
            (StatusSoort::Onherroepelijk, None) => {
                Err("`onherroepelijk` needs the field `sinds`: the first day it is onherroepelijk")
            }
            (StatusSoort::Opgelegd | StatusSoort::Herroepen, Some(_)) => {
                Err("the field `sinds` belongs only to `onherroepelijk`")
            }
        }
    }
}

/// Why an earlier PIP overtreding in the twelve-month window does not raise the ladder.
///
/// ```
/// use wi2021_boetes::NietMeetellend;
/// assert_eq!(serde_json::to_string(&NietMeetellend::NietOnherroepelijk).unwrap(), r#""niet_onherroepelijk""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NietMeetellend {
    /// Its fine was not yet onherroepelijk on the decision date (bezwaar or beroep open).
    NietOnherroepelijk,
    /// Its fine was herroepen or vernietigd.
    Herroepen,
    /// It got no fine (no verwijtbaarheid, samenloop, cap reached, lowered to € 0).
    GeenBoete,
}

/// Why an earlier PIP overtreding that does not raise the ladder (one after the latest
/// qualifying fine in the window) does not: its fine was herroepen, it got no fine of more than
/// € 0 (`boete` is false), or else its fine was not yet onherroepelijk on the decision date.
pub(crate) fn waarom_niet(status: BoeteStatus, boete: bool) -> NietMeetellend {
    if !status.counts() {
        NietMeetellend::Herroepen
    } else if !boete {
        NietMeetellend::GeenBoete
    } else {
        NietMeetellend::NietOnherroepelijk
    }
}

/// The ladder amount of `stap` (1-based): € 50 doubled for each step above the first, at most
/// € 800 (Bi 7.1 lid 2–3). Step 0 is treated as step 1.
pub(crate) fn ladderbedrag(stap: u32, versie: &Versie) -> Centen {
    let mut bedrag = versie.ladder_begin;
    for _ in 1..stap {
        if bedrag >= versie.ladder_maximum {
            break;
        }
        bedrag = bedrag.plus(bedrag);
    }
    // At most the maximum, also where doubling would pass it.
    bedrag.min(versie.ladder_maximum)
}

/// The first day of the twelve-month window before a constatering on `constatering`: the same
/// calendar day twelve months earlier, or that month's last day where it has no such day.
pub(crate) fn venster_begin(constatering: NaiveDate, versie: &Versie) -> NaiveDate {
    constatering
        .checked_sub_months(Months::new(versie.ladder_venster_maanden))
        .unwrap_or(NaiveDate::MIN)
}

/// What the ladder's explanation needs: the earlier fine the step builds on (its constatering
/// and step), and the earlier overtredingen in the window after it, which do not count (at most
/// [`MAX_GENOEMD`] named, oldest first, each with why not; `niet_genoemd` counts the others).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LadderFeiten {
    pub vorige: Option<(NaiveDate, u32)>,
    pub genoemd: [Option<(NaiveDate, NietMeetellend)>; MAX_GENOEMD],
    pub niet_genoemd: usize,
}

/// Bi 7.1 lid 2–3: the step and its ladder amount, from the latest qualifying earlier fine.
pub(crate) fn trede<'a>(c: &mut Concept<'a>, basis: &LadderBasis<'_, 'a>) -> Centen {
    let stap = basis
        .vorige
        .map_or(1, |vorige| vorige.stap.saturating_add(1));
    let bedrag = ladderbedrag(stap, c.versie);
    let mut genoemd = [None; MAX_GENOEMD];
    for (plek, eerdere) in genoemd.iter_mut().zip(basis.niet_meetellend()) {
        *plek = Some(eerdere);
    }
    c.ladder = Some(crate::besluit::LadderStap {
        stap,
        ladderbedrag: bedrag.decimal(),
        vorige_overtreding_id: basis.vorige.map(|vorige| vorige.id),
    });
    c.ladder_feiten = Some(LadderFeiten {
        vorige: basis.vorige.map(|v| (v.constateringsdatum, v.stap)),
        genoemd,
        niet_genoemd: basis.niet_genoemd,
    });
    bedrag
}

/// The ladder's steps: the earlier overtredingen that do not count, then the one the step builds
/// on and the step it gives, or the start at € 50.
pub(crate) fn uitleg<'a>(
    feiten: &LadderFeiten,
    ladder: &crate::besluit::LadderStap<'_>,
    besluitdatum: NaiveDate,
    uit: &mut impl Stappen<'a>,
) {
    if feiten.niet_genoemd > 0 {
        uit.stap(Stap::EerdereTeltNietOverige {
            aantal: feiten.niet_genoemd,
        });
    }
    for &(constateringsdatum, waarom) in feiten.genoemd.iter().flatten() {
        uit.stap(Stap::EerdereTeltNiet {
            constateringsdatum,
            waarom,
            besluitdatum,
        });
    }
    match feiten.vorige {
        Some((vorige_constateringsdatum, vorige_stap)) => {
            uit.stap(Stap::LadderVorige {
                vorige_constateringsdatum,
                vorige_stap,
            });
            uit.stap(Stap::LadderVerhoogd {
                stap: ladder.stap,
                bedrag: ladder.ladderbedrag,
            });
        }
        None => uit.stap(Stap::LadderStart {
            bedrag: ladder.ladderbedrag,
        }),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::wet::parameters::VERSIES;

    /// Bi 7.1 lid 2–3: € 50, € 100, € 200, € 400, € 800, and € 800 from then on.
    #[test]
    fn the_ladder() {
        let v = &VERSIES[0];
        let bedragen: Vec<i64> = (0..=8).map(|s| ladderbedrag(s, v).centen() / 100).collect();
        assert_eq!(bedragen, [50, 50, 100, 200, 400, 800, 800, 800, 800]);
        assert_eq!(ladderbedrag(u32::MAX, v), Centen::euro(800));
    }

    /// Twelve months back from 29 February is 28 February.
    #[test]
    fn the_window() {
        let d = |y, m, dag| NaiveDate::from_ymd_opt(y, m, dag).unwrap();
        assert_eq!(venster_begin(d(2024, 2, 29), &VERSIES[0]), d(2023, 2, 28));
        assert_eq!(venster_begin(d(2024, 3, 1), &VERSIES[0]), d(2023, 3, 1));
        assert_eq!(venster_begin(NaiveDate::MIN, &VERSIES[0]), NaiveDate::MIN);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod eigenschappen {
    use super::*;
    use crate::wet::parameters::VERSIES;
    use chrono::Datelike;
    use proptest::prelude::*;

    proptest! {
        /// A later constatering never has an earlier twelve-month window (Bi art. 7.1 lid 3):
        /// the same calendar day a year back, or the month's last day where that day does not
        /// exist, only moves forward. Any day in chrono's range, and up to 800 days later,
        /// crossing month ends and leap days.
        #[test]
        fn the_window_never_moves_back(
            dag in NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce(),
            verschil in 0i32..800,
        ) {
            let eerder = NaiveDate::from_num_days_from_ce_opt(dag).unwrap();
            let Some(later) = dag.checked_add(verschil).and_then(NaiveDate::from_num_days_from_ce_opt) else {
                return Ok(());
            };
            for versie in &VERSIES {
                prop_assert!(venster_begin(eerder, versie) <= venster_begin(later, versie));
                prop_assert!(venster_begin(later, versie) <= later);
            }
        }
    }
}
