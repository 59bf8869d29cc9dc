//! Stacking: fines that follow each other closely.
//!
//! Fines that follow each other closely can weigh disproportionately on the person, and a pile
//! of fines causes stress that can stall the inburgering itself. The law sets no number, so this
//! is a *signal for a human*: it never changes an amount.
//!
//! A signal is raised for every maximal run of fines (more than € 0, not herroepen) in which each
//! fine's besluitdatum lies at most [`StapelingConfig::venster_dagen`] days after the previous
//! one, when the run holds at least [`StapelingConfig::minimum_boetes`] fines. The besluitdatum
//! is used because that is when the person receives the fine. Defaults: 90 days (about the six
//! weeks of the bezwaar term plus the six weeks to pay of Awb 4:87 lid 1) and 2 fines.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::decision::Id;

use crate::gedraging::Handhaver;

/// The window and threshold of the stacking signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StapelingConfig {
    /// At most this many days between one fine's besluitdatum and the next. Default 90.
    pub venster_dagen: u32,
    /// At least this many fines in a run. Default 2.
    pub minimum_boetes: u32,
}

impl Default for StapelingConfig {
    fn default() -> Self {
        StapelingConfig {
            venster_dagen: 90,
            minimum_boetes: 2,
        }
    }
}

/// One fine, as the signal sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StapelingBoete<'a> {
    /// The overtreding's id.
    pub overtreding_id: &'a Id,
    /// Who fined.
    pub handhaver: Handhaver,
    /// When.
    pub besluitdatum: NaiveDate,
    /// How much.
    pub bedrag: Decimal,
}

/// A run of fines that follow each other closely.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stapelingssignaal {
    /// The first besluitdatum in the run.
    pub van: NaiveDate,
    /// The last besluitdatum in the run.
    pub tot: NaiveDate,
    /// The fines, in order of besluitdatum.
    pub overtreding_ids: Vec<Id>,
    /// The total of the run.
    pub totaal: Decimal,
    /// Whether DUO's fines are part of the run.
    pub met_duo: bool,
}

impl Stapelingssignaal {
    /// A Dutch sentence for the klantmanager.
    pub fn zin(&self) -> String {
        format!(
            "Signaal stapeling: {} boetes tussen {} en {}, samen {}{}; beoordeel of dit nog proportioneel is.",
            self.overtreding_ids.len(),
            crate::money::format_datum(self.van),
            crate::money::format_datum(self.tot),
            crate::money::format_euro(self.totaal),
            if self.met_duo { ", ook van DUO" } else { "" }
        )
    }
}

/// The signals for `fines`, which must be sorted by besluitdatum (ties in any fixed order).
pub fn signals(fines: &[StapelingBoete<'_>], config: &StapelingConfig) -> Vec<Stapelingssignaal> {
    let mut out = Vec::new();
    let mut run: Vec<&StapelingBoete<'_>> = Vec::new();
    let flush = |run: &mut Vec<&StapelingBoete<'_>>, out: &mut Vec<Stapelingssignaal>| {
        if run.len() >= config.minimum_boetes.max(1) as usize {
            if let (Some(first), Some(last)) = (run.first(), run.last()) {
                out.push(Stapelingssignaal {
                    van: first.besluitdatum,
                    tot: last.besluitdatum,
                    overtreding_ids: run.iter().map(|f| f.overtreding_id.clone()).collect(),
                    totaal: crate::money::cents(run.iter().fold(Decimal::ZERO, |sum, f| {
                        sum.checked_add(f.bedrag).unwrap_or(Decimal::MAX)
                    })),
                    met_duo: run.iter().any(|f| f.handhaver == Handhaver::Duo),
                });
            }
        }
        run.clear();
    };
    for fine in fines.iter().filter(|f| f.bedrag > Decimal::ZERO) {
        if let Some(previous) = run.last() {
            let gap = (fine.besluitdatum - previous.besluitdatum).num_days();
            if gap > i64::from(config.venster_dagen) {
                flush(&mut run, &mut out);
            }
        }
        run.push(fine);
    }
    flush(&mut run, &mut out);
    out
}
