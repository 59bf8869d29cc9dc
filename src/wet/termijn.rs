//! The terms: the inburgeringstermijn, its extensions and the new terms DUO sets.
//!
//! **Wi art. 11.** The person completes the inburgeringsplicht within three years (lid 1),
//! counted from the day after the dagtekening of the PIP (lid 2). **Art. 12** extends the term.
//! **Art. 24 lid 2–3 and 25 lid 2:** with a fine DUO sets a new term of at most two years; Bi art.
//! 7.1 lid 5 attaches the college's cap to new terms of 6, 12, 18 and 24 months, and names no
//! other length, so another length is an input error.
//!
//! A term runs from its first day up to and including its last day: a PIP dated 2022-03-14
//! gives 2022-03-15 up to and including 2025-03-14.
//!
//! **Counting months.** A term of N months that begins on day S ends on the day before the
//! same-numbered day N months later; where that month has no such day, it ends on that month's
//! last day ([`Termijn::laatste_dag`]). So a PIP dated 2024-02-28 gives a term from 2024-02-29 up
//! to and including 2027-02-28, a six-month new term from 2024-10-31 ends on 2025-04-30, and one
//! from 2024-03-01 ends on 2024-08-31. An extension by M months lengthens the term as if it had
//! been M months longer from its first day: the new last day is the last day of an M-month term
//! that begins the day after the old last day ([`Termijn::verleng`]); six months on a term ending
//! 2025-02-28 give 2025-08-31. This reading keeps every day of the term in it: counting "the same
//! day N months later, minus one" would end a term begun on 29, 30 or 31 January a day or two
//! early whenever the end month is shorter.
//!
//! Extensions (Wi art. 12) must each end after the term's current last day: an extension of an
//! extended term extends the extension.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::fout::{Fout, FoutSoort, Plaats};
use crate::wet::parameters;
use crate::wet::plafond::plafond_nieuwe_termijn;

/// An extension of the initial term under Wi art. 12, with its new last day.
///
/// ```
/// use wi2021_boetes::Verlenging;
/// let v: Verlenging = serde_json::from_str(r#"{"nieuwe_einddatum":"2025-08-31"}"#).unwrap();
/// assert_eq!(v.nieuwe_einddatum.to_string(), "2025-08-31");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Verlenging {
    /// The new last day of the term (inclusive).
    #[serde(deserialize_with = "crate::invoer::datum")]
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub nieuwe_einddatum: NaiveDate,
}

/// A new term DUO set under Wi art. 24 lid 2–3 or art. 25 lid 2.
///
/// ```
/// use wi2021_boetes::NieuweTermijn;
/// let n: NieuweTermijn = serde_json::from_str(r#"{"ingangsdatum":"2025-04-02","maanden":6}"#).unwrap();
/// assert_eq!((n.maanden, n.verlengd_tot), (6, None));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NieuweTermijn {
    /// Its first day.
    #[serde(deserialize_with = "crate::invoer::datum")]
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub ingangsdatum: NaiveDate,
    /// Its length in months: 6, 12, 18 or 24 (Bi art. 7.1 lid 5 sub a–d).
    pub maanden: u32,
    /// Its new last day, if DUO extended it because the overrun was not verwijtbaar (Wi art. 24
    /// lid 2 with art. 12 lid 1 sub a). The cap stays that of its length.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::invoer::datum_optie"
    )]
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub verlengd_tot: Option<NaiveDate>,
}

/// The term history of one person: what [`Termijn`]s exist.
///
/// ```
/// use chrono::NaiveDate;
/// use wi2021_boetes::TermijnHistorie;
/// let historie = TermijnHistorie {
///     pip_dagtekening: NaiveDate::from_ymd_opt(2024, 2, 28),
///     ..TermijnHistorie::default()
/// };
/// let t = historie.termijnen()?.initieel.unwrap();
/// assert_eq!((t.begin.to_string(), t.einde.to_string()), ("2024-02-29".into(), "2027-02-28".into()));
/// # Ok::<(), wi2021_boetes::Fout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TermijnHistorie {
    /// The PIP's dagtekening (Wi art. 11 lid 2); `None` while there is no PIP yet (the brede
    /// intake stage).
    #[serde(default, deserialize_with = "crate::invoer::datum_optie")]
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub pip_dagtekening: Option<NaiveDate>,
    /// Extensions of the initial term (Wi art. 12), in any order.
    #[serde(default)]
    pub verlengingen: Vec<Verlenging>,
    /// New terms set by DUO (Wi art. 24, 25), in any order.
    #[serde(default)]
    pub nieuwe_termijnen: Vec<NieuweTermijn>,
}

/// Which kind of term a [`Termijn`] is.
///
/// ```
/// use wi2021_boetes::TermijnSoort;
/// assert_eq!(serde_json::to_string(&TermijnSoort::Nieuw { maanden: 6 }).unwrap(), r#"{"soort":"nieuw","maanden":6}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
///
/// ```
/// use chrono::NaiveDate;
/// use wi2021_boetes::{Termijn, TermijnSoort};
/// let d = |y, m, dag| NaiveDate::from_ymd_opt(y, m, dag).unwrap();
/// let t = Termijn { soort: TermijnSoort::Initieel, begin: d(2022, 3, 15), einde: d(2025, 3, 14) };
/// assert!(t.contains(d(2025, 3, 14)) && !t.contains(d(2025, 3, 15)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Termijn {
    /// Initial or new.
    #[serde(flatten)]
    pub soort: TermijnSoort,
    /// First day.
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub begin: NaiveDate,
    /// Last day (inclusive).
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub einde: NaiveDate,
}

impl Termijn {
    /// Whether `date` lies in this term.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use wi2021_boetes::{Termijn, TermijnSoort};
    /// # let d = |y, m, dag| NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// let t = Termijn { soort: TermijnSoort::Initieel, begin: d(2022, 3, 15), einde: d(2025, 3, 14) };
    /// assert!(t.contains(d(2022, 3, 15)));
    /// assert!(!t.contains(d(2022, 3, 14)));
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.begin <= date && date <= self.einde
    }

    /// The last day of a term of `maanden` months that begins on `begin`: the day before the
    /// same-numbered day `maanden` later, or that month's last day where it has no such day.
    /// `None` only beyond the calendar's range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use wi2021_boetes::Termijn;
    /// let d = |y, m, dag| NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// assert_eq!(Termijn::laatste_dag(d(2022, 3, 15), 36), Some(d(2025, 3, 14)));
    /// assert_eq!(Termijn::laatste_dag(d(2024, 2, 29), 36), Some(d(2027, 2, 28)));
    /// assert_eq!(Termijn::laatste_dag(d(2024, 10, 31), 6), Some(d(2025, 4, 30)));
    /// assert_eq!(Termijn::laatste_dag(d(2024, 3, 1), 6), Some(d(2024, 8, 31)));
    /// ```
    pub fn laatste_dag(begin: NaiveDate, maanden: u32) -> Option<NaiveDate> {
        // chrono's month arithmetic keeps the day where the target month has it, and otherwise
        // clamps to that month's last day, which is then itself the term's last day.
        let zelfde_dag = begin.checked_add_months(Months::new(maanden))?;
        if zelfde_dag.day0() == begin.day0() {
            zelfde_dag.pred_opt()
        } else {
            Some(zelfde_dag)
        }
    }

    /// The last day of a term ending on `einde` after an extension by `maanden` months: the last
    /// day of a `maanden`-month term that begins the day after `einde`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use wi2021_boetes::Termijn;
    /// let d = |y, m, dag| NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// assert_eq!(Termijn::verleng(d(2025, 2, 28), 6), Some(d(2025, 8, 31)));
    /// ```
    pub fn verleng(einde: NaiveDate, maanden: u32) -> Option<NaiveDate> {
        Termijn::laatste_dag(einde.succ_opt()?, maanden)
    }
}

/// The validated terms of one person: the initial term (if there is a PIP) and the new terms,
/// in chronological order, without overlap.
///
/// ```
/// use chrono::NaiveDate;
/// use wi2021_boetes::TermijnHistorie;
/// let t = TermijnHistorie { pip_dagtekening: NaiveDate::from_ymd_opt(2022, 3, 14), ..Default::default() }
///     .termijnen()?;
/// assert!(t.find(NaiveDate::from_ymd_opt(2025, 3, 14).unwrap()).is_some());
/// assert!(t.find(NaiveDate::from_ymd_opt(2025, 3, 15).unwrap()).is_none());
/// # Ok::<(), wi2021_boetes::Fout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// A [`Fout`] for a new term of another length than 6, 12, 18 or 24 months
    /// (`nieuwe_termijn_duur`), an extension that does not end after the term's current last day
    /// (`verlenging_te_vroeg`), a new term or extension without a PIP (`pip_ontbreekt`), terms that
    /// overlap (`termijnen_overlappen`), a date beyond the calendar's range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use wi2021_boetes::{NieuweTermijn, TermijnHistorie};
    /// let historie = TermijnHistorie {
    ///     pip_dagtekening: NaiveDate::from_ymd_opt(2022, 3, 14),
    ///     nieuwe_termijnen: vec![NieuweTermijn {
    ///         ingangsdatum: NaiveDate::from_ymd_opt(2025, 4, 2).unwrap(),
    ///         maanden: 9,
    ///         verlengd_tot: None,
    ///     }],
    ///     ..Default::default()
    /// };
    /// assert_eq!(historie.termijnen().unwrap_err().code(), "nieuwe_termijn_duur");
    /// ```
    pub fn termijnen(&self) -> Result<Termijnen, Fout> {
        let initieel = match self.pip_dagtekening {
            None => {
                if !self.verlengingen.is_empty() {
                    return Err(Fout::nieuw(FoutSoort::PipOntbreekt {
                        wat: "an extension of the term",
                    })
                    .bij(Plaats::Termijnen)
                    .in_veld("verlengingen"));
                }
                None
            }
            Some(dagtekening) => Some(self.initieel(dagtekening)?),
        };
        let mut nieuw = Vec::with_capacity(self.nieuwe_termijnen.len());
        for (index, termijn) in self.nieuwe_termijnen.iter().enumerate() {
            nieuw.push((index, nieuwe_termijn(index, termijn, initieel)?));
        }
        nieuw.sort_by_key(|(_, termijn)| (termijn.begin, termijn.einde));
        for pair in nieuw.windows(2) {
            if let [(_, eerder), (index, later)] = pair {
                if later.begin <= eerder.einde {
                    return Err(overlap(*index, later.begin, eerder.einde));
                }
            }
        }
        Ok(Termijnen {
            initieel,
            nieuw: nieuw.into_iter().map(|(_, termijn)| termijn).collect(),
        })
    }

    /// The initial term: three years from the day after the dagtekening, extended by each
    /// extension in date order, each ending after the last day so far.
    fn initieel(&self, dagtekening: NaiveDate) -> Result<Termijn, Fout> {
        let buiten = || {
            Fout::nieuw(FoutSoort::DatumBuitenKalender)
                .bij(Plaats::Termijnen)
                .in_veld("pip_dagtekening")
        };
        crate::wet::geldigheid::toets(dagtekening, "pip_dagtekening", |soort| {
            Fout::nieuw(soort).bij(Plaats::Termijnen)
        })?;
        let begin = dagtekening.succ_opt().ok_or_else(buiten)?;
        let maanden = parameters::op(dagtekening).inburgeringstermijn_maanden;
        let basis_einde = Termijn::laatste_dag(begin, maanden).ok_or_else(buiten)?;
        let mut verlengingen: Vec<NaiveDate> = self
            .verlengingen
            .iter()
            .map(|v| v.nieuwe_einddatum)
            .collect();
        verlengingen.sort_unstable();
        let mut einde = basis_einde;
        for nieuwe_einddatum in verlengingen {
            if nieuwe_einddatum <= einde {
                return Err(Fout::nieuw(FoutSoort::VerlengingTeVroeg {
                    nieuwe_einddatum,
                    einde,
                })
                .bij(Plaats::Termijnen)
                .in_veld("verlengingen.nieuwe_einddatum"));
            }
            einde = nieuwe_einddatum;
        }
        Ok(Termijn {
            soort: TermijnSoort::Initieel,
            begin,
            einde,
        })
    }
}

/// One new term of the history, checked: a length the law names, a PIP before it, after the
/// initial term, and an extension that extends.
fn nieuwe_termijn(
    index: usize,
    termijn: &NieuweTermijn,
    initieel: Option<Termijn>,
) -> Result<Termijn, Fout> {
    let plaats = || Plaats::NieuweTermijn(index);
    let versie = parameters::op(termijn.ingangsdatum);
    if plafond_nieuwe_termijn(termijn.maanden, versie).is_none() {
        return Err(Fout::nieuw(FoutSoort::NieuweTermijnDuur {
            maanden: termijn.maanden,
        })
        .bij(plaats())
        .in_veld("maanden"));
    }
    let Some(initieel) = initieel else {
        return Err(Fout::nieuw(FoutSoort::PipOntbreekt { wat: "a new term" })
            .bij(plaats())
            .in_veld("pip_dagtekening"));
    };
    let mut einde =
        Termijn::laatste_dag(termijn.ingangsdatum, termijn.maanden).ok_or_else(|| {
            Fout::nieuw(FoutSoort::DatumBuitenKalender)
                .bij(plaats())
                .in_veld("ingangsdatum")
        })?;
    if let Some(verlengd_tot) = termijn.verlengd_tot {
        if verlengd_tot <= einde {
            return Err(Fout::nieuw(FoutSoort::VerlengingTeVroeg {
                nieuwe_einddatum: verlengd_tot,
                einde,
            })
            .bij(plaats())
            .in_veld("verlengd_tot"));
        }
        einde = verlengd_tot;
    }
    if termijn.ingangsdatum <= initieel.einde {
        return Err(overlap(index, termijn.ingangsdatum, initieel.einde));
    }
    Ok(Termijn {
        soort: TermijnSoort::Nieuw {
            maanden: termijn.maanden,
        },
        begin: termijn.ingangsdatum,
        einde,
    })
}

fn overlap(index: usize, ingangsdatum: NaiveDate, einde_vorige: NaiveDate) -> Fout {
    Fout::nieuw(FoutSoort::TermijnenOverlappen {
        ingangsdatum,
        einde_vorige,
    })
    .bij(Plaats::NieuweTermijn(index))
    .in_veld("ingangsdatum")
}

impl Termijnen {
    /// The term in which `date` lies, if any.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use wi2021_boetes::{TermijnHistorie, TermijnSoort};
    /// let t = TermijnHistorie { pip_dagtekening: NaiveDate::from_ymd_opt(2022, 3, 14), ..Default::default() }
    ///     .termijnen()?;
    /// let dag = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    /// assert_eq!(t.find(dag).unwrap().soort, TermijnSoort::Initieel);
    /// # Ok::<(), wi2021_boetes::Fout>(())
    /// ```
    pub fn find(&self, date: NaiveDate) -> Option<Termijn> {
        if let Some(initieel) = self.initieel {
            if initieel.contains(date) {
                return Some(initieel);
            }
        }
        // The new terms are sorted and disjoint: a binary search on the first day.
        let index = self.nieuw.partition_point(|termijn| termijn.begin <= date);
        let candidate = self.nieuw.get(index.checked_sub(1)?)?;
        candidate.contains(date).then_some(*candidate)
    }
}
