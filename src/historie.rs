//! The one history: which earlier fines count for the ladder (Bi 7.1 lid 3), and what counts
//! toward each cap (Bi 7.1 lid 5). [`crate::decide`] builds it from the earlier fines it is
//! given; [`crate::replay`] adds each decision to it as it goes. Both ask it the same two
//! questions, so a replayed decision equals the single decision by construction.
//!
//! - The ladder: the earlier PIP overtredingen, in order of constatering (for the same day, in
//!   the order given). For a new overtreding, the window runs from twelve months before its
//!   constatering up to and including it; the latest qualifying earlier overtreding in it gives
//!   the step, and the ones after it, which do not count, are named (the five most recent) or
//!   counted.
//! - The caps: per bucket, the total of the fines that still count (not herroepen), at the amount
//!   imposed.

use chrono::NaiveDate;

use crate::geld::Centen;
use crate::wet::ladder::{self, BoeteStatus, NietMeetellend};
use crate::wet::parameters::Versie;
use crate::wet::plafond::Bucket;

/// At most this many non-counting earlier overtredingen are named one by one in an explanation;
/// the rest are counted.
pub(crate) const MAX_GENOEMD: usize = 5;

/// An earlier fine, as the history needs it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EerdereFeit<'a> {
    pub id: &'a str,
    pub constateringsdatum: NaiveDate,
    /// Whether it is a PIP fine, on the ladder.
    pub pip: bool,
    /// Its ladder step (PIP fines).
    pub stap: u32,
    /// The amount imposed.
    pub bedrag: Centen,
    pub status: BoeteStatus,
    /// The cap bucket it counts in, if any (DUO's fines and PW measures count in none).
    pub bucket: Option<Bucket>,
}

/// An earlier PIP fine on the ladder.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trede<'a> {
    id: &'a str,
    constateringsdatum: NaiveDate,
    stap: u32,
    boete: bool,
    status: BoeteStatus,
}

impl Trede<'_> {
    /// Whether it can raise the ladder at all: a fine of more than € 0, onherroepelijk (on
    /// which day is for the decision to judge).
    fn kan_tellen(&self) -> bool {
        self.boete && matches!(self.status, BoeteStatus::Onherroepelijk { .. })
    }
}

/// The earlier PIP fine a new one's step builds on: the latest qualifying one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Vorige<'a> {
    pub id: &'a str,
    pub constateringsdatum: NaiveDate,
    pub stap: u32,
}

/// What the history gives the ladder for one decision: the latest qualifying fine, and the
/// earlier overtredingen in the window after it, which do not count (the most recent
/// [`MAX_GENOEMD`] named, oldest first; `niet_genoemd` counts the others).
#[derive(Debug, Clone, Copy)]
pub(crate) struct LadderBasis<'h, 'a> {
    pub vorige: Option<Vorige<'a>>,
    genoemd: &'h [Trede<'a>],
    pub niet_genoemd: usize,
}

impl LadderBasis<'_, '_> {
    /// The named earlier overtredingen that do not count, oldest first, each with why not.
    pub(crate) fn niet_meetellend(&self) -> impl Iterator<Item = (NaiveDate, NietMeetellend)> + '_ {
        self.genoemd
            .iter()
            .map(|t| (t.constateringsdatum, ladder::waarom_niet(t.status, t.boete)))
    }
}

/// The earlier fines of one person.
#[derive(Debug, Clone, Default)]
pub(crate) struct Historie<'a> {
    /// The PIP fines, in order of constatering.
    ladder: Vec<Trede<'a>>,
    /// The positions in `ladder` of the fines that can raise it at all ([`Trede::kan_tellen`]).
    telbaar: Vec<usize>,
    totalen: Vec<(Bucket, Centen)>,
}

impl<'a> Historie<'a> {
    /// A history with room for `n` fines.
    pub(crate) fn met_ruimte(n: usize) -> Self {
        Historie {
            ladder: Vec::with_capacity(n),
            telbaar: Vec::with_capacity(n),
            totalen: Vec::new(),
        }
    }

    /// Adds an earlier fine: to the ladder when a PIP fine, to its bucket's total when it still
    /// counts. Returns that bucket's total after it. Fines added in order of constatering keep
    /// the ladder in order; others need [`Historie::orden`] before a question.
    pub(crate) fn voeg_toe(&mut self, feit: EerdereFeit<'a>) -> Option<Centen> {
        if feit.pip {
            let trede = Trede {
                id: feit.id,
                constateringsdatum: feit.constateringsdatum,
                stap: feit.stap,
                boete: !feit.bedrag.is_nul(),
                status: feit.status,
            };
            if trede.kan_tellen() {
                self.telbaar.push(self.ladder.len());
            }
            self.ladder.push(trede);
        }
        let bucket = feit.bucket?;
        let telt = if feit.status.counts() {
            feit.bedrag
        } else {
            Centen::NUL
        };
        // Fines come mostly in order of date, so their bucket is mostly the newest: looked up
        // from the newest back.
        let totaal = match self.totalen.iter_mut().rev().find(|(b, _)| *b == bucket) {
            Some((_, totaal)) => {
                *totaal = totaal.plus(telt);
                *totaal
            }
            None => {
                self.totalen.push((bucket, telt));
                telt
            }
        };
        Some(totaal)
    }

    /// Puts the ladder in order of constatering, keeping the given order for the same day.
    pub(crate) fn orden(&mut self) {
        self.ladder.sort_by_key(|trede| trede.constateringsdatum);
        self.telbaar.clear();
        let telbaar = self
            .ladder
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kan_tellen());
        self.telbaar.extend(telbaar.map(|(positie, _)| positie));
    }

    /// What counts so far in `bucket`.
    pub(crate) fn geteld(&self, bucket: Bucket) -> Centen {
        self.totalen
            .iter()
            .rev()
            .find(|(b, _)| *b == bucket)
            .map_or(Centen::NUL, |(_, totaal)| *totaal)
    }

    /// The totals per bucket, in the order the buckets were first used.
    pub(crate) fn totalen(&self) -> &[(Bucket, Centen)] {
        &self.totalen
    }

    /// The ladder's basis for an overtreding geconstateerd on `constatering` and decided on
    /// `besluitdatum` (Bi 7.1 lid 3): in the window from twelve months before up to and
    /// including the constatering, the latest fine onherroepelijk on the besluitdatum, and the
    /// ones after it.
    pub(crate) fn basis(
        &self,
        constatering: NaiveDate,
        besluitdatum: NaiveDate,
        versie: &Versie,
    ) -> LadderBasis<'_, 'a> {
        let begin = ladder::venster_begin(constatering, versie);
        let van = self
            .ladder
            .partition_point(|t| t.constateringsdatum < begin);
        let tot = self
            .ladder
            .partition_point(|t| t.constateringsdatum <= constatering);
        let eerste_telbare = self.telbaar.partition_point(|&positie| positie < van);
        let laatste = self
            .telbaar
            .get(eerste_telbare..)
            .unwrap_or_default()
            .iter()
            .rev()
            .copied()
            .filter(|&positie| positie < tot)
            .find(|&positie| {
                self.ladder
                    .get(positie)
                    .is_some_and(|t| t.status.onherroepelijk_op(besluitdatum))
            });
        let daarna = self
            .ladder
            .get(laatste.map_or(van, |positie| positie + 1)..tot)
            .unwrap_or_default();
        let niet_genoemd = daarna.len().saturating_sub(MAX_GENOEMD);
        LadderBasis {
            vorige: laatste
                .and_then(|positie| self.ladder.get(positie))
                .map(|t| Vorige {
                    id: t.id,
                    constateringsdatum: t.constateringsdatum,
                    stap: t.stap,
                }),
            genoemd: daarna.get(niet_genoemd..).unwrap_or_default(),
            niet_genoemd,
        }
    }
}
