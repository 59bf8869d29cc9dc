//! The terms: the inburgeringstermijn, its extensions and the new terms DUO sets.
//!
//! Implements Wi art. 11 (three years, starting the day after the PIP's dagtekening), art. 12
//! (extension) and art. 24 lid 2–3 / art. 25 lid 2 (a new term of at most two years); the
//! lengths Bi art. 7.1 lid 5 attaches a cap to are 6, 12, 18 and 24 months; the law names no
//! other, so another length is an input error.
//!
//! A term runs from its first day up to and including its last day: a PIP dated 2022-03-14
//! gives 2022-03-15 up to and including 2025-03-14.
//!
//! **Counting months.** A term of N months that begins on day S ends on the day before the
//! same-numbered day N months later; where that month has no such day, it ends on that month's
//! last day ([`last_day`]). So a PIP dated 2024-02-28 gives a term from 2024-02-29 up to and
//! including 2027-02-28, a six-month new term from 2024-10-31 ends on 2025-04-30, and one from
//! 2024-03-01 ends on 2024-08-31. An extension by M months lengthens the term as if it had been M
//! months longer from its first day: the new last day is the last day of an M-month term that
//! begins the day after the old last day ([`verleng`]); six months on a term ending 2025-02-28
//! give 2025-08-31. This reading keeps every day of the term in it: counting by "the same day N
//! months later, minus one" would end a term begun on 29, 30 or 31 January a day or two early
//! whenever the end month is shorter.
//!
//! Extensions (Wi art. 12) must each end after the term's current last day: an extension of an
//! extended term extends the extension.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::Fout;

/// An extension of the initial term under Wi art. 12, with its new last day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verlenging {
    /// The new last day of the term (inclusive).
    pub nieuwe_einddatum: NaiveDate,
}

/// A new term DUO set under Wi art. 24 lid 2–3 or art. 25 lid 2.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NieuweTermijn {
    /// Its first day.
    pub ingangsdatum: NaiveDate,
    /// Its length in months: 6, 12, 18 or 24 (Bi art. 7.1 lid 5 sub a–d).
    pub maanden: u32,
    /// Its new last day, if DUO extended it because the overrun was not verwijtbaar (Wi art. 24
    /// lid 2 with art. 12 lid 1 sub a). The cap stays that of its length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verlengd_tot: Option<NaiveDate>,
}

/// The term history of one person: what [`Termijn`]s exist.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermijnHistorie {
    /// The PIP's dagtekening (Wi art. 11 lid 2); `None` while there is no PIP yet (the brede
    /// intake stage).
    #[serde(default)]
    pub pip_dagtekening: Option<NaiveDate>,
    /// Extensions of the initial term (Wi art. 12), in any order.
    #[serde(default)]
    pub verlengingen: Vec<Verlenging>,
    /// New terms set by DUO (Wi art. 24, 25), in any order.
    #[serde(default)]
    pub nieuwe_termijnen: Vec<NieuweTermijn>,
}

/// Which kind of term a [`Termijn`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum TermijnSoort {
    /// The term of Wi art. 11, as extended under art. 12.
    Initieel,
    /// A new term of Wi art. 24 lid 2–3 / art. 25 lid 2, of `maanden` months.
    Nieuw {
        /// Its length in months (6, 12, 18 or 24).
        maanden: u32,
    },
}

/// One term, with its first and last day (both inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Termijn {
    /// Initial or new.
    #[serde(flatten)]
    pub soort: TermijnSoort,
    /// First day.
    pub begin: NaiveDate,
    /// Last day (inclusive).
    pub einde: NaiveDate,
}

impl Termijn {
    /// Whether `date` lies in this term.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.begin <= date && date <= self.einde
    }
}

/// The last day of a term of `months` months that begins on `begin`: the day before the
/// same-numbered day `months` later, or that month's last day where it has no such day. `None`
/// only beyond the calendar's range.
///
/// ```
/// use chrono::NaiveDate;
/// use wi2021_boetes::termijn::last_day;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(last_day(d(2022, 3, 15), 36), Some(d(2025, 3, 14)));
/// assert_eq!(last_day(d(2024, 2, 29), 36), Some(d(2027, 2, 28)));
/// assert_eq!(last_day(d(2024, 10, 31), 6), Some(d(2025, 4, 30)));
/// assert_eq!(last_day(d(2024, 3, 1), 6), Some(d(2024, 8, 31)));
/// ```
pub fn last_day(begin: NaiveDate, months: u32) -> Option<NaiveDate> {
    // chrono's month arithmetic keeps the day where the target month has it, and otherwise
    // clamps to that month's last day, which is then itself the term's last day.
    let same_day = begin.checked_add_months(Months::new(months))?;
    if same_day.day0() == begin.day0() {
        same_day.pred_opt()
    } else {
        Some(same_day)
    }
}

/// The last day of a term ending on `einde` after an extension by `months` months: the last day
/// of a `months`-month term that begins the day after `einde`.
///
/// ```
/// use chrono::NaiveDate;
/// use wi2021_boetes::termijn::verleng;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(verleng(d(2025, 2, 28), 6), Some(d(2025, 8, 31)));
/// ```
pub fn verleng(einde: NaiveDate, months: u32) -> Option<NaiveDate> {
    last_day(einde.succ_opt()?, months)
}

/// The validated terms of one person: the initial term (if there is a PIP) and the new terms,
/// in chronological order, without overlap.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Termijnen {
    /// The initial term as extended; `None` while there is no PIP.
    pub initieel: Option<Termijn>,
    /// The new terms, in chronological order.
    pub nieuw: Vec<Termijn>,
}

impl TermijnHistorie {
    /// Validates the history and computes the terms.
    ///
    /// # Errors
    /// - [`Fout::NieuweTermijnDuur`] for a new term of another length than 6, 12, 18 or 24
    ///   months;
    /// - [`Fout::VerlengingTeVroeg`] for an extension (of the initial or a new term) that does
    ///   not end after the term it extends;
    /// - [`Fout::NieuweTermijnZonderPip`], [`Fout::NieuweTermijnOverlapt`] for a new term
    ///   without a PIP, or overlapping the initial term or another new term;
    /// - [`Fout::DatumBuitenBereik`] for dates beyond the calendar's range.
    pub fn termijnen(&self) -> Result<Termijnen, Fout> {
        let initieel = match self.pip_dagtekening {
            None => {
                if let Some(verlenging) = self.verlengingen.first() {
                    return Err(Fout::VerlengingZonderPip {
                        nieuwe_einddatum: verlenging.nieuwe_einddatum,
                    });
                }
                None
            }
            Some(dagtekening) => {
                let begin = dagtekening.succ_opt().ok_or(Fout::DatumBuitenBereik {
                    veld: "pip_dagtekening",
                })?;
                let basis_einde = last_day(begin, 36).ok_or(Fout::DatumBuitenBereik {
                    veld: "pip_dagtekening",
                })?;
                // The extensions in date order, each after the last day as extended so far.
                let mut verlengingen: Vec<NaiveDate> = self
                    .verlengingen
                    .iter()
                    .map(|verlenging| verlenging.nieuwe_einddatum)
                    .collect();
                verlengingen.sort_unstable();
                let mut einde = basis_einde;
                for nieuwe_einddatum in verlengingen {
                    if nieuwe_einddatum <= einde {
                        return Err(Fout::VerlengingTeVroeg {
                            nieuwe_einddatum,
                            einde,
                        });
                    }
                    einde = nieuwe_einddatum;
                }
                Some(Termijn {
                    soort: TermijnSoort::Initieel,
                    begin,
                    einde,
                })
            }
        };

        let mut nieuw = Vec::with_capacity(self.nieuwe_termijnen.len());
        for (index, termijn) in self.nieuwe_termijnen.iter().enumerate() {
            if !matches!(termijn.maanden, 6 | 12 | 18 | 24) {
                return Err(Fout::NieuweTermijnDuur {
                    index,
                    maanden: termijn.maanden,
                });
            }
            let Some(initieel) = initieel else {
                return Err(Fout::NieuweTermijnZonderPip { index });
            };
            let mut einde =
                last_day(termijn.ingangsdatum, termijn.maanden).ok_or(Fout::DatumBuitenBereik {
                    veld: "nieuwe_termijnen.ingangsdatum",
                })?;
            if let Some(verlengd_tot) = termijn.verlengd_tot {
                if verlengd_tot <= einde {
                    return Err(Fout::VerlengingTeVroeg {
                        nieuwe_einddatum: verlengd_tot,
                        einde,
                    });
                }
                einde = verlengd_tot;
            }
            if termijn.ingangsdatum <= initieel.einde {
                return Err(Fout::NieuweTermijnOverlapt {
                    index,
                    ingangsdatum: termijn.ingangsdatum,
                    einde_vorige: initieel.einde,
                });
            }
            nieuw.push((
                index,
                Termijn {
                    soort: TermijnSoort::Nieuw {
                        maanden: termijn.maanden,
                    },
                    begin: termijn.ingangsdatum,
                    einde,
                },
            ));
        }
        nieuw.sort_by_key(|(_, termijn)| (termijn.begin, termijn.einde));
        for pair in nieuw.windows(2) {
            if let [(_, earlier), (index, later)] = pair {
                if later.begin <= earlier.einde {
                    return Err(Fout::NieuweTermijnOverlapt {
                        index: *index,
                        ingangsdatum: later.begin,
                        einde_vorige: earlier.einde,
                    });
                }
            }
        }
        Ok(Termijnen {
            initieel,
            nieuw: nieuw.into_iter().map(|(_, termijn)| termijn).collect(),
        })
    }
}

impl Termijnen {
    /// The term in which `date` lies, if any.
    pub fn find(&self, date: NaiveDate) -> Option<Termijn> {
        if let Some(initieel) = self.initieel {
            if initieel.contains(date) {
                return Some(initieel);
            }
        }
        // The new terms are sorted and disjoint: binary search on the first day.
        let index = self.nieuw.partition_point(|termijn| termijn.begin <= date);
        let candidate = self.nieuw.get(index.checked_sub(1)?)?;
        candidate.contains(date).then_some(*candidate)
    }
}
