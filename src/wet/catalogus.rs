//! The catalogue: who fines what, for whom, under which regime (Wi art. 8 lid 3, 15, 22–25;
//! Participatiewet art. 18).
//!
//! Thirteen gedragingen, each with the law it falls under, who enforces it, for which doelgroep
//! it is fineable and under which regime. The table rests on Wi art. 22–25 (the fines), art. 8
//! lid 3 (no MAP duty in the onderwijsroute), art. 15 lid 1 (the PIP fixes the leerroute, and so
//! whether the Z-route's eindgesprek exists), art. 15 lid 2 (the leerroute's intensity is fixed
//! only for asielstatushouders) and Participatiewet art. 18 (financieel ontzorgen is a PW
//! measure, not a Wi fine).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::artikel::Artikel;
use crate::fout::{Fout, FoutSoort};
use crate::geld::Centen;
use crate::wet::parameters::{self, Versie};

/// The thirteen gedragingen the Wi and the Participatiewet attach a sanction to, in the order of
/// the catalogue ([`CATALOGUE`]).
///
/// ```
/// use wi2021_boetes::{Gedraging, Regime};
/// let g: Gedraging = serde_json::from_str(r#""intensiteit_pvt""#).unwrap();
/// assert_eq!(g.regime(), Regime::PipLadder);
/// assert_eq!(g.code(), "intensiteit_pvt");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Gedraging {
    /// 1. Niet verschijnen bij de brede intake.
    NietVerschijnenBredeIntake,
    /// 2. Niet meewerken aan de brede intake (leerbaarheidstoets inbegrepen).
    NietMeewerkenBredeIntake,
    /// 3. Onvoldoende meewerken aan de begeleiding binnen het PIP (voortgangsgesprekken).
    OnvoldoendeMeewerkenBegeleiding,
    /// 4. Niet houden aan de vastgestelde intensiteit van het PVT.
    IntensiteitPvt,
    /// 5. Niet verschijnen op het eindgesprek van het PVT.
    EindgesprekPvt,
    /// 6. Niet houden aan de vastgestelde intensiteit van de MAP.
    IntensiteitMap,
    /// 7. Niet verschijnen op het eindgesprek van de MAP.
    EindgesprekMap,
    /// 8. Niet houden aan de vastgestelde intensiteit van de leerroute.
    IntensiteitLeerroute,
    /// 9. Niet verschijnen op het eindgesprek van de Z-route.
    EindgesprekZRoute,
    /// 10. Niet tijdig afronden van het PVT.
    NietTijdigAfrondenPvt,
    /// 11. Niet tijdig afronden van de MAP.
    NietTijdigAfrondenMap,
    /// 12. Niet tijdig afronden van de leerroute.
    NietTijdigAfrondenLeerroute,
    /// 13. Niet meewerken aan financieel ontzorgen.
    NietMeewerkenFinancieelOntzorgen,
}

/// The person's doelgroep, as the law distinguishes them (Wi art. 13 lid 1 for
/// asielstatushouders).
///
/// ```
/// use wi2021_boetes::Doelgroep;
/// assert_eq!(serde_json::to_string(&Doelgroep::OverigeMigrant).unwrap(), r#""overige_migrant""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Doelgroep {
    /// Asielstatushouder (and nareiziger), Wi art. 13 lid 1.
    Asielstatushouder,
    /// Gezinsmigrant.
    Gezinsmigrant,
    /// Overige migrant.
    OverigeMigrant,
}

/// The leerroute the PIP fixes (Wi art. 15 lid 1 sub a).
///
/// ```
/// use wi2021_boetes::Leerroute;
/// assert_eq!(Leerroute::B1Route.to_string(), "b1_route");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Leerroute {
    /// The B1-route.
    B1Route,
    /// The onderwijsroute (no MAP duty, Wi art. 8 lid 3).
    Onderwijsroute,
    /// The zelfredzaamheidsroute (Z-route).
    Zelfredzaamheidsroute,
}

impl std::fmt::Display for Leerroute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Leerroute::B1Route => "b1_route",
            Leerroute::Onderwijsroute => "onderwijsroute",
            Leerroute::Zelfredzaamheidsroute => "zelfredzaamheidsroute",
        })
    }
}

/// The law a gedraging falls under.
///
/// ```
/// use wi2021_boetes::{Gedraging, Grondslag};
/// assert_eq!(Gedraging::IntensiteitMap.entry().grondslag, Grondslag::WiEnPw);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Grondslag {
    /// Wet inburgering 2021 only.
    Wi,
    /// Participatiewet only.
    Pw,
    /// Both: samenloop (Wi art. 27) is possible.
    WiEnPw,
}

/// Who enforces a gedraging.
///
/// ```
/// use wi2021_boetes::{Gedraging, Handhaver};
/// assert_eq!(Gedraging::NietTijdigAfrondenPvt.entry().handhaver, Handhaver::Duo);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Handhaver {
    /// The college van burgemeester en wethouders.
    Gemeente,
    /// DUO, for the minister of SZW.
    Duo,
}

/// The fine regime a gedraging falls under.
///
/// ```
/// use wi2021_boetes::{Artikel, Regime};
/// assert_eq!(Regime::PipLadder.artikel(), Artikel::WiArt23Lid1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Wi art. 22 with Bi 7.1 lid 1: a fixed € 250 after the 2nd and 3rd missed oproep.
    BredeIntake,
    /// Wi art. 23 with Bi 7.1 lid 2–4: the ladder € 50 … € 800 times the verwijtbaarheid share.
    PipLadder,
    /// Wi art. 24 with Bi 7.2 lid 1: DUO's fixed € 340.
    DuoPvtMap,
    /// Wi art. 25 with Bi 7.2 lid 2: DUO's leerroute fine, at most € 1.000.
    DuoLeerroute,
    /// Not a Wi fine: a measure under the Participatiewet and the gemeente's
    /// afstemmingsverordening.
    PwMaatregel,
}

impl Regime {
    /// The article that creates the fine.
    ///
    /// ```
    /// use wi2021_boetes::{Artikel, Regime};
    /// assert_eq!(Regime::PipLadder.artikel(), Artikel::WiArt23Lid1);
    /// ```
    pub const fn artikel(self) -> Artikel {
        match self {
            Regime::BredeIntake => Artikel::WiArt22Lid1,
            Regime::PipLadder => Artikel::WiArt23Lid1,
            Regime::DuoPvtMap => Artikel::WiArt24Lid1,
            Regime::DuoLeerroute => Artikel::WiArt25Lid1,
            Regime::PwMaatregel => Artikel::PwArt18Lid2,
        }
    }

    /// The most that *can* be imposed (Wi art. 26 lid 1) under `versie`; `None` for a PW
    /// measure.
    pub(crate) fn maximum(self, versie: &Versie) -> Option<Centen> {
        match self {
            Regime::BredeIntake => Some(versie.maximum_brede_intake),
            Regime::DuoPvtMap => Some(versie.maximum_pvt_map),
            Regime::PipLadder => Some(versie.maximum_pip),
            Regime::DuoLeerroute => Some(versie.maximum_leerroute),
            Regime::PwMaatregel => None,
        }
    }

    /// The most that can be imposed for an overtreding on `dag` (Wi art. 26 lid 1); `None` for a
    /// Participatiewet measure, which is no Wi fine.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use rust_decimal::Decimal;
    /// use wi2021_boetes::Regime;
    /// let dag = NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
    /// assert_eq!(Regime::PipLadder.wettelijk_maximum(dag), Some(Decimal::new(80000, 2)));
    /// assert_eq!(Regime::PwMaatregel.wettelijk_maximum(dag), None);
    /// ```
    pub fn wettelijk_maximum(self, dag: NaiveDate) -> Option<Decimal> {
        self.maximum(parameters::op(dag)).map(Centen::decimal)
    }
}

/// One row of the catalogue, as data.
///
/// ```
/// use wi2021_boetes::CATALOGUE;
/// let row9 = &CATALOGUE[8];
/// assert_eq!(row9.number, 9);
/// assert!(row9.alleen_in_z_route);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "CatalogusRegel")
)]
pub struct CatalogueEntry {
    /// The row number in the catalogue (1–13).
    pub number: u8,
    /// The gedraging.
    pub gedraging: Gedraging,
    /// The law it falls under.
    pub grondslag: Grondslag,
    /// Who enforces it.
    pub handhaver: Handhaver,
    /// Fineable for asielstatushouders.
    pub asielstatushouder: bool,
    /// Fineable for gezins- and overige migranten.
    pub gezins_en_overige_migrant: bool,
    /// Fineable only for someone on the zelfredzaamheidsroute, whatever the doelgroep (row 9:
    /// the Z-route's eindgesprek exists only in that route).
    pub alleen_in_z_route: bool,
    /// The regime.
    pub regime: Regime,
}

/// The table of who fines what, row by row: number, gedraging, law, who enforces it, fineable
/// for asielstatushouders, fineable for gezins- and overige migranten, regime. Row 9 (the
/// Z-route's eindgesprek) holds for either doelgroep only on the Z-route.
///
/// ```
/// use wi2021_boetes::{CATALOGUE, Gedraging};
/// assert_eq!(CATALOGUE.len(), 13);
/// assert_eq!(CATALOGUE[0].gedraging, Gedraging::NietVerschijnenBredeIntake);
/// ```
#[rustfmt::skip]
pub const CATALOGUE: [CatalogueEntry; 13] = {
    use Gedraging::*;
    use Grondslag::*;
    use Handhaver::*;
    const fn row(
        number: u8,
        gedraging: Gedraging,
        grondslag: Grondslag,
        handhaver: Handhaver,
        asielstatushouder: bool,
        gezins_en_overige_migrant: bool,
        regime: Regime,
    ) -> CatalogueEntry {
        let alleen_in_z_route = matches!(gedraging, EindgesprekZRoute);
        CatalogueEntry { number, gedraging, grondslag, handhaver, asielstatushouder, gezins_en_overige_migrant, alleen_in_z_route, regime }
    }
    [
        row( 1, NietVerschijnenBredeIntake, Wi, Gemeente, true, true, Regime::BredeIntake),
        row( 2, NietMeewerkenBredeIntake, Wi, Gemeente, true, true, Regime::BredeIntake),
        row( 3, OnvoldoendeMeewerkenBegeleiding, Wi, Gemeente, true, true, Regime::PipLadder),
        row( 4, IntensiteitPvt, Wi, Gemeente, true, true, Regime::PipLadder),
        row( 5, EindgesprekPvt, Wi, Gemeente, true, true, Regime::PipLadder),
        row( 6, IntensiteitMap, WiEnPw, Gemeente, true, true, Regime::PipLadder),
        row( 7, EindgesprekMap, Wi, Gemeente, true, true, Regime::PipLadder),
        row( 8, IntensiteitLeerroute, WiEnPw, Gemeente, true, false, Regime::PipLadder),
        row( 9, EindgesprekZRoute, Wi, Gemeente, true, true, Regime::PipLadder),
        row(10, NietTijdigAfrondenPvt, Wi, Duo, true, true, Regime::DuoPvtMap),
        row(11, NietTijdigAfrondenMap, Wi, Duo, true, true, Regime::DuoPvtMap),
        row(12, NietTijdigAfrondenLeerroute, Wi, Duo, true, true, Regime::DuoLeerroute),
        row(13, NietMeewerkenFinancieelOntzorgen, Pw, Gemeente, true, false, Regime::PwMaatregel),
    ]
};

/// What the person's situation is, as far as the catalogue needs it. No personal data: only
/// the doelgroep and the leerroute: the crate needs no name, BSN, address or birth date.
///
/// ```
/// use wi2021_boetes::{Doelgroep, Leerroute, Person};
/// let p: Person = serde_json::from_str(r#"{"doelgroep":"gezinsmigrant","leerroute":"b1_route"}"#).unwrap();
/// assert_eq!(p, Person { doelgroep: Doelgroep::Gezinsmigrant, leerroute: Some(Leerroute::B1Route) });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Persoon")
)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The doelgroep.
    pub doelgroep: Doelgroep,
    /// The leerroute the PIP fixed; `None` before there is a PIP.
    #[serde(default)]
    pub leerroute: Option<Leerroute>,
}

/// Why a gedraging cannot be fined under the Wi for this person.
///
/// ```
/// use wi2021_boetes::{Artikel, NietBeboetbaar};
/// assert_eq!(NietBeboetbaar::GeenMapPlichtOnderwijsroute.artikel(), Artikel::WiArt8Lid3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NietBeboetbaar {
    /// Row 8 for a gezins- or overige migrant: only for asielstatushouders does the college fix
    /// the leerroute's intensity (Wi art. 15 lid 2); the others arrange their own route.
    LeerrouteIntensiteitNietVastgesteld,
    /// Row 9 for someone who does not follow the Z-route (asielstatushouders included): the
    /// Z-route's eindgesprek exists only in that route.
    GeenZRoute,
    /// Rows 6, 7 and 11 in the onderwijsroute: there is no MAP duty (Wi art. 8 lid 3).
    GeenMapPlichtOnderwijsroute,
    /// Row 13: not a Wi fine but a Participatiewet measure (only for bijstandsgerechtigde
    /// asielstatushouders, under the gemeente's afstemmingsverordening).
    ParticipatiewetMaatregel,
}

impl NietBeboetbaar {
    /// The article the reason rests on.
    ///
    /// ```
    /// use wi2021_boetes::{Artikel, NietBeboetbaar};
    /// assert_eq!(NietBeboetbaar::GeenMapPlichtOnderwijsroute.artikel(), Artikel::WiArt8Lid3);
    /// ```
    pub const fn artikel(self) -> Artikel {
        match self {
            NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld => Artikel::WiArt15Lid2,
            NietBeboetbaar::GeenZRoute => Artikel::WiArt15Lid1,
            NietBeboetbaar::GeenMapPlichtOnderwijsroute => Artikel::WiArt8Lid3,
            NietBeboetbaar::ParticipatiewetMaatregel => Artikel::PwArt18Lid2,
        }
    }
}

/// Wi art. 8 lid 3: the module Arbeidsmarkt en Participatie is part of the inburgeringsplicht,
/// except for whom the PIP places in the onderwijsroute.
pub(crate) fn map_plicht(leerroute: Leerroute) -> bool {
    leerroute != Leerroute::Onderwijsroute
}

/// The answer to "can this gedraging be fined under the Wi for this person, by whom, and if
/// not, why not".
///
/// ```
/// use wi2021_boetes::{Doelgroep, Fineability, Gedraging, Handhaver, Person, Regime};
/// let p = Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: None };
/// assert_eq!(
///     Gedraging::NietVerschijnenBredeIntake.fineability(&p)?,
///     Fineability::Ja { handhaver: Handhaver::Gemeente, regime: Regime::BredeIntake }
/// );
/// # Ok::<(), wi2021_boetes::Fout>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Beboetbaarheid")
)]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum Fineability {
    /// It can be fined, by `handhaver`, under `regime`.
    Ja {
        /// Who fines.
        handhaver: Handhaver,
        /// Under which regime.
        regime: Regime,
    },
    /// It cannot be fined under the Wi for this person.
    Nee {
        /// Why not.
        reden: NietBeboetbaar,
    },
}

impl std::fmt::Display for Gedraging {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Gedraging {
    /// Every gedraging, in the catalogue's order.
    ///
    /// ```
    /// use wi2021_boetes::Gedraging;
    /// assert_eq!(Gedraging::ALL[3], Gedraging::IntensiteitPvt);
    /// ```
    pub const ALL: [Gedraging; 13] = [
        Gedraging::NietVerschijnenBredeIntake,
        Gedraging::NietMeewerkenBredeIntake,
        Gedraging::OnvoldoendeMeewerkenBegeleiding,
        Gedraging::IntensiteitPvt,
        Gedraging::EindgesprekPvt,
        Gedraging::IntensiteitMap,
        Gedraging::EindgesprekMap,
        Gedraging::IntensiteitLeerroute,
        Gedraging::EindgesprekZRoute,
        Gedraging::NietTijdigAfrondenPvt,
        Gedraging::NietTijdigAfrondenMap,
        Gedraging::NietTijdigAfrondenLeerroute,
        Gedraging::NietMeewerkenFinancieelOntzorgen,
    ];

    /// The gedraging's name in JSON and error messages (`"intensiteit_pvt"`).
    ///
    /// ```
    /// use wi2021_boetes::Gedraging;
    /// assert_eq!(Gedraging::EindgesprekZRoute.code(), "eindgesprek_z_route");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            Gedraging::NietVerschijnenBredeIntake => "niet_verschijnen_brede_intake",
            Gedraging::NietMeewerkenBredeIntake => "niet_meewerken_brede_intake",
            Gedraging::OnvoldoendeMeewerkenBegeleiding => "onvoldoende_meewerken_begeleiding",
            Gedraging::IntensiteitPvt => "intensiteit_pvt",
            Gedraging::EindgesprekPvt => "eindgesprek_pvt",
            Gedraging::IntensiteitMap => "intensiteit_map",
            Gedraging::EindgesprekMap => "eindgesprek_map",
            Gedraging::IntensiteitLeerroute => "intensiteit_leerroute",
            Gedraging::EindgesprekZRoute => "eindgesprek_z_route",
            Gedraging::NietTijdigAfrondenPvt => "niet_tijdig_afronden_pvt",
            Gedraging::NietTijdigAfrondenMap => "niet_tijdig_afronden_map",
            Gedraging::NietTijdigAfrondenLeerroute => "niet_tijdig_afronden_leerroute",
            Gedraging::NietMeewerkenFinancieelOntzorgen => "niet_meewerken_financieel_ontzorgen",
        }
    }

    /// This gedraging's row of the catalogue.
    ///
    /// ```
    /// use wi2021_boetes::Gedraging;
    /// assert_eq!(Gedraging::IntensiteitPvt.entry().number, 4);
    /// ```
    pub const fn entry(self) -> &'static CatalogueEntry {
        // The catalogue lists the gedragingen in declaration order (checked by a test).
        match self {
            Gedraging::NietVerschijnenBredeIntake => &CATALOGUE[0],
            Gedraging::NietMeewerkenBredeIntake => &CATALOGUE[1],
            Gedraging::OnvoldoendeMeewerkenBegeleiding => &CATALOGUE[2],
            Gedraging::IntensiteitPvt => &CATALOGUE[3],
            Gedraging::EindgesprekPvt => &CATALOGUE[4],
            Gedraging::IntensiteitMap => &CATALOGUE[5],
            Gedraging::EindgesprekMap => &CATALOGUE[6],
            Gedraging::IntensiteitLeerroute => &CATALOGUE[7],
            Gedraging::EindgesprekZRoute => &CATALOGUE[8],
            Gedraging::NietTijdigAfrondenPvt => &CATALOGUE[9],
            Gedraging::NietTijdigAfrondenMap => &CATALOGUE[10],
            Gedraging::NietTijdigAfrondenLeerroute => &CATALOGUE[11],
            Gedraging::NietMeewerkenFinancieelOntzorgen => &CATALOGUE[12],
        }
    }

    /// The fine regime.
    ///
    /// ```
    /// use wi2021_boetes::{Gedraging, Regime};
    /// assert_eq!(Gedraging::NietTijdigAfrondenLeerroute.regime(), Regime::DuoLeerroute);
    /// ```
    pub const fn regime(self) -> Regime {
        self.entry().regime
    }

    /// Can this gedraging be fined under the Wi for this person, by whom, and if not, why not.
    ///
    /// Readings taken here:
    /// - rows 6 and 7 (the MAP's intensity and eindgesprek) follow row 11: in the onderwijsroute
    ///   there is no MAP (Wi art. 8 lid 3), so there is nothing to fine;
    /// - row 9 (the Z-route's eindgesprek) is fineable only for someone on the
    ///   zelfredzaamheidsroute, whatever the doelgroep: the eindgesprek belongs to that route,
    ///   which the PIP fixes (Wi art. 15 lid 1 sub a).
    ///
    /// # Errors
    /// A [`Fout`] with code `leerroute_ontbreekt` when the answer depends on the leerroute (rows
    /// 6, 7, 9 and 11) and `person.leerroute` is `None`.
    ///
    /// ```
    /// use wi2021_boetes::{Doelgroep, Fineability, Gedraging, Leerroute, NietBeboetbaar, Person};
    /// let gezin = Person { doelgroep: Doelgroep::Gezinsmigrant, leerroute: Some(Leerroute::B1Route) };
    /// assert_eq!(
    ///     Gedraging::IntensiteitLeerroute.fineability(&gezin)?,
    ///     Fineability::Nee { reden: NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld }
    /// );
    /// # Ok::<(), wi2021_boetes::Fout>(())
    /// ```
    pub fn fineability(self, person: &Person) -> Result<Fineability, Fout> {
        let entry = self.entry();
        let leerroute = || match person.leerroute {
            Some(leerroute) => Ok(leerroute),
            None => Err(Fout::nieuw(FoutSoort::LeerrouteOntbreekt {
                wat: "whether this gedraging can be fined",
            })
            .in_veld("leerroute")),
        };
        let nee = |reden| Ok(Fineability::Nee { reden });
        let is_asiel = person.doelgroep == Doelgroep::Asielstatushouder;
        match self {
            Gedraging::NietMeewerkenFinancieelOntzorgen => {
                return nee(NietBeboetbaar::ParticipatiewetMaatregel);
            }
            Gedraging::IntensiteitLeerroute if !is_asiel => {
                return nee(NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld);
            }
            Gedraging::EindgesprekZRoute if leerroute()? != Leerroute::Zelfredzaamheidsroute => {
                return nee(NietBeboetbaar::GeenZRoute);
            }
            Gedraging::IntensiteitMap
            | Gedraging::EindgesprekMap
            | Gedraging::NietTijdigAfrondenMap
                if !map_plicht(leerroute()?) =>
            {
                return nee(NietBeboetbaar::GeenMapPlichtOnderwijsroute);
            }
            _ => {}
        }
        Ok(Fineability::Ja {
            handhaver: entry.handhaver,
            regime: entry.regime,
        })
    }
}
