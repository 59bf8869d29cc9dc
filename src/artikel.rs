//! The articles the crate applies, and their stable links.
//!
//! Every step of a decision's explanation rests on exactly one [`Artikel`], which its rule
//! determines. For Dutch law the link has the form
//! `https://wetten.overheid.nl/jci1.3:c:BWBR…&artikel=…&lid=…`, the juriconnect reference that
//! keeps pointing at the article whatever the version of the law. Union law is linked through
//! EUR-Lex by its CELEX number, and case law by its ECLI.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A regulation the crate cites, with its BWB identifier.
///
/// ```
/// use wi2021_boetes::Regeling;
/// assert_eq!(Regeling::WetInburgering2021.bwb_id(), "BWBR0044770");
/// assert_eq!(Regeling::BesluitInburgering2021.name(), "Besluit inburgering 2021");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Regeling {
    /// Wet inburgering 2021 (BWBR0044770).
    WetInburgering2021,
    /// Besluit inburgering 2021 (BWBR0045555).
    BesluitInburgering2021,
    /// Algemene wet bestuursrecht (BWBR0005537).
    AlgemeneWetBestuursrecht,
    /// Participatiewet (BWBR0015703).
    Participatiewet,
}

impl Regeling {
    /// The BWB identifier used in the link.
    ///
    /// ```
    /// use wi2021_boetes::Regeling;
    /// assert_eq!(Regeling::Participatiewet.bwb_id(), "BWBR0015703");
    /// ```
    pub const fn bwb_id(self) -> &'static str {
        match self {
            Regeling::WetInburgering2021 => "BWBR0044770",
            Regeling::BesluitInburgering2021 => "BWBR0045555",
            Regeling::AlgemeneWetBestuursrecht => "BWBR0005537",
            Regeling::Participatiewet => "BWBR0015703",
        }
    }

    /// The name as it is written in a beschikking.
    ///
    /// ```
    /// use wi2021_boetes::Regeling;
    /// assert_eq!(Regeling::AlgemeneWetBestuursrecht.name(), "Algemene wet bestuursrecht");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Regeling::WetInburgering2021 => "Wet inburgering 2021",
            Regeling::BesluitInburgering2021 => "Besluit inburgering 2021",
            Regeling::AlgemeneWetBestuursrecht => "Algemene wet bestuursrecht",
            Regeling::Participatiewet => "Participatiewet",
        }
    }
}

/// Where a citation points: an article (or lid) of a Dutch regulation, an afdeling of the Awb,
/// an article of an EU directive, or a judgment by its ECLI.
///
/// ```
/// use wi2021_boetes::{Artikel, Regeling, Verwijzing};
/// assert_eq!(
///     Artikel::BiArt7_1Lid5.verwijzing(),
///     Verwijzing::Wet { regeling: Regeling::BesluitInburgering2021, artikel: "7.1", lid: Some(5) }
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verwijzing {
    /// An article of a Dutch regulation, with its lid where it matters.
    Wet {
        /// The regulation.
        regeling: Regeling,
        /// The article number ("7.1", "5:53").
        artikel: &'static str,
        /// The lid, if any.
        lid: Option<u8>,
    },
    /// An afdeling of the Algemene wet bestuursrecht (for example afdeling 4.1.2, the general
    /// rules on hearing the person concerned).
    AwbAfdeling {
        /// The hoofdstuk ("4").
        hoofdstuk: &'static str,
        /// The titeldeel ("4.1").
        titeldeel: &'static str,
        /// The afdeling ("4.1.2").
        afdeling: &'static str,
    },
    /// An article of an EU directive, linked through EUR-Lex by its CELEX number.
    Richtlijn {
        /// The directive as it is cited ("Richtlijn 2011/95/EU").
        naam: &'static str,
        /// The CELEX number ("32011L0095").
        celex: &'static str,
        /// The article.
        artikel: &'static str,
    },
    /// A judgment, cited by its ECLI and linked to its public text.
    Uitspraak {
        /// The citation as written ("Hof van Justitie van de Europese Unie 4 februari 2025, …").
        citatie: &'static str,
        /// The stable link to the judgment's text.
        url: &'static str,
    },
}

macro_rules! artikelen {
    ($( $(#[$doc:meta])* $variant:ident $(as $rename:literal)? => $verwijzing:expr, )*) => {
        /// One article (and, where it matters, one lid), afdeling, directive article or judgment
        /// that a decision applies.
        ///
        /// Serialized in snake_case, for example `bi_art7_1_lid3` for art. 7.1 lid 3 Besluit
        /// inburgering 2021. The names are stable: they are part of the JSON format.
        ///
        /// ```
        /// use wi2021_boetes::Artikel;
        /// assert_eq!(serde_json::to_string(&Artikel::BiArt7_1Lid3).unwrap(), r#""bi_art7_1_lid3""#);
        /// assert!(Artikel::ALL.contains(&Artikel::WiArt27));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum Artikel {
            $( $(#[$doc])* $(#[serde(rename = $rename)])? $variant, )*
        }

        impl Artikel {
            /// Every article the crate knows, in declaration order.
            ///
            /// ```
            /// use wi2021_boetes::Artikel;
            /// assert_eq!(Artikel::ALL[0], Artikel::WiArt8Lid3);
            /// ```
            pub const ALL: &'static [Artikel] = &[$(Artikel::$variant,)*];

            /// Where the citation points.
            ///
            /// ```
            /// use wi2021_boetes::{Artikel, Regeling, Verwijzing};
            /// assert_eq!(
            ///     Artikel::WiArt27.verwijzing(),
            ///     Verwijzing::Wet { regeling: Regeling::WetInburgering2021, artikel: "27", lid: None }
            /// );
            /// ```
            pub const fn verwijzing(self) -> Verwijzing {
                match self {
                    $( Artikel::$variant => $verwijzing, )*
                }
            }
        }
    };
}

const fn wet(regeling: Regeling, artikel: &'static str, lid: Option<u8>) -> Verwijzing {
    Verwijzing::Wet {
        regeling,
        artikel,
        lid,
    }
}

use Regeling::{
    AlgemeneWetBestuursrecht as Awb, BesluitInburgering2021 as Bi, Participatiewet as Pw,
    WetInburgering2021 as Wi,
};

artikelen! {
    /// Wi art. 8 lid 3: no MAP duty in the onderwijsroute.
    WiArt8Lid3 => wet(Wi, "8", Some(3)),
    /// Wi art. 11 lid 1: the three-year inburgeringstermijn.
    WiArt11Lid1 => wet(Wi, "11", Some(1)),
    /// Wi art. 11 lid 2: the term starts the day after the PIP's dagtekening.
    WiArt11Lid2 => wet(Wi, "11", Some(2)),
    /// Wi art. 12 lid 1: extension of the term.
    WiArt12Lid1 => wet(Wi, "12", Some(1)),
    /// Wi art. 14 lid 1: oproep, warning and repeated oproep for the brede intake.
    WiArt14Lid1 => wet(Wi, "14", Some(1)),
    /// Wi art. 14 lid 2: brede intake completed without the person after three oproepen.
    WiArt14Lid2 => wet(Wi, "14", Some(2)),
    /// Wi art. 15 lid 1: what the PIP fixes.
    WiArt15Lid1 => wet(Wi, "15", Some(1)),
    /// Wi art. 15 lid 2: the leerroute's intensity is fixed only for asielstatushouders.
    WiArt15Lid2 => wet(Wi, "15", Some(2)),
    /// Wi art. 22 lid 1: the brede-intake fine.
    WiArt22Lid1 => wet(Wi, "22", Some(1)),
    /// Wi art. 22 lid 2: the new term of at most two months in the boetebeschikking.
    WiArt22Lid2 => wet(Wi, "22", Some(2)),
    /// Wi art. 22 lid 3: the fine for missing that new term.
    WiArt22Lid3 => wet(Wi, "22", Some(3)),
    /// Wi art. 23 lid 1: the PIP fine.
    WiArt23Lid1 => wet(Wi, "23", Some(1)),
    /// Wi art. 24 lid 1: DUO's fine for PVT or MAP not completed in time.
    WiArt24Lid1 => wet(Wi, "24", Some(1)),
    /// Wi art. 24 lid 2: the new term of at most two years in DUO's boetebeschikking; of art. 12
    /// only lid 1 sub a (not verwijtbaar) applies to it.
    WiArt24Lid2 => wet(Wi, "24", Some(2)),
    /// Wi art. 24 lid 3: the fine when the new term passes.
    WiArt24Lid3 => wet(Wi, "24", Some(3)),
    /// Wi art. 24 lid 4: every two years after that.
    WiArt24Lid4 => wet(Wi, "24", Some(4)),
    /// Wi art. 25 lid 1: DUO's fine for the leerroute not achieved in time.
    WiArt25Lid1 => wet(Wi, "25", Some(1)),
    /// Wi art. 25 lid 2: art. 24 lid 2–4 apply to the leerroute fine.
    WiArt25Lid2 => wet(Wi, "25", Some(2)),
    /// Wi art. 25 lid 3: no leerroute fine when the residence permit ends.
    WiArt25Lid3 => wet(Wi, "25", Some(3)),
    /// Wi art. 26 lid 1: the statutory maxima.
    WiArt26Lid1 => wet(Wi, "26", Some(1)),
    /// Wi art. 27: samenloop with the Participatiewet.
    WiArt27 => wet(Wi, "27", None),
    /// Bi art. 4.3 lid 1: when the overrun is not verwijtbaar.
    BiArt4_3Lid1 => wet(Bi, "4.3", Some(1)),
    /// Bi art. 4.3 lid 2 (from 2023-01-01): following a designated non-exempting education makes
    /// the overrun not verwijtbaar.
    BiArt4_3Lid2 => wet(Bi, "4.3", Some(2)),
    /// Bi art. 4.4 lid 1: six months' extension for aanzienlijke inspanningen.
    BiArt4_4Lid1 => wet(Bi, "4.4", Some(1)),
    /// Bi art. 4.4 lid 2: when aanzienlijke inspanningen are made.
    BiArt4_4Lid2 => wet(Bi, "4.4", Some(2)),
    /// Bi art. 4.4 lid 3: for gezins- and overige migranten at least 450 hours instead of all
    /// lessons.
    BiArt4_4Lid3 => wet(Bi, "4.4", Some(3)),
    /// Bi art. 4.5 lid 1: asking for an extension, no earlier than six months before the end.
    BiArt4_5Lid1 => wet(Bi, "4.5", Some(1)),
    /// Bi art. 7.1 lid 1: € 250 for the brede-intake fine.
    BiArt7_1Lid1 => wet(Bi, "7.1", Some(1)),
    /// Bi art. 7.1 lid 2: € 50 for the PIP fine.
    BiArt7_1Lid2 => wet(Bi, "7.1", Some(2)),
    /// Bi art. 7.1 lid 3: the ladder (doubling up to € 800).
    BiArt7_1Lid3 => wet(Bi, "7.1", Some(3)),
    /// Bi art. 7.1 lid 4: the verwijtbaarheid percentages.
    BiArt7_1Lid4 => wet(Bi, "7.1", Some(4)),
    /// Bi art. 7.1 lid 5: the caps per term.
    BiArt7_1Lid5 => wet(Bi, "7.1", Some(5)),
    /// Bi art. 7.1 lid 6: for the brede-intake fine (lid 1 only), the person states and proves
    /// bijzondere omstandigheden, and the college weighs those it knows of.
    BiArt7_1Lid6 => wet(Bi, "7.1", Some(6)),
    /// Bi art. 7.2 lid 1: € 340 for DUO's art. 24 fine.
    BiArt7_2Lid1 => wet(Bi, "7.2", Some(1)),
    /// Bi art. 7.2 lid 2: the leerroute fine from hours, attempts and exams passed.
    BiArt7_2Lid2 => wet(Bi, "7.2", Some(2)),
    /// Bi art. 7.2 lid 3: for DUO's € 340 (lid 1 only), the person states and proves bijzondere
    /// omstandigheden, and DUO weighs those it knows of.
    BiArt7_2Lid3 => wet(Bi, "7.2", Some(3)),
    /// Awb afdeling 4.1.2: the general rules on hearing the person concerned (zienswijze), which
    /// govern where art. 5:53 does not apply.
    AwbAfdeling4_1_2 => Verwijzing::AwbAfdeling { hoofdstuk: "4", titeldeel: "4.1", afdeling: "4.1.2" },
    /// Awb art. 5:41: no fine without verwijtbaarheid.
    AwbArt5_41 => wet(Awb, "5:41", None),
    /// Awb art. 5:45 lid 1: the power lapses after five years (where 5:53 applies).
    AwbArt5_45Lid1 => wet(Awb, "5:45", Some(1)),
    /// Awb art. 5:45 lid 2: the power lapses after three years (other cases).
    AwbArt5_45Lid2 => wet(Awb, "5:45", Some(2)),
    /// Awb art. 5:46 lid 3: a lower fixed fine for bijzondere omstandigheden, the basis of every
    /// lowering.
    AwbArt5_46Lid3 => wet(Awb, "5:46", Some(3)),
    /// Awb art. 5:51 lid 1: decide within thirteen weeks of the rapport.
    AwbArt5_51Lid1 => wet(Awb, "5:51", Some(1)),
    /// Awb art. 5:53 lid 1: the heavier procedure where more than € 340 can be imposed.
    AwbArt5_53Lid1 => wet(Awb, "5:53", Some(1)),
    /// Awb art. 5:53 lid 2: under the heavier procedure a rapport is always made (instead of the
    /// "can" of art. 5:48).
    AwbArt5_53Lid2 => wet(Awb, "5:53", Some(2)),
    /// Awb art. 5:53 lid 3: under the heavier procedure the person is always heard first.
    AwbArt5_53Lid3 => wet(Awb, "5:53", Some(3)),
    /// Participatiewet art. 18 lid 2: lowering the bijstand (afstemmingsverordening).
    PwArt18Lid2 => wet(Pw, "18", Some(2)),
    /// Art. 34 of Richtlijn 2011/95/EU: member states ensure access to integration programmes for
    /// beneficiaries of international protection.
    RichtlijnArt34 as "richtlijn_2011_95_eu_art34" => Verwijzing::Richtlijn {
        naam: "Richtlijn 2011/95/EU",
        celex: "32011L0095",
        artikel: "34",
    },
    /// The Court of Justice of the EU, 4 February 2025, C-158/23 (Keren): a beneficiary of
    /// international protection may be fined for not completing civic integration in time only in
    /// exceptional cases, such as a proven and persistent lack of willingness to integrate.
    HvjKeren as "ecli_eu_c_2025_52" => Verwijzing::Uitspraak {
        citatie: "Hof van Justitie van de Europese Unie 4 februari 2025, C-158/23, ECLI:EU:C:2025:52",
        url: "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:62023CJ0158",
    },
    /// The Afdeling bestuursrechtspraak van de Raad van State, 9 July 2025: the Court's answer
    /// applied, no fine for an asielstatushouder.
    RvsKeren as "ecli_nl_rvs_2025_3087" => Verwijzing::Uitspraak {
        citatie: "Afdeling bestuursrechtspraak van de Raad van State 9 juli 2025, ECLI:NL:RVS:2025:3087",
        url: "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2025:3087",
    },
}

impl Artikel {
    /// The stable link: for Dutch law the `wetten.overheid.nl` juriconnect reference, for Union
    /// law EUR-Lex, for Dutch case law the ECLI on `uitspraken.rechtspraak.nl`.
    ///
    /// ```
    /// use wi2021_boetes::Artikel;
    /// assert_eq!(
    ///     Artikel::BiArt7_1Lid3.link().to_string(),
    ///     "https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=7.1&lid=3"
    /// );
    /// ```
    pub fn link(self) -> Link {
        Link(self)
    }

    /// The citation as a beschikking writes it (`artikel 7.1, derde lid, van het Besluit
    /// inburgering 2021`).
    ///
    /// ```
    /// use wi2021_boetes::Artikel;
    /// assert_eq!(
    ///     Artikel::AwbArt5_46Lid3.bron().to_string(),
    ///     "artikel 5:46, derde lid, van de Algemene wet bestuursrecht"
    /// );
    /// ```
    pub fn bron(self) -> crate::nl::Bron {
        crate::nl::Bron::van(self)
    }
}

/// An article's stable link, as a [`fmt::Display`].
///
/// ```
/// use wi2021_boetes::Artikel;
/// let link = Artikel::HvjKeren.link();
/// assert_eq!(link.to_string(), "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:62023CJ0158");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link(Artikel);

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.verwijzing() {
            Verwijzing::Wet {
                regeling,
                artikel,
                lid,
            } => {
                // Written piece by piece: every step of a full explanation carries its link.
                f.write_str("https://wetten.overheid.nl/jci1.3:c:")?;
                f.write_str(regeling.bwb_id())?;
                f.write_str("&artikel=")?;
                f.write_str(artikel)?;
                match lid {
                    Some(lid) => write!(f, "&lid={lid}"),
                    None => Ok(()),
                }
            }
            Verwijzing::AwbAfdeling {
                hoofdstuk,
                titeldeel,
                afdeling,
            } => write!(
                f,
                "https://wetten.overheid.nl/jci1.3:c:{}&hoofdstuk={hoofdstuk}&titeldeel={titeldeel}&afdeling={afdeling}",
                Regeling::AlgemeneWetBestuursrecht.bwb_id()
            ),
            Verwijzing::Richtlijn { celex, .. } => write!(
                f,
                "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{celex}"
            ),
            Verwijzing::Uitspraak { url, .. } => f.write_str(url),
        }
    }
}
