//! DUO's decisions when a term runs out: an extension, or a fine for the PVT and the MAP (€ 340)
//! or the leerroute (up to € 1.000), with a new term.
//!
//! **Wi art. 24.** DUO (for the minister) fines who has not completed the PVT or the MAP within
//! the term of art. 11 or as extended under art. 12 (lid 1), and sets in the boetebeschikking a
//! new term of at most two years, running after it is made known (lid 2); not completed in that
//! new term: again a fine with a new term (lid 3); after that, a fine every two years as long as
//! it stays undone (lid 4). **Art. 25:** the same for the leerroute not achieved (lid 1–2), but no
//! fine when the residence permit's extension was refused or the permit withdrawn (lid 3).
//! **Art. 8 lid 3:** there is no MAP in the onderwijsroute.
//!
//! The orchestration below runs the rules in the law's order of priority, each in its own module:
//! the extension first ([`verlenging`]: Wi 12, Bi 4.3–4.5), then per article the fine
//! ([`boete`]: Wi 24, 25, the Awb, Union law for asielstatushouders, Bi 7.2), then the new term.
//!
//! Readings taken here, where the texts leave a choice:
//! - Art. 24 gives **one** fine of € 340 whether the PVT, the MAP or both are unfinished: art. 26
//!   lid 1 sub b and Bi 7.2 lid 1 speak of "de boete" of art. 24, and art. 24 lid 1 itself of not
//!   completing "het participatieverklaringstraject of de module Arbeidsmarkt en Participatie".
//! - What is no duty cannot be overrun: in the onderwijsroute an open MAP gives neither a fine
//!   nor an extension and is not named among the parts not completed. With an unknown leerroute
//!   an open MAP alone cannot be judged (an input error); beside an open PVT it changes nothing in
//!   the one € 340, and only the PVT is named.
//! - Which lid applies follows from the earlier fines for the same article: none → lid 1, one →
//!   lid 3, more → lid 4. A lid-4 fine ("iedere twee jaar") is due no earlier than two years after
//!   the besluitdatum of the previous fine for that article: of the readings the text allows, the
//!   one least burdensome for the person.
//! - The overtreding takes place on the day after the term's last day; the lapse period (Awb
//!   5:45) counts from it. A lid-4 fine is for a new stretch of non-completion: its overtreding
//!   falls on the day it becomes due.
//! - A new term runs "na het bekendmaken van de boetebeschikking" (art. 24 lid 2): it begins
//!   after the besluitdatum, by default the day after it; an earlier first day is an input error.

pub(crate) mod boete;
pub(crate) mod tabel;
pub(crate) mod verlenging;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::artikel::Artikel;
use crate::fout::{Fout, FoutSoort, Plaats};
use crate::geld::Centen;
use crate::uitleg::{Stap, Stappen, Uitleg, UitlegVorm};
use crate::wet::catalogus::{Leerroute, Person, Regime};
use crate::wet::parameters::{self, Versie};
use crate::wet::procedure::{Config, Route, Signaal};
use crate::wet::termijn::{NieuweTermijn, Termijn};
use crate::wet::verlaging::Verlaging;
use crate::wet::verwijtbaarheid::Verwijtbaarheid;
use tabel::{LeerrouteInspanning, LeerrouteTabellen};

/// The two DUO fines.
///
/// ```
/// use wi2021_boetes::{DuoArtikel, Regime};
/// assert_eq!(DuoArtikel::Art25.regime(), Regime::DuoLeerroute);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DuoArtikel {
    /// Wi art. 24: PVT or MAP not completed in time, € 340.
    Art24,
    /// Wi art. 25: the leerroute not achieved in time, up to € 1.000.
    Art25,
}

impl DuoArtikel {
    /// The fine regime of the article (its maximum and procedure follow from it).
    ///
    /// ```
    /// use wi2021_boetes::{DuoArtikel, Regime};
    /// assert_eq!(DuoArtikel::Art24.regime(), Regime::DuoPvtMap);
    /// ```
    pub const fn regime(self) -> Regime {
        match self {
            DuoArtikel::Art24 => Regime::DuoPvtMap,
            DuoArtikel::Art25 => Regime::DuoLeerroute,
        }
    }
}

/// Which lid of art. 24 (and, through art. 25 lid 2, of art. 25) applies.
///
/// ```
/// use wi2021_boetes::DuoMoment;
/// assert_eq!(DuoMoment::after(1), DuoMoment::NaNieuweTermijn);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DuoMoment {
    /// Lid 1: the initial (or extended) term ran out; a new term follows (lid 2).
    Eerste,
    /// Lid 3: the new term ran out; again a new term.
    NaNieuweTermijn,
    /// Lid 4: every two years after that, as long as it stays undone; no new term.
    Tweejaarlijks,
}

impl DuoMoment {
    /// The moment after `earlier` fines for the same article.
    ///
    /// ```
    /// use wi2021_boetes::DuoMoment;
    /// assert_eq!(DuoMoment::after(0), DuoMoment::Eerste);
    /// assert_eq!(DuoMoment::after(5), DuoMoment::Tweejaarlijks);
    /// ```
    pub fn after(earlier: usize) -> DuoMoment {
        match earlier {
            0 => DuoMoment::Eerste,
            1 => DuoMoment::NaNieuweTermijn,
            _ => DuoMoment::Tweejaarlijks,
        }
    }

    /// Whether the fine comes with a new term (lid 2, and lid 3 with lid 2).
    ///
    /// ```
    /// use wi2021_boetes::DuoMoment;
    /// assert!(!DuoMoment::Tweejaarlijks.sets_new_term());
    /// ```
    pub fn sets_new_term(self) -> bool {
        !matches!(self, DuoMoment::Tweejaarlijks)
    }

    /// The lid of `artikel` this moment applies.
    ///
    /// ```
    /// use wi2021_boetes::{Artikel, DuoArtikel, DuoMoment};
    /// assert_eq!(DuoMoment::NaNieuweTermijn.artikel(DuoArtikel::Art25), Artikel::WiArt25Lid2);
    /// ```
    pub const fn artikel(self, artikel: DuoArtikel) -> Artikel {
        match (artikel, self) {
            (DuoArtikel::Art24, DuoMoment::Eerste) => Artikel::WiArt24Lid1,
            (DuoArtikel::Art24, DuoMoment::NaNieuweTermijn) => Artikel::WiArt24Lid3,
            (DuoArtikel::Art24, DuoMoment::Tweejaarlijks) => Artikel::WiArt24Lid4,
            (DuoArtikel::Art25, DuoMoment::Eerste) => Artikel::WiArt25Lid1,
            (DuoArtikel::Art25, _) => Artikel::WiArt25Lid2,
        }
    }
}

/// The parts of the inburgeringsplicht DUO checks.
///
/// ```
/// use wi2021_boetes::DuoOnderdeel;
/// assert_eq!(serde_json::to_string(&DuoOnderdeel::Map).unwrap(), r#""map""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DuoOnderdeel {
    /// The participatieverklaringstraject.
    Pvt,
    /// The module Arbeidsmarkt en Participatie.
    Map,
    /// The leerroute.
    Leerroute,
}

/// The parts a decision is about, as a small set; in JSON a list in the order PVT, MAP,
/// leerroute.
///
/// ```
/// use wi2021_boetes::{DuoOnderdeel, Onderdelen};
/// let o = Onderdelen { pvt: true, map: true, leerroute: false };
/// assert!(o.iter().eq([DuoOnderdeel::Pvt, DuoOnderdeel::Map]));
/// assert_eq!(serde_json::to_string(&o).unwrap(), r#"["pvt","map"]"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Onderdelen {
    /// The PVT.
    pub pvt: bool,
    /// The MAP.
    pub map: bool,
    /// The leerroute.
    pub leerroute: bool,
}

impl Onderdelen {
    /// The parts, in order.
    ///
    /// ```
    /// use wi2021_boetes::{DuoOnderdeel, Onderdelen};
    /// let o = Onderdelen { leerroute: true, ..Onderdelen::default() };
    /// assert_eq!(o.iter().collect::<Vec<_>>(), [DuoOnderdeel::Leerroute]);
    /// ```
    pub fn iter(self) -> impl Iterator<Item = DuoOnderdeel> {
        [
            (self.pvt, DuoOnderdeel::Pvt),
            (self.map, DuoOnderdeel::Map),
            (self.leerroute, DuoOnderdeel::Leerroute),
        ]
        .into_iter()
        .filter_map(|(open, deel)| open.then_some(deel))
    }

    /// Whether no part is named.
    ///
    /// ```
    /// use wi2021_boetes::Onderdelen;
    /// assert!(Onderdelen::default().is_leeg());
    /// ```
    pub fn is_leeg(self) -> bool {
        !(self.pvt || self.map || self.leerroute)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Onderdelen {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Onderdelen".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Vec<DuoOnderdeel>>::json_schema(generator)
    }
}

impl Serialize for Onderdelen {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// What was not completed when the term ran out.
///
/// ```
/// use wi2021_boetes::Onafgerond;
/// let o: Onafgerond = serde_json::from_str(r#"{"pvt":true}"#).unwrap();
/// assert!(o.pvt && !o.map && !o.leerroute);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Onafgerond {
    /// The PVT.
    #[serde(default)]
    pub pvt: bool,
    /// The MAP.
    #[serde(default)]
    pub map: bool,
    /// The leerroute.
    #[serde(default)]
    pub leerroute: bool,
}

/// The facts Bi art. 4.4 lid 2–3 weighs for aanzienlijke inspanningen.
///
/// ```
/// use wi2021_boetes::Inspanningen;
/// let i: Inspanningen = serde_json::from_str(
///     r#"{"examens_op_pip_niveau_ten_minste_a2":true,"alle_lessen_gevolgd":false,"uren_gevolgd":460,
///        "taalonderdelen_behaald":2,"knm_behaald":true}"#,
/// ).unwrap();
/// assert_eq!(i.uren_gevolgd, 460);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Inspanningen {
    /// Sub a: the four language skills were examined at the PIP's level, at least A2 (B1-route).
    pub examens_op_pip_niveau_ten_minste_a2: bool,
    /// Sub b: all language lessons and KNM hours followed, save permitted absence.
    pub alle_lessen_gevolgd: bool,
    /// Lid 3: hours of language lessons or KNM followed (gezins- and overige migranten need 450).
    pub uren_gevolgd: u32,
    /// Sub c: language exam parts passed (of four).
    pub taalonderdelen_behaald: u8,
    /// Sub c: the KNM exam passed.
    pub knm_behaald: bool,
}

/// A criterion of Bi art. 4.4 lid 2–3 that is not met.
///
/// ```
/// use wi2021_boetes::{Artikel, InspanningsCriterium};
/// assert_eq!(InspanningsCriterium::MinderDan450Uren.artikel(), Artikel::BiArt4_4Lid3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum InspanningsCriterium {
    /// Sub a: not in the B1-route.
    GeenB1Route,
    /// Sub a: not examined at the PIP's level, at least A2.
    NietGeexamineerd,
    /// Sub b: not all lessons followed (asielstatushouders).
    NietAlleLessen,
    /// Lid 3: fewer than 450 hours (gezins- and overige migranten).
    MinderDan450Uren,
    /// Sub c: fewer than two language parts, or KNM not passed.
    TeWeinigBehaald,
    /// Sub d: PVT or MAP not completed.
    PvtOfMapNietAfgerond,
}

impl InspanningsCriterium {
    /// The lid it stands in: the 450 hours in lid 3, the others in lid 2.
    ///
    /// ```
    /// use wi2021_boetes::{Artikel, InspanningsCriterium};
    /// assert_eq!(InspanningsCriterium::GeenB1Route.artikel(), Artikel::BiArt4_4Lid2);
    /// ```
    pub const fn artikel(self) -> Artikel {
        match self {
            InspanningsCriterium::MinderDan450Uren => Artikel::BiArt4_4Lid3,
            _ => Artikel::BiArt4_4Lid2,
        }
    }
}

/// Why the overrun is not verwijtbaar (Bi art. 4.3): a circumstance during the term (lid 1), or,
/// from 2023-01-01, a designated non-exempting education (lid 2).
///
/// ```
/// use wi2021_boetes::NietVerwijtbaarGrond;
/// let g: NietVerwijtbaarGrond = serde_json::from_str(r#""niet_vrijstellende_opleiding""#).unwrap();
/// assert_eq!(g, NietVerwijtbaarGrond::NietVrijstellendeOpleiding);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NietVerwijtbaarGrond {
    /// A circumstance during the term that kept the person from taking part (lid 1).
    #[default]
    Omstandigheid,
    /// A designated non-exempting education, followed during the term or continued after it (lid
    /// 2, from 2023-01-01).
    NietVrijstellendeOpleiding,
}

/// DUO's assessment of one term that ran out.
///
/// ```
/// use wi2021_boetes::DuoBeoordeling;
/// let b: DuoBeoordeling = serde_json::from_str(
///     r#"{"id":"duo-1","beoordelingsdatum":"2025-04-01","onafgerond":{"pvt":true},
///        "verwijtbaarheid":"normaal","nieuwe_termijn_maanden":12}"#,
/// ).unwrap();
/// assert_eq!(b.nieuwe_termijn_maanden, Some(12));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DuoBeoordeling {
    /// The caller's opaque id.
    pub id: String,
    /// The day DUO assesses (after the term's last day).
    #[serde(deserialize_with = "crate::invoer::datum")]
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub beoordelingsdatum: NaiveDate,
    /// The day of the besluit; default the beoordelingsdatum.
    #[serde(default, deserialize_with = "crate::invoer::datum_optie")]
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub besluitdatum: Option<NaiveDate>,
    /// What was not completed.
    pub onafgerond: Onafgerond,
    /// How far the overrun can be blamed on the person; `geen`: extension, no fine (Wi art. 12
    /// lid 1 sub a, Bi 4.3).
    pub verwijtbaarheid: Verwijtbaarheid,
    /// Why not verwijtbaar, where `verwijtbaarheid` is `geen`: a circumstance (Bi 4.3 lid 1, the
    /// default) or a designated non-exempting education (lid 2, from 2023-01-01).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub niet_verwijtbaar_grond: Option<NietVerwijtbaarGrond>,
    /// The facts for aanzienlijke inspanningen (Bi 4.4), if the person relies on them.
    #[serde(default)]
    pub inspanningen: Option<Inspanningen>,
    /// The registered effort on the leerroute (Bi 7.2 lid 2), needed for a leerroute fine.
    #[serde(default)]
    pub leerroute_inspanning: Option<LeerrouteInspanning>,
    /// The residence permit's extension was refused or the permit withdrawn (Wi art. 25 lid 3).
    #[serde(default)]
    pub verblijfsvergunning_beeindigd: bool,
    /// A lower art. 24 fine for bijzondere omstandigheden (Awb 5:46 lid 3, Bi 7.2 lid 3).
    #[serde(default)]
    pub verlaging_pvt_map: Option<Verlaging>,
    /// A lower art. 25 fine for bijzondere omstandigheden (Awb 5:46 lid 3).
    #[serde(default)]
    pub verlaging_leerroute: Option<Verlaging>,
    /// The length of the new term DUO sets with a fine (6, 12, 18 or 24 months).
    #[serde(default)]
    pub nieuwe_termijn_maanden: Option<u32>,
    /// Its first day, after the besluitdatum; default the day after the besluitdatum.
    #[serde(default, deserialize_with = "crate::invoer::datum_optie")]
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub nieuwe_termijn_ingangsdatum: Option<NaiveDate>,
    /// For an extension because the overrun is not verwijtbaar: the new last day DUO sets.
    #[serde(default, deserialize_with = "crate::invoer::datum_optie")]
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub verlenging_tot: Option<NaiveDate>,
    /// The date of DUO's intention (vooraankondiging); the person then has four weeks to react.
    #[serde(default, deserialize_with = "crate::invoer::datum_optie")]
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub voornemen_datum: Option<NaiveDate>,
    /// For an asielstatushouder: the grounds on which DUO established a proven and persistent
    /// lack of willingness to integrate. Without it DUO imposes no art. 24 or 25 fine on an
    /// asielstatushouder (Union law: art. 34 Richtlijn 2011/95/EU as ECLI:EU:C:2025:52 reads it); an empty string is an input
    /// error.
    #[serde(default)]
    pub aanhoudend_gebrek_aan_integratiebereidheid: Option<String>,
}

/// Why an extension instead of a fine.
///
/// ```
/// use wi2021_boetes::VerlengingsGrond;
/// assert_eq!(serde_json::to_string(&VerlengingsGrond::NietVerwijtbaar).unwrap(), r#""niet_verwijtbaar""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VerlengingsGrond {
    /// The overrun is not verwijtbaar (Wi art. 12 lid 1 sub a; Bi 4.3).
    NietVerwijtbaar,
    /// Aanzienlijke inspanningen (Wi art. 12 lid 1 sub b; Bi 4.4): six months.
    AanzienlijkeInspanningen,
}

/// Why no DUO fine (besides an extension).
///
/// ```
/// use wi2021_boetes::DuoGeenBoeteReden;
/// assert_eq!(serde_json::to_string(&DuoGeenBoeteReden::Unierecht).unwrap(), r#"{"soort":"unierecht"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum DuoGeenBoeteReden {
    /// Only the MAP is unfinished, and there is no MAP in the onderwijsroute (Wi art. 8 lid 3).
    GeenMapPlichtOnderwijsroute,
    /// The residence permit's extension was refused or the permit withdrawn (Wi art. 25 lid 3).
    VerblijfsvergunningBeeindigd,
    /// A lid-4 fine is not yet due: two years have not passed since the previous one.
    NogNietTweeJaar,
    /// Lowered to € 0 for bijzondere omstandigheden.
    VerlaagdTotNul,
    /// The power to fine had lapsed (Awb 5:45).
    BevoegdheidVervallen,
    /// An asielstatushouder, and no proven and persistent lack of willingness to integrate was
    /// established (art. 34 Richtlijn 2011/95/EU as the Court applied it in Keren).
    Unierecht,
}

/// The outcome of a DUO decision.
///
/// ```
/// use wi2021_boetes::DuoUitkomst;
/// assert_eq!(serde_json::to_string(&DuoUitkomst::Boete).unwrap(), r#"{"soort":"boete"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum DuoUitkomst {
    /// A fine of [`DuoDecision::bedrag`].
    Boete,
    /// The term is extended (Wi art. 12), no fine.
    Verlenging {
        /// Why.
        grond: VerlengingsGrond,
        /// The new last day (six months for aanzienlijke inspanningen; as DUO set it for not
        /// verwijtbaar).
        #[serde(serialize_with = "crate::uitvoer::datum")]
        tot: NaiveDate,
    },
    /// No fine, for this reason.
    GeenBoete {
        /// Why not.
        reden: DuoGeenBoeteReden,
    },
}

/// The dates DUO works with around a term's end: its letter two months before (DUO's practice)
/// and the first day an extension can be asked for (Bi 4.5 lid 1).
///
/// ```
/// use chrono::NaiveDate;
/// use wi2021_boetes::DuoDatums;
/// let d = DuoDatums::for_term(NaiveDate::from_ymd_opt(2025, 3, 14).unwrap());
/// assert_eq!(d.brief_uiterlijk, NaiveDate::from_ymd_opt(2025, 1, 14));
/// assert_eq!(d.verlenging_aanvragen_vanaf, NaiveDate::from_ymd_opt(2024, 9, 14));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DuoDatums {
    /// The term's last day.
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub termijn_einde: NaiveDate,
    /// DUO's letter about the end of the term goes out two months before it (DUO's practice).
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub brief_uiterlijk: Option<NaiveDate>,
    /// An extension can be asked for no earlier than six months before the end (Bi 4.5 lid 1).
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub verlenging_aanvragen_vanaf: Option<NaiveDate>,
}

impl DuoDatums {
    /// The dates for a term ending on `termijn_einde`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use wi2021_boetes::DuoDatums;
    /// let einde = NaiveDate::from_ymd_opt(2027, 2, 28).unwrap();
    /// assert_eq!(DuoDatums::for_term(einde).termijn_einde, einde);
    /// ```
    pub fn for_term(termijn_einde: NaiveDate) -> DuoDatums {
        Self::voor(termijn_einde, parameters::op(termijn_einde))
    }

    fn voor(termijn_einde: NaiveDate, versie: &Versie) -> DuoDatums {
        let terug = |maanden| termijn_einde.checked_sub_months(chrono::Months::new(maanden));
        DuoDatums {
            termijn_einde,
            brief_uiterlijk: terug(versie.brief_maanden),
            verlenging_aanvragen_vanaf: terug(versie.verlenging_aanvragen_maanden),
        }
    }
}

/// One DUO decision: the art. 24 or the art. 25 fine of one assessment.
///
/// ```
/// use chrono::NaiveDate;
/// use wi2021_boetes::*;
/// let d = |y, m, dag| NaiveDate::from_ymd_opt(y, m, dag).unwrap();
/// let b: DuoBeoordeling = serde_json::from_str(
///     r#"{"id":"duo-1","beoordelingsdatum":"2025-04-01","onafgerond":{"pvt":true},
///        "verwijtbaarheid":"normaal","nieuwe_termijn_maanden":12}"#,
/// )?;
/// let config = Config::default();
/// let person = Person { doelgroep: Doelgroep::Gezinsmigrant, leerroute: Some(Leerroute::B1Route) };
/// let context = DuoContext {
///     person, termijn_einde: d(2025, 3, 14), eerdere_art24: &[], eerdere_art25: &[],
///     tabellen: None, config: &config,
/// };
/// let uitkomst = beoordeel(&context, &b)?;
/// let besluit: &DuoDecision = &uitkomst.beslissingen[0];
/// assert_eq!((besluit.artikel, besluit.bedrag), (DuoArtikel::Art24, rust_decimal::Decimal::new(34000, 2)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "DuoBeslissing")
)]
pub struct DuoDecision<'a> {
    /// The assessment's id.
    pub beoordeling_id: &'a str,
    /// Art. 24 or art. 25.
    pub artikel: DuoArtikel,
    /// Lid 1, 3 or 4.
    pub moment: DuoMoment,
    /// The parts this decision is about.
    pub onderdelen: Onderdelen,
    /// The day of the besluit.
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub besluitdatum: NaiveDate,
    /// The version of the law's numbers it applied: the day that version took effect.
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub wetsversie: NaiveDate,
    /// Fine, extension, or no fine.
    pub uitkomst: DuoUitkomst,
    /// The amount imposed (€ 0.00 when no fine).
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub bedrag: Decimal,
    /// The amount the rules give before a lowering.
    #[serde(serialize_with = "crate::uitvoer::bedrag_optie")]
    pub berekend_bedrag: Option<Decimal>,
    /// For art. 25: the band of the table (1-based).
    pub tabel_band: Option<usize>,
    /// The amount a lowering for bijzondere omstandigheden brought the fine to, if any (its
    /// reason is in the lowering's step, and only there).
    #[serde(serialize_with = "crate::uitvoer::bedrag_optie")]
    pub verlaagd_tot: Option<Decimal>,
    /// The procedure the law requires (art. 24: light; art. 25: heavy, Awb 5:53).
    pub route: Route,
    /// The statutory maximum (Wi art. 26 lid 1).
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub wettelijk_maximum: Decimal,
    /// The last day the fine can be imposed (Awb 5:45).
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub bevoegd_tot_en_met: Option<NaiveDate>,
    /// A voorgenomen fine (before any lowering) above the threshold (default € 340) comes with
    /// the offer of a (telephone) hoorzitting (DUO's practice).
    pub hoorzitting_aangeboden: bool,
    /// Four weeks after DUO's intention: the last day to react (DUO's practice), if the
    /// intention's date was given.
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub reactie_uiterlijk: Option<NaiveDate>,
    /// Procedural flags that change no amount (a decision before the four weeks to react ran out).
    pub signalen: Vec<Signaal>,
    /// DUO's dates for the term that ran out.
    pub datums: DuoDatums,
    /// The explanation, in order (see [`DuoDecision::stappen`]).
    #[serde(rename = "stappen")]
    pub(crate) uitleg: Uitleg<'a>,
}

impl<'a> DuoDecision<'a> {
    /// Whether a fine decision was taken (a fine, or one lowered to € 0): such a decision sets
    /// the new term and counts as an earlier fine for lid 3 and 4.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let json = r#"{"id":"x","beoordelingsdatum":"2025-04-01","onafgerond":{"pvt":true},"verwijtbaarheid":"normaal","nieuwe_termijn_maanden":6}"#;
    /// # let b: DuoBeoordeling = serde_json::from_str(json).unwrap();
    /// # let config = Config::default();
    /// # let context = DuoContext { person: Person { doelgroep: Doelgroep::Gezinsmigrant, leerroute: Some(Leerroute::B1Route) },
    /// #     termijn_einde: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap(), eerdere_art24: &[], eerdere_art25: &[],
    /// #     tabellen: None, config: &config };
    /// let uitkomst = beoordeel(&context, &b)?;
    /// assert!(uitkomst.beslissingen[0].is_boetebesluit());
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn is_boetebesluit(&self) -> bool {
        matches!(
            self.uitkomst,
            DuoUitkomst::Boete
                | DuoUitkomst::GeenBoete {
                    reden: DuoGeenBoeteReden::VerlaagdTotNul
                }
        )
    }
    /// The explanation, in order: each step with its rule, its facts and its article.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let json = r#"{"id":"x","beoordelingsdatum":"2025-04-01","onafgerond":{"pvt":true},"verwijtbaarheid":"normaal","nieuwe_termijn_maanden":6}"#;
    /// # let b: DuoBeoordeling = serde_json::from_str(json).unwrap();
    /// # let config = Config::default();
    /// # let context = DuoContext { person: Person { doelgroep: Doelgroep::Gezinsmigrant, leerroute: Some(Leerroute::B1Route) },
    /// #     termijn_einde: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap(), eerdere_art24: &[], eerdere_art25: &[],
    /// #     tabellen: None, config: &config };
    /// let uitkomst = beoordeel(&context, &b)?;
    /// assert_eq!(uitkomst.beslissingen[0].stappen()[0].artikel(), Artikel::WiArt24Lid1);
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn stappen(&self) -> &Uitleg<'a> {
        &self.uitleg
    }

    /// The same decision, with its explanation written in JSON in the form `vorm`.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let json = r#"{"id":"x","beoordelingsdatum":"2025-04-01","onafgerond":{"pvt":true},"verwijtbaarheid":"normaal","nieuwe_termijn_maanden":6}"#;
    /// # let b: DuoBeoordeling = serde_json::from_str(json).unwrap();
    /// # let config = Config::default();
    /// # let context = DuoContext { person: Person { doelgroep: Doelgroep::Gezinsmigrant, leerroute: Some(Leerroute::B1Route) },
    /// #     termijn_einde: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap(), eerdere_art24: &[], eerdere_art25: &[],
    /// #     tabellen: None, config: &config };
    /// let besluit = beoordeel(&context, &b)?.beslissingen.remove(0).met_uitleg(UitlegVorm::Codes);
    /// assert!(!serde_json::to_string(&besluit).unwrap().contains(r#""zin""#));
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn met_uitleg(mut self, vorm: UitlegVorm) -> Self {
        self.zet_uitleg(vorm);
        self
    }

    /// Writes the explanation in the form `vorm` from now on.
    pub(crate) fn zet_uitleg(&mut self, vorm: UitlegVorm) {
        self.uitleg.vorm = vorm;
    }
}

impl<'a> Stappen<'a> for DuoDecision<'a> {
    fn stap(&mut self, stap: Stap<'a>) {
        self.uitleg.push(stap);
    }
}

/// Everything one assessment gives.
///
/// ```
/// # use wi2021_boetes::*;
/// # let json = r#"{"id":"x","beoordelingsdatum":"2025-04-01","onafgerond":{"pvt":true},"verwijtbaarheid":"normaal","nieuwe_termijn_maanden":6}"#;
/// # let b: DuoBeoordeling = serde_json::from_str(json).unwrap();
/// # let config = Config::default();
/// # let context = DuoContext { person: Person { doelgroep: Doelgroep::OverigeMigrant, leerroute: Some(Leerroute::B1Route) },
/// #     termijn_einde: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap(), eerdere_art24: &[], eerdere_art25: &[],
/// #     tabellen: None, config: &config };
/// let uitkomst = beoordeel(&context, &b)?;
/// assert_eq!(uitkomst.nieuwe_termijn.unwrap().maanden, 6);
/// assert_eq!(uitkomst.gemeente_plafond, Some(rust_decimal::Decimal::new(40000, 2)));
/// # Ok::<(), Fout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DuoBeoordelingUitkomst<'a> {
    /// The assessment's id.
    pub beoordeling_id: &'a str,
    /// The decisions: art. 24 and/or art. 25.
    pub beslissingen: Vec<DuoDecision<'a>>,
    /// The new term DUO sets, if any.
    pub nieuwe_termijn: Option<NieuweTermijn>,
    /// The gemeente's cap over that new term (Bi 7.1 lid 5).
    #[serde(serialize_with = "crate::uitvoer::bedrag_optie")]
    pub gemeente_plafond: Option<Decimal>,
    /// The extended last day of the term, if extended.
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub verlenging_tot: Option<NaiveDate>,
}

/// Everything around one assessment.
///
/// ```
/// use wi2021_boetes::*;
/// let config = Config::default();
/// let context = DuoContext {
///     person: Person { doelgroep: Doelgroep::Gezinsmigrant, leerroute: Some(Leerroute::B1Route) },
///     termijn_einde: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap(),
///     eerdere_art24: &[], eerdere_art25: &[], tabellen: None, config: &config,
/// };
/// assert!(context.eerdere_art24.is_empty());
/// ```
#[derive(Debug, Clone, Copy)]
pub struct DuoContext<'a> {
    /// Doelgroep and leerroute.
    pub person: Person,
    /// The last day of the term that ran out.
    pub termijn_einde: NaiveDate,
    /// The besluitdata of earlier art. 24 fine decisions, oldest first.
    pub eerdere_art24: &'a [NaiveDate],
    /// The besluitdata of earlier art. 25 fine decisions, oldest first.
    pub eerdere_art25: &'a [NaiveDate],
    /// The leerroute tables (needed for an art. 25 fine).
    pub tabellen: Option<&'a LeerrouteTabellen>,
    /// Practice settings (the hoorzitting threshold).
    pub config: &'a Config,
}

/// Assesses one term that ran out.
///
/// # Errors
/// A [`Fout`] for inconsistent input: an assessment on or before the term's last day, a new term
/// of another length than 6, 12, 18 or 24 months or missing where a fine sets one, a leerroute
/// fine without leerroute, table or registered effort, an invalid table, an invalid lowering, an
/// extension without its end date.
///
/// ```
/// use wi2021_boetes::*;
/// let b: DuoBeoordeling = serde_json::from_str(
///     r#"{"id":"duo-1","beoordelingsdatum":"2025-03-14","onafgerond":{"pvt":true},"verwijtbaarheid":"normaal"}"#,
/// ).unwrap();
/// let config = Config::default();
/// let context = DuoContext {
///     person: Person { doelgroep: Doelgroep::Gezinsmigrant, leerroute: Some(Leerroute::B1Route) },
///     termijn_einde: chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap(),
///     eerdere_art24: &[], eerdere_art25: &[], tabellen: None, config: &config,
/// };
/// assert_eq!(beoordeel(&context, &b).unwrap_err().code(), "beoordeling_voor_einde_termijn");
/// ```
pub fn beoordeel<'a>(
    context: &DuoContext<'a>,
    beoordeling: &'a DuoBeoordeling,
) -> Result<DuoBeoordelingUitkomst<'a>, Fout> {
    if let Some(tabellen) = context.tabellen {
        tabellen.validate()?;
    }
    beoordeel_gevalideerd(context, context.tabellen, beoordeling)
}

/// [`beoordeel`], for tables already validated: the rules in the law's order. The outcome
/// borrows from the assessment and the tables only, not from the rest of the context.
pub(crate) fn beoordeel_gevalideerd<'a>(
    context: &DuoContext<'_>,
    tabellen: Option<&'a LeerrouteTabellen>,
    b: &'a DuoBeoordeling,
) -> Result<DuoBeoordelingUitkomst<'a>, Fout> {
    let a = Assessment::nieuw(context, tabellen, b)?; // dates, lengths, the law's version
    let delen = verlenging::onderdelen(&a)?; // Wi 8 lid 3: the parts that are a duty
    let verlengen = verlenging::toets(&a, &delen)?; // Wi 12; Bi 4.3–4.5
    let mut uit = DuoBeoordelingUitkomst {
        beoordeling_id: &b.id,
        beslissingen: Vec::with_capacity(2),
        nieuwe_termijn: None,
        gemeente_plafond: None,
        verlenging_tot: verlengen.tot(),
    };
    if delen.map_zonder_plicht {
        uit.beslissingen.push(boete::geen_map_plicht(&a)); // Wi 8 lid 3
    }
    for (artikel, onderdelen) in delen.artikelen {
        uit.beslissingen
            .push(boete::beslis(&a, artikel, onderdelen, &verlengen)?); // Wi 24, 25
    }
    boete::nieuwe_termijn(&a, &mut uit)?; // Wi 24 lid 2, 25 lid 2; Bi 7.1 lid 5
    Ok(uit)
}

/// One assessment being decided: its input, the dates that follow from it, and the version of
/// the law's numbers that applies.
pub(crate) struct Assessment<'a, 'c> {
    pub context: &'c DuoContext<'c>,
    pub tabellen: Option<&'a LeerrouteTabellen>,
    pub b: &'a DuoBeoordeling,
    pub besluitdatum: NaiveDate,
    /// The day the overtreding takes place: the day after the term's last day.
    pub overtreding_op: NaiveDate,
    pub datums: DuoDatums,
    pub versie: &'static Versie,
}

impl<'a, 'c> Assessment<'a, 'c> {
    /// Checks the assessment's own fields and settles its dates and version.
    fn nieuw(
        context: &'c DuoContext<'c>,
        tabellen: Option<&'a LeerrouteTabellen>,
        b: &'a DuoBeoordeling,
    ) -> Result<Self, Fout> {
        let fout = |soort| Fout::nieuw(soort).bij(Plaats::Beoordeling(b.id.clone()));
        let besluitdatum = b.besluitdatum.unwrap_or(b.beoordelingsdatum);
        crate::wet::geldigheid::toets(b.beoordelingsdatum, "beoordelingsdatum", fout)?;
        if b.beoordelingsdatum <= context.termijn_einde {
            return Err(fout(FoutSoort::BeoordelingVoorEindeTermijn {
                beoordelingsdatum: b.beoordelingsdatum,
                termijn_einde: context.termijn_einde,
            })
            .in_veld("beoordelingsdatum"));
        }
        if besluitdatum < b.beoordelingsdatum {
            return Err(fout(FoutSoort::BesluitVoorBeoordeling).in_veld("besluitdatum"));
        }
        let overtreding_op = context
            .termijn_einde
            .succ_opt()
            .ok_or_else(|| fout(FoutSoort::DatumBuitenKalender).in_veld("beoordelingsdatum"))?;
        let versie = parameters::kandidaten(overtreding_op, besluitdatum)
            .last()
            .unwrap_or_else(|| parameters::op(overtreding_op));
        if let Some(maanden) = b.nieuwe_termijn_maanden {
            if crate::wet::plafond::plafond_nieuwe_termijn(maanden, versie).is_none() {
                return Err(fout(FoutSoort::NieuweTermijnDuur { maanden })
                    .in_veld("nieuwe_termijn_maanden"));
            }
        }
        if b.aanhoudend_gebrek_aan_integratiebereidheid
            .as_deref()
            .is_some_and(|gronden| gronden.trim().is_empty())
        {
            return Err(fout(FoutSoort::GrondenOntbreken)
                .in_veld("aanhoudend_gebrek_aan_integratiebereidheid"));
        }
        Ok(Assessment {
            context,
            tabellen,
            b,
            besluitdatum,
            overtreding_op,
            datums: DuoDatums::voor(context.termijn_einde, versie),
            versie,
        })
    }

    /// An error about this assessment.
    pub(crate) fn fout(&self, soort: FoutSoort) -> Fout {
        Fout::nieuw(soort).bij(Plaats::Beoordeling(self.b.id.clone()))
    }

    /// The leerroute, if known.
    pub(crate) fn leerroute(&self) -> Option<Leerroute> {
        self.context.person.leerroute
    }

    /// The last day a new term of `maanden` from `ingangsdatum` runs.
    pub(crate) fn einde(&self, ingangsdatum: NaiveDate, maanden: u32) -> Result<NaiveDate, Fout> {
        Termijn::laatste_dag(ingangsdatum, maanden).ok_or_else(|| {
            self.fout(FoutSoort::DatumBuitenKalender)
                .in_veld("nieuwe_termijn_ingangsdatum")
        })
    }

    /// The statutory maximum of an article's fine.
    pub(crate) fn maximum(&self, artikel: DuoArtikel) -> Centen {
        artikel.regime().maximum(self.versie).unwrap_or(Centen::NUL)
    }
}
