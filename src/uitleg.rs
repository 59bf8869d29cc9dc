//! The explanation as codes: every step of a decision is a small [`Copy`] value, a rule with the
//! facts it rests on. The rule determines its article ([`Stap::artikel`]), so no call site can
//! choose the article wrongly. Free text (a lowering's reason, DUO's grounds, the table's source)
//! is borrowed from the input, not copied. The Dutch sentence, the link and the dossier text are
//! rendered only when asked for ([`Stap::zin`], `crate::nl`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::artikel::Artikel;
use crate::wet::catalogus::{Gedraging, NietBeboetbaar, Regime};
use crate::wet::duo::tabel::LeerrouteInspanning;
use crate::wet::duo::{DuoArtikel, DuoMoment, InspanningsCriterium, Onderdelen, VerlengingsGrond};
use crate::wet::ladder::NietMeetellend;
use crate::wet::plafond::Bucket;
use crate::wet::procedure::{Route, VervalBasis};
use crate::wet::samenloop::PwVerlaging;
use crate::wet::verwijtbaarheid::Verwijtbaarheid;
use crate::wet::{catalogus, verwijtbaarheid};

/// Which fine a step is about, where its article depends on it: the brede-intake fine after the
/// 2nd or the 3rd oproep (Wi 22 lid 1 or 3), the PIP fine (Wi 23), DUO's fines (Wi 24, 25, by
/// lid).
///
/// ```
/// use wi2021_boetes::{Artikel, Boetegrond, DuoArtikel, DuoMoment};
/// assert_eq!(Boetegrond::BredeIntake { derde_oproep: true }.artikel(), Artikel::WiArt22Lid3);
/// assert_eq!(Boetegrond::Duo { artikel: DuoArtikel::Art24, moment: DuoMoment::Tweejaarlijks }.artikel(), Artikel::WiArt24Lid4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Boetegrond {
    /// The brede-intake fine (Wi art. 22): after the 3rd oproep lid 3, otherwise lid 1.
    BredeIntake {
        /// Whether the 3rd oproep was missed.
        derde_oproep: bool,
    },
    /// The PIP fine (Wi art. 23 lid 1).
    Pip,
    /// DUO's fine of art. 24 or 25, by lid.
    Duo {
        /// Art. 24 or 25.
        artikel: DuoArtikel,
        /// Lid 1, 3 or 4.
        moment: DuoMoment,
    },
}

impl Boetegrond {
    /// The article that creates (and obliges) the fine.
    ///
    /// ```
    /// use wi2021_boetes::{Artikel, Boetegrond};
    /// assert_eq!(Boetegrond::Pip.artikel(), Artikel::WiArt23Lid1);
    /// ```
    pub const fn artikel(self) -> Artikel {
        match self {
            Boetegrond::BredeIntake { derde_oproep: true } => Artikel::WiArt22Lid3,
            Boetegrond::BredeIntake {
                derde_oproep: false,
            } => Artikel::WiArt22Lid1,
            Boetegrond::Pip => Artikel::WiArt23Lid1,
            Boetegrond::Duo { artikel, moment } => moment.artikel(artikel),
        }
    }

    /// The fine of the college for `gedraging` (after the `oproep` missed, for the brede intake).
    pub(crate) fn college(gedraging: Gedraging, oproep: Option<u8>) -> Boetegrond {
        match gedraging.regime() {
            Regime::BredeIntake => Boetegrond::BredeIntake {
                derde_oproep: oproep == Some(3),
            },
            _ => Boetegrond::Pip,
        }
    }
}

/// One step of a decision's explanation: a rule and the facts it rests on. Serialized with its
/// article, link and Dutch sentence (see [`Stap::artikel`], [`Stap::zin`]); fields marked hidden
/// in their docs decide the article and are not written out.
///
/// ```
/// use wi2021_boetes::{Artikel, Stap, Verwijtbaarheid};
/// let stap = Stap::Verwijtbaar { verwijtbaarheid: Verwijtbaarheid::Opzet, percentage: true };
/// assert_eq!(stap.artikel(), Artikel::BiArt7_1Lid4);
/// assert_eq!(
///     stap.zin().to_string(),
///     "Dit kan u worden verweten, en het gaat om opzet (artikel 7.1, vierde lid, van het Besluit inburgering 2021)."
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(transform = crate::schema::stap_met_artikel)
)]
#[serde(remote = "Self", rename_all = "snake_case", tag = "soort")]
pub enum Stap<'a> {
    /// The law obliges the fine for this gedraging (Wi art. 22, 23: "legt … op").
    Beboetbaar {
        /// The gedraging.
        gedraging: Gedraging,
        /// Hidden: which fine, for its article.
        #[serde(skip)]
        grond: Boetegrond,
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
    /// Samenloop: bijstand already lowered for the same gedraging (Wi art. 27).
    Samenloop {
        /// Under which PW article.
        pw_artikel: PwVerlaging,
    },
    /// No verwijtbaarheid: no fine (Awb art. 5:41).
    GeenVerwijtbaarheid,
    /// The overtreding can be blamed on the person, in this category.
    Verwijtbaar {
        /// The category.
        verwijtbaarheid: Verwijtbaarheid,
        /// Hidden: whether a percentage follows (the PIP fine, Bi 7.1 lid 4) or not (a fixed
        /// fine, Awb 5:41).
        #[serde(skip)]
        percentage: bool,
    },
    /// Which procedure the law requires (Awb 5:53 lid 1).
    Procedure {
        /// Heavy or light.
        route: Route,
        /// The statutory maximum.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        wettelijk_maximum: Decimal,
        /// Hidden: the threshold of Awb 5:53 lid 1, for the sentence.
        #[serde(skip)]
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        drempel: Decimal,
    },
    /// Under the heavier procedure a rapport is always made (Awb 5:53 lid 2).
    Rapport {
        /// Its date, if the caller gave it.
        #[serde(serialize_with = "crate::uitvoer::datum_optie")]
        rapportdatum: Option<NaiveDate>,
    },
    /// Under the heavier procedure the person is always heard first (Awb 5:53 lid 3).
    Zienswijze,
    /// Under the lighter procedure the general rules on hearing govern (Awb afdeling 4.1.2).
    ZienswijzeAlgemeen,
    /// The day the overtreding took place, from which the lapse period counts (Awb 5:45).
    Pleegmoment {
        /// The day.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        vanaf: NaiveDate,
        /// What that day is.
        basis: VervalBasis,
        /// Hidden: the procedure, for the lid of Awb 5:45.
        #[serde(skip)]
        route: Route,
    },
    /// The last day the fine can be imposed (Awb 5:45).
    Vervaltermijn {
        /// The lapse period in years.
        jaren: u32,
        /// The last day.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        bevoegd_tot_en_met: NaiveDate,
        /// Hidden: the procedure, for the lid of Awb 5:45.
        #[serde(skip)]
        route: Route,
    },
    /// The power to fine lapsed before the decision date (Awb 5:45): no fine.
    BevoegdheidVervallen {
        /// The last day the power existed.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        bevoegd_tot_en_met: NaiveDate,
        /// Hidden: the procedure, for the lid of Awb 5:45.
        #[serde(skip)]
        route: Route,
    },
    /// Thirteen weeks after the rapport (Awb 5:51 lid 1).
    Beslistermijn {
        /// The rapport's date.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        rapportdatum: NaiveDate,
        /// The last day to decide.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        uiterlijk: NaiveDate,
    },
    /// The decision is taken after the thirteen weeks: a termijn van orde, said all the same.
    BeslistermijnOverschreden {
        /// The last day the law gives.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        uiterlijk: NaiveDate,
        /// The day of the decision.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        besluitdatum: NaiveDate,
    },
    /// 1st oproep missed: a written warning, no fine yet (Wi art. 14 lid 1).
    BredeIntakeWaarschuwing,
    /// 2nd or 3rd oproep missed: the fixed € 250 (Bi art. 7.1 lid 1).
    BredeIntakeBoete {
        /// Which oproep.
        oproep: u8,
        /// The fixed amount.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag: Decimal,
    },
    /// The boetebeschikking sets a new term of at most two months (Wi art. 22 lid 2).
    BredeIntakeNieuweTermijn,
    /// A new oproep with a new term (Wi art. 14 lid 1).
    BredeIntakeNieuweOproep,
    /// After the 3rd oproep the intake is completed without the person (Wi art. 14 lid 2).
    BredeIntakeInAfwezigheid,
    /// No qualifying earlier overtreding: the ladder starts at € 50 (Bi art. 7.1 lid 2).
    LadderStart {
        /// € 50.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag: Decimal,
    },
    /// The latest qualifying earlier overtreding: geconstateerd within twelve months, its fine
    /// onherroepelijk, at this step (Bi art. 7.1 lid 3).
    LadderVorige {
        /// When it was geconstateerd.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        vorige_constateringsdatum: NaiveDate,
        /// Its step.
        vorige_stap: u32,
    },
    /// So the ladder goes one step up (Bi art. 7.1 lid 3).
    LadderVerhoogd {
        /// This step.
        stap: u32,
        /// This step's amount.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag: Decimal,
    },
    /// An earlier overtreding in the window that does not count (Bi art. 7.1 lid 3).
    EerdereTeltNiet {
        /// When it was geconstateerd.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        constateringsdatum: NaiveDate,
        /// Why it does not count.
        waarom: NietMeetellend,
        /// The date on which onherroepelijkheid was judged.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        besluitdatum: NaiveDate,
    },
    /// More earlier overtredingen in the window that do not count, beyond those named.
    EerdereTeltNietOverige {
        /// How many.
        aantal: usize,
    },
    /// The verwijtbaarheid share applied to the ladder amount (Bi art. 7.1 lid 4).
    Percentage {
        /// The category.
        verwijtbaarheid: Verwijtbaarheid,
        /// Hidden: the share in percent.
        #[serde(skip)]
        procent: u8,
        /// The ladder amount.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        ladderbedrag: Decimal,
        /// The result.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag: Decimal,
    },
    /// Who states and proves bijzondere omstandigheden, and that the bestuursorgaan weighs those
    /// it knows of: Bi 7.1 lid 6 for the brede-intake fine, Bi 7.2 lid 3 for DUO's € 340.
    BijzondereOmstandigheden {
        /// Hidden: DUO's € 340 (Bi 7.2 lid 3) or the college's € 250 (Bi 7.1 lid 6).
        #[serde(skip)]
        duo: bool,
    },
    /// Lowered for bijzondere omstandigheden (Awb art. 5:46 lid 3).
    Verlaagd {
        /// From.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        van: Decimal,
        /// To.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        naar: Decimal,
        /// The bijzondere omstandigheden as the caller gave them. They may hold special personal
        /// data (AVG art. 9), so they appear once in the output: in this step's sentence, never
        /// as a field of their own.
        #[serde(skip)]
        omstandigheden: &'a str,
    },
    /// The cap of the bucket (Bi art. 7.1 lid 5).
    PlafondGrens {
        /// The term.
        termijn: Bucket,
        /// Its cap.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        plafond: Decimal,
    },
    /// What the cap leaves for this fine (Bi art. 7.1 lid 5).
    PlafondRuimte {
        /// Room before.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        ruimte_voor: Decimal,
        /// The amount before the cap.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag_voor: Decimal,
        /// The amount after the cap.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag_na: Decimal,
    },
    /// The fine imposed.
    Eindbedrag {
        /// The amount.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag: Decimal,
        /// Hidden: which fine, for its article.
        #[serde(skip)]
        grond: Boetegrond,
    },
    /// DUO: the term that ran out.
    DuoTermijnEinde {
        /// Its last day.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        termijn_einde: NaiveDate,
        /// Lid 1, 3 or 4.
        moment: DuoMoment,
        /// Hidden: art. 24 or 25.
        #[serde(skip)]
        artikel: DuoArtikel,
    },
    /// DUO: a part of the inburgeringsplicht was not completed when the term ran out, and the law
    /// obliges the fine (Wi art. 24, 25: "legt … op").
    DuoOnafgerond {
        /// The parts.
        onderdelen: Onderdelen,
        /// Lid 1, 3 or 4.
        moment: DuoMoment,
        /// Hidden: art. 24 or 25.
        #[serde(skip)]
        artikel: DuoArtikel,
    },
    /// DUO: the overrun is not verwijtbaar (Bi art. 4.3 lid 1, or lid 2 for a designated
    /// non-exempting education).
    DuoNietVerwijtbaar {
        /// Hidden: the ground is a designated non-exempting education (Bi 4.3 lid 2).
        #[serde(skip)]
        opleiding: bool,
    },
    /// DUO: aanzienlijke inspanningen are made (Bi art. 4.4 lid 2).
    DuoInspanningenVoldaan,
    /// DUO: aanzienlijke inspanningen extend the term by six months (Bi art. 4.4 lid 1).
    DuoVerlengingZesMaanden {
        /// The new last day.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        tot: NaiveDate,
    },
    /// DUO: a criterion for aanzienlijke inspanningen that is not met (Bi art. 4.4 lid 2–3).
    DuoInspanningNietVoldaan {
        /// The criterion.
        criterium: InspanningsCriterium,
        /// Hidden: the hours Bi art. 4.4 lid 3 asks, for the sentence.
        #[serde(skip)]
        uren: u32,
    },
    /// DUO: aanzienlijke inspanningen extend only the initial term (Wi art. 24 lid 2).
    DuoInspanningenAlleenInitieel,
    /// DUO: the term is extended, no fine (Wi art. 12 lid 1).
    DuoVerlenging {
        /// Why.
        grond: VerlengingsGrond,
        /// The new last day.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        tot: NaiveDate,
    },
    /// DUO: only the MAP is open, and in the onderwijsroute there is no MAP duty (Wi art. 8
    /// lid 3).
    DuoGeenMapPlicht,
    /// DUO: no leerroute fine because the residence permit ended (Wi art. 25 lid 3).
    DuoVerblijfsvergunningBeeindigd,
    /// DUO: the next lid-4 fine is not due before this date (Wi art. 24 lid 4).
    DuoNogNietTweeJaar {
        /// The first day it is due.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        vanaf: NaiveDate,
        /// Hidden: art. 24 or 25.
        #[serde(skip)]
        artikel: DuoArtikel,
    },
    /// Union law: member states ensure access to integration programmes (art. 34 Richtlijn
    /// 2011/95/EU).
    UnierechtIntegratie,
    /// Union law as the Court reads it: a fine for not completing in time only in exceptional
    /// cases (ECLI:EU:C:2025:52).
    UnierechtUitzondering,
    /// No such exceptional case was established: no fine and no new term
    /// (ECLI:NL:RVS:2025:3087).
    UnierechtGeenBoete,
    /// A persistent lack of willingness to integrate was established, on these grounds: a fine is
    /// allowed (ECLI:EU:C:2025:52).
    UnierechtGebrekVastgesteld {
        /// DUO's grounds, as the caller gave them; they appear in this step's sentence only.
        #[serde(skip)]
        gronden: &'a str,
    },
    /// DUO: the fixed € 340 (Bi art. 7.2 lid 1).
    DuoVastBedrag {
        /// € 340.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag: Decimal,
    },
    /// DUO: the registered effort on the leerroute (Bi art. 7.2 lid 2).
    DuoLeerrouteInspanning {
        /// The route.
        leerroute: catalogus::Leerroute,
        /// The registered effort.
        inspanning: LeerrouteInspanning,
    },
    /// DUO: the leerroute fine from the table (Bi art. 7.2 lid 2).
    DuoLeerrouteTabel {
        /// The band (1-based).
        band: usize,
        /// The table's source.
        bron: &'a str,
        /// The amount.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        bedrag: Decimal,
    },
    /// DUO offers a hoorzitting: the voorgenomen fine is above the threshold.
    DuoHoorzitting {
        /// The threshold.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        drempel: Decimal,
        /// Hidden: the procedure, for the article of the zienswijze.
        #[serde(skip)]
        route: Route,
    },
    /// DUO: the four weeks to react to the voornemen.
    DuoReactietermijn {
        /// The last day to react.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        reactie_uiterlijk: NaiveDate,
        /// Hidden: the procedure, for the article of the zienswijze.
        #[serde(skip)]
        route: Route,
    },
    /// DUO decided before the four weeks to react had run out.
    DuoReactietermijnNietAfgewacht {
        /// The last day to react.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        reactie_uiterlijk: NaiveDate,
        /// The day of the decision.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        besluitdatum: NaiveDate,
        /// Hidden: the procedure, for the article of the zienswijze.
        #[serde(skip)]
        route: Route,
    },
    /// DUO: the new term (Wi art. 24 lid 2, art. 25 lid 2).
    DuoNieuweTermijn {
        /// Its length.
        maanden: u32,
        /// Its first day.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        ingangsdatum: NaiveDate,
        /// Its last day.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        einde: NaiveDate,
        /// Hidden: art. 24 or 25.
        #[serde(skip)]
        artikel: DuoArtikel,
    },
    /// The college's cap over DUO's new term (Bi art. 7.1 lid 5).
    DuoGemeentePlafond {
        /// The cap.
        #[serde(serialize_with = "crate::uitvoer::bedrag")]
        gemeente_plafond: Decimal,
    },
}

impl Stap<'_> {
    /// The article this step applies, as its rule determines it.
    ///
    /// ```
    /// use wi2021_boetes::{Artikel, Stap};
    /// assert_eq!(Stap::Zienswijze.artikel(), Artikel::AwbArt5_53Lid3);
    /// ```
    pub const fn artikel(&self) -> Artikel {
        use Artikel::*;
        match *self {
            Stap::Beboetbaar { grond, .. } | Stap::Eindbedrag { grond, .. } => grond.artikel(),
            Stap::NietBeboetbaar { waarom, .. } => waarom.artikel(),
            Stap::DoorDuo { gedraging } => gedraging.regime().artikel(),
            Stap::Samenloop { .. } => WiArt27,
            Stap::GeenVerwijtbaarheid => AwbArt5_41,
            Stap::Verwijtbaar { percentage, .. } => verwijtbaarheid::artikel(percentage),
            Stap::Procedure { .. } => AwbArt5_53Lid1,
            Stap::Rapport { .. } => AwbArt5_53Lid2,
            Stap::Zienswijze => AwbArt5_53Lid3,
            Stap::ZienswijzeAlgemeen => AwbAfdeling4_1_2,
            Stap::Pleegmoment { route, .. }
            | Stap::Vervaltermijn { route, .. }
            | Stap::BevoegdheidVervallen { route, .. } => match route {
                Route::Zwaar => AwbArt5_45Lid1,
                Route::Licht => AwbArt5_45Lid2,
            },
            Stap::Beslistermijn { .. } | Stap::BeslistermijnOverschreden { .. } => AwbArt5_51Lid1,
            Stap::BredeIntakeWaarschuwing | Stap::BredeIntakeNieuweOproep => WiArt14Lid1,
            Stap::BredeIntakeBoete { .. } => BiArt7_1Lid1,
            Stap::BredeIntakeNieuweTermijn => WiArt22Lid2,
            Stap::BredeIntakeInAfwezigheid => WiArt14Lid2,
            Stap::LadderStart { .. } => BiArt7_1Lid2,
            Stap::LadderVorige { .. }
            | Stap::LadderVerhoogd { .. }
            | Stap::EerdereTeltNiet { .. }
            | Stap::EerdereTeltNietOverige { .. } => BiArt7_1Lid3,
            Stap::Percentage { .. } => BiArt7_1Lid4,
            Stap::BijzondereOmstandigheden { duo: false } => BiArt7_1Lid6,
            Stap::BijzondereOmstandigheden { duo: true } => BiArt7_2Lid3,
            Stap::Verlaagd { .. } => AwbArt5_46Lid3,
            Stap::PlafondGrens { .. }
            | Stap::PlafondRuimte { .. }
            | Stap::DuoGemeentePlafond { .. } => BiArt7_1Lid5,
            Stap::DuoTermijnEinde {
                artikel, moment, ..
            }
            | Stap::DuoOnafgerond {
                artikel, moment, ..
            } => moment.artikel(artikel),
            Stap::DuoNietVerwijtbaar { opleiding: false } => BiArt4_3Lid1,
            Stap::DuoNietVerwijtbaar { opleiding: true } => BiArt4_3Lid2,
            Stap::DuoInspanningenVoldaan => BiArt4_4Lid2,
            Stap::DuoVerlengingZesMaanden { .. } => BiArt4_4Lid1,
            Stap::DuoInspanningNietVoldaan { criterium, .. } => criterium.artikel(),
            Stap::DuoInspanningenAlleenInitieel => WiArt24Lid2,
            Stap::DuoVerlenging { .. } => WiArt12Lid1,
            Stap::DuoGeenMapPlicht => WiArt8Lid3,
            Stap::DuoVerblijfsvergunningBeeindigd => WiArt25Lid3,
            Stap::DuoNogNietTweeJaar { artikel, .. } => DuoMoment::Tweejaarlijks.artikel(artikel),
            Stap::UnierechtIntegratie => RichtlijnArt34,
            Stap::UnierechtUitzondering | Stap::UnierechtGebrekVastgesteld { .. } => HvjKeren,
            Stap::UnierechtGeenBoete => RvsKeren,
            Stap::DuoVastBedrag { .. } => BiArt7_2Lid1,
            Stap::DuoLeerrouteInspanning { .. } | Stap::DuoLeerrouteTabel { .. } => BiArt7_2Lid2,
            Stap::DuoHoorzitting { route, .. }
            | Stap::DuoReactietermijn { route, .. }
            | Stap::DuoReactietermijnNietAfgewacht { route, .. } => match route {
                Route::Zwaar => AwbArt5_53Lid3,
                Route::Licht => AwbAfdeling4_1_2,
            },
            Stap::DuoNieuweTermijn { artikel, .. } => match artikel {
                DuoArtikel::Art24 => WiArt24Lid2,
                DuoArtikel::Art25 => WiArt25Lid2,
            },
        }
    }
}

/// How a decision's explanation is written in JSON: in full (every step with its link and its
/// Dutch sentence, the default) or as codes (every step with its article, kind and facts only,
/// for systems that render their own text).
///
/// ```
/// use wi2021_boetes::UitlegVorm;
/// let v: UitlegVorm = serde_json::from_str(r#""codes""#).unwrap();
/// assert_eq!(v, UitlegVorm::Codes);
/// assert_eq!(UitlegVorm::default(), UitlegVorm::Volledig);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum UitlegVorm {
    /// Every step with its article, link, kind, facts and sentence.
    #[default]
    Volledig,
    /// Every step with its article, kind and facts.
    Codes,
}

/// A decision's explanation: its steps, in order. It reads as a slice of [`Stap`]s and is written
/// to JSON as a list.
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
///     r#"{"id":"o","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"geen"}"#,
/// ).unwrap();
/// let uitleg: Uitleg = decide(&context, &o)?.stappen();
/// assert_eq!(uitleg.last(), Some(&Stap::GeenVerwijtbaarheid));
/// # Ok::<(), Fout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Uitleg<'a> {
    stappen: Vec<Stap<'a>>,
    pub(crate) vorm: UitlegVorm,
}

impl<'a> Uitleg<'a> {
    /// An empty explanation with room for `n` steps.
    pub(crate) fn met_ruimte(n: usize) -> Self {
        Uitleg {
            stappen: Vec::with_capacity(n),
            vorm: UitlegVorm::Volledig,
        }
    }

    /// Adds a step.
    pub(crate) fn push(&mut self, stap: Stap<'a>) {
        self.stappen.push(stap);
    }

    /// The same explanation, to be written in JSON in the form `vorm`.
    ///
    /// ```
    /// use wi2021_boetes::*;
    /// # let d = |y, m, dag| chrono::NaiveDate::from_ymd_opt(y, m, dag).unwrap();
    /// # let termijnen = TermijnHistorie { pip_dagtekening: Some(d(2023, 1, 10)), ..Default::default() }.termijnen()?;
    /// # let config = Config::default();
    /// # let context = Context { person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
    /// #     termijnen: &termijnen, eerdere_boetes: &[], besluitdatum: d(2023, 6, 1), config: &config };
    /// # let o: Overtreding = serde_json::from_str(
    /// #     r#"{"id":"o","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"geen"}"#,
    /// # ).unwrap();
    /// let codes = decide(&context, &o)?.stappen().in_vorm(UitlegVorm::Codes);
    /// assert_eq!(
    ///     serde_json::to_string(&codes[1..]).unwrap(),
    ///     r#"[{"artikel":"awb_art5_41","link":"https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=5:41","soort":"geen_verwijtbaarheid","zin":"Het college kan u dit niet verwijten, daarom krijgt u geen boete (artikel 5:41 van de Algemene wet bestuursrecht)."}]"#
    /// );
    /// assert_eq!(
    ///     serde_json::to_string(&codes).unwrap(),
    ///     r#"[{"artikel":"wi_art23_lid1","soort":"beboetbaar","gedraging":"intensiteit_pvt"},{"artikel":"awb_art5_41","soort":"geen_verwijtbaarheid"}]"#
    /// );
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn in_vorm(mut self, vorm: UitlegVorm) -> Self {
        self.vorm = vorm;
        self
    }
}

impl<'a> std::ops::Deref for Uitleg<'a> {
    type Target = [Stap<'a>];

    fn deref(&self) -> &[Stap<'a>] {
        &self.stappen
    }
}

impl<'s, 'a> IntoIterator for &'s Uitleg<'a> {
    type Item = &'s Stap<'a>;
    type IntoIter = std::slice::Iter<'s, Stap<'a>>;

    fn into_iter(self) -> Self::IntoIter {
        self.stappen.iter()
    }
}

impl<'a> Extend<Stap<'a>> for Uitleg<'a> {
    fn extend<I: IntoIterator<Item = Stap<'a>>>(&mut self, stappen: I) {
        self.stappen.extend(stappen);
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Uitleg<'_> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Stappen".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Vec<Stap<'_>>>::json_schema(generator)
    }
}

impl Serialize for Uitleg<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let lijst = serializer.serialize_seq(Some(self.stappen.len()))?;
        let mut lijst = crate::nl::zin::StappenLijst::nieuw(lijst, self.vorm);
        for stap in &self.stappen {
            lijst.schrijf(stap)?;
        }
        lijst.einde()
    }
}

impl<'a> Stappen<'a> for Uitleg<'a> {
    fn stap(&mut self, stap: Stap<'a>) {
        self.stappen.push(stap);
    }
}

/// Where a rule writes its steps: a decision being made, or its explanation being derived.
pub(crate) trait Stappen<'a> {
    /// Adds a step.
    fn stap(&mut self, stap: Stap<'a>);
}
