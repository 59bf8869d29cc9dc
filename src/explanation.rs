//! The explanation (motivering): every decision's reasons, in order, each with its article.
//!
//! A fine is a punitive sanction, so a beschikking must say why it is imposed and how its amount
//! follows from the law. A [`Step`] holds the article it applies and a structured [`Reden`]; its
//! Dutch sentence, fit for a beschikking, is rendered on demand by [`Step::zin`] and written out,
//! with the article's link, when the step is serialized.
//!
//! The sentences are read by people who are learning Dutch. They address the person as "u",
//! say one fact in one sentence per step, at most 25 words and about 15 on average (not
//! counting the citation in parentheses; `tests/taal.rs` measures it), and avoid jargon where
//! the law allows. Where the law obliges the fine (Wi art. 22, 23, 24 and 25: "legt … op"), the
//! sentence says the law obliges it, never that the bestuursorgaan "can" impose it. Procedure
//! sentences state facts and duties, never promises.

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

/// One reason in a decision, with the facts it rests on. Each is one fact, said in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reden")]
pub enum Reden {
    /// The law obliges the fine for this gedraging (Wi art. 22, 23: "legt … op").
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
    /// Which procedure the law requires (Awb 5:53 lid 1).
    Procedure {
        /// Heavy or light.
        route: Route,
        /// The statutory maximum.
        wettelijk_maximum: Decimal,
    },
    /// Under the heavier procedure a rapport is always made (Awb 5:53 lid 2).
    Rapport {
        /// Its date, if the caller gave it.
        rapportdatum: Option<NaiveDate>,
    },
    /// Under the heavier procedure the person is always heard first (Awb 5:53 lid 3).
    Zienswijze,
    /// Under the lighter procedure the general rules on hearing govern (Awb afdeling 4.1.2).
    ZienswijzeAlgemeen,
    /// The day the overtreding took place, from which the lapse period counts (Awb 5:45).
    Pleegmoment {
        /// The day.
        vanaf: NaiveDate,
        /// What that day is.
        basis: VervalBasis,
    },
    /// The last day the fine can be imposed (Awb 5:45).
    Vervaltermijn {
        /// The lapse period in years.
        jaren: u8,
        /// The last day.
        bevoegd_tot_en_met: NaiveDate,
    },
    /// The power to fine lapsed before the decision date (Awb 5:45): no fine.
    BevoegdheidVervallen {
        /// The last day the power existed.
        bevoegd_tot_en_met: NaiveDate,
    },
    /// Thirteen weeks after the rapport (Awb 5:51 lid 1).
    Beslistermijn {
        /// The rapport's date.
        rapportdatum: NaiveDate,
        /// The last day to decide.
        uiterlijk: NaiveDate,
    },
    /// The decision is taken after the thirteen weeks: a termijn van orde, so the fine stays
    /// possible, but it is said.
    BeslistermijnOverschreden {
        /// The last day the law gives.
        uiterlijk: NaiveDate,
        /// The day of the decision.
        besluitdatum: NaiveDate,
    },
    /// 1st oproep missed: a written warning, no fine yet.
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
    /// A new oproep with a new term.
    BredeIntakeNieuweOproep,
    /// After the 3rd oproep the intake is completed without the person.
    BredeIntakeInAfwezigheid,
    /// No qualifying earlier overtreding: the ladder starts at € 50.
    LadderStart {
        /// € 50.
        bedrag: Decimal,
    },
    /// The latest qualifying earlier overtreding: geconstateerd within twelve months, its fine
    /// onherroepelijk, at this step.
    LadderVorige {
        /// When it was geconstateerd.
        vorige_constateringsdatum: NaiveDate,
        /// Its step.
        vorige_stap: u32,
    },
    /// So the ladder goes one step up.
    LadderVerhoogd {
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
    /// Who states and proves bijzondere omstandigheden, and that the bestuursorgaan weighs those
    /// it knows of (Bi 7.1 lid 6 for the brede-intake fine, Bi 7.2 lid 3 for DUO's € 340).
    BijzondereOmstandigheden,
    /// Lowered for bijzondere omstandigheden (Awb 5:46 lid 3).
    Verlaagd {
        /// From.
        van: Decimal,
        /// To.
        naar: Decimal,
        /// The bijzondere omstandigheden as the caller gave them. They may hold special personal
        /// data (AVG art. 9), so they appear once in the output: in this step's sentence, never
        /// as a field of their own.
        #[serde(skip_serializing, default)]
        omstandigheden: String,
    },
    /// The cap of the bucket (Bi 7.1 lid 5).
    PlafondGrens {
        /// The bucket.
        bucket: Bucket,
        /// Its cap.
        plafond: Decimal,
    },
    /// What the cap leaves for this fine.
    PlafondRuimte {
        /// Room before.
        ruimte_voor: Decimal,
        /// The amount before the cap.
        bedrag_voor: Decimal,
        /// The amount after the cap.
        bedrag_na: Decimal,
    },
    /// The fine imposed.
    Eindbedrag {
        /// The amount.
        bedrag: Decimal,
    },
    /// DUO: the term that ran out.
    DuoTermijnEinde {
        /// Its last day.
        termijn_einde: NaiveDate,
        /// Lid 1, 3 or 4.
        moment: DuoMoment,
    },
    /// DUO: a part of the inburgeringsplicht was not completed when the term ran out, and the law
    /// obliges the fine (Wi art. 24, 25: "legt … op").
    DuoOnafgerond {
        /// The parts.
        onderdelen: Vec<DuoOnderdeel>,
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
        tot: NaiveDate,
    },
    /// DUO: a criterion for aanzienlijke inspanningen that is not met.
    DuoInspanningNietVoldaan {
        /// The criterion.
        criterium: InspanningsCriterium,
    },
    /// DUO: aanzienlijke inspanningen extend only the initial term.
    DuoInspanningenAlleenInitieel,
    /// DUO: the term is extended, no fine.
    DuoVerlenging {
        /// Why.
        grond: VerlengingsGrond,
        /// The new last day.
        tot: NaiveDate,
    },
    /// DUO: only the MAP is open, and in the onderwijsroute there is no MAP duty.
    DuoGeenMapPlicht,
    /// DUO: no leerroute fine because the residence permit ended.
    DuoVerblijfsvergunningBeeindigd,
    /// DUO: the next lid-4 fine is not due before this date.
    DuoNogNietTweeJaar {
        /// The first day it is due.
        vanaf: NaiveDate,
    },
    /// Union law: for a beneficiary of international protection, member states ensure access to
    /// integration programmes (art. 34 Richtlijn 2011/95/EU).
    UnierechtIntegratie,
    /// Union law as the Court reads it: a fine for not completing civic integration in time only
    /// in exceptional cases, such as a proven and persistent lack of willingness to integrate.
    UnierechtUitzondering,
    /// No such lack was established: no fine and no new term.
    UnierechtGeenBoete,
    /// Such a lack was established, on these grounds: a fine is allowed.
    UnierechtGebrekVastgesteld {
        /// DUO's grounds, as the caller gave them; they appear in this step's sentence only.
        #[serde(skip_serializing, default)]
        gronden: String,
    },
    /// DUO: the fixed € 340.
    DuoVastBedrag {
        /// € 340.
        bedrag: Decimal,
    },
    /// DUO: the registered effort on the leerroute (Bi 7.2 lid 2).
    DuoLeerrouteInspanning {
        /// The route.
        leerroute: Leerroute,
        /// The registered effort.
        inspanning: LeerrouteInspanning,
    },
    /// DUO: the leerroute fine from the table.
    DuoLeerrouteTabel {
        /// The band (1-based).
        band: usize,
        /// The table's source.
        bron: String,
        /// The amount.
        bedrag: Decimal,
    },
    /// DUO offers a hoorzitting: the voorgenomen fine is above the threshold.
    DuoHoorzitting {
        /// The threshold.
        drempel: Decimal,
    },
    /// DUO: the four weeks to react to the voornemen.
    DuoReactietermijn {
        /// The last day to react.
        reactie_uiterlijk: NaiveDate,
    },
    /// DUO decided before the four weeks to react had run out.
    DuoReactietermijnNietAfgewacht {
        /// The last day to react.
        reactie_uiterlijk: NaiveDate,
        /// The day of the decision.
        besluitdatum: NaiveDate,
    },
    /// DUO: the new term.
    DuoNieuweTermijn {
        /// Its length.
        maanden: u32,
        /// Its first day.
        ingangsdatum: NaiveDate,
        /// Its last day.
        einde: NaiveDate,
    },
    /// The gemeente's cap over DUO's new term (Bi 7.1 lid 5).
    DuoGemeentePlafond {
        /// The cap.
        gemeente_plafond: Decimal,
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
        let orgaan = Orgaan::of(self.artikel);
        match &self.reden {
            Reden::Beboetbaar { gedraging } => write!(
                f,
                "{}, en daarvoor moet {} een boete opleggen ({bron}).",
                gedraging.feit(),
                orgaan.onderwerp()
            ),
            Reden::NietBeboetbaar { waarom, .. } => write!(
                f,
                "Hiervoor is geen boete mogelijk: {} ({bron}).",
                match waarom {
                    NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld => {
                        "alleen voor asielstatushouders legt het college vast hoe vaak zij aan de leerroute meedoen"
                    }
                    NietBeboetbaar::GeenZRoute => {
                        "dit eindgesprek hoort bij de zelfredzaamheidsroute, en die volgt u niet"
                    }
                    NietBeboetbaar::GeenMapPlichtOnderwijsroute => {
                        "in de onderwijsroute hoeft u de module Arbeidsmarkt en Participatie niet te volgen"
                    }
                    NietBeboetbaar::ParticipatiewetMaatregel => {
                        "dit is een plicht uit de Participatiewet, niet uit de Wet inburgering 2021"
                    }
                }
            ),
            Reden::DoorDuo { .. } => write!(
                f,
                "Niet het college maar DUO legt hiervoor een boete op ({bron})."
            ),
            Reden::Samenloop { pw_artikel } => write!(
                f,
                "Uw bijstand is voor dezelfde gedraging al verlaagd op grond van artikel {} van de Participatiewet, daarom krijgt u geen boete ({bron}).",
                pw_artikel.artikel()
            ),
            Reden::GeenVerwijtbaarheid => write!(
                f,
                "Het college kan u dit niet verwijten, daarom krijgt u geen boete ({bron})."
            ),
            Reden::Verwijtbaar { verwijtbaarheid } => {
                if self.artikel == Artikel::BiArt7_1Lid4 {
                    write!(
                        f,
                        "Dit kan u worden verweten, en het gaat om {} ({bron}).",
                        verwijtbaarheid.omschrijving()
                    )
                } else {
                    write!(f, "Dit kan u worden verweten ({bron}).")
                }
            }
            Reden::Procedure {
                route,
                wettelijk_maximum,
            } => match route {
                Route::Zwaar => write!(
                    f,
                    "Deze boete kan hoger zijn dan € 340,00, tot {}, dus gelden de extra regels van artikel 5:53 ({bron}).",
                    Euro(*wettelijk_maximum)
                ),
                Route::Licht => write!(
                    f,
                    "Deze boete is ten hoogste {}, dus artikel 5:53 geldt niet en een rapport is niet verplicht ({bron}).",
                    Euro(*wettelijk_maximum)
                ),
            },
            Reden::Rapport { rapportdatum } => match rapportdatum {
                Some(datum) => write!(
                    f,
                    "Van deze overtreding is op {} het verplichte rapport opgemaakt ({bron}).",
                    Datum(*datum)
                ),
                None => write!(
                    f,
                    "Van deze overtreding moet altijd een rapport worden opgemaakt ({bron})."
                ),
            },
            Reden::Zienswijze => write!(
                f,
                "U mag altijd eerst uw zienswijze geven: uw reactie op de voorgenomen boete ({bron})."
            ),
            Reden::ZienswijzeAlgemeen => write!(
                f,
                "Of u eerst uw zienswijze mag geven, volgt uit de algemene regels over het horen van belanghebbenden ({bron})."
            ),
            Reden::Pleegmoment { vanaf, basis } => match basis {
                VervalBasis::Pleegdatum => write!(
                    f,
                    "De overtreding vond plaats op {} ({bron}).",
                    Datum(*vanaf)
                ),
                VervalBasis::Constateringsdatum => write!(
                    f,
                    "De overtreding vond uiterlijk plaats op {}, de dag van de constatering ({bron}).",
                    Datum(*vanaf)
                ),
                VervalBasis::EindeTermijn => write!(
                    f,
                    "De overtreding vond plaats op {}, de dag na het einde van uw termijn ({bron}).",
                    Datum(*vanaf)
                ),
                VervalBasis::Tweejaarlijks => write!(
                    f,
                    "De overtreding vond plaats op {}, twee jaar na uw vorige boete ({bron}).",
                    Datum(*vanaf)
                ),
            },
            Reden::Vervaltermijn {
                jaren,
                bevoegd_tot_en_met,
            } => write!(
                f,
                "De boete kan worden opgelegd tot en met {}, {} jaar na de overtreding ({bron}).",
                Datum(*bevoegd_tot_en_met),
                jaren_tekst(*jaren)
            ),
            Reden::BevoegdheidVervallen { bevoegd_tot_en_met } => write!(
                f,
                "De boete kon worden opgelegd tot en met {}, en omdat die termijn voorbij is, krijgt u geen boete ({bron}).",
                Datum(*bevoegd_tot_en_met)
            ),
            Reden::Beslistermijn {
                rapportdatum,
                uiterlijk,
            } => write!(
                f,
                "Het college moet uiterlijk op {} beslissen, dertien weken na het rapport van {} ({bron}).",
                Datum(*uiterlijk),
                Datum(*rapportdatum)
            ),
            Reden::BeslistermijnOverschreden {
                uiterlijk,
                besluitdatum,
            } => write!(
                f,
                "Het college beslist pas op {}, na {}, maar dat maakt de boete niet ongeldig ({bron}).",
                Datum(*besluitdatum),
                Datum(*uiterlijk)
            ),
            Reden::BredeIntakeWaarschuwing => write!(
                f,
                "Na de eerste oproep krijgt u nog geen boete, maar een schriftelijke waarschuwing ({bron})."
            ),
            Reden::BredeIntakeBoete { oproep, bedrag } => write!(
                f,
                "Na de {} oproep is de boete {} ({bron}).",
                if *oproep == 2 { "tweede" } else { "derde" },
                Euro(*bedrag)
            ),
            Reden::BredeIntakeNieuweTermijn => write!(
                f,
                "In dit besluit krijgt u een nieuwe termijn van ten hoogste twee maanden om alsnog te komen of mee te werken ({bron})."
            ),
            Reden::BredeIntakeNieuweOproep => write!(
                f,
                "Het college roept u opnieuw op voor de brede intake, met een nieuwe termijn ({bron})."
            ),
            Reden::BredeIntakeInAfwezigheid => write!(
                f,
                "Na de derde oproep maakt het college de brede intake af zonder u ({bron})."
            ),
            Reden::LadderStart { bedrag } => write!(
                f,
                "Zonder eerdere overtreding met een onherroepelijke boete in de twaalf maanden hiervoor is het bedrag {} ({bron}).",
                Euro(*bedrag)
            ),
            Reden::LadderVorige {
                vorige_constateringsdatum,
                vorige_stap,
            } => write!(
                f,
                "Op {} is een eerdere overtreding vastgesteld met een onherroepelijke boete op trede {vorige_stap} ({bron}).",
                Datum(*vorige_constateringsdatum)
            ),
            Reden::LadderVerhoogd { stap, bedrag } => write!(
                f,
                "Dat was binnen twaalf maanden, dus komt deze boete op trede {stap}: {} ({bron}).",
                Euro(*bedrag)
            ),
            Reden::EerdereTeltNiet {
                constateringsdatum,
                waarom,
                besluitdatum,
            } => {
                write!(
                    f,
                    "De overtreding van {} telt niet mee, omdat ",
                    Datum(*constateringsdatum)
                )?;
                match waarom {
                    NietMeetellend::NietOnherroepelijk => write!(
                        f,
                        "de boete daarvoor op {} nog niet onherroepelijk was",
                        Datum(*besluitdatum)
                    )?,
                    NietMeetellend::Herroepen => {
                        f.write_str("de boete daarvoor is herroepen of vernietigd")?
                    }
                    NietMeetellend::GeenBoete => f.write_str("u daarvoor geen boete kreeg")?,
                }
                write!(f, " ({bron}).")
            }
            Reden::EerdereTeltNietOverige { aantal } => write!(
                f,
                "Nog {aantal} eerdere overtredingen tellen niet mee, omdat geen ervan een onherroepelijke boete heeft ({bron})."
            ),
            Reden::Percentage {
                verwijtbaarheid,
                ladderbedrag,
                bedrag,
            } => write!(
                f,
                "Bij {} is de boete {} procent van {}: {} ({}).",
                verwijtbaarheid.naam(),
                verwijtbaarheid.percentage().unwrap_or(0),
                Euro(*ladderbedrag),
                Euro(*bedrag),
                bron.onderdeel(verwijtbaarheid.onderdeel())
            ),
            Reden::BijzondereOmstandigheden => write!(
                f,
                "U moet bijzondere omstandigheden zelf aanvoeren, maar {} houdt ook rekening met wat {} al weet ({bron}).",
                orgaan.onderwerp(),
                orgaan.wie_kent()
            ),
            Reden::Verlaagd {
                van,
                naar,
                omstandigheden,
            } => write!(
                f,
                "De boete gaat van {} naar {}, omdat zij te hoog is door bijzondere omstandigheden: {} ({bron}).",
                Euro(*van),
                Euro(*naar),
                omstandigheden.trim().trim_end_matches('.')
            ),
            Reden::PlafondGrens { bucket, plafond } => write!(
                f,
                "In {} mag het college samen ten hoogste {} aan boetes opleggen ({bron}).",
                bucket.omschrijving(),
                Euro(*plafond)
            ),
            Reden::PlafondRuimte {
                ruimte_voor,
                bedrag_voor,
                bedrag_na,
            } => {
                if bedrag_na >= bedrag_voor {
                    write!(
                        f,
                        "Na deze boete is daarvan nog {} over ({bron}).",
                        Euro(*ruimte_voor - *bedrag_na)
                    )
                } else if bedrag_na.is_zero() {
                    write!(
                        f,
                        "Die grens is al bereikt, dus krijgt u geen boete ({bron})."
                    )
                } else {
                    write!(
                        f,
                        "Er was daarvan nog {} over, dus wordt de boete {} in plaats van {} ({bron}).",
                        Euro(*ruimte_voor),
                        Euro(*bedrag_na),
                        Euro(*bedrag_voor)
                    )
                }
            }
            Reden::Eindbedrag { bedrag } => write!(
                f,
                "{} legt u daarom een boete op van {} ({bron}).",
                orgaan.naam(),
                Euro(*bedrag)
            ),
            Reden::DuoTermijnEinde {
                termijn_einde,
                moment,
            } => write!(
                f,
                "{} eindigde op {} ({bron}).",
                match moment {
                    DuoMoment::Eerste => "Uw inburgeringstermijn",
                    DuoMoment::NaNieuweTermijn => "Uw nieuwe termijn",
                    DuoMoment::Tweejaarlijks => "Uw laatste termijn",
                },
                Datum(*termijn_einde)
            ),
            Reden::DuoOnafgerond { onderdelen, moment } => {
                let wat = OnderdelenTekst(onderdelen);
                match moment {
                    DuoMoment::Eerste => write!(
                        f,
                        "U had toen {wat} niet {}, en daarvoor moet DUO een boete opleggen ({bron}).",
                        wat.voltooid()
                    ),
                    DuoMoment::NaNieuweTermijn => write!(
                        f,
                        "U had toen {wat} nog steeds niet {}, en daarvoor moet DUO opnieuw een boete opleggen ({bron}).",
                        wat.voltooid()
                    ),
                    DuoMoment::Tweejaarlijks => write!(
                        f,
                        "U hebt {wat} nog steeds niet {}, en daarvoor legt DUO iedere twee jaar een boete op ({bron}).",
                        wat.voltooid()
                    ),
                }
            }
            Reden::DuoNietVerwijtbaar => write!(
                f,
                "U hebt aannemelijk gemaakt dat u door omstandigheden niet kon meedoen, en dat valt u niet te verwijten ({bron})."
            ),
            Reden::DuoInspanningenVoldaan => write!(
                f,
                "U voldoet aan alle voorwaarden voor aanzienlijke inspanningen: examens, lessen, behaalde onderdelen en afgeronde trajecten ({bron})."
            ),
            Reden::DuoVerlengingZesMaanden { tot } => write!(
                f,
                "Daarom wordt uw termijn met zes maanden verlengd, tot en met {} ({bron}).",
                Datum(*tot)
            ),
            Reden::DuoInspanningNietVoldaan { criterium } => write!(
                f,
                "Er is geen sprake van aanzienlijke inspanningen, want {} ({bron}).",
                match criterium {
                    InspanningsCriterium::GeenB1Route => "u volgt niet de B1-route",
                    InspanningsCriterium::NietGeexamineerd => {
                        "u bent niet op het vereiste niveau geëxamineerd, minstens A2"
                    }
                    InspanningsCriterium::NietAlleLessen => {
                        "u hebt niet alle taallessen en lessen over de Nederlandse maatschappij gevolgd"
                    }
                    InspanningsCriterium::MinderDan450Uren => {
                        "u hebt minder dan 450 uur les gevolgd"
                    }
                    InspanningsCriterium::TeWeinigBehaald => {
                        "u hebt niet twee taalonderdelen en kennis van de Nederlandse maatschappij gehaald"
                    }
                    InspanningsCriterium::PvtOfMapNietAfgerond => {
                        "u hebt het participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet afgerond"
                    }
                }
            ),
            Reden::DuoInspanningenAlleenInitieel => write!(
                f,
                "Verlenging om aanzienlijke inspanningen kan alleen in de eerste termijn, en dit is een nieuwe termijn ({bron})."
            ),
            Reden::DuoVerlenging { tot, .. } => write!(
                f,
                "DUO verlengt daarom uw termijn tot en met {}, en u krijgt geen boete ({bron}).",
                Datum(*tot)
            ),
            Reden::DuoGeenMapPlicht => write!(
                f,
                "In de onderwijsroute hoeft u de module Arbeidsmarkt en Participatie niet te volgen, dus is er geen boete of verlenging voor ({bron})."
            ),
            Reden::DuoVerblijfsvergunningBeeindigd => write!(
                f,
                "Uw verblijfsvergunning is niet verlengd of is ingetrokken, daarom krijgt u geen boete voor de leerroute ({bron})."
            ),
            Reden::DuoNogNietTweeJaar { vanaf } => write!(
                f,
                "Uw vorige boete hiervoor is minder dan twee jaar oud, dus een nieuwe boete kan pas vanaf {} ({bron}).",
                Datum(*vanaf)
            ),
            Reden::UnierechtIntegratie => write!(
                f,
                "U bent asielstatushouder, en volgens het recht van de Europese Unie moet Nederland uw integratie steunen ({bron})."
            ),
            Reden::UnierechtUitzondering => write!(
                f,
                "Een boete voor niet op tijd inburgeren mag dan alleen uitzonderlijk, bijvoorbeeld als bewezen is dat u blijvend niet wilt integreren ({bron})."
            ),
            Reden::UnierechtGeenBoete => write!(
                f,
                "DUO heeft dat bij u niet vastgesteld, dus krijgt u geen boete en geen nieuwe termijn ({bron})."
            ),
            Reden::UnierechtGebrekVastgesteld { gronden } => write!(
                f,
                "DUO heeft vastgesteld dat u blijvend niet wilt integreren, om deze redenen: {} ({bron}).",
                gronden.trim().trim_end_matches('.')
            ),
            Reden::DuoVastBedrag { bedrag } => write!(
                f,
                "De boete is {}, ook als meer dan één onderdeel niet af is ({bron}).",
                Euro(*bedrag)
            ),
            Reden::DuoLeerrouteInspanning {
                leerroute,
                inspanning,
            } => write!(
                f,
                "DUO registreerde in de {} {} uur, {} en {} ({bron}).",
                match leerroute {
                    Leerroute::B1Route => "B1-route",
                    Leerroute::Onderwijsroute => "onderwijsroute",
                    Leerroute::Zelfredzaamheidsroute => "zelfredzaamheidsroute",
                },
                inspanning.uren,
                Telling(inspanning.examenpogingen, "examenpoging", "examenpogingen"),
                Telling(
                    inspanning.examens_behaald,
                    "behaald examen",
                    "behaalde examens"
                )
            ),
            Reden::DuoLeerrouteTabel {
                band,
                bron: tabel,
                bedrag,
            } => write!(
                f,
                "Volgens regel {band} van de tabel is de boete dan {} (tabel: {}; {bron}).",
                Euro(*bedrag),
                tabel.trim().trim_end_matches('.')
            ),
            Reden::DuoHoorzitting { drempel } => write!(
                f,
                "De voorgenomen boete is hoger dan {}, dus biedt DUO u een hoorzitting aan, ook per telefoon ({bron}).",
                Euro(*drempel)
            ),
            Reden::DuoReactietermijn { reactie_uiterlijk } => write!(
                f,
                "U had tot en met {} om te reageren op het voornemen van DUO ({bron}).",
                Datum(*reactie_uiterlijk)
            ),
            Reden::DuoReactietermijnNietAfgewacht {
                reactie_uiterlijk,
                besluitdatum,
            } => write!(
                f,
                "DUO besliste al op {}, voordat die termijn op {} om was ({bron}).",
                Datum(*besluitdatum),
                Datum(*reactie_uiterlijk)
            ),
            Reden::DuoNieuweTermijn {
                maanden,
                ingangsdatum,
                einde,
            } => write!(
                f,
                "DUO geeft u een nieuwe termijn van {maanden} maanden, van {} tot en met {} ({bron}).",
                Datum(*ingangsdatum),
                Datum(*einde)
            ),
            Reden::DuoGemeentePlafond { gemeente_plafond } => write!(
                f,
                "In die termijn mag het college u samen ten hoogste {} aan boetes opleggen ({bron}).",
                Euro(*gemeente_plafond)
            ),
        }
    }
}

/// "1 examenpoging", "2 examenpogingen".
struct Telling(u32, &'static str, &'static str);

impl fmt::Display for Telling {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Telling(n, een, meer) = *self;
        write!(f, "{n} {}", if n == 1 { een } else { meer })
    }
}

/// Who takes the decision a step belongs to, as the step's article tells: DUO for Wi art. 24
/// and 25 and Bi art. 7.2, the college for everything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Orgaan {
    College,
    Duo,
}

impl Orgaan {
    fn of(artikel: Artikel) -> Orgaan {
        match artikel {
            Artikel::WiArt24Lid1
            | Artikel::WiArt24Lid2
            | Artikel::WiArt24Lid3
            | Artikel::WiArt24Lid4
            | Artikel::WiArt25Lid1
            | Artikel::WiArt25Lid2
            | Artikel::WiArt25Lid3
            | Artikel::BiArt7_2Lid1
            | Artikel::BiArt7_2Lid2
            | Artikel::BiArt7_2Lid3 => Orgaan::Duo,
            _ => Orgaan::College,
        }
    }

    /// At the start of a sentence.
    fn naam(self) -> &'static str {
        match self {
            Orgaan::College => "Het college",
            Orgaan::Duo => "DUO",
        }
    }

    /// As an object in a sentence.
    fn onderwerp(self) -> &'static str {
        match self {
            Orgaan::College => "het college",
            Orgaan::Duo => "DUO",
        }
    }

    /// "… omstandigheden die het al kent" / "die DUO al kent".
    fn wie_kent(self) -> &'static str {
        match self {
            Orgaan::College => "het",
            Orgaan::Duo => "DUO",
        }
    }
}

/// "drie" or "vijf".
fn jaren_tekst(jaren: u8) -> &'static str {
    if jaren == 5 { "vijf" } else { "drie" }
}

/// "het participatieverklaringstraject en de module Arbeidsmarkt en Participatie".
struct OnderdelenTekst<'a>(&'a [DuoOnderdeel]);

impl OnderdelenTekst<'_> {
    /// The past participle that goes with the parts: a leerroute is "gehaald", the PVT and the
    /// MAP are "afgerond".
    fn voltooid(&self) -> &'static str {
        if self.0.contains(&DuoOnderdeel::Leerroute) {
            "gehaald"
        } else {
            "afgerond"
        }
    }
}

impl fmt::Display for OnderdelenTekst<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, onderdeel) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(" en ")?;
            }
            f.write_str(match onderdeel {
                DuoOnderdeel::Pvt => "het participatieverklaringstraject",
                DuoOnderdeel::Map => "de module Arbeidsmarkt en Participatie",
                DuoOnderdeel::Leerroute => "de leerroute",
            })?;
        }
        Ok(())
    }
}
