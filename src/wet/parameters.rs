//! The law as dated data: every amount, cap, percentage, period and threshold of these rules, with
//! the day it took effect and the article it comes from, in one table.
//!
//! The table has a row per version of the law's numbers ([`VERSIES`]). A decision looks up the
//! version in force on the day of the overtreding: its pleegdatum, or without one its
//! constateringsdatum; for DUO the day after the term ran out. Should a later version, in force
//! by the day of the decision, be more favourable to the person, that one applies (lex mitior:
//! art. 7 ECHR as applied to bestuurlijke boetes); [`kandidaten`] gives the versions to weigh.
//!
//! Articles 7.1 and 7.2 of the Besluit inburgering 2021 read the same in every version from
//! 2022-01-01 on, so the amounts are one series. Bi 4.3 lid 2 (following a designated
//! non-exempting education makes an overrun not verwijtbaar) was added from 2023-01-01: that is
//! the second row. A new version of the Besluit is a new row here, not a hunt through the code.
//!
//! Two numbers are DUO's practice, not law, and are marked so: the letter two months before a
//! term ends, and four weeks to react to a voornemen.

use chrono::NaiveDate;

use crate::geld::Centen;

/// One version of the law's numbers, in force from [`Versie::geldig_vanaf`]. Each field names
/// the article it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Versie {
    /// The first day this version is in force.
    pub geldig_vanaf: NaiveDate,
    /// Wi 2021: the law applies to who became inburgeringsplichtig from this day (the Wi 2013
    /// before it).
    pub wet_vanaf: NaiveDate,
    /// Wi art. 11 lid 1: the inburgeringstermijn, three years.
    pub inburgeringstermijn_maanden: u32,
    /// Wi art. 22 lid 2: the new term in a brede-intake boetebeschikking, at most two months.
    pub brede_intake_termijn_maanden: u8,
    /// Wi art. 24 lid 4: DUO's fines every two years.
    pub tweejaarlijks_maanden: u32,
    /// Wi art. 26 lid 1 sub a: the brede-intake fine at most € 250.
    pub maximum_brede_intake: Centen,
    /// Wi art. 26 lid 1 sub b: DUO's PVT/MAP fine at most € 340.
    pub maximum_pvt_map: Centen,
    /// Wi art. 26 lid 1 sub c: the PIP fine at most € 800.
    pub maximum_pip: Centen,
    /// Wi art. 26 lid 1 sub d: DUO's leerroute fine at most € 1.000.
    pub maximum_leerroute: Centen,
    /// Bi art. 7.1 lid 1: the brede-intake fine, € 250.
    pub brede_intake_boete: Centen,
    /// Bi art. 7.1 lid 2: the PIP fine, € 50.
    pub ladder_begin: Centen,
    /// Bi art. 7.1 lid 3: doubled for each qualifying earlier overtreding, up to € 800.
    pub ladder_maximum: Centen,
    /// Bi art. 7.1 lid 3: an earlier overtreding counts when geconstateerd within twelve months.
    pub ladder_venster_maanden: u32,
    /// Bi art. 7.1 lid 4 sub a–d: the share for opzet, grove schuld, neither, verminderde
    /// verwijtbaarheid, in percent.
    pub aandeel: [u8; 4],
    /// Bi art. 7.1 lid 5: the college's fines over the initial term at most € 2.400.
    pub plafond_initieel: Centen,
    /// Bi art. 7.1 lid 5 sub a–d: over a new term of 6, 12, 18, 24 months at most € 400, € 800,
    /// € 1.200, € 1.600.
    pub plafond_nieuw: [(u32, Centen); 4],
    /// Bi art. 7.2 lid 1: DUO's PVT/MAP fine, € 340.
    pub pvt_map_boete: Centen,
    /// Bi art. 4.3 lid 2: a designated non-exempting education as a ground for extension.
    pub niet_vrijstellende_opleiding: bool,
    /// Bi art. 4.4 lid 1: the extension for aanzienlijke inspanningen, six months.
    pub verlenging_inspanningen_maanden: u32,
    /// Bi art. 4.4 lid 2 sub c: at least two of the four language parts passed.
    pub inspanningen_taalonderdelen: u8,
    /// Bi art. 4.4 lid 3: gezins- and overige migranten at least 450 hours.
    pub inspanningen_uren: u32,
    /// Bi art. 4.5 lid 1: an extension asked for no earlier than six months before the end.
    pub verlenging_aanvragen_maanden: u32,
    /// Awb art. 5:45 lid 1: where 5:53 applies, the power lapses after five years.
    pub verval_jaren_zwaar: u32,
    /// Awb art. 5:45 lid 2: otherwise after three years.
    pub verval_jaren_licht: u32,
    /// Awb art. 5:51 lid 1: decide within thirteen weeks of the rapport.
    pub beslistermijn_weken: u64,
    /// Awb art. 5:53 lid 1: the heavier procedure where more than € 340 can be imposed.
    pub zware_procedure_boven: Centen,
    /// DUO's practice: its letter about the end of a term goes out two months before it.
    pub brief_maanden: u32,
    /// DUO's practice: four weeks to react to its voornemen.
    pub reactie_weken: u64,
    /// DUO's practice: a hoorzitting offered where the voorgenomen fine is above € 340 (the
    /// default of [`crate::Config::duo_hoorzitting_boven`]).
    pub hoorzitting_boven: Centen,
}

/// The first version: the Wi 2021 and the Besluit inburgering 2021 as they took effect.
const VANAF_2022: Versie = Versie {
    geldig_vanaf: datum(2022, 1, 1),
    wet_vanaf: datum(2022, 1, 1),
    inburgeringstermijn_maanden: 36,
    brede_intake_termijn_maanden: 2,
    tweejaarlijks_maanden: 24,
    maximum_brede_intake: Centen::euro(250),
    maximum_pvt_map: Centen::euro(340),
    maximum_pip: Centen::euro(800),
    maximum_leerroute: Centen::euro(1000),
    brede_intake_boete: Centen::euro(250),
    ladder_begin: Centen::euro(50),
    ladder_maximum: Centen::euro(800),
    ladder_venster_maanden: 12,
    aandeel: [100, 75, 50, 25],
    plafond_initieel: Centen::euro(2400),
    plafond_nieuw: [
        (6, Centen::euro(400)),
        (12, Centen::euro(800)),
        (18, Centen::euro(1200)),
        (24, Centen::euro(1600)),
    ],
    pvt_map_boete: Centen::euro(340),
    niet_vrijstellende_opleiding: false,
    verlenging_inspanningen_maanden: 6,
    inspanningen_taalonderdelen: 2,
    inspanningen_uren: 450,
    verlenging_aanvragen_maanden: 6,
    verval_jaren_zwaar: 5,
    verval_jaren_licht: 3,
    beslistermijn_weken: 13,
    zware_procedure_boven: Centen::euro(340),
    brief_maanden: 2,
    reactie_weken: 4,
    hoorzitting_boven: Centen::euro(340),
};

/// Every version, oldest first. From 2023-01-01 Bi 4.3 lid 2 exists.
pub(crate) const VERSIES: [Versie; 2] = [
    VANAF_2022,
    Versie {
        geldig_vanaf: datum(2023, 1, 1),
        niet_vrijstellende_opleiding: true,
        ..VANAF_2022
    },
];

/// The version in force on `dag`: the latest that took effect on or before it. Before the first
/// version, the first (the crate refuses such dates before it asks: see
/// [`crate::wet::geldigheid`]).
pub(crate) fn op(dag: NaiveDate) -> &'static Versie {
    let mut gekozen = &VERSIES[0];
    for versie in &VERSIES {
        if versie.geldig_vanaf <= dag {
            gekozen = versie;
        }
    }
    gekozen
}

impl Versie {
    /// Whether `self` gives the college's decisions the same numbers as `ander`: every field the
    /// same but the day it took effect and DUO's grounds for extension. A later version that only
    /// differs there cannot be more favourable for a fine of the college, so lex mitior has
    /// nothing to weigh.
    pub(crate) fn zelfde_voor_college(&self, ander: &Versie) -> bool {
        let gelijk_gemaakt = Versie {
            geldig_vanaf: ander.geldig_vanaf,
            niet_vrijstellende_opleiding: ander.niet_vrijstellende_opleiding,
            ..*self
        };
        gelijk_gemaakt == *ander
    }
}

/// The latest version.
pub(crate) fn laatste() -> &'static Versie {
    VERSIES.last().unwrap_or(&VANAF_2022)
}

/// The versions to weigh for a decision on `besluitdatum` about an overtreding of `pleegdag`:
/// the one in force on the day of the overtreding, and every later one in force by the day of
/// the decision (lex mitior). Oldest first; never empty.
pub(crate) fn kandidaten(
    pleegdag: NaiveDate,
    besluitdatum: NaiveDate,
) -> impl Iterator<Item = &'static Versie> {
    let eerste = op(pleegdag).geldig_vanaf;
    // The version of the day of the overtreding is weighed in any case.
    let tot = besluitdatum.max(eerste);
    VERSIES
        .iter()
        .filter(move |v| v.geldig_vanaf >= eerste && v.geldig_vanaf <= tot)
}

const fn datum(jaar: i32, maand: u32, dag: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(jaar, maand, dag) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dag).unwrap()
    }

    /// Every number against the text of its article, read by hand.
    #[test]
    fn the_numbers_of_the_law() {
        let v = &VERSIES[0];
        assert_eq!(v.inburgeringstermijn_maanden, 36, "Wi 11 lid 1: drie jaar");
        assert_eq!(
            v.brede_intake_termijn_maanden, 2,
            "Wi 22 lid 2: twee maanden"
        );
        assert_eq!(v.tweejaarlijks_maanden, 24, "Wi 24 lid 4: iedere twee jaar");
        assert_eq!(
            [
                v.maximum_brede_intake,
                v.maximum_pvt_map,
                v.maximum_pip,
                v.maximum_leerroute
            ],
            [250, 340, 800, 1000].map(Centen::euro),
            "Wi 26 lid 1 sub a–d"
        );
        assert_eq!(v.brede_intake_boete, Centen::euro(250), "Bi 7.1 lid 1");
        assert_eq!(v.ladder_begin, Centen::euro(50), "Bi 7.1 lid 2");
        assert_eq!(v.ladder_maximum, Centen::euro(800), "Bi 7.1 lid 3");
        assert_eq!(v.ladder_venster_maanden, 12, "Bi 7.1 lid 3: twaalf maanden");
        assert_eq!(v.aandeel, [100, 75, 50, 25], "Bi 7.1 lid 4 sub a–d");
        assert_eq!(v.plafond_initieel, Centen::euro(2400), "Bi 7.1 lid 5");
        assert_eq!(
            v.plafond_nieuw,
            [
                (6, Centen::euro(400)),
                (12, Centen::euro(800)),
                (18, Centen::euro(1200)),
                (24, Centen::euro(1600))
            ],
            "Bi 7.1 lid 5 sub a–d"
        );
        assert_eq!(v.pvt_map_boete, Centen::euro(340), "Bi 7.2 lid 1");
        assert_eq!(v.verlenging_inspanningen_maanden, 6, "Bi 4.4 lid 1");
        assert_eq!(v.inspanningen_taalonderdelen, 2, "Bi 4.4 lid 2 sub c");
        assert_eq!(v.inspanningen_uren, 450, "Bi 4.4 lid 3");
        assert_eq!(v.verlenging_aanvragen_maanden, 6, "Bi 4.5 lid 1");
        assert_eq!(
            (v.verval_jaren_zwaar, v.verval_jaren_licht),
            (5, 3),
            "Awb 5:45"
        );
        assert_eq!(v.beslistermijn_weken, 13, "Awb 5:51 lid 1");
        assert_eq!(v.zware_procedure_boven, Centen::euro(340), "Awb 5:53 lid 1");
        assert_eq!((v.brief_maanden, v.reactie_weken), (2, 4), "DUO's practice");
        assert_eq!(v.hoorzitting_boven, Centen::euro(340), "DUO's practice");
        assert_eq!(v.wet_vanaf, d(2022, 1, 1));
    }

    /// Bi 4.3 lid 2 exists from 2023-01-01; nothing else differs.
    #[test]
    fn the_versions() {
        assert!(!op(d(2022, 12, 31)).niet_vrijstellende_opleiding);
        assert!(op(d(2023, 1, 1)).niet_vrijstellende_opleiding);
        assert_eq!(op(d(2021, 6, 1)).geldig_vanaf, d(2022, 1, 1));
        assert_eq!(
            Versie {
                geldig_vanaf: VERSIES[0].geldig_vanaf,
                niet_vrijstellende_opleiding: false,
                ..VERSIES[1]
            },
            VERSIES[0]
        );
        let data = |pleeg, besluit| -> Vec<NaiveDate> {
            kandidaten(pleeg, besluit).map(|v| v.geldig_vanaf).collect()
        };
        assert_eq!(data(d(2022, 6, 1), d(2022, 7, 1)), [d(2022, 1, 1)]);
        assert_eq!(
            data(d(2022, 6, 1), d(2023, 1, 1)),
            [d(2022, 1, 1), d(2023, 1, 1)]
        );
        assert_eq!(data(d(2023, 6, 1), d(2024, 1, 1)), [d(2023, 1, 1)]);
        // Committed on the day a version took effect and decided that day: that version, once.
        assert_eq!(data(d(2023, 1, 1), d(2023, 1, 1)), [d(2023, 1, 1)]);
        // A decision dated before the version of the overtreding's day (which the rules refuse
        // elsewhere): that version all the same, never none.
        assert_eq!(data(d(2023, 6, 1), d(2022, 6, 1)), [d(2023, 1, 1)]);
        assert!(VERSIES[1].zelfde_voor_college(&VERSIES[0]));
        let lager = Versie {
            ladder_begin: Centen::euro(40),
            ..VERSIES[1]
        };
        assert!(!lager.zelfde_voor_college(&VERSIES[0]));
    }
}
