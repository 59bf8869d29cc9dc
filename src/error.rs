//! Input errors: what is wrong, and where.
//!
//! A legal outcome (no verwijtbaarheid, samenloop, not fineable for this doelgroep, cap
//! reached, power lapsed) is never an error: it is a [`crate::Decision`] with a reason. An
//! error means the input cannot be read as a lawful situation, and says which field of which
//! overtreding (by the caller's id) is at fault and why.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::gedraging::Gedraging;

/// What an error is about: an overtreding or a DUO assessment, by the caller's id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Bij {
    /// An overtreding (or the recorded besluit on it).
    Overtreding(String),
    /// A DUO assessment.
    Beoordeling(String),
}

impl fmt::Display for Bij {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Bij::Overtreding(id) => write!(f, "overtreding `{id}`"),
            Bij::Beoordeling(id) => write!(f, "duo_beoordelingen `{id}`"),
        }
    }
}

/// Every way the input can be wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Fout {
    /// A brede-intake overtreding without the number of the oproep it missed.
    #[error(
        "overtreding `{overtreding_id}`: field `oproep` is missing; a brede-intake overtreding needs the number (1, 2 or 3) of the oproep that was missed (Wi art. 14)"
    )]
    OproepOntbreekt {
        /// The overtreding's id.
        overtreding_id: String,
    },
    /// A brede-intake oproep other than the 1st, 2nd or 3rd.
    #[error(
        "overtreding `{overtreding_id}`: field `oproep` is {oproep}, but the law knows only the 1st, 2nd and 3rd oproep; after the 3rd the college completes the brede intake without the person (Wi art. 14 lid 2)"
    )]
    OproepBuitenBereik {
        /// The overtreding's id.
        overtreding_id: String,
        /// The oproep given.
        oproep: u8,
    },
    /// An oproep number on a gedraging that is not about the brede intake.
    #[error(
        "overtreding `{overtreding_id}`: field `oproep` is {oproep}, but gedraging `{gedraging}` is not about the brede intake; only a brede-intake overtreding has an oproep"
    )]
    OproepNietVanToepassing {
        /// The overtreding's id.
        overtreding_id: String,
        /// Its gedraging.
        gedraging: Gedraging,
        /// The oproep given.
        oproep: u8,
    },
    /// The answer depends on the leerroute, and none is given.
    #[error(
        "gedraging `{gedraging}`: whether it can be fined depends on the leerroute, and field `leerroute` is missing"
    )]
    LeerrouteOntbreekt {
        /// The gedraging asked about.
        gedraging: Gedraging,
    },
    /// As [`Fout::LeerrouteOntbreekt`], for a given overtreding.
    #[error(
        "overtreding `{overtreding_id}`: whether gedraging `{gedraging}` can be fined depends on the leerroute, and field `leerroute` is missing"
    )]
    LeerrouteOntbreektBij {
        /// The overtreding's id.
        overtreding_id: String,
        /// Its gedraging.
        gedraging: Gedraging,
    },
    /// A new term of a length Bi art. 7.1 lid 5 does not name.
    #[error(
        "nieuwe_termijnen[{index}]: field `maanden` is {maanden}, but a new term has a cap only for 6, 12, 18 or 24 months (Bi art. 7.1 lid 5); the crate does not guess a cap for another length"
    )]
    NieuweTermijnDuur {
        /// Its position in the input.
        index: usize,
        /// The length given.
        maanden: u32,
    },
    /// A new term without a PIP (and so without an initial term before it).
    #[error(
        "nieuwe_termijnen[{index}]: a new term needs an initial term before it, and field `pip_dagtekening` is missing"
    )]
    NieuweTermijnZonderPip {
        /// Its position in the input.
        index: usize,
    },
    /// A new term that starts before the term before it has ended.
    #[error(
        "nieuwe_termijnen[{index}]: field `ingangsdatum` is {ingangsdatum}, but the term before it runs up to and including {einde_vorige}; terms cannot overlap"
    )]
    NieuweTermijnOverlapt {
        /// Its position in the input.
        index: usize,
        /// Its first day.
        ingangsdatum: NaiveDate,
        /// The last day of the term before it.
        einde_vorige: NaiveDate,
    },
    /// An extension without a PIP.
    #[error(
        "verlengingen: an extension to {nieuwe_einddatum} needs an initial term, and field `pip_dagtekening` is missing"
    )]
    VerlengingZonderPip {
        /// The extension's end date.
        nieuwe_einddatum: NaiveDate,
    },
    /// An extension that does not extend.
    #[error(
        "verlengingen: field `nieuwe_einddatum` is {nieuwe_einddatum}, but the term already runs up to and including {einde}; an extension (Wi art. 12) must end after the term's current last day"
    )]
    VerlengingTeVroeg {
        /// The extension's end date.
        nieuwe_einddatum: NaiveDate,
        /// The term's current last day.
        einde: NaiveDate,
    },
    /// A date so far out that a term or period computed from it leaves the calendar's range.
    #[error("field `{veld}`: the date is out of the supported range")]
    DatumBuitenBereik {
        /// The field.
        veld: &'static str,
    },
    /// A PIP overtreding while there is no PIP.
    #[error(
        "overtreding `{overtreding_id}`: a PIP overtreding (Wi art. 23) needs a PIP, and field `pip_dagtekening` is missing"
    )]
    PipOntbreekt {
        /// The overtreding's id.
        overtreding_id: String,
    },
    /// A PIP overtreding dated before the PIP.
    #[error(
        "overtreding `{overtreding_id}`: field `constateringsdatum` is {constateringsdatum}, before the PIP's dagtekening {dagtekening}; a PIP overtreding cannot precede the PIP"
    )]
    VoorPip {
        /// The overtreding's id.
        overtreding_id: String,
        /// Its constatering date.
        constateringsdatum: NaiveDate,
        /// The PIP's dagtekening.
        dagtekening: NaiveDate,
    },
    /// A PIP overtreding outside every known term.
    #[error(
        "overtreding `{overtreding_id}`: field `constateringsdatum` is {constateringsdatum}, which lies in no known term (not in the initial term, its extensions, or any new term), so no cap applies to it (Bi art. 7.1 lid 5)"
    )]
    BuitenTermijn {
        /// The overtreding's id.
        overtreding_id: String,
        /// Its constatering date.
        constateringsdatum: NaiveDate,
    },
    /// The overtreding took place after it was geconstateerd.
    #[error(
        "overtreding `{overtreding_id}`: field `pleegdatum` is {pleegdatum}, after the constateringsdatum {constateringsdatum}"
    )]
    PleegdatumNaConstatering {
        /// The overtreding's id.
        overtreding_id: String,
        /// When it took place.
        pleegdatum: NaiveDate,
        /// When it was geconstateerd.
        constateringsdatum: NaiveDate,
    },
    /// A decision dated before the overtreding was geconstateerd.
    #[error(
        "overtreding `{overtreding_id}`: the besluitdatum {besluitdatum} lies before the constateringsdatum {constateringsdatum}"
    )]
    BesluitVoorConstatering {
        /// The overtreding's id.
        overtreding_id: String,
        /// The decision date.
        besluitdatum: NaiveDate,
        /// The constatering date.
        constateringsdatum: NaiveDate,
    },
    /// A "lowered" amount above what the rules give.
    #[error(
        "{bij}: field `{veld}` is {verlaagd}, above the {berekend} the rules give; a lowering for bijzondere omstandigheden (Awb art. 5:46 lid 3) can only lower a fine"
    )]
    VerlagingTeHoog {
        /// The overtreding or assessment.
        bij: Bij,
        /// The field.
        veld: &'static str,
        /// The amount asked for.
        verlaagd: Decimal,
        /// The amount the rules give.
        berekend: Decimal,
    },
    /// A lowering without its reason.
    #[error(
        "{bij}: field `{veld}` is empty; a lowering must record the bijzondere omstandigheden it rests on"
    )]
    VerlagingZonderReden {
        /// The overtreding or assessment.
        bij: Bij,
        /// The field.
        veld: &'static str,
    },
    /// A negative amount, one with a fraction of a cent, or one above
    /// [`MAX_BEDRAG`](crate::verlaging::MAX_BEDRAG).
    #[error(
        "{bij}: field `{veld}` is {bedrag}; an amount must be zero or more, in whole cents, and at most 1000000.00"
    )]
    BedragOngeldig {
        /// The overtreding or assessment.
        bij: Bij,
        /// The field.
        veld: &'static str,
        /// The amount given.
        bedrag: Decimal,
    },
    /// An earlier PIP fine without its ladder step.
    #[error(
        "eerdere boete for overtreding `{overtreding_id}`: field `ladder_stap` is missing or 0; an earlier PIP fine needs the ladder step (1 or more) it was imposed at"
    )]
    LadderStapOntbreekt {
        /// The overtreding's id.
        overtreding_id: String,
    },
    /// Two overtredingen, or two besluiten, with the same id.
    #[error("{veld}: the id `{id}` occurs more than once; ids must be unique within a dossier")]
    DubbeleId {
        /// The list.
        veld: &'static str,
        /// The id.
        id: String,
    },
    /// A besluit for an overtreding that is not in the dossier.
    #[error(
        "besluiten: field `overtreding_id` is `{overtreding_id}`, but the dossier has no overtreding with that id"
    )]
    BesluitZonderOvertreding {
        /// The id given.
        overtreding_id: String,
    },
    /// A DUO assessment dated on or before the last day of the term it assesses.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: field `beoordelingsdatum` is {beoordelingsdatum}, but the term runs up to and including {termijn_einde}; DUO assesses after the term has run out"
    )]
    DuoVoorEindeTermijn {
        /// The assessment's id.
        beoordeling_id: String,
        /// Its date.
        beoordelingsdatum: NaiveDate,
        /// The term's last day.
        termijn_einde: NaiveDate,
    },
    /// A DUO besluit dated before its assessment.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: field `besluitdatum` lies before the beoordelingsdatum"
    )]
    DuoBesluitVoorBeoordeling {
        /// The assessment's id.
        beoordeling_id: String,
    },
    /// A DUO assessment in a dossier without a PIP (so without a term to run out).
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: DUO assesses a term, and field `pip_dagtekening` is missing"
    )]
    DuoZonderPip {
        /// The assessment's id.
        beoordeling_id: String,
    },
    /// A new term of a length Bi art. 7.1 lid 5 attaches no cap to.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: field `nieuwe_termijn_maanden` is {maanden}, but the crate supports only new terms of 6, 12, 18 or 24 months, the lengths Bi art. 7.1 lid 5 gives the gemeente's cap for"
    )]
    DuoNieuweTermijnDuur {
        /// The assessment's id.
        beoordeling_id: String,
        /// The length given.
        maanden: u32,
    },
    /// A DUO fine that sets a new term (Wi art. 24 lid 2), without its length.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: the fine sets a new term of at most two years (Wi art. 24 lid 2), and field `nieuwe_termijn_maanden` is missing"
    )]
    DuoNieuweTermijnOntbreekt {
        /// The assessment's id.
        beoordeling_id: String,
    },
    /// A leerroute fine without the table to set it.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: a leerroute fine (Bi art. 7.2 lid 2) needs the table, and field `leerroute_tabellen` is missing"
    )]
    LeerrouteTabelOntbreekt {
        /// The assessment's id.
        beoordeling_id: String,
    },
    /// A leerroute fine without the registered effort.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: a leerroute fine (Bi art. 7.2 lid 2) is set from the registered hours, exam attempts and exams passed, and field `leerroute_inspanning` is missing"
    )]
    LeerrouteInspanningOntbreekt {
        /// The assessment's id.
        beoordeling_id: String,
    },
    /// An invalid leerroute table.
    #[error("leerroute_tabellen.{route}{}{}: {reden}", doelgroep.map(|d| format!(".{d}")).unwrap_or_default(), band.map(|b| format!(", band {b}")).unwrap_or_default())]
    LeerrouteTabel {
        /// The route whose table is wrong.
        route: crate::gedraging::Leerroute,
        /// The doelgroep's table, where the route has one per doelgroep
        /// (`asielstatushouder`, `gezins_en_overige_migrant`).
        doelgroep: Option<&'static str>,
        /// The band at fault (1-based), if one.
        band: Option<usize>,
        /// What is wrong.
        reden: String,
    },
    /// A list longer than the crate accepts.
    #[error("{veld}: {aantal} entries, more than the {maximum} a dossier may hold")]
    TeVeel {
        /// The list.
        veld: &'static str,
        /// How many were given.
        aantal: usize,
        /// The limit.
        maximum: usize,
    },
    /// A date outside the range the crate accepts (2000-01-01 up to 2199-12-31).
    #[error(
        "`{id}`: field `{veld}` is {datum}, outside the accepted range 2000-01-01 up to and including 2199-12-31"
    )]
    DatumOnaannemelijk {
        /// The field.
        veld: &'static str,
        /// The dossier, overtreding or assessment it belongs to.
        id: String,
        /// The date given.
        datum: NaiveDate,
    },
    /// A date before the Wet inburgering 2021 took effect.
    #[error(
        "{bij}: field `{veld}` is {datum}, before 2022-01-01, when the Wet inburgering 2021 took effect; earlier cases fall under the Wet inburgering 2013, which this crate does not implement"
    )]
    VoorWi2021 {
        /// The overtreding or assessment.
        bij: Bij,
        /// The field.
        veld: &'static str,
        /// The date given.
        datum: NaiveDate,
    },
    /// A PIP dated before the Wet inburgering 2021 took effect.
    #[error(
        "termijnen: field `pip_dagtekening` is {datum}, before 2022-01-01, when the Wet inburgering 2021 took effect; a PIP (Wi art. 15) cannot be older"
    )]
    PipVoorWi2021 {
        /// The date given.
        datum: NaiveDate,
    },
    /// A brede-intake oproep dated after the PIP: the brede intake comes first (Wi art. 14, 15).
    #[error(
        "overtreding `{overtreding_id}`: field `constateringsdatum` is {constateringsdatum}, after the PIP's dagtekening {dagtekening}; the brede intake comes before the PIP (Wi art. 14 and 15), so a missed oproep cannot follow it"
    )]
    OproepNaPip {
        /// The overtreding's id.
        overtreding_id: String,
        /// Its constatering date.
        constateringsdatum: NaiveDate,
        /// The PIP's dagtekening.
        dagtekening: NaiveDate,
    },
    /// A recorded fine above the most the law allows for it (Wi art. 26 lid 1).
    #[error(
        "overtreding `{overtreding_id}`: field `{veld}` is {bedrag}, above the {maximum} that Wi art. 26 lid 1 allows for gedraging `{gedraging}`"
    )]
    BoeteBovenMaximum {
        /// The overtreding's id.
        overtreding_id: String,
        /// The field.
        veld: &'static str,
        /// Its gedraging.
        gedraging: Gedraging,
        /// The amount given.
        bedrag: Decimal,
        /// The statutory maximum.
        maximum: Decimal,
    },
    /// A fine onherroepelijk before it was imposed.
    #[error(
        "besluit on overtreding `{overtreding_id}`: field `status.sinds` is {sinds}, before the besluitdatum {besluitdatum}; a fine cannot become onherroepelijk before it is imposed"
    )]
    OnherroepelijkVoorBesluit {
        /// The overtreding's id.
        overtreding_id: String,
        /// The onherroepelijk date given.
        sinds: NaiveDate,
        /// The besluitdatum.
        besluitdatum: NaiveDate,
    },
    /// A ladder step recorded for a fine that is not on the PIP ladder.
    #[error(
        "besluit on overtreding `{overtreding_id}`: field `ladder_stap` is given, but gedraging `{gedraging}` is not fined on the ladder of Bi art. 7.1 lid 3; only a PIP fine has a ladder step"
    )]
    LadderStapNietVanToepassing {
        /// The overtreding's id.
        overtreding_id: String,
        /// Its gedraging.
        gedraging: Gedraging,
    },
    /// A finding of a persistent lack of willingness to integrate, without its grounds.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: field `aanhoudend_gebrek_aan_integratiebereidheid` is empty; it must state the grounds on which DUO established the lack of willingness"
    )]
    IntegratiebereidheidZonderGronden {
        /// The assessment's id.
        beoordeling_id: String,
    },
    /// An extension because the overrun is not verwijtbaar, without its new last day.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: the overrun is not verwijtbaar, so DUO extends the term (Wi art. 12 lid 1 sub a), and field `verlenging_tot` with the new last day is missing (Bi art. 4.5 lid 4: the beschikking states the extension)"
    )]
    DuoVerlengingTotOntbreekt {
        /// The assessment's id.
        beoordeling_id: String,
    },
    /// An extension that does not end after the term's current last day.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: field `verlenging_tot` is {verlenging_tot}, but the term already runs up to and including {termijn_einde}; an extension must end after the term's current last day"
    )]
    DuoVerlengingTotTeVroeg {
        /// The assessment's id.
        beoordeling_id: String,
        /// The extension's end.
        verlenging_tot: NaiveDate,
        /// The term's current last day.
        termijn_einde: NaiveDate,
    },
    /// A new last day given where the assessment extends nothing because of non-verwijtbaarheid.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: field `verlenging_tot` is given, but the assessment gives no extension because the overrun is not verwijtbaar (field `verwijtbaarheid` is not `geen`)"
    )]
    DuoVerlengingTotZonderVerlenging {
        /// The assessment's id.
        beoordeling_id: String,
    },
    /// A new term that begins on or before the besluit that sets it.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: field `nieuwe_termijn_ingangsdatum` is {ingangsdatum}, but the besluit is dated {besluitdatum}; the new term runs after the boetebeschikking is made known (Wi art. 24 lid 2), so it begins after the besluitdatum"
    )]
    DuoNieuweTermijnVoorBesluit {
        /// The assessment's id.
        beoordeling_id: String,
        /// The first day given.
        ingangsdatum: NaiveDate,
        /// The besluitdatum.
        besluitdatum: NaiveDate,
    },
    /// A DUO assessment that depends on the leerroute, and none is given.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: {wat} depends on the leerroute, and field `leerroute` is missing"
    )]
    DuoLeerrouteOntbreekt {
        /// The assessment's id.
        beoordeling_id: String,
        /// What depends on it.
        wat: &'static str,
    },
    /// The same new term given in `termijnen.nieuwe_termijnen` and set by a DUO assessment.
    #[error(
        "termijnen.nieuwe_termijnen[{index}]: the new term beginning {ingangsdatum} is also set by duo_beoordelingen `{beoordeling_id}`; give a new term once, either in `termijnen.nieuwe_termijnen` or through the assessment that set it"
    )]
    NieuweTermijnDubbel {
        /// Its position in `termijnen.nieuwe_termijnen`.
        index: usize,
        /// The assessment that sets it too.
        beoordeling_id: String,
        /// Its first day.
        ingangsdatum: NaiveDate,
    },
    /// A new term set by a DUO assessment that overlaps another term.
    #[error(
        "duo_beoordelingen `{beoordeling_id}`: the new term it sets begins {ingangsdatum}, but another term runs up to and including {einde_vorige}; terms cannot overlap"
    )]
    DuoNieuweTermijnOverlapt {
        /// The assessment's id.
        beoordeling_id: String,
        /// The new term's first day.
        ingangsdatum: NaiveDate,
        /// The last day of the term it overlaps.
        einde_vorige: NaiveDate,
    },
}
