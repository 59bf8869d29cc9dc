//! The explanation (motivering): every decision's reasons, in order, each with its article.
//!
//! RULEBOOK §11 and the Handreiking ("Het is belangrijk de boete goed te motiveren en vast te
//! leggen in het systeem"). A [`Step`] holds the article it applies and a structured [`Reden`];
//! its Dutch sentence, fit for a beschikking, is rendered on demand by [`Step::zin`] and written
//! out, with the article's link, when the step is serialized.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::article::Artikel;
use crate::caps::Bucket;
use crate::duo::{DuoMoment, DuoOnderdeel, InspanningsCriterium, VerlengingsGrond};
use crate::gedraging::Leerroute;
use crate::gedraging::{Gedraging, NietBeboetbaar};
use crate::leerroute_tabel::LeerrouteInspanning;
use crate::money::{AsStr, Datum, Euro};
use crate::procedure::{Route, VervalBasis};
use crate::samenloop::PwVerlaging;
use crate::verwijtbaarheid::Verwijtbaarheid;

/// Why an earlier PIP overtreding in the twelve-month window does not raise the ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NietMeetellend {
    /// Its fine was not yet onherroepelijk on the decision date (bezwaar or beroep open).
    NietOnherroepelijk,
    /// Its fine was herroepen or vernietigd.
    Herroepen,
    /// It got no fine (no verwijtbaarheid, samenloop, cap reached, lowered to € 0).
    GeenBoete,
}

/// One reason in a decision, with the facts it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reden")]
pub enum Reden {
    /// The gedraging is an overtreding the college can fine.
    Beboetbaar {
        /// The gedraging.
        gedraging: Gedraging,
    },
    /// The gedraging cannot be fined under the Wi for this person.
    NietBeboetbaar {
        /// The gedraging.
        gedraging: Gedraging,
        /// Why not.
        waarom: NietBeboetbaar,
    },
    /// DUO, not the college, fines this gedraging.
    DoorDuo {
        /// The gedraging.
        gedraging: Gedraging,
    },
    /// Samenloop: bijstand already lowered for the same gedraging.
    Samenloop {
        /// Under which PW article.
        pw_artikel: PwVerlaging,
    },
    /// No verwijtbaarheid: no fine.
    GeenVerwijtbaarheid,
    /// The overtreding is verwijtbaar in this category.
    Verwijtbaar {
        /// The category.
        verwijtbaarheid: Verwijtbaarheid,
    },
    /// The power to fine lapsed before the decision date.
    BevoegdheidVervallen {
        /// The last day the power existed.
        bevoegd_tot_en_met: NaiveDate,
    },
    /// 1st oproep missed: warning and new oproep, no fine.
    BredeIntakeWaarschuwing,
    /// 2nd or 3rd oproep missed: the fixed € 250.
    BredeIntakeBoete {
        /// Which oproep.
        oproep: u8,
        /// The fixed amount.
        bedrag: Decimal,
    },
    /// The boetebeschikking sets a new term of at most two months.
    BredeIntakeNieuweTermijn,
    /// Without a fine after the 2nd oproep: a new oproep with a new term all the same.
    BredeIntakeNieuweOproep,
    /// After the 3rd oproep the intake is completed without the person.
    BredeIntakeInAfwezigheid,
    /// No qualifying earlier overtreding: the ladder starts at € 50.
    LadderStart {
        /// € 50.
        bedrag: Decimal,
    },
    /// A qualifying earlier overtreding raises the ladder.
    LadderVerhoogd {
        /// When the earlier one was geconstateerd.
        vorige_constateringsdatum: NaiveDate,
        /// Its step.
        vorige_stap: u32,
        /// This step.
        stap: u32,
        /// This step's amount.
        bedrag: Decimal,
    },
    /// An earlier overtreding in the window that does not count.
    EerdereTeltNiet {
        /// When it was geconstateerd.
        constateringsdatum: NaiveDate,
        /// Why it does not count.
        waarom: NietMeetellend,
        /// The date on which onherroepelijkheid was judged.
        besluitdatum: NaiveDate,
    },
    /// More earlier overtredingen in the window that do not count, beyond those named.
    EerdereTeltNietOverige {
        /// How many.
        aantal: usize,
    },
    /// The verwijtbaarheid share applied to the ladder amount.
    Percentage {
        /// The category.
        verwijtbaarheid: Verwijtbaarheid,
        /// The ladder amount.
        ladderbedrag: Decimal,
        /// The result.
        bedrag: Decimal,
    },
    /// Lowered for bijzondere omstandigheden.
    Verlaagd {
        /// From.
        van: Decimal,
        /// To.
        naar: Decimal,
        /// The bijzondere omstandigheden.
        omstandigheden: String,
    },
    /// The cap of the bucket.
    Plafond {
        /// The bucket.
        bucket: Bucket,
        /// Its cap.
        plafond: Decimal,
        /// Room before.
        ruimte_voor: Decimal,
        /// The amount before the cap.
        bedrag_voor: Decimal,
        /// The amount after the cap.
        bedrag_na: Decimal,
    },
    /// The procedure the law requires.
    Procedure {
        /// Heavy or light.
        route: Route,
        /// The statutory maximum.
        wettelijk_maximum: Decimal,
    },
    /// The lapse of the power to fine.
    Vervaltermijn {
        /// Years.
        jaren: u8,
        /// Last day.
        bevoegd_tot_en_met: NaiveDate,
        /// Counted from.
        basis: VervalBasis,
    },
    /// Thirteen weeks after the rapport.
    Beslistermijn {
        /// The rapport's date.
        rapportdatum: NaiveDate,
        /// The last day to decide.
        uiterlijk: NaiveDate,
    },
    /// DUO: a part of the inburgeringsplicht was not completed when the term ran out.
    DuoOnafgerond {
        /// The parts.
        onderdelen: Vec<DuoOnderdeel>,
        /// The term's last day.
        termijn_einde: NaiveDate,
        /// Lid 1, 3 or 4.
        moment: DuoMoment,
    },
    /// DUO: the overrun is not verwijtbaar.
    DuoNietVerwijtbaar,
    /// DUO: aanzienlijke inspanningen are made.
    DuoInspanningenVoldaan,
    /// DUO: aanzienlijke inspanningen extend the term by six months.
    DuoVerlengingZesMaanden {
        /// The new last day.
        tot: Option<NaiveDate>,
    },
    /// DUO: the criteria for aanzienlijke inspanningen are not met.
    DuoInspanningenNietVoldaan {
        /// The criteria not met.
        ontbrekend: Vec<InspanningsCriterium>,
    },
    /// DUO: aanzienlijke inspanningen extend only the initial term.
    DuoInspanningenAlleenInitieel,
    /// DUO: the term is extended, no fine.
    DuoVerlenging {
        /// Why.
        grond: VerlengingsGrond,
        /// The new last day, if known.
        tot: Option<NaiveDate>,
    },
    /// DUO: no leerroute fine because the residence permit ended.
    DuoVerblijfsvergunningBeeindigd,
    /// DUO: the next lid-4 fine is not due before this date.
    DuoNogNietTweeJaar {
        /// The first day it is due.
        vanaf: NaiveDate,
    },
    /// DUO: the fixed € 340.
    DuoVastBedrag {
        /// € 340.
        bedrag: Decimal,
    },
    /// DUO: the leerroute fine from the table.
    DuoLeerrouteTabel {
        /// The route.
        leerroute: Leerroute,
        /// The registered effort.
        inspanning: LeerrouteInspanning,
        /// The band (1-based).
        band: usize,
        /// The table's source.
        bron: String,
        /// The amount.
        bedrag: Decimal,
    },
    /// DUO: the hoorzitting and the four weeks to react.
    DuoHoorzitting {
        /// A hoorzitting is offered.
        hoorzitting: bool,
        /// The last day to react.
        reactie_uiterlijk: Option<NaiveDate>,
    },
    /// DUO: the new term and the gemeente's cap over it.
    DuoNieuweTermijn {
        /// Its length.
        maanden: u32,
        /// Its first day.
        ingangsdatum: NaiveDate,
        /// Its last day.
        einde: NaiveDate,
        /// The gemeente's cap over it (Bi 7.1 lid 5).
        gemeente_plafond: Decimal,
    },
    /// The fine imposed.
    Eindbedrag {
        /// The amount.
        bedrag: Decimal,
    },
}

/// One step of the explanation: the article applied, and the reason.
///
/// Serialized as `{"artikel": …, "link": …, "reden": …, <facts>, "zin": …}`; `link` and `zin`
/// are derived and ignored when reading a step back.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
pub struct Step {
    /// The article applied.
    pub artikel: Artikel,
    /// The reason and its facts.
    #[serde(flatten)]
    pub reden: Reden,
}

impl Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Repr<'a> {
            artikel: Artikel,
            link: AsStr<crate::article::Link>,
            #[serde(flatten)]
            reden: &'a Reden,
            zin: AsStr<Zin<'a>>,
        }
        Repr {
            artikel: self.artikel,
            link: AsStr(self.artikel.link()),
            reden: &self.reden,
            zin: AsStr(Zin(self)),
        }
        .serialize(serializer)
    }
}

/// A step's Dutch sentence, as a [`fmt::Display`].
#[derive(Debug, Clone, Copy)]
pub struct Zin<'a>(&'a Step);

impl fmt::Display for Zin<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_zin(f)
    }
}

impl Step {
    /// A step.
    pub fn new(artikel: Artikel, reden: Reden) -> Step {
        Step { artikel, reden }
    }

    /// The article's link.
    pub fn link(&self) -> String {
        self.artikel.url()
    }

    /// The Dutch sentence for the beschikking, citing the article.
    pub fn zin(&self) -> String {
        Zin(self).to_string()
    }

    /// The sentence as a [`fmt::Display`], written without intermediate strings (this is how
    /// serialization writes it).
    pub fn zin_display(&self) -> Zin<'_> {
        Zin(self)
    }

    fn write_zin(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bron = self.artikel.bron();
        match &self.reden {
            Reden::Beboetbaar { gedraging } => write!(
                f,
                "Voor {} kan het college een bestuurlijke boete opleggen ({bron}).",
                gedraging.omschrijving()
            ),
            Reden::NietBeboetbaar { gedraging, waarom } => {
                let reden = match waarom {
                    NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld => {
                        "het college stelt de intensiteit van de leerroute alleen vast voor asielstatushouders; gezinsmigranten en overige migranten geven zelf invulling aan hun leerroute"
                    }
                    NietBeboetbaar::GeenZRoute => {
                        "het eindgesprek van de zelfredzaamheidsroute is voor gezinsmigranten en overige migranten alleen verplicht als zij die route volgen"
                    }
                    NietBeboetbaar::GeenMapPlichtOnderwijsroute => {
                        "wie de onderwijsroute volgt, hoeft de module Arbeidsmarkt en Participatie niet te volgen"
                    }
                    NietBeboetbaar::ParticipatiewetMaatregel => {
                        "dit is geen verplichting uit de Wet inburgering 2021; alleen bij bijstandsgerechtigde asielstatushouders kan het college hiervoor een maatregel op grond van de Participatiewet treffen"
                    }
                };
                write!(
                    f,
                    "Voor {} kan geen boete op grond van de Wet inburgering 2021 worden opgelegd: {reden} ({bron}).",
                    gedraging.omschrijving()
                )
            }
            Reden::DoorDuo { gedraging } => write!(
                f,
                "Voor {} legt niet het college maar de minister (DUO) de boete op ({bron}).",
                gedraging.omschrijving()
            ),
            Reden::Samenloop { pw_artikel } => write!(
                f,
                "Voor dezelfde gedraging is de bijstand al verlaagd op grond van artikel {} van de Participatiewet; daarom wordt geen boete opgelegd ({bron}).",
                pw_artikel.artikel()
            ),
            Reden::GeenVerwijtbaarheid => write!(
                f,
                "De overtreding kan u niet worden verweten; daarom wordt geen boete opgelegd ({bron})."
            ),
            Reden::Verwijtbaar { verwijtbaarheid } => write!(
                f,
                "De overtreding kan u worden verweten; de mate van verwijtbaarheid is: {} ({bron}).",
                verwijtbaarheid.omschrijving()
            ),
            Reden::BevoegdheidVervallen { bevoegd_tot_en_met } => write!(
                f,
                "De bevoegdheid om voor deze overtreding een boete op te leggen is na {} vervallen; daarom wordt geen boete opgelegd ({bron}).",
                Datum(*bevoegd_tot_en_met)
            ),
            Reden::BredeIntakeWaarschuwing => write!(
                f,
                "U bent na de eerste oproep niet verschenen of hebt onvoldoende meegewerkt aan de brede intake; u krijgt een schriftelijke waarschuwing en een nieuwe oproep, en nog geen boete ({bron})."
            ),
            Reden::BredeIntakeBoete { oproep, bedrag } => write!(
                f,
                "U bent na de {} oproep niet verschenen of hebt onvoldoende meegewerkt aan de brede intake; de boete hiervoor is vastgesteld op {} ({bron}).",
                if *oproep == 2 { "tweede" } else { "derde" },
                Euro(*bedrag)
            ),
            Reden::BredeIntakeNieuweTermijn => write!(
                f,
                "In deze boetebeschikking krijgt u een nieuwe termijn van ten hoogste twee maanden om alsnog te verschijnen of mee te werken ({bron})."
            ),
            Reden::BredeIntakeNieuweOproep => write!(
                f,
                "U wordt opnieuw opgeroepen voor de brede intake, met een nieuwe termijn ({bron})."
            ),
            Reden::BredeIntakeInAfwezigheid => write!(
                f,
                "Na de derde oproep voltooit het college de brede intake zonder u en stelt het het persoonlijk plan inburgering en participatie vast ({bron})."
            ),
            Reden::LadderStart { bedrag } => write!(
                f,
                "In de twaalf maanden voor de constatering van deze overtreding is geen eerdere overtreding van het persoonlijk plan geconstateerd waarvoor een onherroepelijke boete is opgelegd; het boetebedrag is daarom {} ({bron}).",
                Euro(*bedrag)
            ),
            Reden::LadderVerhoogd {
                vorige_constateringsdatum,
                vorige_stap,
                stap,
                bedrag,
            } => write!(
                f,
                "Op {} is binnen twaalf maanden voor deze overtreding een eerdere overtreding geconstateerd, waarvoor een boete is opgelegd die onherroepelijk is (trede {vorige_stap}); het boetebedrag wordt daarom verhoogd naar trede {stap}: {} ({bron}).",
                Datum(*vorige_constateringsdatum),
                Euro(*bedrag)
            ),
            Reden::EerdereTeltNiet {
                constateringsdatum,
                waarom,
                besluitdatum,
            } => {
                write!(
                    f,
                    "De overtreding die op {} is geconstateerd, telt niet mee voor de verhoging van de boete, omdat ",
                    Datum(*constateringsdatum)
                )?;
                match waarom {
                    NietMeetellend::NietOnherroepelijk => write!(
                        f,
                        "de boete daarvoor op {} nog niet onherroepelijk is",
                        Datum(*besluitdatum)
                    )?,
                    NietMeetellend::Herroepen => {
                        f.write_str("de boete daarvoor is herroepen of vernietigd")?
                    }
                    NietMeetellend::GeenBoete => f.write_str("daarvoor geen boete is opgelegd")?,
                }
                write!(f, " ({bron}).")
            }
            Reden::EerdereTeltNietOverige { aantal } => write!(
                f,
                "Nog {aantal} eerdere overtredingen in de twaalf maanden voor deze overtreding tellen evenmin mee voor de verhoging, omdat voor geen ervan een onherroepelijke boete is opgelegd ({bron})."
            ),
            Reden::Percentage {
                verwijtbaarheid,
                ladderbedrag,
                bedrag,
            } => write!(
                f,
                "Bij {} wordt de boete vastgesteld op {} procent van {}: {} ({}).",
                verwijtbaarheid.omschrijving(),
                verwijtbaarheid.percentage().unwrap_or(0),
                Euro(*ladderbedrag),
                Euro(*bedrag),
                bron.onderdeel(verwijtbaarheid.onderdeel())
            ),
            Reden::Verlaagd {
                van,
                naar,
                omstandigheden,
            } => write!(
                f,
                "Wegens bijzondere omstandigheden wordt de boete verlaagd van {} naar {}: {} ({bron}).",
                Euro(*van),
                Euro(*naar),
                omstandigheden.trim().trim_end_matches('.')
            ),
            Reden::Plafond {
                bucket,
                plafond,
                ruimte_voor,
                bedrag_voor,
                bedrag_na,
            } => {
                let ruimte_na = *ruimte_voor - *bedrag_na;
                let gevolg = if bedrag_na < bedrag_voor {
                    if bedrag_na.is_zero() {
                        "dat maximum is bereikt, zodat geen boete meer kan worden opgelegd"
                            .to_owned()
                    } else {
                        format!(
                            "de boete van {} wordt daarom verlaagd tot die ruimte: {}",
                            Euro(*bedrag_voor),
                            Euro(*bedrag_na)
                        )
                    }
                } else {
                    format!("na deze boete resteert {}", Euro(ruimte_na))
                };
                write!(
                    f,
                    "Gedurende {} bedraagt het totaal aan boetes van het college ten hoogste {}; vóór deze boete resteerde {}, en {gevolg} ({bron}).",
                    bucket.omschrijving(),
                    Euro(*plafond),
                    Euro(*ruimte_voor)
                )
            }
            Reden::Procedure {
                route,
                wettelijk_maximum,
            } => match route {
                Route::Zwaar => write!(
                f,
                    "Voor deze overtreding kan een boete van meer dan € 340,00 worden opgelegd (ten hoogste {}); daarom wordt van de overtreding altijd een rapport opgemaakt en krijgt u altijd de gelegenheid uw zienswijze te geven voordat wordt beslist ({bron}).",
                    Euro(*wettelijk_maximum)
                ),
                Route::Licht => write!(
                f,
                    "Voor deze overtreding kan een boete van ten hoogste {} worden opgelegd; de zwaardere procedure met verplicht rapport en zienswijze is daarom niet voorgeschreven ({bron}).",
                    Euro(*wettelijk_maximum)
                ),
            },
            Reden::Vervaltermijn {
                jaren,
                bevoegd_tot_en_met,
                basis,
            } => write!(
                f,
                "De bevoegdheid om deze boete op te leggen vervalt {} jaar na de overtreding, gerekend vanaf de {}: na {} ({bron}).",
                if *jaren == 5 { "vijf" } else { "drie" },
                match basis {
                    VervalBasis::Pleegdatum => "datum waarop de overtreding plaatsvond",
                    VervalBasis::Constateringsdatum => "datum van constatering",
                    VervalBasis::EindeTermijn => "dag na het einde van de termijn",
                },
                Datum(*bevoegd_tot_en_met)
            ),
            Reden::Beslistermijn {
                rapportdatum,
                uiterlijk,
            } => write!(
                f,
                "Het rapport is gedagtekend op {}; over de boete wordt uiterlijk op {} beslist, dertien weken na die datum ({bron}).",
                Datum(*rapportdatum),
                Datum(*uiterlijk)
            ),
            Reden::DuoOnafgerond {
                onderdelen,
                termijn_einde,
                moment,
            } => write!(
                f,
                "Op {} is de {} verstreken zonder dat u {} hebt afgerond{} ({bron}).",
                Datum(*termijn_einde),
                match moment {
                    DuoMoment::Eerste => "inburgeringstermijn",
                    _ => "nieuwe termijn",
                },
                onderdelen_tekst(onderdelen),
                match moment {
                    DuoMoment::Tweejaarlijks =>
                        "; zolang dat zo blijft, volgt iedere twee jaar een boete",
                    _ => "",
                }
            ),
            Reden::DuoNietVerwijtbaar => write!(
                f,
                "U hebt aannemelijk gemaakt dat u door omstandigheden die u niet te verwijten zijn niet aan de inburgering kon deelnemen; de overschrijding van de termijn valt u niet te verwijten ({bron})."
            ),
            Reden::DuoInspanningenVoldaan => write!(
                f,
                "U hebt aanzienlijke inspanningen geleverd: u bent op het vereiste niveau geëxamineerd, hebt de vereiste taallessen en cursusuren gevolgd, minstens twee taalonderdelen en het onderdeel kennis van de Nederlandse maatschappij behaald en het participatieverklaringstraject en de module Arbeidsmarkt en Participatie afgerond ({bron})."
            ),
            Reden::DuoVerlengingZesMaanden { tot } => write!(
                f,
                "Bij aanzienlijke inspanningen wordt de termijn met zes maanden verlengd{} ({bron}).",
                tot.map(|d| format!(", tot en met {}", Datum(d)))
                    .unwrap_or_default()
            ),
            Reden::DuoInspanningenNietVoldaan { ontbrekend } => write!(
                f,
                "Van aanzienlijke inspanningen is geen sprake: {} ({bron}).",
                ontbrekend
                    .iter()
                    .map(|c| match c {
                        InspanningsCriterium::GeenB1Route => "u volgt niet de B1-route",
                        InspanningsCriterium::NietGeexamineerd =>
                            "u bent niet op het vereiste niveau (ten minste A2) geëxamineerd",
                        InspanningsCriterium::NietAlleLessen =>
                            "u hebt niet alle taallessen en cursusuren gevolgd",
                        InspanningsCriterium::MinderDan450Uren =>
                            "u hebt minder dan 450 uur taalles of cursus kennis van de Nederlandse maatschappij gevolgd",
                        InspanningsCriterium::TeWeinigBehaald =>
                            "u hebt niet minstens twee taalonderdelen en het onderdeel kennis van de Nederlandse maatschappij behaald",
                        InspanningsCriterium::PvtOfMapNietAfgerond =>
                            "u hebt het participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet afgerond",
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Reden::DuoInspanningenAlleenInitieel => write!(
                f,
                "Verlenging wegens aanzienlijke inspanningen is alleen mogelijk voor de eerste inburgeringstermijn, niet voor een nieuwe termijn ({bron})."
            ),
            Reden::DuoVerlenging { grond, tot } => write!(
                f,
                "De termijn wordt daarom verlengd{} en er wordt geen boete opgelegd{} ({bron}).",
                tot.map(|d| format!(" tot en met {}", Datum(d)))
                    .unwrap_or_default(),
                match grond {
                    VerlengingsGrond::NietVerwijtbaar => "",
                    VerlengingsGrond::AanzienlijkeInspanningen =>
                        ", zodat u de leerroute alsnog kunt afronden",
                }
            ),
            Reden::DuoVerblijfsvergunningBeeindigd => write!(
                f,
                "De aanvraag tot verlenging van uw verblijfsvergunning is afgewezen of uw verblijfsvergunning is ingetrokken; daarom wordt geen boete voor de leerroute opgelegd ({bron})."
            ),
            Reden::DuoNogNietTweeJaar { vanaf } => write!(
                f,
                "Sinds de vorige boete zijn nog geen twee jaar verstreken; een nieuwe boete kan op zijn vroegst op {} worden opgelegd ({bron}).",
                Datum(*vanaf)
            ),
            Reden::DuoVastBedrag { bedrag } => write!(
                f,
                "De boete voor het niet tijdig afronden van het participatieverklaringstraject of de module Arbeidsmarkt en Participatie bedraagt {}, ook als beide niet zijn afgerond ({bron}).",
                Euro(*bedrag)
            ),
            Reden::DuoLeerrouteTabel {
                leerroute,
                inspanning,
                band,
                bron: tabel,
                bedrag,
            } => write!(
                f,
                "Voor de {} zijn {} geregistreerde uren, {} examenpogingen en {} behaalde examens vastgesteld; volgens de tabel ({tabel}, regel {band}) bedraagt de boete {} ({bron}).",
                match leerroute {
                    Leerroute::B1Route => "B1-route",
                    Leerroute::Onderwijsroute => "onderwijsroute",
                    Leerroute::Zelfredzaamheidsroute => "zelfredzaamheidsroute",
                },
                inspanning.uren,
                inspanning.examenpogingen,
                inspanning.examens_behaald,
                Euro(*bedrag)
            ),
            Reden::DuoHoorzitting {
                hoorzitting,
                reactie_uiterlijk,
            } => {
                let mut first = true;
                if *hoorzitting {
                    f.write_str("Omdat de voorgenomen boete hoger is dan € 340,00, biedt DUO u een (telefonische) hoorzitting aan")?;
                    first = false;
                }
                if let Some(d) = reactie_uiterlijk {
                    f.write_str(if first { "U kunt" } else { "; u kunt" })?;
                    write!(f, " tot en met {} op het voornemen reageren", Datum(*d))?;
                }
                write!(f, " ({bron}).")
            }
            Reden::DuoNieuweTermijn {
                maanden,
                ingangsdatum,
                einde,
                gemeente_plafond,
            } => write!(
                f,
                "DUO stelt een nieuwe termijn van {maanden} maanden vast, van {} tot en met {}; in die termijn kan het college ten hoogste {} aan boetes opleggen, volgens artikel 7.1, vijfde lid, van het Besluit inburgering 2021 ({bron}).",
                Datum(*ingangsdatum),
                Datum(*einde),
                Euro(*gemeente_plafond)
            ),
            Reden::Eindbedrag { bedrag } => {
                write!(
                    f,"De boete bedraagt {} ({bron}).", Euro(*bedrag))
            }
        }
    }
}

/// "het participatieverklaringstraject en de module Arbeidsmarkt en Participatie".
fn onderdelen_tekst(onderdelen: &[DuoOnderdeel]) -> String {
    let names: Vec<&str> = onderdelen
        .iter()
        .map(|o| match o {
            DuoOnderdeel::Pvt => "het participatieverklaringstraject",
            DuoOnderdeel::Map => "de module Arbeidsmarkt en Participatie",
            DuoOnderdeel::Leerroute => "de leerroute",
        })
        .collect();
    names.join(" en ")
}
