//! A person's whole dossier in, every decision out: the replay.
//!
//! A municipal system holds a dossier: the doelgroep, the term history (Wi art. 11, 12, 24, 25),
//! the overtredingen (brede-intake oproepen and PIP overtredingen alike), for each fine already
//! imposed its besluit and status, and DUO's assessments. [`replay`] evaluates it as of a
//! peildatum and returns every decision in chronological order, with the running total and room
//! per cap bucket (Bi art. 7.1 lid 5), the places where a recorded besluit differs from what the
//! rules give, and the stacking signal.
//!
//! Each decision is made by the same code as [`crate::decide`], on the same history
//! (`crate::historie`): the replay adds every decision to it as it goes.
//!
//! How the replay reads the dossier:
//! - Order: by constateringsdatum; for the same date, the input order.
//! - Decision date: an overtreding with a recorded [`GenomenBesluit`] was decided on its
//!   besluitdatum; one without is decided now, on the dossier's peildatum.
//! - What an earlier fine is for the ones after it: its recorded amount if there is one (it may
//!   have been lowered in bezwaar), else the computed amount; its recorded status, else
//!   [`BoeteStatus::Opgelegd`] (a fine decided on the peildatum is not onherroepelijk on that
//!   day); its recorded ladder step if there is one, else the computed step.
//!
//! DUO's assessments (Wi art. 12, 24, 25) are replayed first, in order of assessment: the new
//! terms and extensions they set shape the college's cap buckets. DUO's fines never count toward
//! those caps; they do count for the stacking signal. A new term can be given either in
//! `termijnen.nieuwe_termijnen` or through the DUO assessment that set it, not both.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::besluit::{self, Context, Decision, GeenBoeteReden, Outcome, Overtreding};
use crate::fout::{Fout, FoutSoort, Plaats};
use crate::geld::Centen;
use crate::historie::{EerdereFeit, Historie};
use crate::stapeling::{self, StapelingBoete, StapelingConfig, Stapelingssignaal};
use crate::uitleg::UitlegVorm;
use crate::wet::catalogus::{Doelgroep, Handhaver, Leerroute, Person, Regime};
use crate::wet::duo::tabel::LeerrouteTabellen;
use crate::wet::duo::{self, DuoArtikel, DuoBeoordeling, DuoContext, DuoDecision};
use crate::wet::ladder::BoeteStatus;
use crate::wet::parameters;
use crate::wet::plafond::Bucket;
use crate::wet::procedure::Config;
use crate::wet::termijn::{NieuweTermijn, Termijn, TermijnHistorie, Termijnen, Verlenging};
use crate::wet::verlaging;

/// A fine already decided on, as recorded in the gemeente's system.
///
/// ```
/// use wi2021_boetes::{BoeteStatus, GenomenBesluit};
/// let b: GenomenBesluit = serde_json::from_str(
///     r#"{"overtreding_id":"o-1","besluitdatum":"2023-06-01","bedrag":"25.00","status":{"soort":"opgelegd"}}"#,
/// ).unwrap();
/// assert_eq!(b.status, BoeteStatus::Opgelegd);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GenomenBesluit {
    /// The overtreding it decided on.
    pub overtreding_id: String,
    /// The date of the besluit.
    #[serde(deserialize_with = "crate::invoer::datum")]
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub besluitdatum: NaiveDate,
    /// The amount actually imposed, if recorded (after any lowering, also in bezwaar). Without
    /// it the computed amount is taken.
    #[serde(default, deserialize_with = "crate::invoer::bedrag_optie")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Bedrag>"))]
    #[serde(serialize_with = "crate::uitvoer::bedrag_optie")]
    pub bedrag: Option<Decimal>,
    /// The ladder step it was imposed at, if recorded. Without it the computed step is taken.
    #[serde(default)]
    pub ladder_stap: Option<u32>,
    /// Opgelegd, onherroepelijk since a date, or herroepen/vernietigd.
    pub status: BoeteStatus,
}

/// One person's dossier.
///
/// ```
/// use wi2021_boetes::Dossier;
/// let d: Dossier = serde_json::from_str(
///     r#"{"id":"d-1","peildatum":"2023-06-01","doelgroep":"gezinsmigrant"}"#,
/// ).unwrap();
/// assert!(d.overtredingen.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// The caller's opaque id for the dossier (no personal data).
    pub id: String,
    /// The date as of which the dossier is evaluated; overtredingen without a recorded besluit
    /// are decided on it.
    #[serde(deserialize_with = "crate::invoer::datum")]
    #[serde(serialize_with = "crate::uitvoer::datum")]
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
///
/// ```
/// # use wi2021_boetes::*;
/// # let dossier: Dossier = serde_json::from_str(r#"{"id":"d","peildatum":"2023-06-01","doelgroep":"asielstatushouder",
/// #   "leerroute":"b1_route","termijnen":{"pip_dagtekening":"2023-01-10"},
/// #   "overtredingen":[{"id":"a","gedraging":"intensiteit_pvt","constateringsdatum":"2023-04-03","verwijtbaarheid":"opzet"}]}"#).unwrap();
/// let uitkomst = replay(&dossier)?;
/// let entry: &ReplayEntry = &uitkomst.beslissingen[0];
/// assert_eq!(entry.telt_mee, rust_decimal::Decimal::new(5000, 2));
/// assert_eq!(entry.ruimte, Some(rust_decimal::Decimal::new(235000, 2))); // € 2,400 − € 50
/// # Ok::<(), Fout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "DossierBeslissing")
)]
pub struct ReplayEntry<'a> {
    /// The decision, as the rules give it.
    pub beslissing: Decision<'a>,
    /// The recorded besluit, if any.
    pub genomen_besluit: Option<&'a GenomenBesluit>,
    /// What counts toward the cap and the ladder for later fines: the recorded amount, or the
    /// computed one; € 0 when herroepen.
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub telt_mee: Decimal,
    /// The total counted in this decision's bucket after it.
    #[serde(serialize_with = "crate::uitvoer::bedrag_optie")]
    pub lopend_totaal: Option<Decimal>,
    /// The room left in that bucket after it.
    #[serde(serialize_with = "crate::uitvoer::bedrag_optie")]
    pub ruimte: Option<Decimal>,
}

/// The total and room of one cap bucket at the end of the replay.
///
/// ```
/// # use wi2021_boetes::*;
/// # let dossier: Dossier = serde_json::from_str(r#"{"id":"d","peildatum":"2023-06-01","doelgroep":"asielstatushouder",
/// #   "leerroute":"b1_route","termijnen":{"pip_dagtekening":"2023-01-10"},
/// #   "overtredingen":[{"id":"a","gedraging":"intensiteit_pvt","constateringsdatum":"2023-04-03","verwijtbaarheid":"opzet"}]}"#).unwrap();
/// let stand: BucketStand = replay(&dossier)?.totalen[0];
/// assert_eq!((stand.termijn, stand.totaal), (Bucket::Initieel, rust_decimal::Decimal::new(5000, 2)));
/// # Ok::<(), Fout>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "PlafondStand")
)]
pub struct BucketStand {
    /// The term.
    pub termijn: Bucket,
    /// Its cap.
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub plafond: Decimal,
    /// The total counted in it.
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub totaal: Decimal,
    /// The room left (never below € 0).
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub ruimte: Decimal,
}

/// A recorded besluit that differs from what the rules give, with the kind of difference. One
/// besluit can differ in more than one way (an amount and a step): each is reported.
///
/// ```
/// use wi2021_boetes::{Afwijking, AfwijkingSoort};
/// let a = Afwijking { overtreding_id: "o-1", soort: AfwijkingSoort::AndereTrede { berekende_stap: 1, geregistreerde_stap: 2 } };
/// assert_eq!(
///     serde_json::to_string(&a).unwrap(),
///     r#"{"overtreding_id":"o-1","soort":"andere_trede","berekende_stap":1,"geregistreerde_stap":2}"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Afwijking<'a> {
    /// The overtreding.
    pub overtreding_id: &'a str,
    /// How it differs.
    #[serde(flatten)]
    pub soort: AfwijkingSoort,
}

/// How a recorded besluit differs from the rules.
///
/// ```
/// use wi2021_boetes::AfwijkingSoort;
/// let s = AfwijkingSoort::AndereTrede { berekende_stap: 1, geregistreerde_stap: 2 };
/// assert_eq!(s.zin().to_string(), "opgelegd op trede 2, volgens de regels trede 1.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum AfwijkingSoort {
    /// A lower amount than the rules give: lawful, for example after bezwaar or a lowering for
    /// bijzondere omstandigheden.
    LagerDanRegels {
        /// The amount the rules give.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        berekend_bedrag: Decimal,
        /// The amount recorded.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        geregistreerd_bedrag: Decimal,
    },
    /// A higher amount than the rules give: unlawful unless explained; to be reviewed.
    HogerDanRegels {
        /// The amount the rules give.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        berekend_bedrag: Decimal,
        /// The amount recorded.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
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
        #[serde(serialize_with = "crate::uitvoer::datum")]
        bevoegd_tot_en_met: NaiveDate,
        /// The day it was imposed.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        besluitdatum: NaiveDate,
    },
}

/// Everything the replay returns for one dossier. It borrows the ids and texts of the dossier.
///
/// ```
/// # use wi2021_boetes::*;
/// # let dossier: Dossier = serde_json::from_str(r#"{"id":"d","peildatum":"2023-06-01","doelgroep":"gezinsmigrant"}"#).unwrap();
/// let uitkomst: DossierUitkomst = replay(&dossier)?;
/// assert_eq!(uitkomst.dossier_id, "d");
/// assert!(uitkomst.beslissingen.is_empty());
/// # Ok::<(), Fout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DossierUitkomst<'a> {
    /// The version of this output's format ([`FORMAAT_VERSIE`]).
    pub formaat_versie: u32,
    /// The version of the crate that made it.
    pub crate_versie: &'static str,
    /// The versions of the law's numbers its decisions applied, by the day each took effect,
    /// oldest first.
    #[serde(serialize_with = "crate::uitvoer::datums")]
    pub wetsversies: Vec<NaiveDate>,
    /// The dossier's id.
    pub dossier_id: &'a str,
    /// The peildatum.
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub peildatum: NaiveDate,
    /// The terms, as DUO's decisions in the dossier shaped them.
    pub termijnen: Termijnen,
    /// Every decision of the college, in chronological order.
    pub beslissingen: Vec<ReplayEntry<'a>>,
    /// Every decision of DUO, in order of assessment.
    pub duo_beslissingen: Vec<DuoDecision<'a>>,
    /// Per cap bucket, the total and room at the end (chronological order of the buckets).
    pub totalen: Vec<BucketStand>,
    /// Recorded besluiten that differ from the rules.
    pub afwijkingen: Vec<Afwijking<'a>>,
    /// Fines that follow each other closely (a signal, never a change of amount).
    pub stapeling: Vec<Stapelingssignaal<'a>>,
}

/// The version of the output's format: it changes when a field is added, renamed or removed, or
/// its meaning changes (the JSON Schemas in `schema/` describe each version).
///
/// ```
/// assert_eq!(wi2021_boetes::FORMAAT_VERSIE, 1);
/// ```
pub const FORMAAT_VERSIE: u32 = 1;

impl DossierUitkomst<'_> {
    /// The same outcome, with every decision's explanation written in JSON in the form `vorm`.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let dossier: Dossier = serde_json::from_str(r#"{"id":"d","peildatum":"2023-06-01","doelgroep":"asielstatushouder",
    /// #   "leerroute":"b1_route","termijnen":{"pip_dagtekening":"2023-01-10"},
    /// #   "overtredingen":[{"id":"a","gedraging":"intensiteit_pvt","constateringsdatum":"2023-04-03","verwijtbaarheid":"opzet"}]}"#).unwrap();
    /// let json = serde_json::to_string(&replay(&dossier)?.met_uitleg(UitlegVorm::Codes)).unwrap();
    /// assert!(json.contains(r#""soort":"ladder_start""#) && !json.contains(r#""zin""#));
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn met_uitleg(mut self, vorm: UitlegVorm) -> Self {
        for entry in &mut self.beslissingen {
            entry.beslissing.zet_uitleg(vorm);
        }
        for besluit in &mut self.duo_beslissingen {
            besluit.zet_uitleg(vorm);
        }
        self
    }
}

/// The most overtredingen one dossier may hold (and so the most besluiten, one per
/// overtreding). A person has a handful; the bound keeps a malformed or hostile input from using
/// unbounded memory and time.
///
/// ```
/// assert_eq!(wi2021_boetes::MAX_OVERTREDINGEN, 10_000);
/// ```
pub const MAX_OVERTREDINGEN: usize = 10_000;

/// The most DUO assessments one dossier may hold (one per term that ran out: a few).
///
/// ```
/// assert_eq!(wi2021_boetes::MAX_DUO_BEOORDELINGEN, 100);
/// ```
pub const MAX_DUO_BEOORDELINGEN: usize = 100;

/// The earliest and latest date a dossier may hold anywhere. The range leaves room for the years
/// before the Wi 2021 and far beyond, and refuses dates that can only be typing errors (and would
/// push term arithmetic past the calendar's end).
///
/// ```
/// let (van, tot) = wi2021_boetes::DATUM_BEREIK;
/// assert_eq!((van.to_string(), tot.to_string()), ("2000-01-01".into(), "2199-12-31".into()));
/// ```
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

/// Evaluates the whole dossier as of its peildatum.
///
/// # Errors
/// A [`Fout`], with the dossier's id, for any input the law cannot produce: see [`FoutSoort`].
///
/// ```
/// use wi2021_boetes::{Dossier, replay};
/// let dossier: Dossier = serde_json::from_str(r#"{
///     "id": "d-1", "peildatum": "2023-06-01", "doelgroep": "asielstatushouder", "leerroute": "b1_route",
///     "termijnen": {"pip_dagtekening": "2023-01-10"},
///     "overtredingen": [{"id": "o-1", "gedraging": "intensiteit_pvt",
///                        "constateringsdatum": "2023-05-02", "verwijtbaarheid": "grove_schuld"}]
/// }"#).unwrap();
/// let uitkomst = replay(&dossier)?;
/// assert_eq!(uitkomst.beslissingen[0].beslissing.bedrag, rust_decimal::Decimal::new(3750, 2));
/// # Ok::<(), wi2021_boetes::Fout>(())
/// ```
pub fn replay(dossier: &Dossier) -> Result<DossierUitkomst<'_>, Fout> {
    replay_in(dossier).map_err(|fout| fout.in_dossier(&dossier.id))
}

/// The replay. Faults found in the dossier's own fields (dates, ids, recorded besluiten) and in
/// its overtredingen are all collected and reported together; a fault in the number of entries,
/// the terms or a DUO assessment, on which the rest depends, ends the run.
fn replay_in(d: &Dossier) -> Result<DossierUitkomst<'_>, Fout> {
    toets_aantallen(d)?;
    if let Some(fout) = Fout::samen(toets_velden(d)) {
        return Err(fout);
    }
    let person = Person {
        doelgroep: d.doelgroep,
        leerroute: d.leerroute,
    };
    let (termijnen, duo_beslissingen) = replay_duo(d, person)?;
    let mut fouten = Vec::new();
    let besluiten = besluiten_per_overtreding(d, &mut fouten)?;
    let college = beslis_alle(d, person, &termijnen, &besluiten, &mut fouten);
    if let Some(fout) = Fout::samen(fouten) {
        return Err(fout);
    }
    let stapeling = stapeling::signalen(
        &boetes(&college.beslissingen, &duo_beslissingen),
        &d.stapeling,
    );
    let mut wetsversies: Vec<NaiveDate> = college
        .beslissingen
        .iter()
        .map(|e| e.beslissing.wetsversie)
        .chain(duo_beslissingen.iter().map(|d| d.wetsversie))
        .collect();
    wetsversies.sort_unstable();
    wetsversies.dedup();
    Ok(DossierUitkomst {
        formaat_versie: FORMAAT_VERSIE,
        crate_versie: env!("CARGO_PKG_VERSION"),
        wetsversies,
        dossier_id: &d.id,
        peildatum: d.peildatum,
        termijnen,
        beslissingen: college.beslissingen,
        duo_beslissingen,
        totalen: totalen(&college.historie, d.peildatum),
        afwijkingen: college.afwijkingen,
        stapeling,
    })
}

/// The college's decisions of a dossier, with the history they leave and the differences of
/// the recorded besluiten.
struct College<'a> {
    beslissingen: Vec<ReplayEntry<'a>>,
    historie: Historie<'a>,
    afwijkingen: Vec<Afwijking<'a>>,
}

/// Every overtreding decided in chronological order (the input order for the same date), each
/// on the history before it; a fault is kept, and the overtreding left out of the history.
fn beslis_alle<'a>(
    d: &'a Dossier,
    person: Person,
    termijnen: &Termijnen,
    besluiten: &[Option<&'a GenomenBesluit>],
    fouten: &mut Vec<Fout>,
) -> College<'a> {
    let mut volgorde: Vec<usize> = (0..d.overtredingen.len()).collect();
    volgorde.sort_by_key(|&i| d.overtredingen.get(i).map(|o| o.constateringsdatum));
    let mut college = College {
        beslissingen: Vec::with_capacity(volgorde.len()),
        historie: Historie::met_ruimte(d.overtredingen.len()),
        afwijkingen: Vec::new(),
    };
    for index in volgorde {
        let (Some(o), Some(&besluit)) = (d.overtredingen.get(index), besluiten.get(index)) else {
            continue;
        };
        let context = Context {
            person,
            termijnen,
            eerdere_boetes: &[],
            besluitdatum: besluit.map_or(d.peildatum, |b| b.besluitdatum),
            config: &d.config,
        };
        match beslis_en_boek(&context, o, besluit, &mut college.historie) {
            Ok(entry) => {
                if let Some(besluit) = besluit {
                    college
                        .afwijkingen
                        .extend(afwijkingen_van(besluit, &entry.beslissing).map(|soort| {
                            Afwijking {
                                overtreding_id: &besluit.overtreding_id,
                                soort,
                            }
                        }));
                }
                college.beslissingen.push(entry);
            }
            Err(fout) => fouten.push(fout),
        }
    }
    college
}

/// Decides one overtreding on the history so far, and adds what it is for the fines after it to
/// the history: its recorded amount, status and step, or else the computed ones.
fn beslis_en_boek<'a>(
    context: &Context<'_>,
    o: &'a Overtreding,
    besluit: Option<&'a GenomenBesluit>,
    historie: &mut Historie<'a>,
) -> Result<ReplayEntry<'a>, Fout> {
    besluit::toets_data(o)?;
    let bucket = besluit::bucket_van(context.termijnen, &o.id, o.gedraging, o.constateringsdatum)?;
    let beslissing = besluit::beslis(context, o, bucket, historie)?;
    let status = besluit.map_or(BoeteStatus::Opgelegd, |b| b.status);
    let berekend = Centen::uit(beslissing.bedrag).unwrap_or(Centen::NUL);
    let bedrag = besluit
        .and_then(|b| b.bedrag)
        .and_then(verlaging::bedrag)
        .unwrap_or(berekend);
    let pip = o.gedraging.regime() == Regime::PipLadder;
    let stap = besluit
        .and_then(|b| b.ladder_stap)
        .or(beslissing.ladder.map(|l| l.stap))
        .unwrap_or(0);
    if pip && !bedrag.is_nul() && stap == 0 {
        return Err(Fout::nieuw(FoutSoort::LadderStapOntbreekt)
            .bij(Plaats::Besluit(o.id.clone()))
            .in_veld("ladder_stap"));
    }
    let totaal = historie.voeg_toe(EerdereFeit {
        id: &o.id,
        constateringsdatum: o.constateringsdatum,
        pip,
        stap,
        bedrag,
        status,
        bucket,
    });
    let plafond = |bucket: Bucket| bucket.plafond(parameters::op(context.besluitdatum));
    Ok(ReplayEntry {
        beslissing,
        genomen_besluit: besluit,
        telt_mee: if status.counts() { bedrag } else { Centen::NUL }.decimal(),
        lopend_totaal: totaal.map(Centen::decimal),
        ruimte: bucket
            .zip(totaal)
            .map(|(bucket, totaal)| plafond(bucket).min_tot_nul(totaal).decimal()),
    })
}

/// Per bucket, in chronological order, the total and the room left under its cap.
fn totalen(historie: &Historie<'_>, peildatum: NaiveDate) -> Vec<BucketStand> {
    let versie = parameters::op(peildatum);
    let mut totalen: Vec<BucketStand> = historie
        .totalen()
        .iter()
        .map(|&(bucket, totaal)| BucketStand {
            termijn: bucket,
            plafond: bucket.plafond(versie).decimal(),
            totaal: totaal.decimal(),
            ruimte: bucket.plafond(versie).min_tot_nul(totaal).decimal(),
        })
        .collect();
    totalen.sort_by_key(|stand| stand.termijn);
    totalen
}

/// The fines of the college and of DUO, in order of besluitdatum, for the stacking signal.
fn boetes<'a>(
    beslissingen: &[ReplayEntry<'a>],
    duo: &[DuoDecision<'a>],
) -> Vec<StapelingBoete<'a>> {
    let mut boetes: Vec<StapelingBoete<'a>> = beslissingen
        .iter()
        .map(|e| StapelingBoete {
            id: e.beslissing.overtreding_id,
            handhaver: Handhaver::Gemeente,
            besluitdatum: e.beslissing.besluitdatum,
            bedrag: Centen::uit(e.telt_mee).unwrap_or(Centen::NUL),
        })
        .chain(duo.iter().map(|d| StapelingBoete {
            id: d.beoordeling_id,
            handhaver: Handhaver::Duo,
            besluitdatum: d.besluitdatum,
            bedrag: Centen::uit(d.bedrag).unwrap_or(Centen::NUL),
        }))
        .collect();
    boetes.sort_by_key(|f| f.besluitdatum);
    boetes
}

/// For each overtreding (by position), its recorded besluit, if any; with the checks that ids
/// are unique, that each besluit names an overtreding of the dossier, and that what it records
/// is lawful.
fn besluiten_per_overtreding<'d>(
    d: &'d Dossier,
    fouten: &mut Vec<Fout>,
) -> Result<Vec<Option<&'d GenomenBesluit>>, Fout> {
    let mut ids: Vec<(&str, usize)> = d
        .overtredingen
        .iter()
        .enumerate()
        .map(|(index, o)| (o.id.as_str(), index))
        .collect();
    ids.sort_unstable();
    if let Some([(id, _), _]) = ids
        .windows(2)
        .find(|w| matches!(w, [(a, _), (b, _)] if a == b))
    {
        return Err(dubbel("overtredingen", id));
    }
    let mut per_overtreding = vec![None; d.overtredingen.len()];
    for besluit in &d.besluiten {
        let id = besluit.overtreding_id.as_str();
        let index = ids
            .binary_search_by(|&(kandidaat, _)| kandidaat.cmp(id))
            .ok()
            .and_then(|positie| ids.get(positie))
            .map(|&(_, index)| index);
        let Some(index) = index else {
            fouten.push(
                Fout::nieuw(FoutSoort::BesluitZonderOvertreding {
                    overtreding_id: id.to_owned(),
                })
                .bij(Plaats::Lijst("besluiten"))
                .in_veld("overtreding_id"),
            );
            continue;
        };
        if let Err(fout) = toets_besluit(besluit, d.overtredingen.get(index)) {
            fouten.push(fout);
        }
        match per_overtreding.get_mut(index) {
            Some(plek @ None) => *plek = Some(besluit),
            _ => fouten.push(dubbel("besluiten", id)),
        }
    }
    Ok(per_overtreding)
}

fn dubbel(lijst: &'static str, id: &str) -> Fout {
    Fout::nieuw(FoutSoort::DubbeleId { id: id.to_owned() }).bij(Plaats::Lijst(lijst))
}

/// What a recorded besluit can say, checked against the law: an amount in whole cents within
/// the statutory maximum of its gedraging (Wi art. 26 lid 1); a ladder step only on a PIP fine
/// (Bi art. 7.1 lid 3); onherroepelijk no earlier than it was imposed.
fn toets_besluit(b: &GenomenBesluit, o: Option<&Overtreding>) -> Result<(), Fout> {
    let fout = |soort| Fout::nieuw(soort).bij(Plaats::Besluit(b.overtreding_id.clone()));
    if let Some(gegeven) = b.bedrag {
        let bedrag = verlaging::bedrag(gegeven)
            .ok_or_else(|| fout(FoutSoort::BedragOngeldig { bedrag: gegeven }).in_veld("bedrag"))?;
        if let Some(o) = o {
            let plaats = || fout(FoutSoort::DatumBuitenKalender);
            besluit::toets_maximum(
                o.gedraging,
                gegeven,
                bedrag,
                o.constateringsdatum,
                plaats,
                "bedrag",
            )?;
        }
    }
    if let Some(o) =
        o.filter(|o| b.ladder_stap.is_some() && o.gedraging.regime() != Regime::PipLadder)
    {
        return Err(fout(FoutSoort::LadderStapNietVanToepassing {
            gedraging: o.gedraging,
        })
        .in_veld("ladder_stap"));
    }
    match b.status {
        BoeteStatus::Onherroepelijk { sinds } if sinds < b.besluitdatum => {
            Err(fout(FoutSoort::OnherroepelijkVoorBesluit {
                sinds,
                besluitdatum: b.besluitdatum,
            })
            .in_veld("status.sinds"))
        }
        _ => Ok(()),
    }
}

/// The ways a recorded besluit differs from the decision the rules give: its amount (lower or
/// higher), its step, and a fine imposed after the power lapsed. A herroepen fine counts for
/// nothing, so its differences are not reported.
fn afwijkingen_van(
    besluit: &GenomenBesluit,
    beslissing: &Decision<'_>,
) -> impl Iterator<Item = AfwijkingSoort> {
    let telt = besluit.status.counts();
    let berekend = beslissing.bedrag;
    let geregistreerd = besluit
        .bedrag
        .and_then(verlaging::bedrag)
        .map(Centen::decimal)
        .filter(|_| telt);
    let bedrag = geregistreerd.and_then(|geregistreerd_bedrag| {
        let soort = match geregistreerd_bedrag.cmp(&berekend) {
            std::cmp::Ordering::Less => AfwijkingSoort::LagerDanRegels {
                berekend_bedrag: berekend,
                geregistreerd_bedrag,
            },
            std::cmp::Ordering::Greater => AfwijkingSoort::HogerDanRegels {
                berekend_bedrag: berekend,
                geregistreerd_bedrag,
            },
            std::cmp::Ordering::Equal => return None,
        };
        Some(soort)
    });
    let trede = match (besluit.ladder_stap, beslissing.ladder.map(|l| l.stap)) {
        (Some(geregistreerde_stap), Some(berekende_stap))
            if telt && geregistreerde_stap != berekende_stap =>
        {
            Some(AfwijkingSoort::AndereTrede {
                berekende_stap,
                geregistreerde_stap,
            })
        }
        _ => None,
    };
    let opgelegd = geregistreerd.is_some_and(|b| !b.is_zero());
    let verval = match (beslissing.outcome, beslissing.procedure) {
        (Outcome::GeenBoete(GeenBoeteReden::BevoegdheidVervallen), Some(procedure)) if opgelegd => {
            Some(AfwijkingSoort::NaVerval {
                bevoegd_tot_en_met: procedure.bevoegd_tot_en_met,
                besluitdatum: besluit.besluitdatum,
            })
        }
        _ => None,
    };
    bedrag.into_iter().chain(trede).chain(verval)
}

/// The input limits (documented in the README): no list longer than a dossier may hold.
fn toets_aantallen(d: &Dossier) -> Result<(), Fout> {
    for (lijst, aantal, maximum) in [
        ("overtredingen", d.overtredingen.len(), MAX_OVERTREDINGEN),
        ("besluiten", d.besluiten.len(), MAX_OVERTREDINGEN),
        (
            "duo_beoordelingen",
            d.duo_beoordelingen.len(),
            MAX_DUO_BEOORDELINGEN,
        ),
    ] {
        if aantal > maximum {
            return Err(
                Fout::nieuw(FoutSoort::TeVeel { aantal, maximum }).bij(Plaats::Lijst(lijst))
            );
        }
    }
    Ok(())
}

/// Every fault in the dossier's own fields: a date outside [`DATUM_BEREIK`], an id that is
/// empty or holds a control character.
fn toets_velden(d: &Dossier) -> Vec<Fout> {
    let mut fouten = Vec::new();
    let mut toets = |resultaat: Result<(), Fout>| fouten.extend(resultaat.err());
    toets(id(&d.id, || None));
    toets(datums(|| None, &[("peildatum", Some(d.peildatum))]));
    toets(toets_termijndata(&d.termijnen));
    for (index, o) in d.overtredingen.iter().enumerate() {
        toets(id(&o.id, || {
            Some(Plaats::Element {
                lijst: "overtredingen",
                index,
            })
        }));
        toets(datums(
            || Some(Plaats::Overtreding(o.id.clone())),
            &[
                ("constateringsdatum", Some(o.constateringsdatum)),
                ("pleegdatum", o.pleegdatum),
                ("rapportdatum", o.rapportdatum),
            ],
        ));
    }
    for b in &d.besluiten {
        let sinds = match b.status {
            BoeteStatus::Onherroepelijk { sinds } => Some(sinds),
            _ => None,
        };
        toets(datums(
            || Some(Plaats::Besluit(b.overtreding_id.clone())),
            &[
                ("besluitdatum", Some(b.besluitdatum)),
                ("status.sinds", sinds),
            ],
        ));
    }
    for (index, b) in d.duo_beoordelingen.iter().enumerate() {
        toets(id(&b.id, || {
            Some(Plaats::Element {
                lijst: "duo_beoordelingen",
                index,
            })
        }));
        toets(datums(
            || Some(Plaats::Beoordeling(b.id.clone())),
            &[
                ("beoordelingsdatum", Some(b.beoordelingsdatum)),
                ("besluitdatum", b.besluitdatum),
                ("nieuwe_termijn_ingangsdatum", b.nieuwe_termijn_ingangsdatum),
                ("verlenging_tot", b.verlenging_tot),
                ("voornemen_datum", b.voornemen_datum),
            ],
        ));
    }
    fouten
}

/// An id: not empty, no control characters.
fn id(id: &str, waar: impl FnOnce() -> Option<Plaats>) -> Result<(), Fout> {
    if !id.is_empty() && !id.chars().any(char::is_control) {
        return Ok(());
    }
    let fout = Fout::nieuw(FoutSoort::IdOngeldig { id: id.to_owned() }).in_veld("id");
    Err(match waar() {
        Some(plaats) => fout.bij(plaats),
        None => fout,
    })
}

/// The dates of the term history within [`DATUM_BEREIK`].
fn toets_termijndata(t: &TermijnHistorie) -> Result<(), Fout> {
    datums(
        || Some(Plaats::Termijnen),
        &[("pip_dagtekening", t.pip_dagtekening)],
    )?;
    for v in &t.verlengingen {
        datums(
            || Some(Plaats::Termijnen),
            &[("verlengingen.nieuwe_einddatum", Some(v.nieuwe_einddatum))],
        )?;
    }
    for (index, n) in t.nieuwe_termijnen.iter().enumerate() {
        datums(
            || Some(Plaats::NieuweTermijn(index)),
            &[
                ("ingangsdatum", Some(n.ingangsdatum)),
                ("verlengd_tot", n.verlengd_tot),
            ],
        )?;
    }
    Ok(())
}

/// The dates given, by field, within [`DATUM_BEREIK`]; the place is only made for an error.
fn datums(
    waar: impl FnOnce() -> Option<Plaats>,
    velden: &[(&'static str, Option<NaiveDate>)],
) -> Result<(), Fout> {
    let (eerste, laatste) = DATUM_BEREIK;
    let fout = velden.iter().find_map(|&(veld, datum)| {
        datum
            .filter(|d| *d < eerste || *d > laatste)
            .map(|datum| Fout::nieuw(FoutSoort::DatumOnaannemelijk { datum }).in_veld(veld))
    });
    match fout {
        None => Ok(()),
        Some(fout) => Err(match waar() {
            Some(plaats) => fout.bij(plaats),
            None => fout,
        }),
    }
}

/// DUO's assessments, in order of assessment date (input order for the same date): each sees
/// the terms as the ones before it left them, and may add a new term or extend the running one.
/// Returns the final terms, on which the college's fines are then replayed, and DUO's decisions.
fn replay_duo(d: &Dossier, person: Person) -> Result<(Termijnen, Vec<DuoDecision<'_>>), Fout> {
    let mut historie = d.termijnen.clone();
    let mut termijnen = historie.termijnen()?;
    if d.duo_beoordelingen.is_empty() {
        return Ok((termijnen, Vec::new()));
    }
    if let Some(tabellen) = &d.leerroute_tabellen {
        tabellen.validate()?;
    }
    let mut ids: Vec<&str> = d.duo_beoordelingen.iter().map(|b| b.id.as_str()).collect();
    ids.sort_unstable();
    if let Some([id, _]) = ids.windows(2).find(|w| matches!(w, [a, b] if a == b)) {
        return Err(dubbel("duo_beoordelingen", id));
    }
    let mut volgorde: Vec<&DuoBeoordeling> = d.duo_beoordelingen.iter().collect();
    volgorde.sort_by_key(|b| b.beoordelingsdatum);
    let mut eerdere = EerdereDuoBoetes::default();
    let mut beslissingen = Vec::new();
    for b in volgorde {
        let uitkomst = beoordeel_in_dossier(d, person, &termijnen, &eerdere, b)?;
        eerdere.voeg_toe(&uitkomst.beslissingen);
        let gewijzigd = uitkomst.verlenging_tot.is_some() || uitkomst.nieuwe_termijn.is_some();
        if let Some(tot) = uitkomst.verlenging_tot {
            verleng(&mut historie, &termijnen, b.beoordelingsdatum, tot);
        }
        if let Some(nieuwe) = uitkomst.nieuwe_termijn {
            toets_nieuwe_termijn(d, &termijnen, &b.id, &nieuwe)?;
            historie.nieuwe_termijnen.push(nieuwe);
        }
        if gewijzigd {
            termijnen = historie.termijnen()?;
        }
        beslissingen.extend(uitkomst.beslissingen);
    }
    Ok((termijnen, beslissingen))
}

/// The besluitdata of DUO's earlier fine decisions, per article, oldest first.
#[derive(Default)]
struct EerdereDuoBoetes {
    art24: Vec<NaiveDate>,
    art25: Vec<NaiveDate>,
}

impl EerdereDuoBoetes {
    fn voeg_toe(&mut self, beslissingen: &[DuoDecision<'_>]) {
        for beslissing in beslissingen.iter().filter(|b| b.is_boetebesluit()) {
            match beslissing.artikel {
                DuoArtikel::Art24 => self.art24.push(beslissing.besluitdatum),
                DuoArtikel::Art25 => self.art25.push(beslissing.besluitdatum),
            }
        }
    }
}

/// One assessment, on the term that ran out: the latest one that began before it.
fn beoordeel_in_dossier<'a>(
    d: &'a Dossier,
    person: Person,
    termijnen: &Termijnen,
    eerdere: &EerdereDuoBoetes,
    b: &'a DuoBeoordeling,
) -> Result<duo::DuoBeoordelingUitkomst<'a>, Fout> {
    let Some(initieel) = termijnen.initieel else {
        return Err(Fout::nieuw(FoutSoort::PipOntbreekt {
            wat: "an assessment of DUO",
        })
        .bij(Plaats::Beoordeling(b.id.clone())));
    };
    let termijn_einde =
        lopende_termijn(termijnen, b.beoordelingsdatum).map_or(initieel.einde, |t| t.einde);
    let context = DuoContext {
        person,
        termijn_einde,
        eerdere_art24: &eerdere.art24,
        eerdere_art25: &eerdere.art25,
        tabellen: None,
        config: &d.config,
    };
    duo::beoordeel_gevalideerd(&context, d.leerroute_tabellen.as_ref(), b)
}

/// The new term running on `dag`: the latest that began on or before it.
fn lopende_termijn(termijnen: &Termijnen, dag: NaiveDate) -> Option<Termijn> {
    termijnen
        .nieuw
        .iter()
        .rev()
        .find(|t| t.begin <= dag)
        .copied()
}

/// Extends the term an assessment on `dag` assessed to `tot`: the new term running then, or
/// else the initial term.
fn verleng(historie: &mut TermijnHistorie, termijnen: &Termijnen, dag: NaiveDate, tot: NaiveDate) {
    let lopend = lopende_termijn(termijnen, dag).and_then(|t| {
        historie
            .nieuwe_termijnen
            .iter_mut()
            .find(|n| n.ingangsdatum == t.begin)
    });
    match lopend {
        Some(nieuwe) => nieuwe.verlengd_tot = Some(tot),
        None => historie.verlengingen.push(Verlenging {
            nieuwe_einddatum: tot,
        }),
    }
}

/// A new term a DUO assessment sets may not be given in `termijnen.nieuwe_termijnen` as well,
/// nor overlap a term that exists.
fn toets_nieuwe_termijn(
    d: &Dossier,
    termijnen: &Termijnen,
    beoordeling_id: &str,
    nieuwe: &NieuweTermijn,
) -> Result<(), Fout> {
    if let Some(index) = d
        .termijnen
        .nieuwe_termijnen
        .iter()
        .position(|n| n.ingangsdatum == nieuwe.ingangsdatum)
    {
        return Err(Fout::nieuw(FoutSoort::NieuweTermijnDubbel {
            beoordeling_id: beoordeling_id.to_owned(),
            ingangsdatum: nieuwe.ingangsdatum,
        })
        .bij(Plaats::NieuweTermijn(index))
        .in_veld("ingangsdatum"));
    }
    let einde = Termijn::laatste_dag(nieuwe.ingangsdatum, nieuwe.maanden);
    // Two terms overlap when each begins on or before the other's last day (a term that would
    // end beyond the calendar has no last day).
    let overlapt = termijnen
        .initieel
        .iter()
        .chain(&termijnen.nieuw)
        .find(|t| nieuwe.ingangsdatum <= t.einde && einde.is_none_or(|e| t.begin <= e));
    match overlapt {
        Some(t) => Err(Fout::nieuw(FoutSoort::TermijnenOverlappen {
            ingangsdatum: nieuwe.ingangsdatum,
            einde_vorige: t.einde,
        })
        .bij(Plaats::Beoordeling(beoordeling_id.to_owned()))
        .in_veld("nieuwe_termijn_ingangsdatum")),
        None => Ok(()),
    }
}
