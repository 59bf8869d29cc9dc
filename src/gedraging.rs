//! The gedraging catalogue: who fines what, for whom, under which regime.
//!
//! Thirteen gedragingen, each with the law it falls under, who enforces it, for which doelgroep
//! it is fineable and under which regime. The table rests on Wi art. 22–25 (the fines), art. 8
//! lid 3 (no MAP duty in the onderwijsroute), art. 15 lid 1 (the PIP fixes the leerroute, and so
//! whether the Z-route's eindgesprek exists), art. 15 lid 2 (the leerroute's intensity is fixed
//! only for asielstatushouders) and Participatiewet art. 18 (financieel ontzorgen is a PW
//! measure, not a Wi fine).

use serde::{Deserialize, Serialize};

use crate::article::Artikel;
use crate::error::Fout;

/// The thirteen gedragingen the Wi and the Participatiewet attach a sanction to, in the order of
/// the catalogue ([`CATALOGUE`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Handhaver {
    /// The college van burgemeester en wethouders.
    Gemeente,
    /// DUO, for the minister of SZW.
    Duo,
}

/// The fine regime a gedraging falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    pub const fn artikel(self) -> Artikel {
        match self {
            Regime::BredeIntake => Artikel::WiArt22Lid1,
            Regime::PipLadder => Artikel::WiArt23Lid1,
            Regime::DuoPvtMap => Artikel::WiArt24Lid1,
            Regime::DuoLeerroute => Artikel::WiArt25Lid1,
            Regime::PwMaatregel => Artikel::PwArt18Lid2,
        }
    }

    /// The most that *can* be imposed (Wi art. 26 lid 1); `None` for a PW measure.
    pub fn statutory_maximum(self) -> Option<rust_decimal::Decimal> {
        use crate::money::euro;
        match self {
            Regime::BredeIntake => Some(euro(250)),
            Regime::DuoPvtMap => Some(euro(340)),
            Regime::PipLadder => Some(euro(800)),
            Regime::DuoLeerroute => Some(euro(1000)),
            Regime::PwMaatregel => None,
        }
    }
}

/// One row of the catalogue, as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The doelgroep.
    pub doelgroep: Doelgroep,
    /// The leerroute the PIP fixed; `None` before there is a PIP.
    #[serde(default)]
    pub leerroute: Option<Leerroute>,
}

/// Why a gedraging cannot be fined under the Wi for this person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    pub const fn artikel(self) -> Artikel {
        match self {
            NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld => Artikel::WiArt15Lid2,
            NietBeboetbaar::GeenZRoute => Artikel::WiArt15Lid1,
            NietBeboetbaar::GeenMapPlichtOnderwijsroute => Artikel::WiArt8Lid3,
            NietBeboetbaar::ParticipatiewetMaatregel => Artikel::PwArt18Lid2,
        }
    }
}

/// The answer to "can this gedraging be fined under the Wi for this person, by whom, and if
/// not, why not".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "beboetbaar")]
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
    pub const fn regime(self) -> Regime {
        self.entry().regime
    }

    /// The Dutch description used in explanations ("het niet verschijnen bij de brede intake").
    pub const fn omschrijving(self) -> &'static str {
        match self {
            Gedraging::NietVerschijnenBredeIntake => "het niet verschijnen bij de brede intake",
            Gedraging::NietMeewerkenBredeIntake => {
                "het niet meewerken aan de brede intake (waaronder de leerbaarheidstoets)"
            }
            Gedraging::OnvoldoendeMeewerkenBegeleiding => {
                "het onvoldoende meewerken aan de begeleiding binnen het PIP (voortgangsgesprekken)"
            }
            Gedraging::IntensiteitPvt => {
                "het zich niet houden aan de vastgestelde intensiteit van het participatieverklaringstraject"
            }
            Gedraging::EindgesprekPvt => {
                "het niet verschijnen op het eindgesprek van het participatieverklaringstraject"
            }
            Gedraging::IntensiteitMap => {
                "het zich niet houden aan de vastgestelde intensiteit van de module Arbeidsmarkt en Participatie"
            }
            Gedraging::EindgesprekMap => {
                "het niet verschijnen op het eindgesprek van de module Arbeidsmarkt en Participatie"
            }
            Gedraging::IntensiteitLeerroute => {
                "het zich niet houden aan de vastgestelde intensiteit van de leerroute"
            }
            Gedraging::EindgesprekZRoute => {
                "het niet verschijnen op het eindgesprek van de zelfredzaamheidsroute"
            }
            Gedraging::NietTijdigAfrondenPvt => {
                "het niet tijdig afronden van het participatieverklaringstraject"
            }
            Gedraging::NietTijdigAfrondenMap => {
                "het niet tijdig afronden van de module Arbeidsmarkt en Participatie"
            }
            Gedraging::NietTijdigAfrondenLeerroute => "het niet tijdig behalen van de leerroute",
            Gedraging::NietMeewerkenFinancieelOntzorgen => {
                "het niet meewerken aan financieel ontzorgen"
            }
        }
    }

    /// The gedraging as a fact about the person, in plain Dutch addressed to "u", without a full
    /// stop, for the explanation ("U kwam niet naar de brede intake").
    pub const fn feit(self) -> &'static str {
        match self {
            Gedraging::NietVerschijnenBredeIntake => "U kwam niet naar de brede intake",
            Gedraging::NietMeewerkenBredeIntake => {
                "U werkte niet mee aan de brede intake of de leerbaarheidstoets"
            }
            Gedraging::OnvoldoendeMeewerkenBegeleiding => {
                "U werkte niet genoeg mee aan de begeleiding uit uw plan"
            }
            Gedraging::IntensiteitPvt => {
                "U deed minder mee aan het participatieverklaringstraject dan afgesproken"
            }
            Gedraging::EindgesprekPvt => {
                "U kwam niet naar het eindgesprek van het participatieverklaringstraject"
            }
            Gedraging::IntensiteitMap => {
                "U deed minder mee aan de module Arbeidsmarkt en Participatie dan afgesproken"
            }
            Gedraging::EindgesprekMap => {
                "U kwam niet naar het eindgesprek van de module Arbeidsmarkt en Participatie"
            }
            Gedraging::IntensiteitLeerroute => "U deed minder mee aan uw leerroute dan afgesproken",
            Gedraging::EindgesprekZRoute => {
                "U kwam niet naar het eindgesprek van de zelfredzaamheidsroute"
            }
            Gedraging::NietTijdigAfrondenPvt => {
                "U rondde het participatieverklaringstraject niet op tijd af"
            }
            Gedraging::NietTijdigAfrondenMap => {
                "U rondde de module Arbeidsmarkt en Participatie niet op tijd af"
            }
            Gedraging::NietTijdigAfrondenLeerroute => "U haalde uw leerroute niet op tijd",
            Gedraging::NietMeewerkenFinancieelOntzorgen => {
                "U werkte niet mee aan financieel ontzorgen"
            }
        }
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
    /// [`Fout::LeerrouteOntbreekt`] when the answer depends on the leerroute (rows 6, 7, 9 and
    /// 11) and `person.leerroute` is `None`.
    pub fn fineability(self, person: &Person) -> Result<Fineability, Fout> {
        let entry = self.entry();
        // The error is built only when it is returned (`ok_or` would build it on every call).
        let leerroute = || match person.leerroute {
            Some(leerroute) => Ok(leerroute),
            None => Err(Fout::LeerrouteOntbreekt { gedraging: self }),
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
                if leerroute()? == Leerroute::Onderwijsroute =>
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
