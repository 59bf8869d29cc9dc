//! One decision of the college: a fine for one overtreding, given the fines before it.
//!
//! [`decide`] runs the rules in the order a beschikking reasons, one line per rule, each in its
//! own module under `wet`: who fines what (the catalogue), the brede intake's oproep, samenloop,
//! verwijtbaarheid, the procedure and the lapse, the amount (the fixed € 250, or the ladder and
//! its share), a lowering, the cap. Each rule either lets the decision go on or ends it with "no
//! fine, because …" ([`GeenBoeteReden`]); an input the law cannot produce ends it with a
//! [`Fout`].
//!
//! The rules settle facts; a decision keeps them, and its explanation is derived from them when
//! asked for ([`Decision::stappen`], and when it is written as JSON): `uitleg` walks the same
//! rules in the same order and lets each say its steps, up to the rule that ended the decision.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::fout::{Fout, FoutSoort, Plaats};
use crate::geld::Centen;
use crate::historie::{EerdereFeit, Historie};
use crate::nl::zin::StappenLijst;
use crate::uitleg::{Boetegrond, Stap, Stappen, Uitleg, UitlegVorm};
use crate::wet::brede_intake::{self, BredeIntakeGevolg};
use crate::wet::catalogus::{Fineability, Gedraging, Handhaver, NietBeboetbaar, Person, Regime};
use crate::wet::geldigheid;
use crate::wet::ladder::{self, BoeteStatus, LadderFeiten};
use crate::wet::parameters::{self, Versie};
use crate::wet::plafond::{self, Bucket, CapUse};
use crate::wet::procedure::{self, Config, Procedure, Signaal};
use crate::wet::samenloop::{self, PwVerlaging};
use crate::wet::termijn::{Termijn, Termijnen};
use crate::wet::verlaging::{self, Verlaging};
use crate::wet::verwijtbaarheid::{self, Verwijtbaarheid};

/// One overtreding to decide on.
///
/// ```
/// use wi2021_boetes::{Gedraging, Overtreding, Verwijtbaarheid};
/// let o: Overtreding = serde_json::from_str(
///     r#"{"id":"o-1","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-08","verwijtbaarheid":"grove_schuld"}"#,
/// ).unwrap();
/// assert_eq!((o.gedraging, o.verwijtbaarheid), (Gedraging::IntensiteitPvt, Verwijtbaarheid::GroveSchuld));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Overtreding {
    /// The caller's opaque id (no personal data).
    pub id: String,
    /// What the person did or failed to do.
    pub gedraging: Gedraging,
    /// The day it was geconstateerd: decides the ladder window and the cap bucket.
    #[serde(deserialize_with = "crate::invoer::datum")]
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub constateringsdatum: NaiveDate,
    /// The day it took place, if known (the lapse period counts from it, Awb 5:45); without
    /// it the constateringsdatum is used and the decision says so.
    #[serde(default, deserialize_with = "crate::invoer::datum_optie")]
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
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
    #[serde(default, deserialize_with = "crate::invoer::datum_optie")]
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub rapportdatum: Option<NaiveDate>,
}

/// A fine imposed before, as far as later decisions need it.
///
/// ```
/// use wi2021_boetes::EerdereBoete;
/// let e: EerdereBoete = serde_json::from_str(
///     r#"{"overtreding_id":"a","gedraging":"onvoldoende_meewerken_begeleiding","constateringsdatum":"2022-02-01",
///        "ladder_stap":1,"bedrag":"50.00","status":{"soort":"onherroepelijk","sinds":"2022-03-01"}}"#,
/// ).unwrap();
/// assert_eq!(e.ladder_stap, Some(1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EerdereBoete {
    /// The id of the overtreding it was imposed for.
    pub overtreding_id: String,
    /// Its gedraging (decides whether it is a ladder fine, a brede-intake fine or DUO's).
    pub gedraging: Gedraging,
    /// Its constatering date.
    #[serde(deserialize_with = "crate::invoer::datum")]
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub constateringsdatum: NaiveDate,
    /// For a PIP fine: the ladder step it was imposed at (1 or more).
    #[serde(default)]
    pub ladder_stap: Option<u32>,
    /// The amount actually imposed (after any lowering, in bezwaar too); € 0 when there was no
    /// fine.
    #[serde(deserialize_with = "crate::invoer::bedrag")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Bedrag"))]
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub bedrag: Decimal,
    /// Opgelegd, onherroepelijk since a date, or herroepen.
    pub status: BoeteStatus,
}

/// Everything around one decision: the person, the terms, the earlier fines, the date.
///
/// ```
/// use wi2021_boetes::*;
/// let termijnen = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2023, 1, 10), ..Default::default() }
///     .termijnen()?;
/// let config = Config::default();
/// let context = Context {
///     person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
///     termijnen: &termijnen,
///     eerdere_boetes: &[],
///     besluitdatum: chrono::NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(),
///     config: &config,
/// };
/// assert!(context.eerdere_boetes.is_empty());
/// # Ok::<(), Fout>(())
/// ```
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
///
/// ```
/// use wi2021_boetes::{GeenBoeteReden, NietBeboetbaar};
/// assert_eq!(serde_json::to_string(&GeenBoeteReden::Samenloop).unwrap(), r#"{"soort":"samenloop"}"#);
/// let reden = GeenBoeteReden::NietBeboetbaar { waarom: NietBeboetbaar::GeenZRoute };
/// assert_eq!(
///     serde_json::to_string(&reden).unwrap(),
///     r#"{"soort":"niet_beboetbaar","waarom":"geen_z_route"}"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum GeenBoeteReden {
    /// Not fineable under the Wi for this person (catalogue).
    NietBeboetbaar {
        /// Why not.
        waarom: NietBeboetbaar,
    },
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
///
/// ```
/// use wi2021_boetes::{GeenBoeteReden, Outcome};
/// assert_eq!(serde_json::to_string(&Outcome::Boete).unwrap(), r#"{"soort":"boete"}"#);
/// assert_eq!(
///     serde_json::to_string(&Outcome::GeenBoete(GeenBoeteReden::PlafondBereikt)).unwrap(),
///     r#"{"soort":"geen_boete","reden":{"soort":"plafond_bereikt"}}"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "BesluitUitkomst")
)]
#[serde(rename_all = "snake_case", tag = "soort", content = "reden")]
pub enum Outcome {
    /// A fine of [`Decision::bedrag`] (more than € 0).
    Boete,
    /// No fine, for this reason.
    GeenBoete(GeenBoeteReden),
}

/// The ladder step of a PIP fine.
///
/// ```
/// use wi2021_boetes::LadderStap;
/// let s = LadderStap { stap: 2, ladderbedrag: rust_decimal::Decimal::new(10000, 2), vorige_overtreding_id: Some("a") };
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"stap":2,"ladderbedrag":"100.00","vorige_overtreding_id":"a"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LadderStap<'a> {
    /// The step (1 = € 50 … 5 and higher = € 800).
    pub stap: u32,
    /// Its ladder amount, before the verwijtbaarheid share.
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub ladderbedrag: Decimal,
    /// The qualifying earlier overtreding it builds on, if any.
    pub vorige_overtreding_id: Option<&'a str>,
}

/// The decision on one overtreding. It borrows the ids and texts of its input.
///
/// ```
/// use wi2021_boetes::*;
/// let d = |y, m, dag| chrono::NaiveDate::from_ymd_opt(y, m, dag).unwrap();
/// let termijnen = TermijnHistorie { pip_dagtekening: Some(d(2023, 1, 10)), ..Default::default() }.termijnen()?;
/// let config = Config::default();
/// let context = Context {
///     person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
///     termijnen: &termijnen, eerdere_boetes: &[], besluitdatum: d(2023, 6, 1), config: &config,
/// };
/// let o: Overtreding = serde_json::from_str(
///     r#"{"id":"o-1","gedraging":"onvoldoende_meewerken_begeleiding","constateringsdatum":"2023-05-02","verwijtbaarheid":"normaal"}"#,
/// ).unwrap();
/// let decision: Decision = decide(&context, &o)?;
/// assert_eq!(decision.bedrag, rust_decimal::Decimal::new(2500, 2)); // € 50 × 50 %
/// assert!(decision.is_boete());
/// # Ok::<(), Fout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision<'a> {
    /// The overtreding's id.
    pub overtreding_id: &'a str,
    /// Its gedraging.
    pub gedraging: Gedraging,
    /// Its constatering date.
    pub constateringsdatum: NaiveDate,
    /// The day of this decision.
    pub besluitdatum: NaiveDate,
    /// The version of the law's numbers it applied: the day that version took effect.
    pub wetsversie: NaiveDate,
    /// Fine or not, and why not: in JSON `uitkomst`, `{"soort": "boete"}` or
    /// `{"soort": "geen_boete", "reden": {"soort": …}}`.
    pub outcome: Outcome,
    /// The amount imposed (€ 0.00 when no fine).
    pub bedrag: Decimal,
    /// The amount the rules give before any lowering and the cap (ladder × share, or € 250).
    pub berekend_bedrag: Option<Decimal>,
    /// For a PIP fine: the ladder step.
    pub ladder: Option<LadderStap<'a>>,
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
    /// What the explanation is derived from (see [`Decision::stappen`]).
    toelichting: Toelichting<'a>,
    /// How the explanation is written in JSON.
    vorm: UitlegVorm,
}

/// What the rules settled that the explanation needs besides the decision's public fields; the
/// steps are derived from it when asked for, in the law's order ([`uitleg`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Toelichting<'a> {
    overtreding: &'a Overtreding,
    versie: &'static Versie,
    regime: Option<Regime>,
    ladder: Option<LadderFeiten>,
}

impl<'a> Decision<'a> {
    /// Whether a fine (more than € 0) is imposed.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let d = |y, m, dag| chrono::NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// # let termijnen = TermijnHistorie { pip_dagtekening: Some(d(2023, 1, 10)), ..Default::default() }.termijnen()?;
    /// # let config = Config::default();
    /// # let context = Context { person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
    /// #     termijnen: &termijnen, eerdere_boetes: &[], besluitdatum: d(2023, 6, 1), config: &config };
    /// let o: Overtreding = serde_json::from_str(
    ///     r#"{"id":"o","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"geen"}"#,
    /// ).unwrap();
    /// assert!(!decide(&context, &o)?.is_boete());
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn is_boete(&self) -> bool {
        self.outcome == Outcome::Boete
    }

    /// The explanation as Dutch sentences, one per step.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let d = |y, m, dag| chrono::NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// # let termijnen = TermijnHistorie { pip_dagtekening: Some(d(2023, 1, 10)), ..Default::default() }.termijnen()?;
    /// # let config = Config::default();
    /// # let context = Context { person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
    /// #     termijnen: &termijnen, eerdere_boetes: &[], besluitdatum: d(2023, 6, 1), config: &config };
    /// let o: Overtreding = serde_json::from_str(
    ///     r#"{"id":"o","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"opzet"}"#,
    /// ).unwrap();
    /// let zinnen = decide(&context, &o)?.motivering();
    /// assert_eq!(
    ///     zinnen.last().unwrap(),
    ///     "Het college legt u daarom een boete op van € 50,00 (artikel 23, eerste lid, van de Wet inburgering 2021)."
    /// );
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn motivering(&self) -> Vec<String> {
        self.stappen()
            .iter()
            .map(|stap| stap.zin().to_string())
            .collect()
    }

    /// The explanation, in order: each step with its rule, its facts and its article.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let d = |y, m, dag| chrono::NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// # let termijnen = TermijnHistorie { pip_dagtekening: Some(d(2023, 1, 10)), ..Default::default() }.termijnen()?;
    /// # let config = Config::default();
    /// # let context = Context { person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
    /// #     termijnen: &termijnen, eerdere_boetes: &[], besluitdatum: d(2023, 6, 1), config: &config };
    /// let o: Overtreding = serde_json::from_str(
    ///     r#"{"id":"o","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"geen"}"#,
    /// ).unwrap();
    /// let stappen = decide(&context, &o)?.stappen();
    /// assert_eq!(stappen.len(), 2);
    /// assert_eq!(stappen[1], Stap::GeenVerwijtbaarheid);
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn stappen(&self) -> Uitleg<'a> {
        let mut stappen = Uitleg::met_ruimte(STAPPEN_RUIMTE);
        uitleg(self, &mut stappen);
        stappen.in_vorm(self.vorm)
    }

    /// The same decision, with its explanation written in JSON in the form `vorm`.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let d = |y, m, dag| chrono::NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// # let termijnen = TermijnHistorie { pip_dagtekening: Some(d(2023, 1, 10)), ..Default::default() }.termijnen()?;
    /// # let config = Config::default();
    /// # let context = Context { person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
    /// #     termijnen: &termijnen, eerdere_boetes: &[], besluitdatum: d(2023, 6, 1), config: &config };
    /// let o: Overtreding = serde_json::from_str(
    ///     r#"{"id":"o","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"opzet"}"#,
    /// ).unwrap();
    /// let json = serde_json::to_string(&decide(&context, &o)?.met_uitleg(UitlegVorm::Codes)).unwrap();
    /// assert!(!json.contains(r#""zin""#) && !json.contains(r#""link""#));
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn met_uitleg(mut self, vorm: UitlegVorm) -> Self {
        self.zet_uitleg(vorm);
        self
    }

    /// Writes the explanation in the form `vorm` from now on.
    pub(crate) fn zet_uitleg(&mut self, vorm: UitlegVorm) {
        self.vorm = vorm;
    }
}

/// Room for the steps of most decisions (a first PIP fine has about fourteen); a decision with
/// more grows its list.
const STAPPEN_RUIMTE: usize = 16;

/// The decision as JSON: its fields in order, then `stappen`, every step written as it is
/// derived, without collecting them first.
impl Serialize for Decision<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        BesluitJson {
            overtreding_id: self.overtreding_id,
            gedraging: self.gedraging,
            constateringsdatum: self.constateringsdatum,
            besluitdatum: self.besluitdatum,
            wetsversie: self.wetsversie,
            uitkomst: self.outcome,
            bedrag: self.bedrag,
            berekend_bedrag: self.berekend_bedrag,
            ladder: self.ladder,
            percentage: self.percentage,
            verlaagd_tot: self.verlaagd_tot,
            plafond: self.plafond,
            brede_intake: self.brede_intake,
            procedure: self.procedure,
            signalen: &self.signalen,
            stappen: StappenJson(self),
        }
        .serialize(serializer)
    }
}

/// The shape of a decision in JSON (see [`Decision`]'s fields).
#[derive(Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Beslissing")
)]
struct BesluitJson<'d, 'a> {
    overtreding_id: &'a str,
    gedraging: Gedraging,
    #[serde(serialize_with = "crate::uitvoer::datum")]
    constateringsdatum: NaiveDate,
    #[serde(serialize_with = "crate::uitvoer::datum")]
    besluitdatum: NaiveDate,
    #[serde(serialize_with = "crate::uitvoer::datum")]
    wetsversie: NaiveDate,
    uitkomst: Outcome,
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    bedrag: Decimal,
    #[serde(serialize_with = "crate::uitvoer::bedrag_optie")]
    berekend_bedrag: Option<Decimal>,
    ladder: Option<LadderStap<'a>>,
    percentage: Option<u8>,
    #[serde(serialize_with = "crate::uitvoer::bedrag_optie")]
    verlaagd_tot: Option<Decimal>,
    plafond: Option<CapUse>,
    brede_intake: Option<BredeIntakeGevolg>,
    procedure: Option<Procedure>,
    signalen: &'d [Signaal],
    // The same list of steps as a DUO decision's, so one schema (`Stappen`, from `Uitleg`).
    #[cfg_attr(feature = "schema", schemars(with = "Uitleg<'static>"))]
    stappen: StappenJson<'d, 'a>,
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Decision<'_> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Beslissing".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BesluitJson<'_, '_>>::json_schema(generator)
    }
}

/// A decision's steps as a JSON list.
struct StappenJson<'d, 'a>(&'d Decision<'a>);

impl Serialize for StappenJson<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        /// Writes each step into the list as it comes; keeps the first error.
        struct Schrijver<L: SerializeSeq> {
            lijst: StappenLijst<L>,
            fout: Option<L::Error>,
        }
        impl<'a, L: SerializeSeq> Stappen<'a> for Schrijver<L> {
            fn stap(&mut self, stap: Stap<'a>) {
                if self.fout.is_none() {
                    self.fout = self.lijst.schrijf(&stap).err();
                }
            }
        }
        let mut schrijver = Schrijver {
            lijst: StappenLijst::nieuw(serializer.serialize_seq(None)?, self.0.vorm),
            fout: None,
        };
        uitleg(self.0, &mut schrijver);
        match schrijver.fout {
            Some(fout) => Err(fout),
            None => schrijver.lijst.einde(),
        }
    }
}

/// Why the rules stop before a fine: no fine for this reason, or an input error.
#[derive(Debug)]
pub(crate) enum Stop {
    GeenBoete(GeenBoeteReden),
    Fout(Fout),
}

impl From<Fout> for Stop {
    fn from(fout: Fout) -> Self {
        Stop::Fout(fout)
    }
}

impl From<GeenBoeteReden> for Stop {
    fn from(reden: GeenBoeteReden) -> Self {
        Stop::GeenBoete(reden)
    }
}

/// A decision being made: its input, the version of the law's numbers, and what the rules have
/// settled so far.
pub(crate) struct Concept<'a> {
    pub overtreding: &'a Overtreding,
    pub person: Person,
    pub besluitdatum: NaiveDate,
    pub config: Config,
    pub versie: &'static Versie,
    pub regime: Option<Regime>,
    pub bedrag: Centen,
    pub berekend: Option<Centen>,
    pub ladder: Option<LadderStap<'a>>,
    pub ladder_feiten: Option<LadderFeiten>,
    pub percentage: Option<u8>,
    pub verlaagd_tot: Option<Centen>,
    pub plafond: Option<CapUse>,
    pub brede_intake: Option<BredeIntakeGevolg>,
    pub procedure: Option<Procedure>,
    pub signaal: Option<Signaal>,
}

impl<'a> Concept<'a> {
    /// An error about the overtreding being decided.
    pub(crate) fn fout(&self, soort: FoutSoort) -> Fout {
        Fout::nieuw(soort).bij(Plaats::Overtreding(self.overtreding.id.clone()))
    }

    fn nieuw(context: &Context<'_>, overtreding: &'a Overtreding, versie: &'static Versie) -> Self {
        Concept {
            overtreding,
            person: context.person,
            besluitdatum: context.besluitdatum,
            config: *context.config,
            versie,
            regime: None,
            bedrag: Centen::NUL,
            berekend: None,
            ladder: None,
            ladder_feiten: None,
            percentage: None,
            verlaagd_tot: None,
            plafond: None,
            brede_intake: None,
            procedure: None,
            signaal: None,
        }
    }

    /// The decision, once the rules have run: `reden` where they ended without a fine.
    fn besluit(mut self, reden: Option<GeenBoeteReden>) -> Decision<'a> {
        if let Some(procedure) = &mut self.procedure {
            procedure.beslisser = procedure::beslisser(&self.config, self.bedrag);
        }
        let o = self.overtreding;
        let outcome = match reden {
            None => Outcome::Boete,
            Some(reden) => Outcome::GeenBoete(reden),
        };
        let na_bedrag = matches!(
            outcome,
            Outcome::Boete
                | Outcome::GeenBoete(
                    GeenBoeteReden::VerlaagdTotNul | GeenBoeteReden::PlafondBereikt
                )
        );
        Decision {
            overtreding_id: &o.id,
            gedraging: o.gedraging,
            constateringsdatum: o.constateringsdatum,
            besluitdatum: self.besluitdatum,
            wetsversie: self.versie.geldig_vanaf,
            outcome,
            bedrag: self.bedrag.decimal(),
            berekend_bedrag: self.berekend.map(Centen::decimal),
            ladder: self.ladder.filter(|_| na_bedrag),
            percentage: self.percentage,
            verlaagd_tot: self.verlaagd_tot.filter(|_| na_bedrag).map(Centen::decimal),
            plafond: self.plafond,
            brede_intake: self.brede_intake,
            procedure: self.procedure,
            signalen: self.signaal.into_iter().collect(),
            toelichting: Toelichting {
                overtreding: o,
                versie: self.versie,
                regime: self.regime,
                ladder: self.ladder_feiten.filter(|_| na_bedrag),
            },
            vorm: UitlegVorm::Volledig,
        }
    }
}

/// The rules, in the law's order of priority.
fn regels<'a>(
    c: &mut Concept<'a>,
    bucket: Option<Bucket>,
    historie: &Historie<'a>,
) -> Result<(), Stop> {
    let regime = catalogus(c)?; // Wi 22–25; Wi 8 lid 3, 15
    c.regime = Some(regime);
    brede_intake::oproep(c, regime)?; // Wi 14, 22
    samenloop::toets(c)?; // Wi 27
    verwijtbaarheid::toets(c)?; // Awb 5:41
    procedure::toets(c, regime)?; // Awb 5:45, 5:51, 5:53
    let berekend = match regime {
        Regime::BredeIntake => brede_intake::boete(c), // Bi 7.1 lid 1
        _ => {
            let basis = historie.basis(c.overtreding.constateringsdatum, c.besluitdatum, c.versie);
            let ladderbedrag = ladder::trede(c, &basis); // Bi 7.1 lid 2–3
            verwijtbaarheid::aandeel_van(c, ladderbedrag) // Bi 7.1 lid 4
        }
    };
    c.berekend = Some(berekend);
    let bedrag = verlaging::college(c, berekend)?; // Awb 5:46 lid 3; Bi 7.1 lid 6
    let bucket = bucket.unwrap_or(Bucket::Initieel);
    plafond::toets(c, bucket, historie.geteld(bucket), bedrag) // Bi 7.1 lid 5
}

/// The catalogue: is the gedraging fineable by the college for this person, and under which
/// regime.
fn catalogus(c: &mut Concept<'_>) -> Result<Regime, Stop> {
    let gedraging = c.overtreding.gedraging;
    let fineability = gedraging.fineability(&c.person).map_err(|_| {
        c.fout(FoutSoort::LeerrouteOntbreekt {
            wat: "whether this gedraging can be fined",
        })
        .in_veld("leerroute")
    })?;
    match fineability {
        Fineability::Nee { reden } => Err(GeenBoeteReden::NietBeboetbaar { waarom: reden }.into()),
        Fineability::Ja {
            handhaver: Handhaver::Duo,
            ..
        } => Err(GeenBoeteReden::DoorDuo.into()),
        Fineability::Ja { regime, .. } => Ok(regime),
    }
}

/// The explanation of a decision, in the law's order: each rule's steps, up to the rule that
/// ended it; then what follows for the brede intake, and the amount imposed.
pub(crate) fn uitleg<'a>(d: &Decision<'a>, uit: &mut impl Stappen<'a>) {
    let reden = match d.outcome {
        Outcome::Boete => None,
        Outcome::GeenBoete(reden) => Some(reden),
    };
    regels_uitgelegd(d, reden, uit);
    if reden == Some(GeenBoeteReden::EersteOproep) {
        return;
    }
    let boete = reden.is_none();
    if let Some(gevolg) = &d.brede_intake {
        brede_intake::vervolg(gevolg, !d.bedrag.is_zero(), uit); // Wi 14, 22 lid 2
    }
    if boete {
        let o = d.toelichting.overtreding;
        uit.stap(Stap::Eindbedrag {
            bedrag: d.bedrag,
            grond: Boetegrond::college(o.gedraging, o.oproep),
        });
    }
}

/// The rules' steps, in the order [`regels`] applies them, up to the one that gave `reden`.
fn regels_uitgelegd<'a>(
    d: &Decision<'a>,
    reden: Option<GeenBoeteReden>,
    uit: &mut impl Stappen<'a>,
) {
    let t = &d.toelichting;
    let o = t.overtreding;
    let gedraging = o.gedraging;
    match reden {
        Some(GeenBoeteReden::NietBeboetbaar { waarom }) => {
            return uit.stap(Stap::NietBeboetbaar { gedraging, waarom });
        }
        Some(GeenBoeteReden::DoorDuo) => return uit.stap(Stap::DoorDuo { gedraging }),
        Some(GeenBoeteReden::EersteOproep) => return brede_intake::uitleg_eerste(uit),
        _ => {}
    }
    let grond = Boetegrond::college(gedraging, o.oproep);
    uit.stap(Stap::Beboetbaar { gedraging, grond }); // Wi 22, 23: "legt … op"
    if let (Some(GeenBoeteReden::Samenloop), Some(pw_artikel)) = (reden, o.samenloop) {
        return samenloop::uitleg(pw_artikel, uit);
    }
    let regime = t.regime.unwrap_or(Regime::PipLadder);
    verwijtbaarheid::uitleg(o.verwijtbaarheid, regime, uit);
    let Some(procedure) = &d.procedure else {
        return;
    };
    procedure::uitleg(procedure, t.versie, d.besluitdatum, uit);
    let Some(berekend) = d
        .berekend_bedrag
        .filter(|_| reden != Some(GeenBoeteReden::BevoegdheidVervallen))
    else {
        return;
    };
    match (regime, t.ladder, d.ladder) {
        (Regime::BredeIntake, ..) => {
            brede_intake::uitleg_boete(o.oproep.unwrap_or(2), berekend, uit);
        }
        (_, Some(feiten), Some(ladder)) => {
            ladder::uitleg(&feiten, &ladder, d.besluitdatum, uit);
            let procent = d.percentage.unwrap_or(0);
            verwijtbaarheid::uitleg_aandeel(
                o.verwijtbaarheid,
                procent,
                ladder.ladderbedrag,
                berekend,
                uit,
            );
        }
        _ => {}
    }
    if let (Some(verlaging), Some(naar)) = (&o.verlaging, d.verlaagd_tot) {
        verlaging::uitleg_college(verlaging, regime, berekend, naar, uit);
    }
    if let Some(gebruik) = &d.plafond {
        plafond::uitleg(gebruik, d.verlaagd_tot.unwrap_or(berekend), d.bedrag, uit);
    }
}

/// Decides on one overtreding, given every fine imposed before it.
///
/// # Errors
/// A [`Fout`] when the input is not a lawful situation: see [`crate::FoutSoort`]. Legal outcomes
/// (not fineable, samenloop, no verwijtbaarheid, lapsed, cap reached) are `Ok` decisions with
/// [`Outcome::GeenBoete`].
///
/// ```
/// use wi2021_boetes::*;
/// let d = |y, m, dag| chrono::NaiveDate::from_ymd_opt(y, m, dag).unwrap();
/// let termijnen = TermijnHistorie { pip_dagtekening: Some(d(2023, 1, 10)), ..Default::default() }.termijnen()?;
/// let config = Config::default();
/// let context = Context {
///     person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
///     termijnen: &termijnen, eerdere_boetes: &[], besluitdatum: d(2023, 6, 1), config: &config,
/// };
/// let o: Overtreding = serde_json::from_str(
///     r#"{"id":"o","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"grove_schuld"}"#,
/// ).unwrap();
/// assert_eq!(decide(&context, &o)?.bedrag, rust_decimal::Decimal::new(3750, 2)); // € 50 × 75 %
/// # Ok::<(), Fout>(())
/// ```
pub fn decide<'a>(
    context: &Context<'a>,
    overtreding: &'a Overtreding,
) -> Result<Decision<'a>, Fout> {
    toets_data(overtreding)?;
    let bucket = bucket_van(
        context.termijnen,
        &overtreding.id,
        overtreding.gedraging,
        overtreding.constateringsdatum,
    )?;
    let mut historie = Historie::met_ruimte(context.eerdere_boetes.len());
    for eerdere in context.eerdere_boetes {
        historie.voeg_toe(eerdere_feit(context.termijnen, eerdere)?);
    }
    historie.orden();
    beslis(context, overtreding, bucket, &historie)
}

/// The decision, from the history before it. Shared by [`decide`] and the dossier's replay.
/// Where a later version of the law is in force by the decision date, the most favourable of the
/// versions applies (lex mitior): the one that gives the lowest amount, on a tie the one of the
/// day of the overtreding.
pub(crate) fn beslis<'a>(
    context: &Context<'_>,
    overtreding: &'a Overtreding,
    bucket: Option<Bucket>,
    historie: &Historie<'a>,
) -> Result<Decision<'a>, Fout> {
    toets_volgorde(context, overtreding)?;
    let pleegdag = overtreding
        .pleegdatum
        .unwrap_or(overtreding.constateringsdatum);
    let mut beste: Option<Decision<'a>> = None;
    let mut gewogen: Option<&Versie> = None;
    for versie in parameters::kandidaten(pleegdag, context.besluitdatum) {
        if gewogen.is_some_and(|eerder| versie.zelfde_voor_college(eerder)) {
            continue;
        }
        gewogen = Some(versie);
        let mut concept = Concept::nieuw(context, overtreding, versie);
        let reden = match regels(&mut concept, bucket, historie) {
            Ok(()) => None,
            Err(Stop::GeenBoete(reden)) => Some(reden),
            Err(Stop::Fout(fout)) => return Err(fout),
        };
        beste = Some(gunstigste(beste, concept.besluit(reden)));
    }
    beste.ok_or_else(|| Fout::nieuw(FoutSoort::DatumBuitenKalender))
}

/// Lex mitior between the decision so far (under an earlier version) and one under a later
/// version: the later one only where it gives a lower amount; on a tie the earlier one stays.
fn gunstigste<'a>(tot_nu: Option<Decision<'a>>, later: Decision<'a>) -> Decision<'a> {
    match tot_nu {
        Some(eerder) if eerder.bedrag <= later.bedrag => eerder,
        _ => later,
    }
}

/// The Wi 2021 applies from 2022-01-01: an overtreding dated before cannot be one of this law.
pub(crate) fn toets_data(o: &Overtreding) -> Result<(), Fout> {
    let fout = |soort| Fout::nieuw(soort).bij(Plaats::Overtreding(o.id.clone()));
    geldigheid::toets(o.constateringsdatum, "constateringsdatum", fout)?;
    if let Some(pleegdatum) = o.pleegdatum {
        geldigheid::toets(pleegdatum, "pleegdatum", fout)?;
    }
    Ok(())
}

/// The order of the dates: the brede intake before the PIP (Wi 14, 15), the overtreding before
/// its constatering, the decision after it.
fn toets_volgorde(context: &Context<'_>, o: &Overtreding) -> Result<(), Fout> {
    let fout = |soort| Fout::nieuw(soort).bij(Plaats::Overtreding(o.id.clone()));
    if o.gedraging.regime() == Regime::BredeIntake {
        if let Some(initieel) = context.termijnen.initieel {
            let dagtekening = initieel.begin.pred_opt().unwrap_or(initieel.begin);
            if o.constateringsdatum > dagtekening {
                return Err(fout(FoutSoort::OproepNaPip {
                    constateringsdatum: o.constateringsdatum,
                    dagtekening,
                })
                .in_veld("constateringsdatum"));
            }
        }
    }
    if let Some(pleegdatum) = o.pleegdatum {
        if pleegdatum > o.constateringsdatum {
            return Err(fout(FoutSoort::PleegdatumNaConstatering {
                pleegdatum,
                constateringsdatum: o.constateringsdatum,
            })
            .in_veld("pleegdatum"));
        }
    }
    if context.besluitdatum < o.constateringsdatum {
        return Err(fout(FoutSoort::BesluitVoorConstatering {
            besluitdatum: context.besluitdatum,
            constateringsdatum: o.constateringsdatum,
        }));
    }
    Ok(())
}

/// An earlier fine, checked, as the history needs it: an amount in whole cents within the
/// statutory maximum, dated under the Wi 2021, with its step if it is a PIP fine, in a known term.
fn eerdere_feit<'a>(termijnen: &Termijnen, e: &'a EerdereBoete) -> Result<EerdereFeit<'a>, Fout> {
    let fout = |soort| Fout::nieuw(soort).bij(Plaats::Overtreding(e.overtreding_id.clone()));
    let Some(bedrag) = verlaging::bedrag(e.bedrag) else {
        return Err(fout(FoutSoort::BedragOngeldig { bedrag: e.bedrag }).in_veld("bedrag"));
    };
    geldigheid::toets(e.constateringsdatum, "constateringsdatum", fout)?;
    toets_maximum(
        e.gedraging,
        e.bedrag,
        bedrag,
        e.constateringsdatum,
        || fout(FoutSoort::DatumBuitenKalender),
        "bedrag",
    )?;
    let pip = e.gedraging.regime() == Regime::PipLadder;
    let stap = e.ladder_stap.unwrap_or(0);
    if pip && !bedrag.is_nul() && stap == 0 {
        return Err(fout(FoutSoort::LadderStapOntbreekt).in_veld("ladder_stap"));
    }
    Ok(EerdereFeit {
        id: &e.overtreding_id,
        constateringsdatum: e.constateringsdatum,
        pip,
        stap,
        bedrag,
        status: e.status,
        bucket: bucket_van(
            termijnen,
            &e.overtreding_id,
            e.gedraging,
            e.constateringsdatum,
        )?,
    })
}

/// Refuses a recorded fine above the most the law allows for its gedraging (Wi art. 26 lid 1).
pub(crate) fn toets_maximum(
    gedraging: Gedraging,
    gegeven: Decimal,
    bedrag: Centen,
    dag: NaiveDate,
    plaats: impl FnOnce() -> Fout,
    veld: &'static str,
) -> Result<(), Fout> {
    match gedraging.regime().maximum(parameters::op(dag)) {
        Some(maximum) if bedrag > maximum => Err(plaats()
            .als(FoutSoort::BoeteBovenMaximum {
                gedraging,
                bedrag: gegeven,
                maximum: maximum.decimal(),
            })
            .in_veld(veld)),
        _ => Ok(()),
    }
}

/// The cap bucket an overtreding falls in; `None` for what counts toward no college cap (DUO's
/// fines, PW measures). A PIP overtreding needs a PIP and a term it lies in.
pub(crate) fn bucket_van(
    termijnen: &Termijnen,
    id: &str,
    gedraging: Gedraging,
    constateringsdatum: NaiveDate,
) -> Result<Option<Bucket>, Fout> {
    match gedraging.regime() {
        Regime::BredeIntake => Ok(Some(Bucket::Initieel)),
        Regime::PipLadder => {
            pip_termijn(termijnen, id, constateringsdatum).map(|t| Some(Bucket::of(&t)))
        }
        Regime::DuoPvtMap | Regime::DuoLeerroute | Regime::PwMaatregel => Ok(None),
    }
}

/// The term a PIP overtreding geconstateerd on `constateringsdatum` falls in.
fn pip_termijn(
    termijnen: &Termijnen,
    id: &str,
    constateringsdatum: NaiveDate,
) -> Result<Termijn, Fout> {
    let fout = |soort| Fout::nieuw(soort).bij(Plaats::Overtreding(id.to_owned()));
    let Some(initieel) = termijnen.initieel else {
        return Err(fout(FoutSoort::PipOntbreekt {
            wat: "a PIP overtreding (Wi art. 23)",
        })
        .in_veld("pip_dagtekening"));
    };
    let dagtekening = initieel.begin.pred_opt().unwrap_or(initieel.begin);
    if constateringsdatum < dagtekening {
        return Err(fout(FoutSoort::VoorPip {
            constateringsdatum,
            dagtekening,
        })
        .in_veld("constateringsdatum"));
    }
    termijnen.find(constateringsdatum).ok_or_else(|| {
        fout(FoutSoort::BuitenTermijn { constateringsdatum }).in_veld("constateringsdatum")
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::{Doelgroep, Leerroute, TermijnHistorie};

    fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dag).unwrap()
    }

    /// Two real decisions on one overtreding of 2023-03-01 (PIP 2022-06-30, step 1, € 50): with
    /// opzet 100 %, € 50; with normale verwijtbaarheid 50 %, € 25 (Bi 7.1 lid 4).
    #[test]
    fn lex_mitior_keeps_the_lowest_amount_and_on_a_tie_the_earlier_version() {
        let termijnen = TermijnHistorie {
            pip_dagtekening: Some(d(2022, 6, 30)),
            ..TermijnHistorie::default()
        }
        .termijnen()
        .unwrap();
        let config = Config::default();
        let context = Context {
            person: Person {
                doelgroep: Doelgroep::Asielstatushouder,
                leerroute: Some(Leerroute::B1Route),
            },
            termijnen: &termijnen,
            eerdere_boetes: &[],
            besluitdatum: d(2023, 3, 10),
            config: &config,
        };
        let overtreding = |id: &str, verwijtbaarheid| Overtreding {
            id: id.into(),
            gedraging: Gedraging::OnvoldoendeMeewerkenBegeleiding,
            constateringsdatum: d(2023, 3, 1),
            pleegdatum: None,
            verwijtbaarheid,
            samenloop: None,
            verlaging: None,
            oproep: None,
            rapportdatum: None,
        };
        let hoog = overtreding("hoog", Verwijtbaarheid::Opzet);
        let laag = overtreding("laag", Verwijtbaarheid::Normaal);
        let ook_hoog = overtreding("ook-hoog", Verwijtbaarheid::Opzet);
        let besluit = |o| decide(&context, o).unwrap();
        let id = |b: Decision<'_>| b.overtreding_id.to_owned();
        assert_eq!(id(gunstigste(None, besluit(&hoog))), "hoog");
        assert_eq!(id(gunstigste(Some(besluit(&hoog)), besluit(&laag))), "laag");
        assert_eq!(id(gunstigste(Some(besluit(&laag)), besluit(&hoog))), "laag");
        assert_eq!(
            id(gunstigste(Some(besluit(&hoog)), besluit(&ook_hoog))),
            "hoog"
        );
    }
}
