//! Procedure and deadlines: what the Awb requires, and what practice adds.
//!
//! Implements Awb art. 5:53 (the heavier procedure where more than € 340 *can* be imposed: always
//! a rapport and a zienswijze), art. 5:45 (the power to fine lapses five years after the
//! overtreding where 5:53 applies, three years otherwise; suspended during bezwaar and beroep)
//! and art. 5:51 lid 1 (decide within thirteen weeks of the rapport).
//!
//! Which procedure the law requires turns on the statutory maximum of the fine (Wi art. 26),
//! never on the amount proposed. What practice adds turns on the proposed amount: who decides in
//! the gemeente (a common practice: a klantmanager up to € 340, a boete-ambtenaar above), configurable
//! in [`Config`].

use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::gedraging::Regime;
use crate::money::euro;

/// Awb art. 5:53 lid 1: the heavier procedure applies where *more than* this can be imposed.
pub const AWB_5_53_DREMPEL: Decimal = euro(340);

/// Settings for what practice adds to the law. Every field has a documented
/// default; a missing field in JSON takes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Config {
    /// A proposed gemeente fine above this is decided by a boete-ambtenaar rather than the
    /// klantmanager. Default € 340, the threshold of Awb 5:53 lid 1, as gemeenten commonly use it.
    pub boete_ambtenaar_boven: Decimal,
    /// A proposed DUO fine above this comes with the offer of a (telephone) hoorzitting.
    /// Default € 340, DUO's practice.
    pub duo_hoorzitting_boven: Decimal,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            boete_ambtenaar_boven: euro(340),
            duo_hoorzitting_boven: euro(340),
        }
    }
}

/// The two procedures of the Awb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Awb art. 5:53: always a rapport, always a zienswijze; lapse after five years.
    Zwaar,
    /// The lighter procedure: lapse after three years.
    Licht,
}

impl Route {
    /// The lapse period (Awb 5:45) and its article: five years where 5:53 applies (lid 1),
    /// three otherwise (lid 2).
    pub const fn vervaltermijn(self) -> (u8, crate::article::Artikel) {
        match self {
            Route::Zwaar => (5, crate::article::Artikel::AwbArt5_45Lid1),
            Route::Licht => (3, crate::article::Artikel::AwbArt5_45Lid2),
        }
    }
}

/// Who decides in the gemeente, by practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Beslisser {
    /// The klantmanager.
    Klantmanager,
    /// A boete-ambtenaar.
    BoeteAmbtenaar,
}

/// The date the lapse period is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VervalBasis {
    /// The day the overtreding took place, as given.
    Pleegdatum,
    /// No pleegdatum was given: the constateringsdatum is used. The overtreding may have taken
    /// place earlier, so the real lapse date may be earlier too.
    Constateringsdatum,
    /// DUO's fines: the overtreding takes place when the term runs out, the day after its last
    /// day.
    EindeTermijn,
    /// DUO's fines every two years (Wi art. 24 lid 4): each is for a new stretch of
    /// non-completion, whose overtreding falls on the day it becomes due, two years after the
    /// previous fine.
    Tweejaarlijks,
}

/// The procedure for one decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Procedure {
    /// The route the law requires.
    pub route: Route,
    /// The most that can be imposed for this overtreding (Wi art. 26 lid 1).
    pub wettelijk_maximum: Decimal,
    /// A written rapport is required (Awb 5:53 lid 2).
    pub rapport_verplicht: bool,
    /// The person must be heard first (zienswijze, Awb 5:53 lid 3).
    pub zienswijze_verplicht: bool,
    /// The lapse period in years (Awb 5:45 lid 1 or 2).
    pub vervaltermijn_jaren: u8,
    /// The last day on which the fine can still be imposed; from the next day the power has
    /// lapsed (suspended while bezwaar or beroep runs, Awb 5:45 lid 3).
    pub bevoegd_tot_en_met: NaiveDate,
    /// What the lapse period was counted from.
    pub verval_basis: VervalBasis,
    /// The day it was counted from: the pleegdatum, or without one the constateringsdatum, the
    /// latest day the overtreding can have taken place.
    pub verval_vanaf: NaiveDate,
    /// The rapport's date, if given.
    pub rapportdatum: Option<NaiveDate>,
    /// The last day to decide: thirteen weeks after the rapport (Awb 5:51 lid 1); `None`
    /// without a rapport date.
    pub beslissen_uiterlijk: Option<NaiveDate>,
    /// Who decides, by practice, from the proposed amount.
    pub beslisser: Beslisser,
}

/// The route the law requires for `regime`: heavy where its maximum (Wi art. 26 lid 1) is above
/// € 340 (Awb 5:53 lid 1): the PIP fine (€ 800) and the leerroute fine (€ 1.000). Written out per
/// regime because it is on every decision's path; `tests/cases.rs` checks it against the maxima.
pub fn route(regime: Regime) -> Route {
    match regime {
        Regime::PipLadder | Regime::DuoLeerroute => Route::Zwaar,
        Regime::BredeIntake | Regime::DuoPvtMap | Regime::PwMaatregel => Route::Licht,
    }
}

/// The last day of the power to fine, `years` after `from`: the same calendar day, or the last
/// day of the month where that month has no such day (29 February in a common year).
pub fn lapse_date(from: NaiveDate, years: u8) -> Option<NaiveDate> {
    from.checked_add_months(Months::new(12 * u32::from(years)))
}

/// Thirteen weeks after the rapport's date (Awb 5:51 lid 1).
pub fn decision_deadline(rapport: NaiveDate) -> Option<NaiveDate> {
    rapport.checked_add_days(Days::new(13 * 7))
}

/// Who decides a proposed `amount`.
#[inline]
pub fn beslisser(config: &Config, amount: Decimal) -> Beslisser {
    if crate::money::greater(amount, config.boete_ambtenaar_boven) {
        Beslisser::BoeteAmbtenaar
    } else {
        Beslisser::Klantmanager
    }
}

/// A procedural flag: something that changes no amount but must be visible to whoever reviews
/// the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "signaal")]
pub enum Signaal {
    /// Decided more than thirteen weeks after the rapport (Awb 5:51 lid 1). A termijn van orde:
    /// the power to fine remains, but the delay must be visible.
    BeslistNaBeslistermijn {
        /// The last day the law gives.
        beslissen_uiterlijk: NaiveDate,
        /// The day of the decision.
        besluitdatum: NaiveDate,
    },
    /// DUO decided before the four weeks to react to its voornemen had run out: the person may
    /// not have been heard.
    BesluitVoorEindeReactietermijn {
        /// The last day to react.
        reactie_uiterlijk: NaiveDate,
        /// The day of the decision.
        besluitdatum: NaiveDate,
    },
}
