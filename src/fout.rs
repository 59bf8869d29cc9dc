//! Input errors: what is wrong, and where.
//!
//! A legal outcome (no verwijtbaarheid, samenloop, not fineable for this doelgroep, cap reached,
//! power lapsed) is never an error: it is a decision with a reason. An error means the input
//! cannot be read as a situation the law produces. It is one type, [`Fout`]: its kind
//! ([`FoutSoort`], with a stable machine-readable [`code`](Fout::code)), and where it is (the
//! dossier, the overtreding or assessment by the caller's id, the field), and, where the refusal
//! rests on an article, that article.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::artikel::Artikel;
use crate::wet::catalogus::{Gedraging, Leerroute};

/// An input error: its kind, and where it is.
///
/// Its message (`Display`) names the place and field first, then what is wrong and what the law
/// expects, in English for the integrator; [`Fout::code`] is stable for machines.
///
/// ```
/// use wi2021_boetes::{Dossier, FoutSoort, replay};
/// let dossier: Dossier = serde_json::from_str(r#"{
///     "id": "d-1", "peildatum": "2023-06-01", "doelgroep": "asielstatushouder",
///     "leerroute": "b1_route", "termijnen": {"pip_dagtekening": "2023-01-10"},
///     "overtredingen": [{"id": "o-1", "gedraging": "niet_verschijnen_brede_intake",
///                        "constateringsdatum": "2022-12-01", "verwijtbaarheid": "normaal"}]
/// }"#).unwrap();
/// let fout = replay(&dossier).unwrap_err();
/// assert_eq!(fout.code(), "oproep_ontbreekt");
/// assert_eq!(fout.dossier_id(), Some("d-1"));
/// assert_eq!(fout.veld(), Some("oproep"));
/// assert!(matches!(fout.soort(), FoutSoort::OproepOntbreekt));
/// assert_eq!(
///     fout.to_string(),
///     "dossier `d-1`, overtreding `o-1`, field `oproep`: it is missing; a brede-intake \
///      overtreding needs the number (1, 2 or 3) of the oproep that was missed (Wi art. 14 lid 1)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fout(Box<Binnen>);

/// What an error holds; boxed, so that a `Result` carrying one stays small.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Binnen {
    soort: FoutSoort,
    dossier: Option<String>,
    plaats: Option<Plaats>,
    veld: Option<Cow<'static, str>>,
    /// The other faults found in the same run, in the order found.
    meer: Vec<Fout>,
}

impl Fout {
    /// An error of this kind, not yet placed.
    pub(crate) fn nieuw(soort: FoutSoort) -> Fout {
        Fout(Box::new(Binnen {
            soort,
            dossier: None,
            plaats: None,
            veld: None,
            meer: Vec::new(),
        }))
    }

    /// The faults of one run as one error: the first, with the others after it; `None` when
    /// there are none.
    pub(crate) fn samen(fouten: Vec<Fout>) -> Option<Fout> {
        let mut fouten = fouten.into_iter();
        let mut eerste = fouten.next()?;
        eerste.0.meer.extend(fouten.flat_map(Fout::alle_los));
        Some(eerste)
    }

    /// This fault and the ones with it, each on its own.
    fn alle_los(mut self) -> Vec<Fout> {
        let meer = std::mem::take(&mut self.0.meer);
        std::iter::once(self).chain(meer).collect()
    }

    /// The same error, about this part of the input.
    pub(crate) fn bij(mut self, plaats: Plaats) -> Fout {
        self.0.plaats = Some(plaats);
        self
    }

    /// The same error, in this field.
    pub(crate) fn in_veld(mut self, veld: impl Into<Cow<'static, str>>) -> Fout {
        self.0.veld = Some(veld.into());
        self
    }

    /// The same place, another kind.
    pub(crate) fn als(mut self, soort: FoutSoort) -> Fout {
        self.0.soort = soort;
        self
    }

    /// The same error, and those with it, in this dossier.
    pub(crate) fn in_dossier(mut self, id: &str) -> Fout {
        self.0.dossier = Some(id.to_owned());
        for fout in &mut self.0.meer {
            fout.0.dossier = Some(id.to_owned());
        }
        self
    }

    /// Every fault found in the same run: this one first, then the others, each with its own
    /// kind, place and field. Where the input is read, reading stops at the first fault; the
    /// crate's own checks go on and report every fault they find.
    ///
    /// ```
    /// use wi2021_boetes::{Dossier, replay};
    /// let dossier: Dossier = serde_json::from_str(r#"{
    ///     "id": "d", "peildatum": "2023-06-01", "doelgroep": "asielstatushouder", "leerroute": "b1_route",
    ///     "termijnen": {"pip_dagtekening": "2023-01-10"},
    ///     "overtredingen": [
    ///         {"id": "a", "gedraging": "niet_verschijnen_brede_intake", "constateringsdatum": "2022-12-01", "verwijtbaarheid": "normaal"},
    ///         {"id": "b", "gedraging": "intensiteit_pvt", "constateringsdatum": "2023-05-02", "verwijtbaarheid": "normaal", "oproep": 2}
    ///     ]
    /// }"#).unwrap();
    /// let fout = replay(&dossier).unwrap_err();
    /// let codes: Vec<&str> = fout.alle().map(|f| f.code()).collect();
    /// assert_eq!(codes, ["oproep_ontbreekt", "oproep_niet_van_toepassing"]);
    /// ```
    pub fn alle(&self) -> impl Iterator<Item = &Fout> {
        std::iter::once(self).chain(&self.0.meer)
    }

    /// What is wrong.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
    ///     .termijnen()
    ///     .unwrap_err();
    /// assert!(matches!(fout.soort(), FoutSoort::VoorWi2021 { .. }));
    /// ```
    pub fn soort(&self) -> &FoutSoort {
        &self.0.soort
    }

    /// The stable, machine-readable code of the kind, in snake_case (see [`FoutSoort::code`]).
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
    ///     .termijnen()
    ///     .unwrap_err();
    /// assert_eq!(fout.code(), "voor_wi2021");
    /// ```
    pub fn code(&self) -> &'static str {
        self.0.soort.code()
    }

    /// The dossier's id, when the error came from a dossier.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
    ///     .termijnen()
    ///     .unwrap_err();
    /// assert_eq!(fout.dossier_id(), None);
    /// ```
    pub fn dossier_id(&self) -> Option<&str> {
        self.0.dossier.as_deref()
    }

    /// The part of the input at fault, if one.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
    ///     .termijnen()
    ///     .unwrap_err();
    /// assert_eq!(fout.plaats(), Some(&Plaats::Termijnen));
    /// ```
    pub fn plaats(&self) -> Option<&Plaats> {
        self.0.plaats.as_ref()
    }

    /// The field at fault, by its JSON name, if one.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
    ///     .termijnen()
    ///     .unwrap_err();
    /// assert_eq!(fout.veld(), Some("pip_dagtekening"));
    /// ```
    pub fn veld(&self) -> Option<&str> {
        self.0.veld.as_deref()
    }

    /// The article the refusal rests on, where it rests on one (see [`FoutSoort::artikel`]).
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
    ///     .termijnen()
    ///     .unwrap_err();
    /// assert_eq!(fout.artikel(), None);
    /// ```
    pub fn artikel(&self) -> Option<Artikel> {
        self.0.soort.artikel()
    }
}

impl fmt::Display for Fout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut eerste = true;
        let mut deel = |f: &mut fmt::Formatter<'_>, tekst: fmt::Arguments<'_>| {
            let scheiding = if eerste { "" } else { ", " };
            eerste = false;
            write!(f, "{scheiding}{tekst}")
        };
        if let Some(id) = &self.0.dossier {
            deel(f, format_args!("dossier `{id}`"))?;
        }
        if let Some(plaats) = &self.0.plaats {
            deel(f, format_args!("{plaats}"))?;
        }
        if let Some(veld) = &self.0.veld {
            deel(f, format_args!("field `{veld}`"))?;
        }
        if !eerste {
            f.write_str(": ")?;
        }
        write!(f, "{}", self.0.soort)?;
        for fout in &self.0.meer {
            write!(f, "\n{fout}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Fout {}

/// The error as JSON: `{"code": …, "plaats": …, "veld": …, "artikel": …, "melding": …}`, where
/// `plaats` is the part of the input (as in the message), `veld` the field, `artikel` the article
/// the refusal rests on (each `null` where there is none), and `melding` what is wrong. The
/// other faults of the same run ([`Fout::alle`]) are not part of it.
///
/// ```
/// use wi2021_boetes::TermijnHistorie;
/// let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
///     .termijnen()
///     .unwrap_err();
/// assert_eq!(
///     serde_json::to_string(&fout).unwrap(),
///     r#"{"code":"voor_wi2021","plaats":"termijnen","veld":"pip_dagtekening","artikel":null,"melding":"it is 2021-06-01, before 2022-01-01, when the Wet inburgering 2021 took effect; earlier cases fall under the Wet inburgering 2013, which this crate does not implement"}"#
/// );
/// ```
impl serde::Serialize for Fout {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        struct Json<'f> {
            code: &'static str,
            plaats: Option<String>,
            veld: Option<&'f str>,
            artikel: Option<Artikel>,
            melding: String,
        }
        Json {
            code: self.code(),
            plaats: self.0.plaats.as_ref().map(ToString::to_string),
            veld: self.veld(),
            artikel: self.artikel(),
            melding: self.0.soort.to_string(),
        }
        .serialize(serializer)
    }
}

/// A dossier that could not be evaluated, as the output says it: the format's and the crate's
/// version, the line (in JSON Lines), the dossier's id where it could be read, the fault and all
/// faults found with it ([`Fout::alle`]).
///
/// ```
/// use wi2021_boetes::{Foutmelding, TermijnHistorie};
/// let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
///     .termijnen()
///     .unwrap_err();
/// let json = serde_json::to_value(Foutmelding::nieuw(Some(7), &fout)).unwrap();
/// assert_eq!((json["regel"].as_u64(), json["fout"]["code"].as_str()), (Some(7), Some("voor_wi2021")));
/// assert_eq!(json["dossier_id"], serde_json::Value::Null);
/// ```
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Foutmelding<'f> {
    /// The version of the output's format.
    pub formaat_versie: u32,
    /// The version of the crate.
    pub crate_versie: &'static str,
    /// The line of JSON Lines input it answers (from 1); absent for a single dossier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regel: Option<usize>,
    /// The dossier's id, where it could be read.
    pub dossier_id: Option<&'f str>,
    /// The fault.
    pub fout: &'f Fout,
    /// Every fault found in the same run, the first included.
    pub fouten: Vec<&'f Fout>,
}

impl<'f> Foutmelding<'f> {
    /// The message for `fout`, answering line `regel` of JSON Lines (or a single dossier).
    ///
    /// ```
    /// # use wi2021_boetes::{Foutmelding, TermijnHistorie};
    /// # let fout = TermijnHistorie { pip_dagtekening: chrono::NaiveDate::from_ymd_opt(2021, 6, 1), ..Default::default() }
    /// #     .termijnen()
    /// #     .unwrap_err();
    /// assert_eq!(Foutmelding::nieuw(None, &fout).fouten.len(), 1);
    /// ```
    pub fn nieuw(regel: Option<usize>, fout: &'f Fout) -> Self {
        Foutmelding {
            formaat_versie: crate::dossier::FORMAAT_VERSIE,
            crate_versie: env!("CARGO_PKG_VERSION"),
            regel,
            dossier_id: fout.dossier_id(),
            fout,
            fouten: fout.alle().collect(),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Fout {
    fn schema_name() -> Cow<'static, str> {
        "Fout".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let artikel = generator.subschema_for::<Option<Artikel>>();
        schemars::json_schema!({
            "type": "object",
            "description": "A fault: its stable code, the part of the input and the field, the article the refusal rests on, and what is wrong.",
            "properties": {
                "code": { "type": "string" },
                "plaats": { "type": ["string", "null"] },
                "veld": { "type": ["string", "null"] },
                "artikel": artikel,
                "melding": { "type": "string" }
            },
            "required": ["code", "plaats", "veld", "artikel", "melding"],
            "additionalProperties": false
        })
    }
}

/// The part of the input an error is about.
///
/// ```
/// use wi2021_boetes::Plaats;
/// assert_eq!(Plaats::Overtreding("o-1".into()).to_string(), "overtreding `o-1`");
/// assert_eq!(Plaats::NieuweTermijn(0).to_string(), "termijnen.nieuwe_termijnen[0]");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Plaats {
    /// An overtreding, or an earlier fine for it, by its id.
    Overtreding(String),
    /// The besluit recorded in a dossier for an overtreding, by the overtreding's id.
    Besluit(String),
    /// A DUO assessment, by its id.
    Beoordeling(String),
    /// The terms: the PIP and its extensions.
    Termijnen,
    /// A new term in `termijnen.nieuwe_termijnen`, by its position (from 0).
    NieuweTermijn(usize),
    /// A leerroute table: its route, the doelgroep's table where the route has one per
    /// doelgroep (`asielstatushouder`, `gezins_en_overige_migrant`), and the band (from 1), if one
    /// is at fault.
    LeerrouteTabel {
        /// The route.
        route: Leerroute,
        /// The doelgroep's table, if the route has one per doelgroep.
        doelgroep: Option<&'static str>,
        /// The band, from 1.
        band: Option<usize>,
    },
    /// A list of the dossier, by its JSON name.
    Lijst(&'static str),
    /// An entry of a list of the dossier, by the list's JSON name and its position (from 0).
    Element {
        /// The list.
        lijst: &'static str,
        /// The position.
        index: usize,
    },
}

impl fmt::Display for Plaats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Plaats::Overtreding(id) => write!(f, "overtreding `{id}`"),
            Plaats::Besluit(id) => write!(f, "besluit on overtreding `{id}`"),
            Plaats::Beoordeling(id) => write!(f, "duo_beoordelingen `{id}`"),
            Plaats::Termijnen => f.write_str("termijnen"),
            Plaats::NieuweTermijn(index) => write!(f, "termijnen.nieuwe_termijnen[{index}]"),
            Plaats::LeerrouteTabel {
                route,
                doelgroep,
                band,
            } => {
                write!(f, "leerroute_tabellen.{route}")?;
                if let Some(doelgroep) = doelgroep {
                    write!(f, ".{doelgroep}")?;
                }
                match band {
                    Some(band) => write!(f, ", band {band}"),
                    None => Ok(()),
                }
            }
            Plaats::Lijst(naam) => f.write_str(naam),
            Plaats::Element { lijst, index } => write!(f, "{lijst}[{index}]"),
        }
    }
}

/// Every way the input can be wrong. Each kind has a stable [`code`](FoutSoort::code).
///
/// ```
/// use wi2021_boetes::FoutSoort;
/// assert_eq!(FoutSoort::OproepBuitenBereik { oproep: 4 }.code(), "oproep_buiten_bereik");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FoutSoort {
    /// A brede-intake overtreding without the number of the oproep it missed.
    #[error(
        "it is missing; a brede-intake overtreding needs the number (1, 2 or 3) of the oproep that was missed (Wi art. 14 lid 1)"
    )]
    OproepOntbreekt,
    /// A brede-intake oproep other than the 1st, 2nd or 3rd.
    #[error(
        "it is {oproep}, but the law knows only the 1st, 2nd and 3rd oproep; after the 3rd the college completes the brede intake without the person (Wi art. 14 lid 2)"
    )]
    OproepBuitenBereik {
        /// The oproep given.
        oproep: u8,
    },
    /// An oproep number on a gedraging that is not about the brede intake.
    #[error(
        "it is {oproep}, but gedraging `{gedraging}` is not about the brede intake; only a brede-intake overtreding has an oproep"
    )]
    OproepNietVanToepassing {
        /// The gedraging.
        gedraging: Gedraging,
        /// The oproep given.
        oproep: u8,
    },
    /// A brede-intake oproep dated after the PIP: the brede intake comes first (Wi 14, 15).
    #[error(
        "it is {constateringsdatum}, after the PIP's dagtekening {dagtekening}; the brede intake comes before the PIP (Wi art. 14 and 15), so a missed oproep cannot follow it"
    )]
    OproepNaPip {
        /// The constatering date.
        constateringsdatum: NaiveDate,
        /// The PIP's dagtekening.
        dagtekening: NaiveDate,
    },
    /// The answer depends on the leerroute, and none is given.
    #[error("it is missing, and {wat} depends on the leerroute")]
    LeerrouteOntbreekt {
        /// What depends on it.
        wat: &'static str,
    },
    /// Something that needs a PIP (and so a term), while there is none.
    #[error(
        "there is no PIP (field `termijnen.pip_dagtekening`), and {wat} needs one and the term it starts (Wi art. 15)"
    )]
    PipOntbreekt {
        /// What needs it.
        wat: &'static str,
    },
    /// A PIP overtreding dated before the PIP.
    #[error(
        "it is {constateringsdatum}, before the PIP's dagtekening {dagtekening}; a PIP overtreding cannot precede the PIP"
    )]
    VoorPip {
        /// The constatering date.
        constateringsdatum: NaiveDate,
        /// The PIP's dagtekening.
        dagtekening: NaiveDate,
    },
    /// A PIP overtreding outside every known term.
    #[error(
        "it is {constateringsdatum}, which lies in no known term (not in the initial term, its extensions, or any new term), so no cap applies to it (Bi art. 7.1 lid 5)"
    )]
    BuitenTermijn {
        /// The constatering date.
        constateringsdatum: NaiveDate,
    },
    /// A date before the Wet inburgering 2021 took effect.
    #[error(
        "it is {datum}, before {vanaf}, when the Wet inburgering 2021 took effect; earlier cases fall under the Wet inburgering 2013, which this crate does not implement"
    )]
    VoorWi2021 {
        /// The date given.
        datum: NaiveDate,
        /// The day the law took effect.
        vanaf: NaiveDate,
    },
    /// A date outside the range a dossier may hold (2000-01-01 up to 2199-12-31).
    #[error("it is {datum}, outside the accepted range 2000-01-01 up to and including 2199-12-31")]
    DatumOnaannemelijk {
        /// The date given.
        datum: NaiveDate,
    },
    /// A date so far out that a term or period counted from it leaves the calendar.
    #[error("the date is so far out that a term or period counted from it leaves the calendar")]
    DatumBuitenKalender,
    /// The overtreding took place after it was geconstateerd.
    #[error(
        "it is {pleegdatum}, after the constateringsdatum {constateringsdatum}; an overtreding is geconstateerd on or after the day it took place"
    )]
    PleegdatumNaConstatering {
        /// When it took place.
        pleegdatum: NaiveDate,
        /// When it was geconstateerd.
        constateringsdatum: NaiveDate,
    },
    /// A decision dated before the overtreding was geconstateerd.
    #[error(
        "the besluitdatum {besluitdatum} lies before the constateringsdatum {constateringsdatum}; a fine is decided after the overtreding is geconstateerd"
    )]
    BesluitVoorConstatering {
        /// The decision date.
        besluitdatum: NaiveDate,
        /// The constatering date.
        constateringsdatum: NaiveDate,
    },
    /// A new term of a length Bi art. 7.1 lid 5 gives no cap for.
    #[error(
        "it is {maanden}, but a new term has a cap only for {} months (Bi art. 7.1 lid 5); the crate does not guess a cap for another length",
        crate::wet::plafond::Lengtes
    )]
    NieuweTermijnDuur {
        /// The length given.
        maanden: u32,
    },
    /// A term that begins on or before the last day of the term before it.
    #[error(
        "it is {ingangsdatum}, but another term runs up to and including {einde_vorige}; terms cannot overlap"
    )]
    TermijnenOverlappen {
        /// Its first day.
        ingangsdatum: NaiveDate,
        /// The last day of the term it overlaps.
        einde_vorige: NaiveDate,
    },
    /// An extension that does not end after the term's current last day.
    #[error(
        "it is {nieuwe_einddatum}, but the term already runs up to and including {einde}; an extension (Wi art. 12) must end after the term's current last day"
    )]
    VerlengingTeVroeg {
        /// The extension's last day.
        nieuwe_einddatum: NaiveDate,
        /// The term's current last day.
        einde: NaiveDate,
    },
    /// A "lowered" amount above what the rules give.
    #[error(
        "it is {verlaagd}, above the {berekend} the rules give; a lowering for bijzondere omstandigheden (Awb art. 5:46 lid 3) can only lower a fine"
    )]
    VerlagingTeHoog {
        /// The amount asked for.
        verlaagd: Decimal,
        /// The amount the rules give.
        berekend: Decimal,
    },
    /// A lowering without the bijzondere omstandigheden it rests on.
    #[error(
        "it is empty; a lowering must record the bijzondere omstandigheden it rests on (Awb art. 5:46 lid 3)"
    )]
    VerlagingZonderReden,
    /// A negative amount, one with a fraction of a cent, or one above 1000000.00.
    #[error("it is {bedrag}; an amount must be zero or more, in whole cents, and at most {}", crate::wet::verlaging::MAX_BEDRAG.decimal())]
    BedragOngeldig {
        /// The amount given.
        bedrag: Decimal,
    },
    /// A recorded fine above the most the law allows for it (Wi art. 26 lid 1).
    #[error(
        "it is {bedrag}, above the {maximum} that Wi art. 26 lid 1 allows for gedraging `{gedraging}`"
    )]
    BoeteBovenMaximum {
        /// Its gedraging.
        gedraging: Gedraging,
        /// The amount given.
        bedrag: Decimal,
        /// The statutory maximum.
        maximum: Decimal,
    },
    /// An earlier PIP fine without its ladder step.
    #[error(
        "it is missing or 0; an earlier PIP fine needs the ladder step (1 or more) it was imposed at (Bi art. 7.1 lid 3)"
    )]
    LadderStapOntbreekt,
    /// A ladder step recorded for a fine that is not on the PIP ladder.
    #[error(
        "it is given, but gedraging `{gedraging}` is not fined on the ladder of Bi art. 7.1 lid 3; only a PIP fine has a ladder step"
    )]
    LadderStapNietVanToepassing {
        /// Its gedraging.
        gedraging: Gedraging,
    },
    /// A fine onherroepelijk before it was imposed.
    #[error(
        "it is {sinds}, before the besluitdatum {besluitdatum}; a fine cannot become onherroepelijk before it is imposed"
    )]
    OnherroepelijkVoorBesluit {
        /// The onherroepelijk date given.
        sinds: NaiveDate,
        /// The besluitdatum.
        besluitdatum: NaiveDate,
    },
    /// An id that occurs more than once in its list.
    #[error("the id `{id}` occurs more than once; ids must be unique within their list")]
    DubbeleId {
        /// The id.
        id: String,
    },
    /// A besluit for an overtreding that is not in the dossier.
    #[error("it is `{overtreding_id}`, but the dossier has no overtreding with that id")]
    BesluitZonderOvertreding {
        /// The id given.
        overtreding_id: String,
    },
    /// More bytes than one dossier may take.
    #[error("the input takes more than the {maximum} bytes one dossier may take")]
    TeGroot {
        /// The limit.
        maximum: usize,
    },
    /// Bytes that are not UTF-8.
    #[error("the input is not UTF-8: the bytes from position {positie} are not")]
    GeenUtf8 {
        /// The position (from 0) of the first byte that is not.
        positie: usize,
    },
    /// JSON nested deeper than a dossier needs.
    #[error("the JSON is nested deeper than {maximum} levels; a dossier needs six")]
    TeDiep {
        /// The limit.
        maximum: usize,
    },
    /// JSON whose top is not an object.
    #[error("a dossier is a JSON object, written {{…}}; this input begins with {}", match begint_met { Some(c) => format!("{c:?}"), None => "nothing".to_owned() })]
    GeenObject {
        /// The first character, if any.
        begint_met: Option<char>,
    },
    /// Text that is not JSON.
    #[error("the JSON is not valid at line {regel}, column {kolom}: {melding}")]
    JsonSyntax {
        /// The line (from 1).
        regel: usize,
        /// The column (from 1).
        kolom: usize,
        /// What is wrong there.
        melding: String,
    },
    /// JSON with a value the format does not allow: a wrong type, an unknown field, a missing
    /// one, an amount or date not written as the format says.
    #[error("{melding}")]
    JsonWaarde {
        /// What is wrong, and what the format expects.
        melding: String,
    },
    /// An id that is empty or holds a control character.
    #[error("it is {id:?}; an id is a non-empty string without control characters")]
    IdOngeldig {
        /// The id given.
        id: String,
    },
    /// A list longer than a dossier may hold.
    #[error("{aantal} entries, more than the {maximum} a dossier may hold")]
    TeVeel {
        /// How many were given.
        aantal: usize,
        /// The limit.
        maximum: usize,
    },
    /// A DUO assessment dated on or before the last day of the term it assesses.
    #[error(
        "it is {beoordelingsdatum}, but the term runs up to and including {termijn_einde}; DUO assesses after the term has run out"
    )]
    BeoordelingVoorEindeTermijn {
        /// Its date.
        beoordelingsdatum: NaiveDate,
        /// The term's last day.
        termijn_einde: NaiveDate,
    },
    /// A DUO besluit dated before its assessment.
    #[error("it lies before the beoordelingsdatum; DUO decides on or after its assessment")]
    BesluitVoorBeoordeling,
    /// A finding of a persistent lack of willingness to integrate, without its grounds.
    #[error(
        "it is empty; it must state the grounds on which DUO established a persistent lack of willingness to integrate (ECLI:EU:C:2025:52)"
    )]
    GrondenOntbreken,
    /// An extension because the overrun is not verwijtbaar, without its new last day.
    #[error(
        "it is missing; the overrun is not verwijtbaar, so DUO extends the term (Wi art. 12 lid 1 sub a), and the beschikking states the extension (Bi art. 4.5 lid 4)"
    )]
    VerlengingTotOntbreekt,
    /// A field that belongs only to an extension because the overrun is not verwijtbaar, given
    /// where there is none.
    #[error(
        "it is given, but it belongs only to an extension because the overrun is not verwijtbaar (field `verwijtbaarheid` is `geen`, and a part was not completed in time)"
    )]
    AlleenBijNietVerwijtbaar,
    /// A rule that was not yet in force on the assessment's date.
    #[error("it rests on {}, which was not yet in force on the assessment's date", .artikel.link())]
    NogNietVanKracht {
        /// The rule's article.
        artikel: Artikel,
    },
    /// A DUO fine that sets a new term, without its length.
    #[error(
        "it is missing; the fine sets a new term (Wi art. 24 lid 2), and its length must be given"
    )]
    NieuweTermijnOntbreekt,
    /// A new term that begins on or before the besluit that sets it.
    #[error(
        "it is {ingangsdatum}, but the besluit is dated {besluitdatum}; the new term runs after the boetebeschikking is made known (Wi art. 24 lid 2), so it begins after the besluitdatum"
    )]
    NieuweTermijnVoorBesluit {
        /// The first day given.
        ingangsdatum: NaiveDate,
        /// The besluitdatum.
        besluitdatum: NaiveDate,
    },
    /// The same new term given in `termijnen.nieuwe_termijnen` and set by a DUO assessment.
    #[error(
        "the new term beginning {ingangsdatum} is also set by duo_beoordelingen `{beoordeling_id}`; give a new term once, either in `termijnen.nieuwe_termijnen` or through the assessment that set it"
    )]
    NieuweTermijnDubbel {
        /// The assessment that sets it too.
        beoordeling_id: String,
        /// Its first day.
        ingangsdatum: NaiveDate,
    },
    /// A leerroute fine without the table to set it.
    #[error("it is missing; a leerroute fine (Bi art. 7.2 lid 2) is set from the table")]
    LeerrouteTabelOntbreekt,
    /// A leerroute fine without the registered effort.
    #[error(
        "it is missing; a leerroute fine (Bi art. 7.2 lid 2) is set from the registered hours, exam attempts and exams passed"
    )]
    LeerrouteInspanningOntbreekt,
    /// An invalid leerroute table (the place names the route and band).
    #[error("{reden}")]
    LeerrouteTabelOngeldig {
        /// What is wrong.
        reden: String,
    },
}

impl FoutSoort {
    /// The stable, machine-readable code of this kind: its name in snake_case.
    ///
    /// ```
    /// use wi2021_boetes::FoutSoort;
    /// assert_eq!(FoutSoort::VerlagingZonderReden.code(), "verlaging_zonder_reden");
    /// ```
    pub const fn code(&self) -> &'static str {
        use FoutSoort::*;
        match self {
            OproepOntbreekt => "oproep_ontbreekt",
            OproepBuitenBereik { .. } => "oproep_buiten_bereik",
            OproepNietVanToepassing { .. } => "oproep_niet_van_toepassing",
            OproepNaPip { .. } => "oproep_na_pip",
            LeerrouteOntbreekt { .. } => "leerroute_ontbreekt",
            PipOntbreekt { .. } => "pip_ontbreekt",
            VoorPip { .. } => "voor_pip",
            BuitenTermijn { .. } => "buiten_termijn",
            VoorWi2021 { .. } => "voor_wi2021",
            DatumOnaannemelijk { .. } => "datum_onaannemelijk",
            DatumBuitenKalender => "datum_buiten_kalender",
            PleegdatumNaConstatering { .. } => "pleegdatum_na_constatering",
            BesluitVoorConstatering { .. } => "besluit_voor_constatering",
            NieuweTermijnDuur { .. } => "nieuwe_termijn_duur",
            TermijnenOverlappen { .. } => "termijnen_overlappen",
            VerlengingTeVroeg { .. } => "verlenging_te_vroeg",
            VerlagingTeHoog { .. } => "verlaging_te_hoog",
            VerlagingZonderReden => "verlaging_zonder_reden",
            BedragOngeldig { .. } => "bedrag_ongeldig",
            BoeteBovenMaximum { .. } => "boete_boven_maximum",
            LadderStapOntbreekt => "ladder_stap_ontbreekt",
            LadderStapNietVanToepassing { .. } => "ladder_stap_niet_van_toepassing",
            OnherroepelijkVoorBesluit { .. } => "onherroepelijk_voor_besluit",
            DubbeleId { .. } => "dubbele_id",
            IdOngeldig { .. } => "id_ongeldig",
            TeGroot { .. } => "te_groot",
            GeenUtf8 { .. } => "geen_utf8",
            TeDiep { .. } => "te_diep",
            GeenObject { .. } => "geen_object",
            JsonSyntax { .. } => "json_syntax",
            JsonWaarde { .. } => "json_waarde",
            BesluitZonderOvertreding { .. } => "besluit_zonder_overtreding",
            TeVeel { .. } => "te_veel",
            BeoordelingVoorEindeTermijn { .. } => "beoordeling_voor_einde_termijn",
            BesluitVoorBeoordeling => "besluit_voor_beoordeling",
            GrondenOntbreken => "gronden_ontbreken",
            VerlengingTotOntbreekt => "verlenging_tot_ontbreekt",
            AlleenBijNietVerwijtbaar => "alleen_bij_niet_verwijtbaar",
            NogNietVanKracht { .. } => "nog_niet_van_kracht",
            NieuweTermijnOntbreekt => "nieuwe_termijn_ontbreekt",
            NieuweTermijnVoorBesluit { .. } => "nieuwe_termijn_voor_besluit",
            NieuweTermijnDubbel { .. } => "nieuwe_termijn_dubbel",
            LeerrouteTabelOntbreekt => "leerroute_tabel_ontbreekt",
            LeerrouteInspanningOntbreekt => "leerroute_inspanning_ontbreekt",
            LeerrouteTabelOngeldig { .. } => "leerroute_tabel_ongeldig",
        }
    }

    /// The article the refusal rests on, where the law itself rules the input out; `None` for
    /// what is refused because it is inconsistent or out of range.
    ///
    /// ```
    /// use wi2021_boetes::{Artikel, FoutSoort};
    /// assert_eq!(FoutSoort::OproepOntbreekt.artikel(), Some(Artikel::WiArt14Lid1));
    /// assert_eq!(FoutSoort::DatumBuitenKalender.artikel(), None);
    /// ```
    pub const fn artikel(&self) -> Option<Artikel> {
        use Artikel::*;
        use FoutSoort::*;
        Some(match self {
            OproepOntbreekt => WiArt14Lid1,
            OproepBuitenBereik { .. } => WiArt14Lid2,
            OproepNietVanToepassing { .. } => WiArt22Lid1,
            OproepNaPip { .. } | PipOntbreekt { .. } | VoorPip { .. } => WiArt15Lid1,
            BuitenTermijn { .. } | NieuweTermijnDuur { .. } => BiArt7_1Lid5,
            VerlengingTeVroeg { .. } | VerlengingTotOntbreekt | AlleenBijNietVerwijtbaar => {
                WiArt12Lid1
            }
            VerlagingTeHoog { .. } | VerlagingZonderReden => AwbArt5_46Lid3,
            BoeteBovenMaximum { .. } => WiArt26Lid1,
            LadderStapOntbreekt | LadderStapNietVanToepassing { .. } => BiArt7_1Lid3,
            GrondenOntbreken => HvjKeren,
            NogNietVanKracht { artikel } => *artikel,
            NieuweTermijnOntbreekt | NieuweTermijnVoorBesluit { .. } => WiArt24Lid2,
            LeerrouteTabelOntbreekt
            | LeerrouteInspanningOntbreekt
            | LeerrouteTabelOngeldig { .. } => BiArt7_2Lid2,
            LeerrouteOntbreekt { .. }
            | VoorWi2021 { .. }
            | DatumOnaannemelijk { .. }
            | DatumBuitenKalender
            | PleegdatumNaConstatering { .. }
            | BesluitVoorConstatering { .. }
            | TermijnenOverlappen { .. }
            | BedragOngeldig { .. }
            | OnherroepelijkVoorBesluit { .. }
            | DubbeleId { .. }
            | IdOngeldig { .. }
            | TeGroot { .. }
            | GeenUtf8 { .. }
            | TeDiep { .. }
            | GeenObject { .. }
            | JsonSyntax { .. }
            | JsonWaarde { .. }
            | BesluitZonderOvertreding { .. }
            | TeVeel { .. }
            | BeoordelingVoorEindeTermijn { .. }
            | BesluitVoorBeoordeling
            | NieuweTermijnDubbel { .. } => return None,
        })
    }
}
