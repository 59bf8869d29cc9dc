//! A person's whole dossier in, every decision out: the replay.
//!
//! A municipal system holds a dossier: the doelgroep, the term history (Wi art. 11, 12, 24,
//! 25), the overtredingen (brede-intake oproepen and PIP overtredingen alike, each with its
//! gedraging), and for each fine already imposed its besluit and status. [`replay`] evaluates it
//! as of a peildatum and returns every decision in chronological order, consistent with each
//! other, with the running total and room per cap bucket (Bi 7.1 lid 5), the places where a
//! recorded amount differs from what the rules give, and the stacking signal
//! ([`crate::stapeling`]).
//!
//! The replay gives for each overtreding exactly what [`crate::decide`] gives for it with the
//! history before it: both run the same core (a property test checks it). Its cost is linear in
//! the number of overtredingen (plus sorting the ids): for the ladder it looks back from the
//! newest earlier fine only as far as the latest one that qualifies.
//!
//! How the replay reads the dossier:
//! - Order: by constateringsdatum; for the same date, the input order.
//! - Decision date: an overtreding with a recorded [`GenomenBesluit`] was decided on its
//!   besluitdatum; one without is decided now, on the dossier's peildatum.
//! - What an earlier fine is for the ones after it: its recorded amount if there is one (it may
//!   have been lowered in bezwaar), else the computed amount; its recorded status, else
//!   [`BoeteStatus::Opgelegd`] (a fine decided on the peildatum is not onherroepelijk on that day);
//!   its recorded ladder step if there is one, else the computed step.
//!
//! DUO's assessments (Wi art. 12, 24, 25) are replayed first, in order of assessment: the new
//! terms and extensions they set shape the college's cap buckets (Bi 7.1 lid 5). DUO's fines never
//! count toward those caps; they do count for the stacking signal. A new term can be given either
//! in `termijnen.nieuwe_termijnen` or through the DUO assessment that set it, not both (the two
//! would overlap, which is an error).

use std::fmt::Write as _;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::caps::Bucket;
use crate::decision::{
    self, Context, Decision, GeenBoeteReden, Id, LadderBasis, LadderPrior, Outcome, Overtreding,
    decide_core,
};
use crate::duo::{self, DuoBeoordeling, DuoContext, DuoDecision};
use crate::error::{Bij, Fout};
use crate::explanation::NietMeetellend;
use crate::gedraging::{Doelgroep, Handhaver, Leerroute, Person, Regime};
use crate::ladder::{self, BoeteStatus};
use crate::leerroute_tabel::LeerrouteTabellen;
use crate::money::{self, Datum, Euro, cents, format_datum, format_euro};
use crate::procedure::Config;
use crate::stapeling::{self, StapelingBoete, StapelingConfig, Stapelingssignaal};
use crate::termijn::{NieuweTermijn, TermijnHistorie, Termijnen, Verlenging};
use crate::verlaging;

/// A fine already decided on, as recorded in the gemeente's system.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenomenBesluit {
    /// The overtreding it decided on.
    pub overtreding_id: Id,
    /// The date of the besluit.
    pub besluitdatum: NaiveDate,
    /// The amount actually imposed, if recorded (after any lowering, also in bezwaar). Without
    /// it the computed amount is taken.
    #[serde(default)]
    pub bedrag: Option<Decimal>,
    /// The ladder step it was imposed at, if recorded. Without it the computed step is taken.
    #[serde(default)]
    pub ladder_stap: Option<u32>,
    /// Opgelegd, onherroepelijk since a date, or herroepen/vernietigd.
    pub status: BoeteStatus,
}

/// One person's dossier.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// The caller's opaque id for the dossier (no personal data).
    pub id: String,
    /// The date as of which the dossier is evaluated; overtredingen without a recorded besluit
    /// are decided on it.
    pub peildatum: NaiveDate,
    /// The doelgroep.
    pub doelgroep: Doelgroep,
    /// The leerroute the PIP fixed, if there is a PIP.
    #[serde(default)]
    pub leerroute: Option<Leerroute>,
    /// The PIP's dagtekening, extensions and new terms.
    #[serde(default)]
    pub termijnen: TermijnHistorie,
    /// Every overtreding: brede-intake oproepen and PIP overtredingen, in any order.
    #[serde(default)]
    pub overtredingen: Vec<Overtreding>,
    /// The besluiten already taken, by overtreding id.
    #[serde(default)]
    pub besluiten: Vec<GenomenBesluit>,
    /// DUO's assessments at the end of a term (Wi art. 12, 24, 25), in any order.
    #[serde(default)]
    pub duo_beoordelingen: Vec<DuoBeoordeling>,
    /// The leerroute tables, needed for a leerroute fine (Bi art. 7.2 lid 2).
    #[serde(default)]
    pub leerroute_tabellen: Option<LeerrouteTabellen>,
    /// Practice settings (who decides; DUO's hoorzitting threshold).
    #[serde(default)]
    pub config: Config,
    /// The stacking signal's window and threshold.
    #[serde(default)]
    pub stapeling: StapelingConfig,
}

/// One decision in the replay, with what it leaves in its bucket.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReplayEntry {
    /// The decision, as the rules give it.
    pub beslissing: Decision,
    /// The recorded besluit, if any.
    pub genomen_besluit: Option<GenomenBesluit>,
    /// What counts toward the cap and the ladder for later fines: the recorded amount, or the
    /// computed one; € 0 when herroepen.
    pub telt_mee: Decimal,
    /// The total counted in this decision's bucket after it.
    pub lopend_totaal: Option<Decimal>,
    /// The room left in that bucket after it.
    pub ruimte: Option<Decimal>,
}

/// The total and room of one cap bucket at the end of the replay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BucketStand {
    /// The bucket.
    pub bucket: Bucket,
    /// Its cap.
    pub cap: Decimal,
    /// The total counted in it.
    pub totaal: Decimal,
    /// The room left (never below € 0).
    pub ruimte: Decimal,
}

/// A recorded besluit that differs from what the rules give, with the kind of difference. One
/// besluit can differ in more than one way (an amount and a step): each is reported.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Afwijking {
    /// The overtreding.
    pub overtreding_id: Id,
    /// How it differs.
    #[serde(flatten)]
    pub soort: AfwijkingSoort,
}

/// How a recorded besluit differs from the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum AfwijkingSoort {
    /// A lower amount than the rules give: lawful, for example after bezwaar or a lowering for
    /// bijzondere omstandigheden.
    LagerDanRegels {
        /// The amount the rules give.
        berekend_bedrag: Decimal,
        /// The amount recorded.
        geregistreerd_bedrag: Decimal,
    },
    /// A higher amount than the rules give: unlawful unless explained; to be reviewed.
    HogerDanRegels {
        /// The amount the rules give.
        berekend_bedrag: Decimal,
        /// The amount recorded.
        geregistreerd_bedrag: Decimal,
    },
    /// Imposed at another ladder step than the rules give. (Where the rules give no fine at all,
    /// there is no step to differ from: the amount says it.)
    AndereTrede {
        /// The step the rules give.
        berekende_stap: u32,
        /// The step recorded.
        geregistreerde_stap: u32,
    },
    /// Imposed after the power to fine had lapsed (Awb 5:45): unlawful, to be withdrawn.
    NaVerval {
        /// The last day the power existed.
        bevoegd_tot_en_met: NaiveDate,
        /// The day it was imposed.
        besluitdatum: NaiveDate,
    },
}

/// The ways a recorded besluit differs from the rules: its amount (lower or higher), its step,
/// and a fine imposed after the power lapsed (`lapsed`: the last day of the power, where the
/// rules found it lapsed on the besluitdatum). A herroepen fine counts for nothing, so its
/// differences are not reported.
fn afwijkingen_van(
    besluit: &GenomenBesluit,
    berekend: Decimal,
    berekende_stap: Option<u32>,
    lapsed: Option<NaiveDate>,
) -> impl Iterator<Item = AfwijkingSoort> {
    let counts = besluit.status.counts();
    let bedrag = besluit.bedrag.filter(|_| counts).and_then(|geregistreerd| {
        let geregistreerd = cents(geregistreerd);
        if geregistreerd < berekend {
            Some(AfwijkingSoort::LagerDanRegels {
                berekend_bedrag: berekend,
                geregistreerd_bedrag: geregistreerd,
            })
        } else if geregistreerd > berekend {
            Some(AfwijkingSoort::HogerDanRegels {
                berekend_bedrag: berekend,
                geregistreerd_bedrag: geregistreerd,
            })
        } else {
            None
        }
    });
    let trede = match (besluit.ladder_stap, berekende_stap) {
        (Some(geregistreerde_stap), Some(berekende_stap))
            if counts && geregistreerde_stap != berekende_stap =>
        {
            Some(AfwijkingSoort::AndereTrede {
                berekende_stap,
                geregistreerde_stap,
            })
        }
        _ => None,
    };
    let imposed = besluit.bedrag.is_some_and(|b| !b.is_zero());
    let verval = lapsed
        .filter(|_| counts && imposed)
        .map(|bevoegd_tot_en_met| AfwijkingSoort::NaVerval {
            bevoegd_tot_en_met,
            besluitdatum: besluit.besluitdatum,
        });
    bedrag.into_iter().chain(trede).chain(verval)
}

/// What a recorded besluit can say, checked against the law: an amount in whole cents, within
/// the statutory maximum of its gedraging (Wi art. 26 lid 1); a ladder step only on a PIP fine;
/// onherroepelijk no earlier than it was imposed.
fn check_besluit(besluit: &GenomenBesluit, overtreding: Option<&Overtreding>) -> Result<(), Fout> {
    let id = &besluit.overtreding_id;
    if let Some(bedrag) = &besluit.bedrag {
        verlaging::check_amount(
            || Bij::Overtreding(id.to_string()),
            "besluiten.bedrag",
            bedrag,
        )?;
        if let Some(overtreding) = overtreding {
            decision::check_maximum(id, "besluiten.bedrag", overtreding.gedraging, *bedrag)?;
        }
    }
    if let Some(overtreding) = overtreding {
        if besluit.ladder_stap.is_some() && overtreding.gedraging.regime() != Regime::PipLadder {
            return Err(Fout::LadderStapNietVanToepassing {
                overtreding_id: id.to_string(),
                gedraging: overtreding.gedraging,
            });
        }
    }
    if let BoeteStatus::Onherroepelijk { sinds } = besluit.status {
        if sinds < besluit.besluitdatum {
            return Err(Fout::OnherroepelijkVoorBesluit {
                overtreding_id: id.to_string(),
                sinds,
                besluitdatum: besluit.besluitdatum,
            });
        }
    }
    Ok(())
}

/// Everything the replay returns for one dossier.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DossierUitkomst {
    /// The dossier's id.
    pub dossier_id: String,
    /// The peildatum.
    pub peildatum: NaiveDate,
    /// The terms, as DUO's decisions in the dossier shaped them.
    pub termijnen: Termijnen,
    /// Every decision of the college, in chronological order.
    pub beslissingen: Vec<ReplayEntry>,
    /// Every decision of DUO, in order of assessment.
    pub duo_beslissingen: Vec<DuoDecision>,
    /// Per cap bucket, the total and room at the end (chronological order of the buckets).
    pub totalen: Vec<BucketStand>,
    /// Recorded besluiten that differ from the rules.
    pub afwijkingen: Vec<Afwijking>,
    /// Fines that follow each other closely (a signal, never a change of amount).
    pub stapeling: Vec<Stapelingssignaal>,
}

/// An earlier fine as the replay remembers it, for the ladder. It borrows its id from the
/// dossier: only the decision that names it as the latest qualifying fine takes a copy.
struct PipFine<'a> {
    id: &'a Id,
    constateringsdatum: NaiveDate,
    stap: u32,
    /// More than € 0 imposed.
    boete: bool,
    status: BoeteStatus,
}

/// An id's first eight bytes as a big-endian number, zero-padded. Comparing these keys first, and
/// the whole ids only when the keys are equal, orders ids exactly as comparing them byte by byte
/// does: the first differing byte decides both, and a zero pad sorts a shorter id first, unless the
/// longer one goes on with zero bytes, in which case the keys tie and the ids themselves decide.
fn prefix_key(id: &str) -> u64 {
    let mut bytes = [0u8; 8];
    for (slot, byte) in bytes.iter_mut().zip(id.bytes()) {
        *slot = byte;
    }
    u64::from_be_bytes(bytes)
}

/// The room left in `bucket` with `total` cents counted in it, never below € 0 (Bi 7.1 lid 5).
fn room(bucket: Bucket, total: i64) -> i64 {
    money::whole_cents(bucket.cap())
        .saturating_sub(total)
        .max(0)
}

/// Evaluates the whole dossier as of its peildatum.
///
/// # Errors
/// Any [`Fout`] of the terms or of an overtreding; besides, [`Fout::DubbeleId`] for two
/// overtredingen or two besluiten with the same id, and [`Fout::BesluitZonderOvertreding`] for a
/// besluit whose overtreding is not in the dossier.
pub fn replay(dossier: &Dossier) -> Result<DossierUitkomst, Fout> {
    check_limits(dossier)?;
    let person = Person {
        doelgroep: dossier.doelgroep,
        leerroute: dossier.leerroute,
    };
    let (termijnen, duo_beslissingen) = replay_duo(dossier, person)?;

    // Chronological order; the input order for the same date (a stable sort).
    let mut order: Vec<usize> = (0..dossier.overtredingen.len()).collect();
    order.sort_by_key(|&i| dossier.overtredingen.get(i).map(|o| o.constateringsdatum));
    // The ids, sorted, with their position: duplicates and besluit look-ups in n log n. Each id
    // leads with its prefix key, so that most comparisons are of two integers; the order is the
    // ids' own byte order all the same.
    let mut ids: Vec<(u64, &str, usize)> = dossier
        .overtredingen
        .iter()
        .enumerate()
        .map(|(index, o)| (prefix_key(&o.id), &*o.id, index))
        .collect();
    ids.sort_unstable();
    if let Some([(_, id, _), _]) = ids
        .windows(2)
        .find(|pair| matches!(pair, [(_, a, _), (_, b, _)] if a == b))
    {
        return Err(Fout::DubbeleId {
            veld: "overtredingen",
            id: (*id).to_owned(),
        });
    }
    let mut besluit_by_overtreding: Vec<Option<&GenomenBesluit>> =
        vec![None; dossier.overtredingen.len()];
    for besluit in &dossier.besluiten {
        let wanted = (
            prefix_key(&besluit.overtreding_id),
            &*besluit.overtreding_id,
        );
        let index = ids
            .binary_search_by(|&(key, id, _)| (key, id).cmp(&wanted))
            .ok()
            .and_then(|position| ids.get(position))
            .map(|&(_, _, index)| index)
            .ok_or_else(|| Fout::BesluitZonderOvertreding {
                overtreding_id: besluit.overtreding_id.to_string(),
            })?;
        check_besluit(besluit, dossier.overtredingen.get(index))?;
        match besluit_by_overtreding.get_mut(index) {
            Some(slot @ None) => *slot = Some(besluit),
            _ => {
                return Err(Fout::DubbeleId {
                    veld: "besluiten",
                    id: besluit.overtreding_id.to_string(),
                });
            }
        }
    }

    let mut entries: Vec<ReplayEntry> = Vec::with_capacity(order.len());
    // Per bucket, the total counted so far, in whole cents (every amount is validated whole cents),
    // in the order the buckets were first used. The replay goes in date order, so the bucket wanted
    // is nearly always the newest one: every look-up searches from the end.
    let mut totals: Vec<(Bucket, i64)> = Vec::new();
    // The earlier fines named in a ladder explanation: one buffer, reused for every decision.
    let mut not_counting = Vec::new();
    let mut pip_fines: Vec<PipFine<'_>> = Vec::new();
    // Positions in `pip_fines` of the fines that can raise the ladder at all (onherroepelijk,
    // more than € 0); whether they do depends on the decision date.
    let mut qualifiable: Vec<usize> = Vec::new();
    let mut first = 0;
    let mut afwijkingen = Vec::new();

    for &index in &order {
        let Some(overtreding) = dossier.overtredingen.get(index) else {
            continue;
        };
        let besluit = besluit_by_overtreding.get(index).copied().flatten();
        let besluitdatum = besluit.map_or(dossier.peildatum, |b| b.besluitdatum);
        decision::check_dates(overtreding)?;
        let bucket = decision::bucket_for(
            &termijnen,
            &overtreding.id,
            overtreding.gedraging,
            overtreding.constateringsdatum,
        )?;
        let already = bucket
            .and_then(|bucket| totals.iter().rev().find(|(b, _)| *b == bucket))
            .map_or(Decimal::ZERO, |&(_, total)| money::from_cents(total));

        // The ladder (Bi 7.1 lid 3), on the sorted history: the latest fine that can qualify at
        // all and is onherroepelijk on this besluitdatum, scanning back from the newest; then
        // the fines after it in the window, which do not count. The same result as
        // `decision::ladder_basis` on the history in order, without scanning the whole window.
        let window_start = ladder::window_start(overtreding.constateringsdatum);
        // `first` is the window's first fine: the first in `pip_fines` (in date order) on or
        // after its start. The overtredingen come in date order and a later constatering never
        // has an earlier window (`tests/properties.rs`, `window_start_never_moves_back`), so
        // `first` is carried from one decision to the next and only moves forward: a constant
        // cost per event where a binary search costs log n.
        while pip_fines
            .get(first)
            .is_some_and(|f| f.constateringsdatum < window_start)
        {
            first += 1;
        }
        let latest = qualifiable
            .iter()
            .rev()
            .copied()
            .take_while(|&pos| pos >= first)
            .find(|&pos| {
                pip_fines
                    .get(pos)
                    .is_some_and(|f| f.status.onherroepelijk_op(besluitdatum))
            });
        let later = pip_fines
            .get(latest.map_or(first, |pos| pos + 1)..)
            .unwrap_or_default();
        let more = later.len().saturating_sub(decision::MAX_GENOEMD);
        not_counting.clear();
        not_counting.extend(later.iter().skip(more).map(|f| {
            let waarom = decision::waarom_niet(f.status, f.boete, besluitdatum)
                .unwrap_or(NietMeetellend::NietOnherroepelijk);
            (f.constateringsdatum, waarom)
        }));
        let basis = LadderBasis {
            latest: latest
                .and_then(|pos| pip_fines.get(pos))
                .map(|f| LadderPrior {
                    id: f.id,
                    constateringsdatum: f.constateringsdatum,
                    stap: f.stap,
                }),
            not_counting: std::mem::take(&mut not_counting),
            not_counting_more: more,
        };
        let context = Context {
            person,
            termijnen: &termijnen,
            eerdere_boetes: &[],
            besluitdatum,
            config: &dossier.config,
        };
        let beslissing = decide_core(&context, overtreding, bucket, already, &basis)?;
        not_counting = basis.not_counting;
        // The two values the bookkeeping needs of the decision. The decision itself moves into
        // its entry as soon as the running totals are known: held across the rest of the loop,
        // the 280-byte value was copied once more on its way.
        let computed_amount = beslissing.bedrag;
        let computed_step = beslissing.ladder.as_ref().map(|l| l.stap);
        let lapsed = match (beslissing.outcome, beslissing.procedure) {
            (Outcome::GeenBoete(GeenBoeteReden::BevoegdheidVervallen), Some(procedure)) => {
                Some(procedure.bevoegd_tot_en_met)
            }
            _ => None,
        };

        // What this fine is for the fines after it.
        let status = besluit.map_or(BoeteStatus::Opgelegd, |b| b.status);
        let recorded = besluit.and_then(|b| b.bedrag);
        let amount = recorded.unwrap_or(computed_amount);
        let telt_mee = if status.counts() {
            cents(amount)
        } else {
            cents(Decimal::ZERO)
        };
        let recorded_step = besluit.and_then(|b| b.ladder_stap);
        let (lopend_totaal, ruimte) = match bucket {
            Some(bucket) => {
                let telt_mee = money::whole_cents(telt_mee);
                let total = match totals.iter_mut().rev().find(|(b, _)| *b == bucket) {
                    Some((_, total)) => {
                        *total = total.saturating_add(telt_mee);
                        *total
                    }
                    None => {
                        totals.push((bucket, telt_mee));
                        telt_mee
                    }
                };
                (
                    Some(money::from_cents(total)),
                    Some(money::from_cents(room(bucket, total))),
                )
            }
            None => (None, None),
        };
        entries.push(ReplayEntry {
            beslissing,
            genomen_besluit: besluit.cloned(),
            telt_mee,
            lopend_totaal,
            ruimte,
        });

        if let Some(besluit) = besluit {
            afwijkingen.extend(
                afwijkingen_van(besluit, computed_amount, computed_step, lapsed).map(|soort| {
                    Afwijking {
                        overtreding_id: besluit.overtreding_id.clone(),
                        soort,
                    }
                }),
            );
        }
        if overtreding.gedraging.regime() == Regime::PipLadder {
            let stap = recorded_step.or(computed_step).unwrap_or(0);
            let boete = decision::is_positive(amount);
            if boete && stap == 0 {
                return Err(Fout::LadderStapOntbreekt {
                    overtreding_id: overtreding.id.to_string(),
                });
            }
            if boete && matches!(status, BoeteStatus::Onherroepelijk { .. }) {
                qualifiable.push(pip_fines.len());
            }
            pip_fines.push(PipFine {
                id: &overtreding.id,
                constateringsdatum: overtreding.constateringsdatum,
                stap,
                boete,
                status,
            });
        }
    }

    totals.sort_by_key(|(bucket, _)| *bucket);
    let totalen = totals
        .into_iter()
        .map(|(bucket, totaal)| BucketStand {
            bucket,
            cap: bucket.cap(),
            totaal: money::from_cents(totaal),
            ruimte: money::from_cents(room(bucket, totaal)),
        })
        .collect();

    let mut fines: Vec<StapelingBoete<'_>> = entries
        .iter()
        .map(|e| StapelingBoete {
            overtreding_id: &e.beslissing.overtreding_id,
            handhaver: Handhaver::Gemeente,
            besluitdatum: e.beslissing.besluitdatum,
            bedrag: e.telt_mee,
        })
        .chain(duo_beslissingen.iter().map(|d| StapelingBoete {
            overtreding_id: &d.beoordeling_id,
            handhaver: Handhaver::Duo,
            besluitdatum: d.besluitdatum,
            bedrag: d.bedrag,
        }))
        .collect();
    fines.sort_by_key(|f| f.besluitdatum);
    // `signals` leaves out what is not a fine (€ 0, herroepen).
    let stapeling = stapeling::signals(&fines, &dossier.stapeling);

    Ok(DossierUitkomst {
        dossier_id: dossier.id.clone(),
        peildatum: dossier.peildatum,
        termijnen,
        beslissingen: entries,
        duo_beslissingen,
        totalen,
        afwijkingen,
        stapeling,
    })
}

/// The most overtredingen one dossier may hold (and so the most besluiten, one per
/// overtreding). A person has a handful; the bound keeps a malformed or hostile input from using
/// unbounded memory and time.
pub const MAX_OVERTREDINGEN: usize = 10_000;

/// The most DUO assessments one dossier may hold (one per term that ran out: a few).
pub const MAX_DUO_BEOORDELINGEN: usize = 100;

/// The earliest and latest date the crate accepts anywhere in a dossier. The Wi 2021 applies from
/// 2022; the range leaves room for the years before and far beyond, and rejects dates that can
/// only be typing errors (and would push term arithmetic past the calendar's end).
pub const DATUM_BEREIK: (NaiveDate, NaiveDate) = (
    match NaiveDate::from_ymd_opt(2000, 1, 1) {
        Some(date) => date,
        None => NaiveDate::MIN,
    },
    match NaiveDate::from_ymd_opt(2199, 12, 31) {
        Some(date) => date,
        None => NaiveDate::MAX,
    },
);

fn check_date(veld: &'static str, id: &str, date: NaiveDate) -> Result<(), Fout> {
    let (first, last) = DATUM_BEREIK;
    if date < first || date > last {
        return Err(Fout::DatumOnaannemelijk {
            veld,
            id: id.to_owned(),
            datum: date,
        });
    }
    Ok(())
}

/// The input limits and the date range (documented in the README).
fn check_limits(d: &Dossier) -> Result<(), Fout> {
    for (veld, aantal, maximum) in [
        ("overtredingen", d.overtredingen.len(), MAX_OVERTREDINGEN),
        ("besluiten", d.besluiten.len(), MAX_OVERTREDINGEN),
        (
            "duo_beoordelingen",
            d.duo_beoordelingen.len(),
            MAX_DUO_BEOORDELINGEN,
        ),
    ] {
        if aantal > maximum {
            return Err(Fout::TeVeel {
                veld,
                aantal,
                maximum,
            });
        }
    }
    check_date("peildatum", &d.id, d.peildatum)?;
    let t = &d.termijnen;
    if let Some(date) = t.pip_dagtekening {
        check_date("termijnen.pip_dagtekening", &d.id, date)?;
        if date < crate::geldigheid::WI_2021_VANAF {
            return Err(Fout::PipVoorWi2021 { datum: date });
        }
    }
    for v in &t.verlengingen {
        check_date(
            "termijnen.verlengingen.nieuwe_einddatum",
            &d.id,
            v.nieuwe_einddatum,
        )?;
    }
    for n in &t.nieuwe_termijnen {
        check_date(
            "termijnen.nieuwe_termijnen.ingangsdatum",
            &d.id,
            n.ingangsdatum,
        )?;
        if let Some(date) = n.verlengd_tot {
            check_date("termijnen.nieuwe_termijnen.verlengd_tot", &d.id, date)?;
        }
    }
    for o in &d.overtredingen {
        check_date(
            "overtredingen.constateringsdatum",
            &o.id,
            o.constateringsdatum,
        )?;
        for (veld, date) in [
            ("overtredingen.pleegdatum", o.pleegdatum),
            ("overtredingen.rapportdatum", o.rapportdatum),
        ] {
            if let Some(date) = date {
                check_date(veld, &o.id, date)?;
            }
        }
    }
    for b in &d.besluiten {
        check_date("besluiten.besluitdatum", &b.overtreding_id, b.besluitdatum)?;
        if let BoeteStatus::Onherroepelijk { sinds } = b.status {
            check_date("besluiten.status.sinds", &b.overtreding_id, sinds)?;
        }
    }
    for b in &d.duo_beoordelingen {
        check_date(
            "duo_beoordelingen.beoordelingsdatum",
            &b.id,
            b.beoordelingsdatum,
        )?;
        for (veld, date) in [
            ("duo_beoordelingen.besluitdatum", b.besluitdatum),
            (
                "duo_beoordelingen.nieuwe_termijn_ingangsdatum",
                b.nieuwe_termijn_ingangsdatum,
            ),
            ("duo_beoordelingen.verlenging_tot", b.verlenging_tot),
            ("duo_beoordelingen.voornemen_datum", b.voornemen_datum),
        ] {
            if let Some(date) = date {
                check_date(veld, &b.id, date)?;
            }
        }
    }
    Ok(())
}

/// DUO's assessments, in order of assessment date (input order for the same date): each sees
/// the terms as the ones before it left them, and may add a new term or extend the running one.
/// Returns the final terms, on which the college's fines are then replayed, and DUO's decisions.
fn replay_duo(dossier: &Dossier, person: Person) -> Result<(Termijnen, Vec<DuoDecision>), Fout> {
    let mut historie = dossier.termijnen.clone();
    let mut termijnen = historie.termijnen()?;
    if dossier.duo_beoordelingen.is_empty() {
        return Ok((termijnen, Vec::new()));
    }
    if let Some(tabellen) = &dossier.leerroute_tabellen {
        tabellen.validate()?;
    }
    let mut ids: Vec<&str> = dossier.duo_beoordelingen.iter().map(|b| &*b.id).collect();
    ids.sort_unstable();
    if let Some([id, _]) = ids.windows(2).find(|pair| matches!(pair, [a, b] if a == b)) {
        return Err(Fout::DubbeleId {
            veld: "duo_beoordelingen",
            id: (*id).to_owned(),
        });
    }
    let mut order: Vec<&DuoBeoordeling> = dossier.duo_beoordelingen.iter().collect();
    order.sort_by_key(|b| b.beoordelingsdatum);

    let mut art24: Vec<NaiveDate> = Vec::new();
    let mut art25: Vec<NaiveDate> = Vec::new();
    let mut decisions = Vec::new();
    for beoordeling in order {
        // The term that ran out: the latest one that began before the assessment.
        let Some(initieel) = termijnen.initieel else {
            return Err(Fout::DuoZonderPip {
                beoordeling_id: beoordeling.id.to_string(),
            });
        };
        let running = termijnen
            .nieuw
            .iter()
            .rev()
            .find(|t| t.begin <= beoordeling.beoordelingsdatum)
            .copied();
        let termijn_einde = running.map_or(initieel.einde, |t| t.einde);
        let context = DuoContext {
            person,
            termijn_einde,
            eerdere_art24: &art24,
            eerdere_art25: &art25,
            tabellen: dossier.leerroute_tabellen.as_ref(),
            config: &dossier.config,
        };
        let uitkomst = duo::beoordeel_validated(&context, beoordeling)?;
        for decision in &uitkomst.beslissingen {
            if decision.is_boetebesluit() {
                match decision.artikel {
                    duo::DuoArtikel::Art24 => art24.push(decision.besluitdatum),
                    duo::DuoArtikel::Art25 => art25.push(decision.besluitdatum),
                }
            }
        }
        let mut changed = false;
        if let Some(tot) = uitkomst.verlenging_tot {
            match running.and_then(|t| {
                historie
                    .nieuwe_termijnen
                    .iter_mut()
                    .find(|n| n.ingangsdatum == t.begin)
            }) {
                Some(nieuwe) => nieuwe.verlengd_tot = Some(tot),
                None => historie.verlengingen.push(Verlenging {
                    nieuwe_einddatum: tot,
                }),
            }
            changed = true;
        }
        if let Some(nieuwe) = uitkomst.nieuwe_termijn.clone() {
            check_new_term(dossier, &termijnen, &beoordeling.id, &nieuwe)?;
            historie.nieuwe_termijnen.push(nieuwe);
            changed = true;
        }
        if changed {
            termijnen = historie.termijnen()?;
        }
        decisions.extend(uitkomst.beslissingen);
    }
    Ok((termijnen, decisions))
}

/// A new term a DUO assessment sets may not be given in `termijnen.nieuwe_termijnen` as well,
/// nor overlap a term that exists.
fn check_new_term(
    dossier: &Dossier,
    termijnen: &Termijnen,
    beoordeling_id: &str,
    nieuwe: &NieuweTermijn,
) -> Result<(), Fout> {
    if let Some(index) = dossier
        .termijnen
        .nieuwe_termijnen
        .iter()
        .position(|n| n.ingangsdatum == nieuwe.ingangsdatum)
    {
        return Err(Fout::NieuweTermijnDubbel {
            index,
            beoordeling_id: beoordeling_id.to_owned(),
            ingangsdatum: nieuwe.ingangsdatum,
        });
    }
    let overlapping = termijnen
        .initieel
        .iter()
        .chain(&termijnen.nieuw)
        .find(|t| t.begin <= nieuwe.ingangsdatum && nieuwe.ingangsdatum <= t.einde)
        .or_else(|| {
            termijnen
                .nieuw
                .iter()
                .find(|t| t.begin > nieuwe.ingangsdatum)
                .filter(|t| {
                    crate::termijn::last_day(nieuwe.ingangsdatum, nieuwe.maanden)
                        .is_none_or(|einde| t.begin <= einde)
                })
        });
    if let Some(t) = overlapping {
        return Err(Fout::DuoNieuweTermijnOverlapt {
            beoordeling_id: beoordeling_id.to_owned(),
            ingangsdatum: nieuwe.ingangsdatum,
            einde_vorige: t.einde,
        });
    }
    Ok(())
}

impl DossierUitkomst {
    /// The outcome as readable Dutch text, the way a klantmanager reads it: each decision with
    /// its explanation, then the totals per term, the deviations and the stacking signals.
    pub fn tekst(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Dossier {} — stand op {}",
            self.dossier_id,
            format_datum(self.peildatum)
        );
        for (n, entry) in self.beslissingen.iter().enumerate() {
            let b = &entry.beslissing;
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "{}. Overtreding {}: {}",
                n + 1,
                b.overtreding_id,
                b.gedraging.omschrijving()
            );
            let _ = writeln!(
                out,
                "   Geconstateerd op {}; besluit {} {}.",
                format_datum(b.constateringsdatum),
                if entry.genomen_besluit.is_some() {
                    "genomen op"
                } else {
                    "te nemen op"
                },
                format_datum(b.besluitdatum)
            );
            let _ = writeln!(out, "   Uitkomst: {}.", UitkomstTekst(entry));
            for step in &b.stappen {
                let _ = writeln!(out, "   - {}", step.zin());
            }
            if let (Some(totaal), Some(ruimte)) = (entry.lopend_totaal, entry.ruimte) {
                let _ = writeln!(
                    out,
                    "   Totaal in deze termijn: {}; resterende ruimte: {}.",
                    format_euro(totaal),
                    format_euro(ruimte)
                );
            }
        }
        for (n, d) in self.duo_beslissingen.iter().enumerate() {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "DUO {}. Beoordeling {} ({}), besluit op {}:",
                n + 1,
                d.beoordeling_id,
                match d.artikel {
                    duo::DuoArtikel::Art24 => "artikel 24 Wet inburgering 2021",
                    duo::DuoArtikel::Art25 => "artikel 25 Wet inburgering 2021",
                },
                format_datum(d.besluitdatum)
            );
            let _ = match d.uitkomst {
                duo::DuoUitkomst::Boete => {
                    writeln!(out, "   Uitkomst: boete van {}.", format_euro(d.bedrag))
                }
                duo::DuoUitkomst::Verlenging { tot, .. } => writeln!(
                    out,
                    "   Uitkomst: termijn verlengd tot en met {}, geen boete.",
                    format_datum(tot)
                ),
                duo::DuoUitkomst::GeenBoete { .. } => writeln!(out, "   Uitkomst: geen boete."),
            };
            for step in &d.stappen {
                let _ = writeln!(out, "   - {}", step.zin());
            }
        }
        if !self.totalen.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "Totalen per termijn (artikel 7.1, vijfde lid, Besluit inburgering 2021):"
            );
            for stand in &self.totalen {
                let _ = writeln!(
                    out,
                    "- {}: {} van ten hoogste {}; ruimte {}.",
                    stand.bucket.omschrijving(),
                    format_euro(stand.totaal),
                    format_euro(stand.cap),
                    format_euro(stand.ruimte)
                );
            }
        }
        if !self.afwijkingen.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "Afwijkingen van de regels in eerdere besluiten:");
            for a in &self.afwijkingen {
                let _ = writeln!(out, "- Overtreding {}: {}", a.overtreding_id, a.soort.zin());
            }
        }
        if !self.stapeling.is_empty() {
            let _ = writeln!(out);
            for signaal in &self.stapeling {
                let _ = writeln!(out, "{}", signaal.zin());
            }
        }
        out
    }
}

/// The outcome of one decision in the dossier text: for a decided fine what was imposed, with
/// the rules' amount beside it where they differ; a herroepen fine as herroepen.
struct UitkomstTekst<'a>(&'a ReplayEntry);

impl std::fmt::Display for UitkomstTekst<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let entry = self.0;
        let berekend = entry.beslissing.bedrag;
        let Some(besluit) = &entry.genomen_besluit else {
            return if berekend.is_zero() {
                f.write_str("geen boete")
            } else {
                write!(f, "boete van {}", Euro(berekend))
            };
        };
        let opgelegd = besluit.bedrag.map_or(berekend, cents);
        if besluit.status == BoeteStatus::Herroepen {
            return if opgelegd.is_zero() {
                f.write_str("herroepen")
            } else {
                write!(f, "herroepen (eerder opgelegd: {})", Euro(opgelegd))
            };
        }
        if opgelegd.is_zero() {
            f.write_str("geen boete opgelegd")?;
        } else {
            write!(f, "boete van {} opgelegd", Euro(opgelegd))?;
        }
        if opgelegd != berekend {
            write!(f, " (volgens de regels {})", Euro(berekend))?;
        }
        Ok(())
    }
}

impl AfwijkingSoort {
    /// The deviation in a Dutch sentence for whoever reviews the dossier.
    pub fn zin(&self) -> String {
        match *self {
            AfwijkingSoort::LagerDanRegels {
                berekend_bedrag,
                geregistreerd_bedrag,
            } => format!(
                "opgelegd {}, lager dan de {} volgens de regels.",
                Euro(geregistreerd_bedrag),
                Euro(berekend_bedrag)
            ),
            AfwijkingSoort::HogerDanRegels {
                berekend_bedrag,
                geregistreerd_bedrag,
            } => format!(
                "opgelegd {}, hoger dan de {} volgens de regels: laat dit besluit nakijken.",
                Euro(geregistreerd_bedrag),
                Euro(berekend_bedrag)
            ),
            AfwijkingSoort::AndereTrede {
                berekende_stap,
                geregistreerde_stap,
            } => format!(
                "opgelegd op trede {geregistreerde_stap}, volgens de regels trede {berekende_stap}."
            ),
            AfwijkingSoort::NaVerval {
                bevoegd_tot_en_met,
                besluitdatum,
            } => format!(
                "opgelegd op {}, maar de bevoegdheid liep tot en met {}: dit besluit moet worden ingetrokken.",
                Datum(besluitdatum),
                Datum(bevoegd_tot_en_met)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::prefix_key;
    use proptest::prelude::*;

    /// Ids over a small alphabet, so that equal first eight bytes, zero bytes and multi-byte
    /// characters are common.
    fn id() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just('\0'),
                Just('a'),
                Just('b'),
                Just('é'),
                Just('\u{10FFFF}')
            ],
            0..12,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    #[test]
    fn prefix_keys_by_hand() {
        // "o-10" < "o-9" byte by byte ('1' < '9'), and so by key.
        assert!(prefix_key("o-10") < prefix_key("o-9"));
        // A shorter id first, unless the longer goes on with zero bytes: then the keys tie.
        assert!(prefix_key("ab") < prefix_key("abc"));
        assert_eq!(prefix_key("ab"), prefix_key("ab\0"));
        // Only the first eight bytes count.
        assert_eq!(prefix_key("12345678x"), prefix_key("12345678y"));
        assert_eq!(prefix_key(""), 0);
    }

    proptest! {
        /// Keys first, then the ids: the same order as the ids' own.
        #[test]
        fn keyed_order_is_byte_order(a in id(), b in id()) {
            prop_assert_eq!((prefix_key(&a), &a).cmp(&(prefix_key(&b), &b)), a.cmp(&b));
        }
    }
}
