//! One Dutch sentence per step, citing the step's article; and the step as JSON, with its
//! article, link and sentence.

use std::fmt::{self, Write};

use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

use crate::artikel::Artikel;
use crate::nl::woorden::{self, OnderdelenTekst, Orgaan, Telling, Termijn};
use crate::nl::{Datum, Euro};
use crate::uitleg::{Stap, UitlegVorm};
use crate::wet::catalogus::NietBeboetbaar;
use crate::wet::duo::{DuoMoment, InspanningsCriterium};
use crate::wet::ladder::NietMeetellend;
use crate::wet::procedure::{Route, VervalBasis};

/// A step's Dutch sentence, as a [`fmt::Display`]; from [`Stap::zin`].
///
/// ```
/// use wi2021_boetes::Stap;
/// assert_eq!(
///     Stap::GeenVerwijtbaarheid.zin().to_string(),
///     "Het college kan u dit niet verwijten, daarom krijgt u geen boete (artikel 5:41 van de Algemene wet bestuursrecht)."
/// );
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Zin<'s, 'a>(&'s Stap<'a>);

impl<'a> Stap<'a> {
    /// The Dutch sentence for the beschikking, citing the step's article.
    ///
    /// ```
    /// use wi2021_boetes::Stap;
    /// assert_eq!(
    ///     Stap::Zienswijze.zin().to_string(),
    ///     "U mag altijd eerst uw zienswijze geven: uw reactie op de voorgenomen boete (artikel 5:53, derde lid, van de Algemene wet bestuursrecht)."
    /// );
    /// ```
    pub fn zin(&self) -> Zin<'_, 'a> {
        Zin(self)
    }
}

impl fmt::Display for Zin<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        schrijf(self.0, f)
    }
}

/// The step as JSON, in full: `{"artikel": …, "link": …, "soort": …, <facts>, "zin": …}`.
impl Serialize for Stap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut tekst = String::new();
        StapJson::nieuw(self, UitlegVorm::Volledig, &mut tekst).serialize(serializer)
    }
}

/// Steps written one by one into a JSON list, in the chosen form; the link and the sentence of
/// each are first written into one reused buffer, and then into the JSON as whole strings.
pub(crate) struct StappenLijst<L> {
    lijst: L,
    vorm: UitlegVorm,
    tekst: String,
}

impl<L: SerializeSeq> StappenLijst<L> {
    /// Starts the list.
    pub(crate) fn nieuw(lijst: L, vorm: UitlegVorm) -> Self {
        StappenLijst {
            lijst,
            vorm,
            tekst: String::new(),
        }
    }

    /// Writes a step.
    pub(crate) fn schrijf(&mut self, stap: &Stap<'_>) -> Result<(), L::Error> {
        let json = StapJson::nieuw(stap, self.vorm, &mut self.tekst);
        self.lijst.serialize_element(&json)
    }

    /// Ends the list.
    pub(crate) fn einde(self) -> Result<L::Ok, L::Error> {
        self.lijst.end()
    }
}

/// A step as JSON in the chosen form: in full, or as codes (its article, kind and facts, without
/// the link and the sentence).
struct StapJson<'s, 'a> {
    stap: &'s Stap<'a>,
    /// In full: the link and the sentence.
    teksten: Option<(&'s str, &'s str)>,
}

impl<'s, 'a> StapJson<'s, 'a> {
    /// In full, the link and the sentence are written into `tekst` first.
    fn nieuw(stap: &'s Stap<'a>, vorm: UitlegVorm, tekst: &'s mut String) -> Self {
        let teksten = match vorm {
            UitlegVorm::Codes => None,
            UitlegVorm::Volledig => {
                tekst.clear();
                // Writing into a String cannot fail.
                let _ = write!(tekst, "{}", stap.artikel().link());
                let link_einde = tekst.len();
                let _ = write!(tekst, "{}", stap.zin());
                tekst.split_at_checked(link_einde)
            }
        };
        StapJson { stap, teksten }
    }
}

impl Serialize for StapJson<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The kind and its facts, as the rule gives them.
        struct Feiten<'s, 'a>(&'s Stap<'a>);

        impl Serialize for Feiten<'_, '_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                Stap::serialize(self.0, serializer)
            }
        }

        #[derive(Serialize)]
        struct Json<'s, 'a> {
            artikel: Artikel,
            #[serde(skip_serializing_if = "Option::is_none")]
            link: Option<&'s str>,
            #[serde(flatten)]
            feiten: Feiten<'s, 'a>,
            #[serde(skip_serializing_if = "Option::is_none")]
            zin: Option<&'s str>,
        }

        Json {
            artikel: self.stap.artikel(),
            link: self.teksten.map(|(link, _)| link),
            feiten: Feiten(self.stap),
            zin: self.teksten.map(|(_, zin)| zin),
        }
        .serialize(serializer)
    }
}

/// The sentences: a table, one arm per kind of step.
fn schrijf(stap: &Stap<'_>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let artikel = stap.artikel();
    let bron = artikel.bron();
    let orgaan = Orgaan::van(artikel);
    match *stap {
        Stap::Beboetbaar { gedraging, .. } => write!(
            f,
            "{}, en daarvoor moet {} een boete opleggen ({bron}).",
            woorden::feit(gedraging),
            orgaan.onderwerp()
        ),
        Stap::NietBeboetbaar { waarom, .. } => write!(
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
        Stap::DoorDuo { .. } => write!(
            f,
            "Niet het college maar DUO legt hiervoor een boete op ({bron})."
        ),
        Stap::Samenloop { pw_artikel } => write!(
            f,
            "Uw bijstand is voor dezelfde gedraging al verlaagd op grond van artikel {} van de Participatiewet, daarom krijgt u geen boete ({bron}).",
            pw_artikel.artikel()
        ),
        Stap::GeenVerwijtbaarheid => write!(
            f,
            "Het college kan u dit niet verwijten, daarom krijgt u geen boete ({bron})."
        ),
        Stap::Verwijtbaar {
            verwijtbaarheid,
            percentage: true,
        } => write!(
            f,
            "Dit kan u worden verweten, en het gaat om {} ({bron}).",
            woorden::betekenis(verwijtbaarheid)
        ),
        Stap::Verwijtbaar { .. } => write!(f, "Dit kan u worden verweten ({bron})."),
        Stap::Procedure {
            route: Route::Zwaar,
            wettelijk_maximum,
            drempel,
        } => write!(
            f,
            "Deze boete kan hoger zijn dan {}, tot {}, dus gelden de extra regels van artikel 5:53 ({bron}).",
            Euro(drempel),
            Euro(wettelijk_maximum)
        ),
        Stap::Procedure {
            route: Route::Licht,
            wettelijk_maximum,
            ..
        } => write!(
            f,
            "Deze boete is ten hoogste {}, dus artikel 5:53 geldt niet en een rapport is niet verplicht ({bron}).",
            Euro(wettelijk_maximum)
        ),
        Stap::Rapport {
            rapportdatum: Some(datum),
        } => write!(
            f,
            "Van deze overtreding is op {} het verplichte rapport opgemaakt ({bron}).",
            Datum(datum)
        ),
        Stap::Rapport { rapportdatum: None } => write!(
            f,
            "Van deze overtreding moet altijd een rapport worden opgemaakt ({bron})."
        ),
        Stap::Zienswijze => write!(
            f,
            "U mag altijd eerst uw zienswijze geven: uw reactie op de voorgenomen boete ({bron})."
        ),
        Stap::ZienswijzeAlgemeen => write!(
            f,
            "Of u eerst uw zienswijze mag geven, volgt uit de algemene regels over het horen van belanghebbenden ({bron})."
        ),
        Stap::Pleegmoment { vanaf, basis, .. } => {
            let dag = Datum(vanaf);
            match basis {
                VervalBasis::Pleegdatum => {
                    write!(f, "De overtreding vond plaats op {dag} ({bron}).")
                }
                VervalBasis::Constateringsdatum => write!(
                    f,
                    "De overtreding vond uiterlijk plaats op {dag}, de dag van de constatering ({bron})."
                ),
                VervalBasis::EindeTermijn => write!(
                    f,
                    "De overtreding vond plaats op {dag}, de dag na het einde van uw termijn ({bron})."
                ),
                VervalBasis::Tweejaarlijks => write!(
                    f,
                    "De overtreding vond plaats op {dag}, twee jaar na uw vorige boete ({bron})."
                ),
            }
        }
        Stap::Vervaltermijn {
            jaren,
            bevoegd_tot_en_met,
            ..
        } => write!(
            f,
            "De boete kan worden opgelegd tot en met {}, {} jaar na de overtreding ({bron}).",
            Datum(bevoegd_tot_en_met),
            woorden::jaren(jaren)
        ),
        Stap::BevoegdheidVervallen {
            bevoegd_tot_en_met, ..
        } => write!(
            f,
            "De boete kon worden opgelegd tot en met {}, en omdat die termijn voorbij is, krijgt u geen boete ({bron}).",
            Datum(bevoegd_tot_en_met)
        ),
        Stap::Beslistermijn {
            rapportdatum,
            uiterlijk,
        } => write!(
            f,
            "Het college moet uiterlijk op {} beslissen, dertien weken na het rapport van {} ({bron}).",
            Datum(uiterlijk),
            Datum(rapportdatum)
        ),
        Stap::BeslistermijnOverschreden {
            uiterlijk,
            besluitdatum,
        } => write!(
            f,
            "Het college beslist pas op {}, na {}, maar dat maakt de boete niet ongeldig ({bron}).",
            Datum(besluitdatum),
            Datum(uiterlijk)
        ),
        Stap::BredeIntakeWaarschuwing => write!(
            f,
            "Na de eerste oproep krijgt u nog geen boete, maar een schriftelijke waarschuwing ({bron})."
        ),
        Stap::BredeIntakeBoete { oproep, bedrag } => write!(
            f,
            "Na de {} oproep is de boete {} ({bron}).",
            if oproep == 2 { "tweede" } else { "derde" },
            Euro(bedrag)
        ),
        Stap::BredeIntakeNieuweTermijn => write!(
            f,
            "In dit besluit krijgt u een nieuwe termijn van ten hoogste twee maanden om alsnog te komen of mee te werken ({bron})."
        ),
        Stap::BredeIntakeNieuweOproep => write!(
            f,
            "Het college roept u opnieuw op voor de brede intake, met een nieuwe termijn ({bron})."
        ),
        Stap::BredeIntakeInAfwezigheid => write!(
            f,
            "Na de derde oproep maakt het college de brede intake af zonder u ({bron})."
        ),
        Stap::LadderStart { bedrag } => write!(
            f,
            "Zonder eerdere overtreding met een onherroepelijke boete in de twaalf maanden hiervoor is het bedrag {} ({bron}).",
            Euro(bedrag)
        ),
        Stap::LadderVorige {
            vorige_constateringsdatum,
            vorige_stap,
        } => write!(
            f,
            "Op {} is een eerdere overtreding vastgesteld met een onherroepelijke boete op trede {vorige_stap} ({bron}).",
            Datum(vorige_constateringsdatum)
        ),
        Stap::LadderVerhoogd { stap, bedrag } => write!(
            f,
            "Dat was binnen twaalf maanden, dus komt deze boete op trede {stap}: {} ({bron}).",
            Euro(bedrag)
        ),
        Stap::EerdereTeltNiet {
            constateringsdatum,
            waarom,
            besluitdatum,
        } => {
            let dag = Datum(constateringsdatum);
            match waarom {
                NietMeetellend::NietOnherroepelijk => write!(
                    f,
                    "De overtreding van {dag} telt niet mee, omdat de boete daarvoor op {} nog niet onherroepelijk was ({bron}).",
                    Datum(besluitdatum)
                ),
                NietMeetellend::Herroepen => write!(
                    f,
                    "De overtreding van {dag} telt niet mee, omdat de boete daarvoor is herroepen of vernietigd ({bron})."
                ),
                NietMeetellend::GeenBoete => write!(
                    f,
                    "De overtreding van {dag} telt niet mee, omdat u daarvoor geen boete kreeg ({bron})."
                ),
            }
        }
        Stap::EerdereTeltNietOverige { aantal } => write!(
            f,
            "Nog {aantal} eerdere overtredingen tellen niet mee, omdat geen ervan een onherroepelijke boete heeft ({bron})."
        ),
        Stap::Percentage {
            verwijtbaarheid,
            procent,
            ladderbedrag,
            bedrag,
        } => write!(
            f,
            "Bij {} is de boete {procent} procent van {}: {} ({}).",
            woorden::naam(verwijtbaarheid),
            Euro(ladderbedrag),
            Euro(bedrag),
            bron.onderdeel(verwijtbaarheid.onderdeel())
        ),
        Stap::BijzondereOmstandigheden { .. } => write!(
            f,
            "U moet bijzondere omstandigheden zelf aanvoeren, maar {} houdt ook rekening met wat {} al weet ({bron}).",
            orgaan.onderwerp(),
            orgaan.wie_kent()
        ),
        Stap::Verlaagd {
            van,
            naar,
            omstandigheden,
        } => write!(
            f,
            "De boete gaat van {} naar {}, omdat zij te hoog is door bijzondere omstandigheden: {} ({bron}).",
            Euro(van),
            Euro(naar),
            omstandigheden.trim().trim_end_matches('.')
        ),
        Stap::PlafondGrens { termijn, plafond } => write!(
            f,
            "In {} mag het college samen ten hoogste {} aan boetes opleggen ({bron}).",
            Termijn(termijn),
            Euro(plafond)
        ),
        Stap::PlafondRuimte {
            ruimte_voor,
            bedrag_voor,
            bedrag_na,
        } => {
            if bedrag_na >= bedrag_voor {
                write!(
                    f,
                    "Na deze boete is daarvan nog {} over ({bron}).",
                    Euro(ruimte_voor - bedrag_na)
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
                    Euro(ruimte_voor),
                    Euro(bedrag_na),
                    Euro(bedrag_voor)
                )
            }
        }
        Stap::Eindbedrag { bedrag, .. } => write!(
            f,
            "{} legt u daarom een boete op van {} ({bron}).",
            orgaan.naam(),
            Euro(bedrag)
        ),
        Stap::DuoTermijnEinde {
            termijn_einde,
            moment,
            ..
        } => write!(
            f,
            "{} eindigde op {} ({bron}).",
            match moment {
                DuoMoment::Eerste => "Uw inburgeringstermijn",
                DuoMoment::NaNieuweTermijn => "Uw nieuwe termijn",
                DuoMoment::Tweejaarlijks => "Uw laatste termijn",
            },
            Datum(termijn_einde)
        ),
        Stap::DuoOnafgerond {
            onderdelen, moment, ..
        } => {
            let wat = OnderdelenTekst(onderdelen);
            let voltooid = wat.voltooid();
            match moment {
                DuoMoment::Eerste => write!(
                    f,
                    "U had toen {wat} niet {voltooid}, en daarvoor moet DUO een boete opleggen ({bron})."
                ),
                DuoMoment::NaNieuweTermijn => write!(
                    f,
                    "U had toen {wat} nog steeds niet {voltooid}, en daarvoor moet DUO opnieuw een boete opleggen ({bron})."
                ),
                DuoMoment::Tweejaarlijks => write!(
                    f,
                    "U hebt {wat} nog steeds niet {voltooid}, en daarvoor legt DUO iedere twee jaar een boete op ({bron})."
                ),
            }
        }
        Stap::DuoNietVerwijtbaar { opleiding: false } => write!(
            f,
            "U hebt aannemelijk gemaakt dat u door omstandigheden niet kon meedoen, en dat valt u niet te verwijten ({bron})."
        ),
        Stap::DuoNietVerwijtbaar { opleiding: true } => write!(
            f,
            "U hebt aangetoond dat u een aangewezen opleiding volgt die u niet vrijstelt, en dat valt u niet te verwijten ({bron})."
        ),
        Stap::DuoInspanningenVoldaan => write!(
            f,
            "U voldoet aan alle voorwaarden voor aanzienlijke inspanningen: examens, lessen, behaalde onderdelen en afgeronde trajecten ({bron})."
        ),
        Stap::DuoVerlengingZesMaanden { tot } => write!(
            f,
            "Daarom wordt uw termijn met zes maanden verlengd, tot en met {} ({bron}).",
            Datum(tot)
        ),
        Stap::DuoInspanningNietVoldaan {
            criterium: InspanningsCriterium::MinderDan450Uren,
            uren,
        } => write!(
            f,
            "Er is geen sprake van aanzienlijke inspanningen, want u hebt minder dan {uren} uur les gevolgd ({bron})."
        ),
        Stap::DuoInspanningNietVoldaan { criterium, .. } => write!(
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
                InspanningsCriterium::MinderDan450Uren => "u hebt te weinig uren les gevolgd",
                InspanningsCriterium::TeWeinigBehaald => {
                    "u hebt niet twee taalonderdelen en kennis van de Nederlandse maatschappij gehaald"
                }
                InspanningsCriterium::PvtOfMapNietAfgerond => {
                    "u hebt het participatieverklaringstraject of de module Arbeidsmarkt en Participatie niet afgerond"
                }
            }
        ),
        Stap::DuoInspanningenAlleenInitieel => write!(
            f,
            "Verlenging om aanzienlijke inspanningen kan alleen in de eerste termijn, en dit is een nieuwe termijn ({bron})."
        ),
        Stap::DuoVerlenging { tot, .. } => write!(
            f,
            "DUO verlengt daarom uw termijn tot en met {}, en u krijgt geen boete ({bron}).",
            Datum(tot)
        ),
        Stap::DuoGeenMapPlicht => write!(
            f,
            "In de onderwijsroute hoeft u de module Arbeidsmarkt en Participatie niet te volgen, dus is er geen boete of verlenging voor ({bron})."
        ),
        Stap::DuoVerblijfsvergunningBeeindigd => write!(
            f,
            "Uw verblijfsvergunning is niet verlengd of is ingetrokken, daarom krijgt u geen boete voor de leerroute ({bron})."
        ),
        Stap::DuoNogNietTweeJaar { vanaf, .. } => write!(
            f,
            "Uw vorige boete hiervoor is minder dan twee jaar oud, dus een nieuwe boete kan pas vanaf {} ({bron}).",
            Datum(vanaf)
        ),
        Stap::UnierechtIntegratie => write!(
            f,
            "U bent asielstatushouder, en volgens het recht van de Europese Unie moet Nederland uw integratie steunen ({bron})."
        ),
        Stap::UnierechtUitzondering => write!(
            f,
            "Een boete voor niet op tijd inburgeren mag dan alleen uitzonderlijk, bijvoorbeeld als bewezen is dat u blijvend niet wilt integreren ({bron})."
        ),
        Stap::UnierechtGeenBoete => write!(
            f,
            "DUO heeft dat bij u niet vastgesteld, dus krijgt u geen boete en geen nieuwe termijn ({bron})."
        ),
        Stap::UnierechtGebrekVastgesteld { gronden } => write!(
            f,
            "DUO heeft vastgesteld dat u blijvend niet wilt integreren, om deze redenen: {} ({bron}).",
            gronden.trim().trim_end_matches('.')
        ),
        Stap::DuoVastBedrag { bedrag } => write!(
            f,
            "De boete is {}, ook als meer dan één onderdeel niet af is ({bron}).",
            Euro(bedrag)
        ),
        Stap::DuoLeerrouteInspanning {
            leerroute,
            inspanning,
        } => write!(
            f,
            "DUO registreerde in de {} {} uur, {} en {} ({bron}).",
            woorden::leerroute(leerroute),
            inspanning.uren,
            Telling(inspanning.examenpogingen, "examenpoging", "examenpogingen"),
            Telling(
                inspanning.examens_behaald,
                "behaald examen",
                "behaalde examens"
            )
        ),
        Stap::DuoLeerrouteTabel {
            band,
            bron: tabel,
            bedrag,
        } => write!(
            f,
            "Volgens regel {band} van de tabel is de boete dan {} (tabel: {}; {bron}).",
            Euro(bedrag),
            tabel.trim().trim_end_matches('.')
        ),
        Stap::DuoHoorzitting { drempel, .. } => write!(
            f,
            "De voorgenomen boete is hoger dan {}, dus biedt DUO u een hoorzitting aan, ook per telefoon ({bron}).",
            Euro(drempel)
        ),
        Stap::DuoReactietermijn {
            reactie_uiterlijk, ..
        } => write!(
            f,
            "U had tot en met {} om te reageren op het voornemen van DUO ({bron}).",
            Datum(reactie_uiterlijk)
        ),
        Stap::DuoReactietermijnNietAfgewacht {
            reactie_uiterlijk,
            besluitdatum,
            ..
        } => write!(
            f,
            "DUO besliste al op {}, voordat die termijn op {} om was ({bron}).",
            Datum(besluitdatum),
            Datum(reactie_uiterlijk)
        ),
        Stap::DuoNieuweTermijn {
            maanden,
            ingangsdatum,
            einde,
            ..
        } => write!(
            f,
            "DUO geeft u een nieuwe termijn van {maanden} maanden, van {} tot en met {} ({bron}).",
            Datum(ingangsdatum),
            Datum(einde)
        ),
        Stap::DuoGemeentePlafond { gemeente_plafond } => write!(
            f,
            "In die termijn mag het college u samen ten hoogste {} aan boetes opleggen ({bron}).",
            Euro(gemeente_plafond)
        ),
    }
}
