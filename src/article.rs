//! The articles the crate applies, as stable `wetten.overheid.nl` links (RULEBOOK §11).
//!
//! Every step of a decision's explanation names exactly one [`Artikel`]. The link has the form
//! `https://wetten.overheid.nl/jci1.3:c:BWBR…&artikel=…&lid=…`, the "juriconnect" reference that
//! keeps pointing at the article whatever the version of the law.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A regulation the crate cites, with its BWB identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    pub const fn bwb_id(self) -> &'static str {
        match self {
            Regeling::WetInburgering2021 => "BWBR0044770",
            Regeling::BesluitInburgering2021 => "BWBR0045555",
            Regeling::AlgemeneWetBestuursrecht => "BWBR0005537",
            Regeling::Participatiewet => "BWBR0015703",
        }
    }

    /// The name as it is written in a beschikking.
    pub const fn name(self) -> &'static str {
        match self {
            Regeling::WetInburgering2021 => "Wet inburgering 2021",
            Regeling::BesluitInburgering2021 => "Besluit inburgering 2021",
            Regeling::AlgemeneWetBestuursrecht => "Algemene wet bestuursrecht",
            Regeling::Participatiewet => "Participatiewet",
        }
    }
}

macro_rules! artikelen {
    ($( $(#[$doc:meta])* $variant:ident => ($regeling:ident, $artikel:literal, $lid:expr), )*) => {
        /// One article (and, where it matters, one lid) that a decision applies.
        ///
        /// Serialized in snake_case, for example `bi_art7_1_lid3` for art. 7.1 lid 3 Besluit
        /// inburgering 2021. The names are stable: they are part of the JSON format.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Artikel {
            $( $(#[$doc])* $variant, )*
        }

        impl Artikel {
            /// Every article the crate knows, in declaration order.
            pub const ALL: &'static [Artikel] = &[$(Artikel::$variant,)*];

            /// The regulation, the article number and the lid (if any).
            pub const fn parts(self) -> (Regeling, &'static str, Option<u8>) {
                match self {
                    $( Artikel::$variant => (Regeling::$regeling, $artikel, $lid), )*
                }
            }
        }
    };
}

artikelen! {
    /// Wi art. 8 lid 3: no MAP duty in the onderwijsroute.
    WiArt8Lid3 => (WetInburgering2021, "8", Some(3)),
    /// Wi art. 11 lid 1: the three-year inburgeringstermijn.
    WiArt11Lid1 => (WetInburgering2021, "11", Some(1)),
    /// Wi art. 11 lid 2: the term starts the day after the PIP's dagtekening.
    WiArt11Lid2 => (WetInburgering2021, "11", Some(2)),
    /// Wi art. 12 lid 1: extension of the term.
    WiArt12Lid1 => (WetInburgering2021, "12", Some(1)),
    /// Wi art. 14 lid 1: oproep, warning and repeated oproep for the brede intake.
    WiArt14Lid1 => (WetInburgering2021, "14", Some(1)),
    /// Wi art. 14 lid 2: brede intake completed without the person after three oproepen.
    WiArt14Lid2 => (WetInburgering2021, "14", Some(2)),
    /// Wi art. 15 lid 1: what the PIP fixes.
    WiArt15Lid1 => (WetInburgering2021, "15", Some(1)),
    /// Wi art. 15 lid 2: the leerroute's intensity is fixed only for asielstatushouders.
    WiArt15Lid2 => (WetInburgering2021, "15", Some(2)),
    /// Wi art. 22 lid 1: the brede-intake fine.
    WiArt22Lid1 => (WetInburgering2021, "22", Some(1)),
    /// Wi art. 22 lid 2: the new term of at most two months in the boetebeschikking.
    WiArt22Lid2 => (WetInburgering2021, "22", Some(2)),
    /// Wi art. 22 lid 3: the fine for missing that new term.
    WiArt22Lid3 => (WetInburgering2021, "22", Some(3)),
    /// Wi art. 23 lid 1: the PIP fine.
    WiArt23Lid1 => (WetInburgering2021, "23", Some(1)),
    /// Wi art. 24 lid 1: DUO's fine for PVT or MAP not completed in time.
    WiArt24Lid1 => (WetInburgering2021, "24", Some(1)),
    /// Wi art. 24 lid 2: the new term of at most two years in DUO's boetebeschikking.
    WiArt24Lid2 => (WetInburgering2021, "24", Some(2)),
    /// Wi art. 24 lid 3: the fine when the new term passes.
    WiArt24Lid3 => (WetInburgering2021, "24", Some(3)),
    /// Wi art. 24 lid 4: every two years after that.
    WiArt24Lid4 => (WetInburgering2021, "24", Some(4)),
    /// Wi art. 25 lid 1: DUO's fine for the leerroute not achieved in time.
    WiArt25Lid1 => (WetInburgering2021, "25", Some(1)),
    /// Wi art. 25 lid 2: art. 24 lid 2–4 apply to the leerroute fine.
    WiArt25Lid2 => (WetInburgering2021, "25", Some(2)),
    /// Wi art. 25 lid 3: no leerroute fine when the residence permit ends.
    WiArt25Lid3 => (WetInburgering2021, "25", Some(3)),
    /// Wi art. 26 lid 1: the statutory maxima.
    WiArt26Lid1 => (WetInburgering2021, "26", Some(1)),
    /// Wi art. 27: samenloop with the Participatiewet.
    WiArt27 => (WetInburgering2021, "27", None),
    /// Bi art. 4.3 lid 1: when the overrun is not verwijtbaar.
    BiArt4_3Lid1 => (BesluitInburgering2021, "4.3", Some(1)),
    /// Bi art. 4.4 lid 1: six months' extension for aanzienlijke inspanningen.
    BiArt4_4Lid1 => (BesluitInburgering2021, "4.4", Some(1)),
    /// Bi art. 4.4 lid 2: when aanzienlijke inspanningen are made.
    BiArt4_4Lid2 => (BesluitInburgering2021, "4.4", Some(2)),
    /// Bi art. 4.5 lid 1: asking for an extension, no earlier than six months before the end.
    BiArt4_5Lid1 => (BesluitInburgering2021, "4.5", Some(1)),
    /// Bi art. 7.1 lid 1: € 250 for the brede-intake fine.
    BiArt7_1Lid1 => (BesluitInburgering2021, "7.1", Some(1)),
    /// Bi art. 7.1 lid 2: € 50 for the PIP fine.
    BiArt7_1Lid2 => (BesluitInburgering2021, "7.1", Some(2)),
    /// Bi art. 7.1 lid 3: the ladder (doubling up to € 800).
    BiArt7_1Lid3 => (BesluitInburgering2021, "7.1", Some(3)),
    /// Bi art. 7.1 lid 4: the verwijtbaarheid percentages.
    BiArt7_1Lid4 => (BesluitInburgering2021, "7.1", Some(4)),
    /// Bi art. 7.1 lid 5: the caps per term.
    BiArt7_1Lid5 => (BesluitInburgering2021, "7.1", Some(5)),
    /// Bi art. 7.1 lid 6: bijzondere omstandigheden for the gemeente's fines.
    BiArt7_1Lid6 => (BesluitInburgering2021, "7.1", Some(6)),
    /// Bi art. 7.2 lid 1: € 340 for DUO's art. 24 fine.
    BiArt7_2Lid1 => (BesluitInburgering2021, "7.2", Some(1)),
    /// Bi art. 7.2 lid 2: the leerroute fine from hours, attempts and exams passed.
    BiArt7_2Lid2 => (BesluitInburgering2021, "7.2", Some(2)),
    /// Bi art. 7.2 lid 3: bijzondere omstandigheden for DUO's fine.
    BiArt7_2Lid3 => (BesluitInburgering2021, "7.2", Some(3)),
    /// Awb art. 5:41: no fine without verwijtbaarheid.
    AwbArt5_41 => (AlgemeneWetBestuursrecht, "5:41", None),
    /// Awb art. 5:45 lid 1: the power lapses after five years (where 5:53 applies).
    AwbArt5_45Lid1 => (AlgemeneWetBestuursrecht, "5:45", Some(1)),
    /// Awb art. 5:45 lid 2: the power lapses after three years (other cases).
    AwbArt5_45Lid2 => (AlgemeneWetBestuursrecht, "5:45", Some(2)),
    /// Awb art. 5:46 lid 3: a lower fixed fine for bijzondere omstandigheden.
    AwbArt5_46Lid3 => (AlgemeneWetBestuursrecht, "5:46", Some(3)),
    /// Awb art. 5:51 lid 1: decide within thirteen weeks of the rapport.
    AwbArt5_51Lid1 => (AlgemeneWetBestuursrecht, "5:51", Some(1)),
    /// Awb art. 5:53 lid 1: the heavier procedure where more than € 340 can be imposed.
    AwbArt5_53Lid1 => (AlgemeneWetBestuursrecht, "5:53", Some(1)),
    /// Participatiewet art. 18 lid 2: lowering the bijstand (afstemmingsverordening).
    PwArt18Lid2 => (Participatiewet, "18", Some(2)),
}

impl Artikel {
    /// The stable `wetten.overheid.nl` link, for example
    /// `https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=7.1&lid=3`.
    pub fn url(self) -> String {
        self.link().to_string()
    }

    /// The link as a [`fmt::Display`], written without an intermediate string.
    pub fn link(self) -> Link {
        Link(self)
    }

    /// The citation as written in a beschikking, for example
    /// `artikel 7.1, derde lid, van het Besluit inburgering 2021`.
    pub fn citation(self) -> String {
        self.bron().to_string()
    }

    /// The citation as a [`fmt::Display`].
    pub fn bron(self) -> Bron {
        Bron {
            artikel: self,
            onderdeel: None,
        }
    }
}

/// An article's `wetten.overheid.nl` link, as a [`fmt::Display`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link(Artikel);

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (regeling, artikel, lid) = self.0.parts();
        write!(
            f,
            "https://wetten.overheid.nl/jci1.3:c:{}&artikel={artikel}",
            regeling.bwb_id()
        )?;
        match lid {
            Some(lid) => write!(f, "&lid={lid}"),
            None => Ok(()),
        }
    }
}

/// An article's citation as written in a beschikking (`artikel 7.1, vierde lid, onderdeel b, van
/// het Besluit inburgering 2021`), as a [`fmt::Display`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bron {
    artikel: Artikel,
    onderdeel: Option<&'static str>,
}

impl Bron {
    /// The same citation, narrowed to an onderdeel ("a", "b", …) of the lid.
    pub fn onderdeel(self, onderdeel: &'static str) -> Bron {
        Bron {
            onderdeel: Some(onderdeel),
            ..self
        }
    }
}

impl fmt::Display for Bron {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (regeling, artikel, lid) = self.artikel.parts();
        // "de Wet", "de Algemene wet", "de Participatiewet", but "het Besluit".
        let lidwoord = match regeling {
            Regeling::BesluitInburgering2021 => "het",
            _ => "de",
        };
        write!(f, "artikel {artikel}")?;
        if let Some(lid) = lid {
            match ordinal(lid) {
                Some(word) => write!(f, ", {word} lid")?,
                None => write!(f, ", lid {lid}")?,
            }
            if let Some(onderdeel) = self.onderdeel.filter(|o| !o.is_empty()) {
                write!(f, ", onderdeel {onderdeel}")?;
            }
            f.write_str(",")?;
        }
        write!(f, " van {lidwoord} {}", regeling.name())
    }
}

fn ordinal(lid: u8) -> Option<&'static str> {
    Some(match lid {
        1 => "eerste",
        2 => "tweede",
        3 => "derde",
        4 => "vierde",
        5 => "vijfde",
        6 => "zesde",
        _ => return None,
    })
}
