//! One decision: a gemeente fine for one overtreding, given the fines before it.
//!
//! Puts the other modules together in the order a beschikking reasons:
//! is the gedraging fineable by the college for this person (catalogue); brede intake's oproep
//! (Wi art. 14, 22); samenloop (Wi art. 27); verwijtbaarheid (Awb 5:41, Bi 7.1 lid 4); the
//! procedure and whether the power to fine has lapsed (Awb 5:45, 5:51, 5:53); the amount
//! (Bi 7.1 lid 1–4); a lowering (Awb 5:46 lid 3, Bi 7.1 lid 6); the cap (Bi 7.1 lid 5).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::article::Artikel;
use crate::brede_intake::{self, BredeIntakeGevolg};
use crate::caps::{self, Bucket, CapUse};
use crate::error::{Bij, Fout};
use crate::explanation::{NietMeetellend, Reden, Step};
use crate::gedraging::{Fineability, Gedraging, Handhaver, NietBeboetbaar, Person, Regime};
use crate::geldigheid;
use crate::ladder::{self, BoeteStatus};
use crate::money::{cents, euro};
use crate::procedure::{self, Beslisser, Config, Procedure, Route, Signaal, VervalBasis};
use crate::samenloop::PwVerlaging;
use crate::termijn::{Termijn, Termijnen};
use crate::verlaging::{self, Verlaging};
use crate::verwijtbaarheid::Verwijtbaarheid;

/// An opaque id the caller chooses for an overtreding or an assessment (no personal data). Shared:
/// a decision, the fines after it and the replay's output refer to the same id without copying it.
/// In JSON a plain string.
pub type Id = std::sync::Arc<str>;

/// The brede-intake fine (Bi art. 7.1 lid 1).
pub const BREDE_INTAKE_BOETE: Decimal = euro(250);

/// One overtreding to decide on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overtreding {
    /// The caller's opaque id (no personal data).
    pub id: Id,
    /// What the person did or failed to do.
    pub gedraging: Gedraging,
    /// The day it was geconstateerd: decides the ladder window and the cap bucket.
    pub constateringsdatum: NaiveDate,
    /// The day it took place, if known (the lapse period counts from it, Awb 5:45); without
    /// it the constateringsdatum is used and the decision says so.
    #[serde(default)]
    pub pleegdatum: Option<NaiveDate>,
    /// How far it can be blamed on the person.
    pub verwijtbaarheid: Verwijtbaarheid,
    /// The bijstand was already lowered for the same gedraging (Wi art. 27).
    #[serde(default)]
    pub samenloop: Option<PwVerlaging>,
    /// A lower amount for bijzondere omstandigheden.
    #[serde(default)]
    pub verlaging: Option<Verlaging>,
    /// For a brede-intake gedraging: which oproep (1, 2 or 3) was missed.
    #[serde(default)]
    pub oproep: Option<u8>,
    /// The rapport's date, if one was made (Awb 5:48, 5:53): gives the decision deadline.
    #[serde(default)]
    pub rapportdatum: Option<NaiveDate>,
}

/// A fine imposed before, as far as later decisions need it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EerdereBoete {
    /// The id of the overtreding it was imposed for.
    pub overtreding_id: Id,
    /// Its gedraging (decides whether it is a ladder fine, a brede-intake fine or DUO's).
    pub gedraging: Gedraging,
    /// Its constatering date.
    pub constateringsdatum: NaiveDate,
    /// For a PIP fine: the ladder step it was imposed at (1 or more).
    #[serde(default)]
    pub ladder_stap: Option<u32>,
    /// The amount actually imposed (after any lowering, in bezwaar too); € 0 when there was no
    /// fine.
    pub bedrag: Decimal,
    /// Opgelegd, onherroepelijk since a date, or herroepen.
    pub status: BoeteStatus,
}

/// Everything around one decision: the person, the terms, the earlier fines, the date.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// Doelgroep and leerroute.
    pub person: Person,
    /// The validated terms ([`crate::TermijnHistorie::termijnen`]).
    pub termijnen: &'a Termijnen,
    /// Every fine imposed before (in any order).
    pub eerdere_boetes: &'a [EerdereBoete],
    /// The day of this decision (the crate never reads the clock).
    pub besluitdatum: NaiveDate,
    /// Practice settings.
    pub config: &'a Config,
}

/// Why no fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GeenBoeteReden {
    /// Not fineable under the Wi for this person (catalogue).
    NietBeboetbaar(NietBeboetbaar),
    /// DUO fines this gedraging, not the college.
    DoorDuo,
    /// 1st brede-intake oproep: warning and new oproep only (Wi art. 14 lid 1).
    EersteOproep,
    /// Samenloop with the Participatiewet (Wi art. 27).
    Samenloop,
    /// No verwijtbaarheid (Awb 5:41).
    GeenVerwijtbaarheid,
    /// The power to fine had lapsed on the decision date (Awb 5:45).
    BevoegdheidVervallen,
    /// Lowered to € 0 for bijzondere omstandigheden (Awb 5:46 lid 3).
    VerlaagdTotNul,
    /// No room left under the cap (Bi 7.1 lid 5).
    PlafondBereikt,
}

/// Fine or no fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "uitkomst", content = "reden")]
pub enum Outcome {
    /// A fine of [`Decision::bedrag`] (more than € 0).
    Boete,
    /// No fine, for this reason.
    GeenBoete(GeenBoeteReden),
}

/// The ladder step of a PIP fine.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LadderStap {
    /// The step (1 = € 50 … 5 and higher = € 800).
    pub stap: u32,
    /// Its ladder amount, before the verwijtbaarheid share.
    pub ladderbedrag: Decimal,
    /// The qualifying earlier overtreding it builds on, if any.
    pub vorige_overtreding_id: Option<Id>,
}

/// The decision on one overtreding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Decision {
    /// The overtreding's id.
    pub overtreding_id: Id,
    /// Its gedraging.
    pub gedraging: Gedraging,
    /// Its constatering date.
    pub constateringsdatum: NaiveDate,
    /// The day of this decision.
    pub besluitdatum: NaiveDate,
    /// Fine or not, and why not: in JSON the two top-level fields `uitkomst` (`boete` or
    /// `geen_boete`) and, for `geen_boete`, `reden`.
    #[serde(flatten)]
    pub outcome: Outcome,
    /// The amount imposed (€ 0.00 when no fine).
    pub bedrag: Decimal,
    /// The amount the rules give before any lowering and the cap (ladder × share, or € 250).
    pub berekend_bedrag: Option<Decimal>,
    /// For a PIP fine: the ladder step.
    pub ladder: Option<LadderStap>,
    /// For a PIP fine: the verwijtbaarheid share in percent.
    pub percentage: Option<u8>,
    /// The amount a lowering for bijzondere omstandigheden brought the fine to, if any (its
    /// reason is in the lowering's step, and only there).
    pub verlaagd_tot: Option<Decimal>,
    /// The cap bucket and its room before and after.
    pub plafond: Option<CapUse>,
    /// For brede intake: warning, new oproep, new term, completion in absence.
    pub brede_intake: Option<BredeIntakeGevolg>,
    /// The procedure (for every gemeente fine that can be imposed).
    pub procedure: Option<Procedure>,
    /// Procedural flags that change no amount but must be visible (a decision taken after the
    /// thirteen weeks of Awb 5:51 lid 1).
    pub signalen: Vec<Signaal>,
    /// The explanation, in order.
    pub stappen: Vec<Step>,
}

impl Decision {
    /// Whether a fine (more than € 0) is imposed.
    pub fn is_boete(&self) -> bool {
        self.outcome == Outcome::Boete
    }

    /// The explanation as Dutch sentences, one per step.
    pub fn motivering(&self) -> Vec<String> {
        self.stappen.iter().map(Step::zin).collect()
    }
}

/// The most explanation steps a gemeente decision has besides the named earlier overtredingen:
/// a PIP fine takes at most seventeen (catalogue, verwijtbaarheid, procedure, rapport,
/// zienswijze, the day it took place, the lapse, the decision deadline and its excess, the count
/// of other earlier ones, the earlier fine and the step it gives, percentage, lowering, the cap
/// and its room, amount); a brede-intake fine fifteen. Reserving exactly that keeps one
/// allocation per decision (`tests/cases.rs` checks the bound).
pub const MAX_STAPPEN: usize = 17;

/// At most this many non-counting earlier overtredingen are named one by one in an explanation;
/// the rest are counted.
pub const MAX_GENOEMD: usize = 5;

/// The earlier PIP fine the new one's ladder step builds on: the latest qualifying one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LadderPrior<'a> {
    pub id: &'a Id,
    pub constateringsdatum: NaiveDate,
    pub stap: u32,
}

/// Why an earlier PIP fine does not raise the ladder for a decision on `besluitdatum`; `None`
/// when it does (Bi 7.1 lid 3: a fine of more than € 0 (`boete`), not herroepen, onherroepelijk
/// on that day).
pub(crate) fn waarom_niet(
    status: BoeteStatus,
    boete: bool,
    besluitdatum: NaiveDate,
) -> Option<NietMeetellend> {
    if !status.counts() {
        Some(NietMeetellend::Herroepen)
    } else if !boete {
        Some(NietMeetellend::GeenBoete)
    } else if !status.onherroepelijk_op(besluitdatum) {
        Some(NietMeetellend::NietOnherroepelijk)
    } else {
        None
    }
}

/// What the history gives the ladder: the latest qualifying fine, and the earlier overtredingen
/// in the window *after* it, which do not count and so are explained. Older ones cannot change
/// the step: the step follows the latest qualifying one. The most recent [`MAX_GENOEMD`] are
/// named (oldest first); `not_counting_more` counts the others.
#[derive(Debug, Clone, Default)]
pub(crate) struct LadderBasis<'a> {
    pub latest: Option<LadderPrior<'a>>,
    pub not_counting: Vec<(NaiveDate, NietMeetellend)>,
    pub not_counting_more: usize,
}

/// The ladder's scan over earlier PIP fines in input order (Bi 7.1 lid 3): keeps the latest
/// qualifying one (for the same constatering date the later one in input order), and whether any
/// in the window does not count. [`decide`] feeds it from its one pass over the history.
pub(crate) struct LadderScan {
    start: NaiveDate,
    constateringsdatum: NaiveDate,
    besluitdatum: NaiveDate,
    /// The index in the history of the latest qualifying fine so far, if any.
    latest: Option<usize>,
    /// Its constatering date; `NaiveDate::MIN` while there is none, so that any fine is later.
    latest_datum: NaiveDate,
    any_not_counting: bool,
}

impl LadderScan {
    pub(crate) fn new(constateringsdatum: NaiveDate, besluitdatum: NaiveDate) -> Self {
        LadderScan {
            start: ladder::window_start(constateringsdatum),
            constateringsdatum,
            besluitdatum,
            latest: None,
            latest_datum: NaiveDate::MIN,
            any_not_counting: false,
        }
    }

    fn in_window(&self, constateringsdatum: NaiveDate) -> bool {
        constateringsdatum >= self.start && constateringsdatum <= self.constateringsdatum
    }

    /// Takes the earlier PIP fine at `index` (in input order) into account: its constatering
    /// date, whether a fine of more than € 0 was imposed, and its status.
    #[inline]
    pub(crate) fn consider(
        &mut self,
        index: usize,
        constateringsdatum: NaiveDate,
        boete: bool,
        status: BoeteStatus,
    ) {
        if !self.in_window(constateringsdatum) {
            return;
        }
        if waarom_niet(status, boete, self.besluitdatum).is_some() {
            self.any_not_counting = true;
        } else if constateringsdatum >= self.latest_datum {
            self.latest = Some(index);
            self.latest_datum = constateringsdatum;
        }
    }

    /// The basis; `priors` is the history the scan was fed (with the same indices), read again
    /// only for the latest qualifying fine and, when some earlier fine in the window does not
    /// count, to name those after it.
    pub(crate) fn finish<'a>(self, priors: &'a [EerdereBoete]) -> LadderBasis<'a> {
        let latest = self
            .latest
            .and_then(|index| priors.get(index))
            .map(ladder_prior);
        if !self.any_not_counting {
            return LadderBasis {
                latest,
                not_counting: Vec::new(),
                not_counting_more: 0,
            };
        }
        let key = self.latest.map(|index| (self.latest_datum, index));
        let mut later: Vec<(NaiveDate, usize, NietMeetellend)> = priors
            .iter()
            .enumerate()
            .filter(|(index, p)| {
                p.gedraging.regime() == Regime::PipLadder
                    && self.in_window(p.constateringsdatum)
                    && key.is_none_or(|k| (p.constateringsdatum, *index) > k)
            })
            .map(|(index, p)| {
                let waarom = waarom_niet(p.status, is_positive(p.bedrag), self.besluitdatum)
                    .unwrap_or(NietMeetellend::NietOnherroepelijk);
                (p.constateringsdatum, index, waarom)
            })
            .collect();
        later.sort_unstable_by_key(|&(date, index, _)| (date, index));
        let more = later.len().saturating_sub(MAX_GENOEMD);
        LadderBasis {
            latest,
            not_counting: later
                .iter()
                .skip(more)
                .map(|&(date, _, waarom)| (date, waarom))
                .collect(),
            not_counting_more: more,
        }
    }
}

fn ladder_prior(prior: &EerdereBoete) -> LadderPrior<'_> {
    LadderPrior {
        id: &prior.overtreding_id,
        constateringsdatum: prior.constateringsdatum,
        stap: prior.ladder_stap.unwrap_or(0),
    }
}

/// The cap bucket an earlier fine or a new overtreding falls in; `None` for fines that count
/// toward no gemeente cap (DUO's, PW measures).
pub(crate) fn bucket_for(
    termijnen: &Termijnen,
    overtreding_id: &str,
    gedraging: Gedraging,
    constateringsdatum: NaiveDate,
) -> Result<Option<Bucket>, Fout> {
    match gedraging.regime() {
        Regime::BredeIntake => Ok(Some(Bucket::Initieel)),
        Regime::PipLadder => pip_termijn(termijnen, overtreding_id, constateringsdatum)
            .map(|termijn| Some(Bucket::of(&termijn))),
        Regime::DuoPvtMap | Regime::DuoLeerroute | Regime::PwMaatregel => Ok(None),
    }
}

/// The term a PIP overtreding geconstateerd on `constateringsdatum` falls in: there must be a
/// PIP, and the date must lie in a term from the day before the PIP's first day on.
fn pip_termijn(
    termijnen: &Termijnen,
    overtreding_id: &str,
    constateringsdatum: NaiveDate,
) -> Result<Termijn, Fout> {
    let Some(initieel) = termijnen.initieel else {
        return Err(Fout::PipOntbreekt {
            overtreding_id: overtreding_id.to_owned(),
        });
    };
    // Most PIP overtredingen lie in the initial term.
    if initieel.contains(constateringsdatum) {
        return Ok(initieel);
    }
    let dagtekening = initieel.begin.pred_opt().unwrap_or(initieel.begin);
    if constateringsdatum < dagtekening {
        return Err(Fout::VoorPip {
            overtreding_id: overtreding_id.to_owned(),
            constateringsdatum,
            dagtekening,
        });
    }
    termijnen
        .find(constateringsdatum)
        .ok_or_else(|| Fout::BuitenTermijn {
            overtreding_id: overtreding_id.to_owned(),
            constateringsdatum,
        })
}

/// Whether an earlier fine falls in `bucket`, the new overtreding's cap bucket.
fn same_bucket(
    termijnen: &Termijnen,
    prior: &EerdereBoete,
    bucket: Option<Bucket>,
) -> Result<bool, Fout> {
    let prior_bucket = bucket_for(
        termijnen,
        &prior.overtreding_id,
        prior.gedraging,
        prior.constateringsdatum,
    )?;
    Ok(prior_bucket.is_some() && prior_bucket == bucket)
}

/// `amount > 0`, without a full decimal comparison.
#[inline]
pub(crate) fn is_positive(amount: Decimal) -> bool {
    amount.is_sign_positive() && !amount.is_zero()
}

/// Decides on one overtreding, given every fine imposed before it.
///
/// # Errors
/// A [`Fout`] when the input is not a lawful situation: see its variants. Legal outcomes
/// (not fineable, samenloop, no verwijtbaarheid, lapsed, cap reached) are `Ok` decisions with
/// [`Outcome::GeenBoete`].
pub fn decide(context: &Context<'_>, overtreding: &Overtreding) -> Result<Decision, Fout> {
    check_dates(overtreding)?;
    // The new overtreding's cap bucket and, for a PIP fine, its term.
    let (bucket, own_term) = match overtreding.gedraging.regime() {
        Regime::PipLadder => {
            let termijn = pip_termijn(
                context.termijnen,
                &overtreding.id,
                overtreding.constateringsdatum,
            )?;
            (Some(Bucket::of(&termijn)), Some(termijn))
        }
        _ => (
            bucket_for(
                context.termijnen,
                &overtreding.id,
                overtreding.gedraging,
                overtreding.constateringsdatum,
            )?,
            None,
        ),
    };
    // One pass over the history: validate each earlier fine, add what counts toward this bucket
    // (in whole cents, each amount at most € 1.000.000,00, summed in an `i128` that no history
    // can overflow; exact up to `i64::MAX` cents, saturating beyond), and let the ladder scan the
    // PIP fines.
    let mut already_cents: i128 = 0;
    let mut scan = LadderScan::new(overtreding.constateringsdatum, context.besluitdatum);
    for (index, prior) in context.eerdere_boetes.iter().enumerate() {
        let bij = || Bij::Overtreding(prior.overtreding_id.to_string());
        let cents = verlaging::check_amount(bij, "bedrag", &prior.bedrag)?;
        geldigheid::check(bij, "constateringsdatum", prior.constateringsdatum)?;
        let regime = prior.gedraging.regime();
        check_maximum(
            &prior.overtreding_id,
            "bedrag",
            prior.gedraging,
            prior.bedrag,
        )?;
        let in_bucket = if regime == Regime::PipLadder {
            if cents > 0 && prior.ladder_stap.unwrap_or(0) == 0 {
                return Err(Fout::LadderStapOntbreekt {
                    overtreding_id: prior.overtreding_id.to_string(),
                });
            }
            scan.consider(index, prior.constateringsdatum, cents > 0, prior.status);
            // Most earlier fines lie in the new overtreding's own term: a date comparison
            // settles it.
            own_term.is_some_and(|termijn| termijn.contains(prior.constateringsdatum))
                || same_bucket(context.termijnen, prior, bucket)?
        } else {
            same_bucket(context.termijnen, prior, bucket)?
        };
        if in_bucket && prior.status.counts() {
            already_cents += i128::from(cents);
        }
    }
    let already = crate::money::from_cents(i64::try_from(already_cents).unwrap_or(i64::MAX));
    let basis = scan.finish(context.eerdere_boetes);
    decide_core(context, overtreding, bucket, already, &basis)
}

/// The plain values a decision settles on its way, before [`decide_core`] puts the [`Decision`]
/// together: none of them owns memory.
#[derive(Clone, Copy)]
struct Draft {
    bedrag: Decimal,
    berekend_bedrag: Option<Decimal>,
    percentage: Option<u8>,
    plafond: Option<CapUse>,
    brede_intake: Option<BredeIntakeGevolg>,
    procedure: Option<Procedure>,
    signaal: Option<Signaal>,
}

/// The decision itself, from the history's summary: the bucket, what already counts in it, and
/// the ladder basis. Shared by [`decide`] and the dossier replay, so both give the same answer.
pub(crate) fn decide_core(
    context: &Context<'_>,
    overtreding: &Overtreding,
    bucket: Option<Bucket>,
    already: Decimal,
    basis: &LadderBasis<'_>,
) -> Result<Decision, Fout> {
    let id: &str = &overtreding.id;
    // The brede intake comes before the PIP (Wi art. 14, 15): a missed oproep cannot follow it.
    if overtreding.gedraging.regime() == Regime::BredeIntake {
        if let Some(initieel) = context.termijnen.initieel {
            let dagtekening = initieel.begin.pred_opt().unwrap_or(initieel.begin);
            if overtreding.constateringsdatum > dagtekening {
                return Err(Fout::OproepNaPip {
                    overtreding_id: id.to_owned(),
                    constateringsdatum: overtreding.constateringsdatum,
                    dagtekening,
                });
            }
        }
    }
    if let Some(pleegdatum) = overtreding.pleegdatum {
        if pleegdatum > overtreding.constateringsdatum {
            return Err(Fout::PleegdatumNaConstatering {
                overtreding_id: id.to_owned(),
                pleegdatum,
                constateringsdatum: overtreding.constateringsdatum,
            });
        }
    }
    if context.besluitdatum < overtreding.constateringsdatum {
        return Err(Fout::BesluitVoorConstatering {
            overtreding_id: id.to_owned(),
            besluitdatum: context.besluitdatum,
            constateringsdatum: overtreding.constateringsdatum,
        });
    }
    let gedraging = overtreding.gedraging;
    // What the decision settles on its way. The plain values are kept in a `Draft`, the parts
    // that own memory (the steps, the ladder step with the earlier fine's id, the lowering with
    // its reasons) each in a variable of their own, and the `Decision` is put together where it
    // is returned. An error return then has nothing in the draft to clean up, so the compiler
    // keeps it out of memory and builds the decision in the caller's place instead of copying it
    // there.
    let mut draft = Draft {
        bedrag: euro(0),
        berekend_bedrag: None,
        percentage: None,
        plafond: None,
        brede_intake: None,
        procedure: None,
        signaal: None,
    };
    let mut stappen = Vec::with_capacity(MAX_STAPPEN + basis.not_counting.len());
    let finish = |draft: Draft, outcome, ladder, verlaging, stappen| Decision {
        overtreding_id: overtreding.id.clone(),
        gedraging,
        constateringsdatum: overtreding.constateringsdatum,
        besluitdatum: context.besluitdatum,
        outcome,
        bedrag: draft.bedrag,
        berekend_bedrag: draft.berekend_bedrag,
        ladder,
        percentage: draft.percentage,
        verlaagd_tot: verlaging,
        plafond: draft.plafond,
        brede_intake: draft.brede_intake,
        procedure: draft.procedure,
        signalen: draft.signaal.into_iter().collect(),
        stappen,
    };
    // No fine before the amount is computed: no ladder step, no lowering.
    let geen_boete = |draft, reden, stappen| {
        Ok(finish(
            draft,
            Outcome::GeenBoete(reden),
            None,
            None,
            stappen,
        ))
    };

    // 1. The catalogue: fineable, by whom, under which regime.
    let fineability = gedraging
        .fineability(&context.person)
        .map_err(|fout| match fout {
            Fout::LeerrouteOntbreekt { gedraging } => Fout::LeerrouteOntbreektBij {
                overtreding_id: id.to_owned(),
                gedraging,
            },
            other => other,
        })?;
    let regime = match fineability {
        Fineability::Nee { reden } => {
            stappen.push(Step::new(
                reden.artikel(),
                Reden::NietBeboetbaar {
                    gedraging,
                    waarom: reden,
                },
            ));
            return geen_boete(draft, GeenBoeteReden::NietBeboetbaar(reden), stappen);
        }
        Fineability::Ja {
            handhaver: Handhaver::Duo,
            regime,
        } => {
            stappen.push(Step::new(regime.artikel(), Reden::DoorDuo { gedraging }));
            return geen_boete(draft, GeenBoeteReden::DoorDuo, stappen);
        }
        Fineability::Ja { regime, .. } => regime,
    };

    // 2. Brede intake: which oproep was missed. The fine for the 3rd rests on art. 22 lid 3,
    // the one for the 2nd on lid 1; an oproep means nothing for any other gedraging.
    let mut artikel = regime.artikel();
    if regime != Regime::BredeIntake {
        if let Some(oproep) = overtreding.oproep {
            return Err(Fout::OproepNietVanToepassing {
                overtreding_id: id.to_owned(),
                gedraging,
                oproep,
            });
        }
    } else {
        let oproep = overtreding.oproep.ok_or_else(|| Fout::OproepOntbreekt {
            overtreding_id: id.to_owned(),
        })?;
        let gevolg = brede_intake::gevolg(id, oproep)?;
        draft.brede_intake = Some(gevolg);
        if !gevolg.boete_mogelijk {
            stappen.push(Step::new(
                Artikel::WiArt14Lid1,
                Reden::BredeIntakeWaarschuwing,
            ));
            stappen.push(Step::new(
                Artikel::WiArt14Lid1,
                Reden::BredeIntakeNieuweOproep,
            ));
            return geen_boete(draft, GeenBoeteReden::EersteOproep, stappen);
        }
        if oproep == 3 {
            artikel = Artikel::WiArt22Lid3;
        }
    }
    stappen.push(Step::new(artikel, Reden::Beboetbaar { gedraging }));

    // 3. Samenloop (Wi art. 27).
    if let Some(pw_artikel) = overtreding.samenloop {
        stappen.push(Step::new(Artikel::WiArt27, Reden::Samenloop { pw_artikel }));
        push_brede_intake_follow_up(&mut stappen, &draft);
        return geen_boete(draft, GeenBoeteReden::Samenloop, stappen);
    }

    // 4. Verwijtbaarheid (Awb 5:41; Bi 7.1 lid 4).
    let verwijtbaarheid = overtreding.verwijtbaarheid;
    if verwijtbaarheid == Verwijtbaarheid::Geen {
        stappen.push(Step::new(Artikel::AwbArt5_41, Reden::GeenVerwijtbaarheid));
        push_brede_intake_follow_up(&mut stappen, &draft);
        return geen_boete(draft, GeenBoeteReden::GeenVerwijtbaarheid, stappen);
    }
    stappen.push(Step::new(
        if regime == Regime::PipLadder {
            Artikel::BiArt7_1Lid4
        } else {
            Artikel::AwbArt5_41
        },
        Reden::Verwijtbaar { verwijtbaarheid },
    ));

    // 5. The procedure, and whether the power to fine has lapsed (Awb 5:45, 5:51, 5:53).
    let route = procedure::route(regime);
    let wettelijk_maximum = regime.statutory_maximum().unwrap_or(Decimal::ZERO);
    let (jaren, verval_artikel) = route.vervaltermijn();
    // The lapse is counted from the day the overtreding took place; without a pleegdatum from
    // the constateringsdatum, the latest day it can have taken place. A date too late for the
    // calendar is reported under the field it was counted from.
    let (verval_van, verval_basis, verval_veld) = match overtreding.pleegdatum {
        Some(pleegdatum) => (pleegdatum, VervalBasis::Pleegdatum, "pleegdatum"),
        None => (
            overtreding.constateringsdatum,
            VervalBasis::Constateringsdatum,
            "constateringsdatum",
        ),
    };
    // The errors are built only where they are returned: `Option::ok_or` would build one for
    // every decision, and throwing the unused value away costs a call each time.
    let Some(bevoegd_tot_en_met) = procedure::lapse_date(verval_van, jaren) else {
        return Err(Fout::DatumBuitenBereik { veld: verval_veld });
    };
    let beslissen_uiterlijk = match overtreding.rapportdatum {
        Some(rapport) => match procedure::decision_deadline(rapport) {
            Some(uiterlijk) => Some(uiterlijk),
            None => {
                return Err(Fout::DatumBuitenBereik {
                    veld: "rapportdatum",
                });
            }
        },
        None => None,
    };
    let mut proc = Procedure {
        route,
        wettelijk_maximum,
        rapport_verplicht: route == Route::Zwaar,
        zienswijze_verplicht: route == Route::Zwaar,
        vervaltermijn_jaren: jaren,
        bevoegd_tot_en_met,
        verval_basis,
        verval_vanaf: verval_van,
        rapportdatum: overtreding.rapportdatum,
        beslissen_uiterlijk,
        // Who decides depends on the amount: set below, where the decision's amount is known.
        beslisser: Beslisser::Klantmanager,
    };
    push_procedure_steps(
        &mut stappen,
        route,
        wettelijk_maximum,
        overtreding.rapportdatum,
    );
    stappen.push(Step::new(
        verval_artikel,
        Reden::Pleegmoment {
            vanaf: verval_van,
            basis: verval_basis,
        },
    ));
    if context.besluitdatum > bevoegd_tot_en_met {
        stappen.push(Step::new(
            verval_artikel,
            Reden::BevoegdheidVervallen { bevoegd_tot_en_met },
        ));
        proc.beslisser = procedure::beslisser(context.config, euro(0));
        draft.procedure = Some(proc);
        push_brede_intake_follow_up(&mut stappen, &draft);
        return geen_boete(draft, GeenBoeteReden::BevoegdheidVervallen, stappen);
    }
    stappen.push(Step::new(
        verval_artikel,
        Reden::Vervaltermijn {
            jaren,
            bevoegd_tot_en_met,
        },
    ));
    if let (Some(rapportdatum), Some(uiterlijk)) = (overtreding.rapportdatum, beslissen_uiterlijk) {
        stappen.push(Step::new(
            Artikel::AwbArt5_51Lid1,
            Reden::Beslistermijn {
                rapportdatum,
                uiterlijk,
            },
        ));
        // A termijn van orde: deciding later does not void the power to fine, but it is said.
        if context.besluitdatum > uiterlijk {
            stappen.push(Step::new(
                Artikel::AwbArt5_51Lid1,
                Reden::BeslistermijnOverschreden {
                    uiterlijk,
                    besluitdatum: context.besluitdatum,
                },
            ));
            draft.signaal = Some(Signaal::BeslistNaBeslistermijn {
                beslissen_uiterlijk: uiterlijk,
                besluitdatum: context.besluitdatum,
            });
        }
    }

    // 6. The amount the rules give.
    let (berekend, ladder_step) = if regime == Regime::PipLadder {
        if basis.not_counting_more > 0 {
            stappen.push(Step::new(
                Artikel::BiArt7_1Lid3,
                Reden::EerdereTeltNietOverige {
                    aantal: basis.not_counting_more,
                },
            ));
        }
        for &(constateringsdatum, waarom) in &basis.not_counting {
            stappen.push(Step::new(
                Artikel::BiArt7_1Lid3,
                Reden::EerdereTeltNiet {
                    constateringsdatum,
                    waarom,
                    besluitdatum: context.besluitdatum,
                },
            ));
        }
        let stap = match basis.latest {
            Some(prior) => prior.stap.saturating_add(1),
            None => 1,
        };
        let ladderbedrag = ladder::ladder_amount(stap);
        match basis.latest {
            Some(prior) => {
                stappen.push(Step::new(
                    Artikel::BiArt7_1Lid3,
                    Reden::LadderVorige {
                        vorige_constateringsdatum: prior.constateringsdatum,
                        vorige_stap: prior.stap,
                    },
                ));
                stappen.push(Step::new(
                    Artikel::BiArt7_1Lid3,
                    Reden::LadderVerhoogd {
                        stap,
                        bedrag: ladderbedrag,
                    },
                ));
            }
            None => stappen.push(Step::new(
                Artikel::BiArt7_1Lid2,
                Reden::LadderStart {
                    bedrag: ladderbedrag,
                },
            )),
        }
        let bedrag = verwijtbaarheid.apply(ladderbedrag).unwrap_or(Decimal::ZERO);
        draft.percentage = verwijtbaarheid.percentage();
        stappen.push(Step::new(
            Artikel::BiArt7_1Lid4,
            Reden::Percentage {
                verwijtbaarheid,
                ladderbedrag,
                bedrag,
            },
        ));
        let ladder_step = LadderStap {
            stap,
            ladderbedrag,
            vorige_overtreding_id: basis.latest.map(|prior| prior.id.clone()),
        };
        (bedrag, Some(ladder_step))
    } else {
        stappen.push(Step::new(
            Artikel::BiArt7_1Lid1,
            Reden::BredeIntakeBoete {
                oproep: overtreding.oproep.unwrap_or(2),
                bedrag: BREDE_INTAKE_BOETE,
            },
        ));
        (BREDE_INTAKE_BOETE, None)
    };
    draft.berekend_bedrag = Some(berekend);

    // 7. Lowering for bijzondere omstandigheden: Awb 5:46 lid 3 for every fine; for the
    // brede-intake fine Bi 7.1 lid 6 adds who states and proves them (it speaks of the fine of
    // lid 1 only, so not of the PIP fine).
    let mut bedrag = berekend;
    let mut lowering = None;
    if let Some(verlaging) = &overtreding.verlaging {
        bedrag = verlaging::apply(
            &Bij::Overtreding(id.to_owned()),
            verlaging::OVERTREDING,
            verlaging,
            berekend,
        )?;
        if regime == Regime::BredeIntake {
            stappen.push(Step::new(
                Artikel::BiArt7_1Lid6,
                Reden::BijzondereOmstandigheden,
            ));
        }
        stappen.push(Step::new(
            Artikel::AwbArt5_46Lid3,
            Reden::Verlaagd {
                van: berekend,
                naar: bedrag,
                omstandigheden: verlaging.reden.clone(),
            },
        ));
        lowering = Some(bedrag);
    }

    // 8. The cap (Bi 7.1 lid 5).
    let bucket = bucket.unwrap_or(Bucket::Initieel);
    let (imposed, usage) = caps::apply(bucket, already, bedrag);
    stappen.push(Step::new(
        Artikel::BiArt7_1Lid5,
        Reden::PlafondGrens {
            bucket,
            plafond: usage.cap,
        },
    ));
    stappen.push(Step::new(
        Artikel::BiArt7_1Lid5,
        Reden::PlafondRuimte {
            ruimte_voor: usage.room_before,
            bedrag_voor: cents(bedrag),
            bedrag_na: imposed,
        },
    ));
    draft.plafond = Some(usage);
    draft.bedrag = imposed;
    proc.beslisser = procedure::beslisser(context.config, imposed);
    draft.procedure = Some(proc);

    push_brede_intake_follow_up(&mut stappen, &draft);
    if imposed.is_zero() {
        let reden = if bedrag.is_zero() {
            GeenBoeteReden::VerlaagdTotNul
        } else {
            GeenBoeteReden::PlafondBereikt
        };
        return Ok(finish(
            draft,
            Outcome::GeenBoete(reden),
            ladder_step,
            lowering,
            stappen,
        ));
    }
    stappen.push(Step::new(artikel, Reden::Eindbedrag { bedrag: imposed }));
    Ok(finish(
        draft,
        Outcome::Boete,
        ladder_step,
        lowering,
        stappen,
    ))
}

/// After the 2nd oproep a new oproep: with a fine, the boetebeschikking sets its term of at most
/// two months (Wi art. 22 lid 2); without one, the college still calls the person again with a
/// new term (art. 14 lid 1). After the 3rd: completion without the person (art. 14 lid 2),
/// whatever the fine.
#[inline]
fn push_brede_intake_follow_up(stappen: &mut Vec<Step>, draft: &Draft) {
    if let Some(gevolg) = draft.brede_intake {
        push_brede_intake_steps(stappen, draft.bedrag, gevolg);
    }
}

/// The steps of [`push_brede_intake_follow_up`] after a brede-intake oproep, given the decision's
/// amount.
fn push_brede_intake_steps(stappen: &mut Vec<Step>, bedrag: Decimal, gevolg: BredeIntakeGevolg) {
    if gevolg.nieuwe_termijn_max_maanden.is_some() {
        stappen.push(if is_positive(bedrag) {
            Step::new(Artikel::WiArt22Lid2, Reden::BredeIntakeNieuweTermijn)
        } else {
            Step::new(Artikel::WiArt14Lid1, Reden::BredeIntakeNieuweOproep)
        });
    }
    if gevolg.voltooien_in_afwezigheid {
        stappen.push(Step::new(
            Artikel::WiArt14Lid2,
            Reden::BredeIntakeInAfwezigheid,
        ));
    }
}

/// The procedure's steps: which one the law requires (Awb 5:53 lid 1) and what it brings. On the
/// heavier procedure a rapport is always made (lid 2, instead of the "can" of art. 5:48) and the
/// person is always heard first (lid 3); on the lighter one art. 5:53 does not apply and the
/// general rules of afdeling 4.1.2 govern the zienswijze.
pub(crate) fn push_procedure_steps(
    stappen: &mut Vec<Step>,
    route: Route,
    wettelijk_maximum: Decimal,
    rapportdatum: Option<NaiveDate>,
) {
    stappen.push(Step::new(
        Artikel::AwbArt5_53Lid1,
        Reden::Procedure {
            route,
            wettelijk_maximum,
        },
    ));
    match route {
        Route::Zwaar => {
            stappen.push(Step::new(
                Artikel::AwbArt5_53Lid2,
                Reden::Rapport { rapportdatum },
            ));
            stappen.push(Step::new(Artikel::AwbArt5_53Lid3, Reden::Zienswijze));
        }
        Route::Licht => stappen.push(Step::new(
            Artikel::AwbAfdeling4_1_2,
            Reden::ZienswijzeAlgemeen,
        )),
    }
}

/// Refuses a recorded fine above the most the law allows for its gedraging (Wi art. 26 lid 1).
pub(crate) fn check_maximum(
    overtreding_id: &str,
    veld: &'static str,
    gedraging: Gedraging,
    bedrag: Decimal,
) -> Result<(), Fout> {
    match gedraging.regime().statutory_maximum() {
        Some(maximum) if crate::money::greater(bedrag, maximum) => Err(Fout::BoeteBovenMaximum {
            overtreding_id: overtreding_id.to_owned(),
            veld,
            gedraging,
            bedrag,
            maximum,
        }),
        _ => Ok(()),
    }
}

/// Refuses an overtreding dated before the Wi 2021 took effect (its constateringsdatum or its
/// pleegdatum): it cannot be an overtreding of this law.
pub(crate) fn check_dates(overtreding: &Overtreding) -> Result<(), Fout> {
    let bij = || Bij::Overtreding(overtreding.id.to_string());
    geldigheid::check(bij, "constateringsdatum", overtreding.constateringsdatum)?;
    if let Some(pleegdatum) = overtreding.pleegdatum {
        geldigheid::check(bij, "pleegdatum", pleegdatum)?;
    }
    Ok(())
}
