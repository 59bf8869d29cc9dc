//! DUO's fines at the end of a term: PVT and MAP (€ 340), the leerroute (up to € 1.000),
//! extensions and new terms.
//!
//! Implements Wi art. 12 (extension: not verwijtbaar, or aanzienlijke inspanningen), art. 24
//! (PVT or MAP not completed in time: a fine and a new term of at most two years, lid 1–2; again
//! after that new term, lid 3; then every two years, lid 4), art. 25 (the leerroute not achieved:
//! the same, with the fine of Bi 7.2 lid 2; none when the residence permit's extension was
//! refused or the permit withdrawn, lid 3), art. 8 lid 3 (no MAP in the onderwijsroute), Bi 4.3–4.5
//! (not verwijtbaar; aanzienlijke inspanningen and their six months; asking for an extension) and
//! Bi 7.2 (€ 340; the leerroute table; bijzondere omstandigheden), and art. 34 of Richtlijn
//! 2011/95/EU as the Court of Justice applied it to asielstatushouders.
//!
//! Readings taken here, where the texts leave a choice:
//! - Art. 24 gives **one** fine of € 340 whether the PVT, the MAP or both are unfinished: art. 26
//!   lid 1 sub b and Bi 7.2 lid 1 speak of "de boete" of art. 24, and art. 24 lid 1 itself of
//!   not completing "het participatieverklaringstraject of de module Arbeidsmarkt en
//!   Participatie": one fine for the article.
//! - Aanzienlijke inspanningen (art. 12 lid 1 sub b) extend only the initial term: art. 12 speaks
//!   of the term of art. 11, and art. 24 lid 2 declares only art. 12 lid 1 sub a (not verwijtbaar)
//!   applicable to the new term. Bi 4.4 lid 2 sub d requires the PVT and the MAP completed.
//! - Which lid applies follows from the earlier fines for the same article: none → lid 1, one →
//!   lid 3, more → lid 4. A lid-4 fine ("iedere twee jaar") is due no earlier than two years after
//!   the besluitdatum of the previous fine for that article: of the readings the text allows, the
//!   one least burdensome for the person.
//! - The overtreding takes place on the day after the term's last day; the lapse period (Awb 5:45)
//!   counts from it. A lid-4 fine is for a new stretch of non-completion: its overtreding falls on
//!   the day it becomes due.
//! - A new term runs "na het bekendmaken van de boetebeschikking" (art. 24 lid 2): it begins after
//!   the besluitdatum, by default the day after it; a first day on or before the besluitdatum is
//!   an input error.
//! - What is no duty cannot be overrun: in the onderwijsroute there is no MAP (Wi art. 8 lid 3),
//!   so an open MAP there gives neither a fine nor an extension and is not named among the parts
//!   not completed. With an unknown leerroute an open MAP alone cannot be judged (an input error);
//!   beside an open PVT it changes nothing in the one € 340 fine, and only the PVT is named.
//! - An extension because the overrun is not verwijtbaar (Wi art. 12 lid 1 sub a) must carry its
//!   new last day (the beschikking states the extension, Bi 4.5 lid 4), and that day must lie
//!   after the term's current last day. An extension for aanzienlijke inspanningen is six months
//!   (Bi 4.4 lid 1), counted as the term's months are ([`crate::termijn::verleng`]).
//! - The percentages of Bi 7.1 lid 4 are for the gemeente's PIP fine only: DUO's fines are imposed
//!   in full or not at all, lowered only for bijzondere omstandigheden. Every lowering rests on
//!   Awb 5:46 lid 3; for the € 340 Bi 7.2 lid 3 is cited beside it (it speaks of the fine of lid 1
//!   only).
//! - The procedure follows the fine's statutory maximum (Awb 5:53 lid 1): art. 24 (€ 340) the
//!   lighter one, art. 25 (€ 1.000) the heavier one, with a rapport and a zienswijze. The
//!   hoorzitting DUO offers (by default above € 340) turns on the voorgenomen fine, before any
//!   lowering for bijzondere omstandigheden, which usually follows the person's reaction; so it
//!   is offered even when the lowering then brings the fine to nil. A decision taken before the
//!   four weeks to react to the voornemen have run out is flagged.
//! - **Union law (Keren).** The Court of Justice held (4 February 2025, C-158/23,
//!   ECLI:EU:C:2025:52), on art. 34 of Richtlijn 2011/95/EU, that a beneficiary of international
//!   protection may be fined for not completing civic integration in time only in exceptional
//!   cases, such as a proven and persistent lack of willingness to integrate; the Afdeling
//!   bestuursrechtspraak applied it (9 July 2025, ECLI:NL:RVS:2025:3087). DUO's fines of art. 24
//!   and 25 are the Wi 2021's counterpart of that fine. So for an asielstatushouder DUO fines only
//!   where the assessment records that such a lack was established, with its grounds
//!   (`aanhoudend_gebrek_aan_integratiebereidheid`); without it there is no fine and no new term.
//!   The extension rules (Wi art. 12) apply first. Gezins- and overige migranten are not
//!   beneficiaries of international protection and are unaffected.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::decision::Id;

use crate::article::Artikel;
use crate::caps;
use crate::error::{Bij, Fout};
use crate::explanation::{Reden, Step};
use crate::gedraging::{Doelgroep, Leerroute, Person};
use crate::geldigheid;
use crate::leerroute_tabel::{LeerrouteInspanning, LeerrouteTabellen};
use crate::money::{cents, euro};
use crate::procedure::{Config, Route, Signaal, VervalBasis};
use crate::termijn::{self, NieuweTermijn};
use crate::verlaging::{self, Verlaging};
use crate::verwijtbaarheid::Verwijtbaarheid;
use chrono::Months;

/// The art. 24 fine (Bi art. 7.2 lid 1).
pub const PVT_MAP_BOETE: Decimal = euro(340);

/// The two DUO fines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DuoArtikel {
    /// Wi art. 24: PVT or MAP not completed in time, € 340.
    Art24,
    /// Wi art. 25: the leerroute not achieved in time, up to € 1.000.
    Art25,
}

impl DuoArtikel {
    /// The fine regime of the article (its maximum and procedure follow from it).
    pub const fn regime(self) -> crate::gedraging::Regime {
        match self {
            DuoArtikel::Art24 => crate::gedraging::Regime::DuoPvtMap,
            DuoArtikel::Art25 => crate::gedraging::Regime::DuoLeerroute,
        }
    }
}

/// Which lid of art. 24 (and, through art. 25 lid 2, of art. 25) applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DuoMoment {
    /// Lid 1: the initial (or extended) term ran out; a new term follows (lid 2).
    Eerste,
    /// Lid 3: the new term ran out; again a new term.
    NaNieuweTermijn,
    /// Lid 4: every two years after that, as long as it stays undone; no new term.
    Tweejaarlijks,
}

impl DuoMoment {
    /// The moment after `earlier` fines for the same article.
    pub fn after(earlier: usize) -> DuoMoment {
        match earlier {
            0 => DuoMoment::Eerste,
            1 => DuoMoment::NaNieuweTermijn,
            _ => DuoMoment::Tweejaarlijks,
        }
    }

    /// Whether the fine comes with a new term (lid 2, and lid 3 with lid 2).
    pub fn sets_new_term(self) -> bool {
        !matches!(self, DuoMoment::Tweejaarlijks)
    }

    fn artikel(self, artikel: DuoArtikel) -> Artikel {
        match (artikel, self) {
            (DuoArtikel::Art24, DuoMoment::Eerste) => Artikel::WiArt24Lid1,
            (DuoArtikel::Art24, DuoMoment::NaNieuweTermijn) => Artikel::WiArt24Lid3,
            (DuoArtikel::Art24, DuoMoment::Tweejaarlijks) => Artikel::WiArt24Lid4,
            (DuoArtikel::Art25, DuoMoment::Eerste) => Artikel::WiArt25Lid1,
            (DuoArtikel::Art25, _) => Artikel::WiArt25Lid2,
        }
    }
}

/// The parts of the inburgeringsplicht DUO checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DuoOnderdeel {
    /// The participatieverklaringstraject.
    Pvt,
    /// The module Arbeidsmarkt en Participatie.
    Map,
    /// The leerroute.
    Leerroute,
}

/// What was not completed when the term ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Onafgerond {
    /// The PVT.
    #[serde(default)]
    pub pvt: bool,
    /// The MAP.
    #[serde(default)]
    pub map: bool,
    /// The leerroute.
    #[serde(default)]
    pub leerroute: bool,
}

/// The facts Bi art. 4.4 lid 2–3 weighs for aanzienlijke inspanningen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inspanningen {
    /// Sub a: the four language skills were examined at the PIP's level, at least A2 (B1-route).
    pub examens_op_pip_niveau_ten_minste_a2: bool,
    /// Sub b: all language lessons and KNM hours followed, save permitted absence.
    pub alle_lessen_gevolgd: bool,
    /// Lid 3: hours of language lessons or KNM followed (gezins- and overige migranten need 450).
    pub uren_gevolgd: u32,
    /// Sub c: language exam parts passed (of four).
    pub taalonderdelen_behaald: u8,
    /// Sub c: the KNM exam passed.
    pub knm_behaald: bool,
}

/// A criterion of Bi art. 4.4 lid 2–3 that is not met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InspanningsCriterium {
    /// Sub a: not in the B1-route.
    GeenB1Route,
    /// Sub a: not examined at the PIP's level, at least A2.
    NietGeexamineerd,
    /// Sub b: not all lessons followed (asielstatushouders).
    NietAlleLessen,
    /// Lid 3: fewer than 450 hours (gezins- and overige migranten).
    MinderDan450Uren,
    /// Sub c: fewer than two language parts, or KNM not passed.
    TeWeinigBehaald,
    /// Sub d: PVT or MAP not completed.
    PvtOfMapNietAfgerond,
}

/// The criteria not met; empty when aanzienlijke inspanningen are made (Bi art. 4.4 lid 2–3).
pub fn unmet_criteria(
    person: &Person,
    inspanningen: &Inspanningen,
    onafgerond: Onafgerond,
) -> Vec<InspanningsCriterium> {
    let mut unmet = Vec::new();
    if person.leerroute != Some(Leerroute::B1Route) {
        unmet.push(InspanningsCriterium::GeenB1Route);
    } else if !inspanningen.examens_op_pip_niveau_ten_minste_a2 {
        unmet.push(InspanningsCriterium::NietGeexamineerd);
    }
    match person.doelgroep {
        Doelgroep::Asielstatushouder if !inspanningen.alle_lessen_gevolgd => {
            unmet.push(InspanningsCriterium::NietAlleLessen);
        }
        Doelgroep::Gezinsmigrant | Doelgroep::OverigeMigrant if inspanningen.uren_gevolgd < 450 => {
            unmet.push(InspanningsCriterium::MinderDan450Uren);
        }
        _ => {}
    }
    if inspanningen.taalonderdelen_behaald < 2 || !inspanningen.knm_behaald {
        unmet.push(InspanningsCriterium::TeWeinigBehaald);
    }
    if onafgerond.pvt || onafgerond.map {
        unmet.push(InspanningsCriterium::PvtOfMapNietAfgerond);
    }
    unmet
}

/// DUO's assessment of one term that ran out.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DuoBeoordeling {
    /// The caller's opaque id.
    pub id: Id,
    /// The day DUO assesses (after the term's last day).
    pub beoordelingsdatum: NaiveDate,
    /// The day of the besluit; default the beoordelingsdatum.
    #[serde(default)]
    pub besluitdatum: Option<NaiveDate>,
    /// What was not completed.
    pub onafgerond: Onafgerond,
    /// How far the overrun can be blamed on the person; `geen`: extension, no fine (Wi art. 12
    /// lid 1 sub a, Bi 4.3).
    pub verwijtbaarheid: Verwijtbaarheid,
    /// The facts for aanzienlijke inspanningen (Bi 4.4), if the person relies on them.
    #[serde(default)]
    pub inspanningen: Option<Inspanningen>,
    /// The registered effort on the leerroute (Bi 7.2 lid 2), needed for a leerroute fine.
    #[serde(default)]
    pub leerroute_inspanning: Option<LeerrouteInspanning>,
    /// The residence permit's extension was refused or the permit withdrawn (Wi art. 25 lid 3).
    #[serde(default)]
    pub verblijfsvergunning_beeindigd: bool,
    /// A lower art. 24 fine for bijzondere omstandigheden (Bi 7.2 lid 3).
    #[serde(default)]
    pub verlaging_pvt_map: Option<Verlaging>,
    /// A lower art. 25 fine for bijzondere omstandigheden (Awb 5:46 lid 3).
    #[serde(default)]
    pub verlaging_leerroute: Option<Verlaging>,
    /// The length of the new term DUO sets with a fine (6, 12, 18 or 24 months).
    #[serde(default)]
    pub nieuwe_termijn_maanden: Option<u32>,
    /// Its first day; default the day after the besluitdatum.
    #[serde(default)]
    pub nieuwe_termijn_ingangsdatum: Option<NaiveDate>,
    /// For an extension because the overrun is not verwijtbaar: the new last day DUO sets.
    #[serde(default)]
    pub verlenging_tot: Option<NaiveDate>,
    /// The date of DUO's intention (vooraankondiging); the person then has four weeks to react.
    #[serde(default)]
    pub voornemen_datum: Option<NaiveDate>,
    /// For an asielstatushouder: the grounds on which DUO established a proven and persistent
    /// lack of willingness to integrate. Without it DUO imposes no art. 24 or 25 fine on an
    /// asielstatushouder (Union law as the Court applied it in Keren); an empty string is an input
    /// error.
    #[serde(default)]
    pub aanhoudend_gebrek_aan_integratiebereidheid: Option<String>,
}

/// Why an extension instead of a fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerlengingsGrond {
    /// The overrun is not verwijtbaar (Wi art. 12 lid 1 sub a; Bi 4.3).
    NietVerwijtbaar,
    /// Aanzienlijke inspanningen (Wi art. 12 lid 1 sub b; Bi 4.4): six months.
    AanzienlijkeInspanningen,
}

/// Why no DUO fine (besides an extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DuoGeenBoeteReden {
    /// Only the MAP is unfinished, and there is no MAP in the onderwijsroute (Wi art. 8 lid 3).
    GeenMapPlichtOnderwijsroute,
    /// The residence permit's extension was refused or the permit withdrawn (Wi art. 25 lid 3).
    VerblijfsvergunningBeeindigd,
    /// A lid-4 fine is not yet due: two years have not passed since the previous one.
    NogNietTweeJaar,
    /// Lowered to € 0 for bijzondere omstandigheden.
    VerlaagdTotNul,
    /// The power to fine had lapsed (Awb 5:45).
    BevoegdheidVervallen,
    /// An asielstatushouder, and no proven and persistent lack of willingness to integrate was
    /// established (art. 34 Richtlijn 2011/95/EU as the Court applied it in Keren).
    Unierecht,
}

/// The outcome of a DUO decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "uitkomst")]
pub enum DuoUitkomst {
    /// A fine of [`DuoDecision::bedrag`].
    Boete,
    /// The term is extended (Wi art. 12), no fine.
    Verlenging {
        /// Why.
        grond: VerlengingsGrond,
        /// The new last day (six months for aanzienlijke inspanningen; as DUO set it for not
        /// verwijtbaar).
        tot: NaiveDate,
    },
    /// No fine, for this reason.
    GeenBoete {
        /// Why not.
        reden: DuoGeenBoeteReden,
    },
}

/// The dates DUO works with around a term's end: its letter two months before (DUO's practice)
/// and the first day an extension can be asked for (Bi 4.5 lid 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DuoDatums {
    /// The term's last day.
    pub termijn_einde: NaiveDate,
    /// DUO's letter about the end of the term goes out two months before it (DUO's practice).
    pub brief_uiterlijk: Option<NaiveDate>,
    /// An extension can be asked for no earlier than six months before the end (Bi 4.5 lid 1).
    pub verlenging_aanvragen_vanaf: Option<NaiveDate>,
}

impl DuoDatums {
    /// The dates for a term ending on `termijn_einde`.
    pub fn for_term(termijn_einde: NaiveDate) -> DuoDatums {
        DuoDatums {
            termijn_einde,
            brief_uiterlijk: termijn_einde.checked_sub_months(Months::new(2)),
            verlenging_aanvragen_vanaf: termijn_einde.checked_sub_months(Months::new(6)),
        }
    }
}

/// One DUO decision: the art. 24 or the art. 25 fine of one assessment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DuoDecision {
    /// The assessment's id.
    pub beoordeling_id: Id,
    /// Art. 24 or art. 25.
    pub artikel: DuoArtikel,
    /// Lid 1, 3 or 4.
    pub moment: DuoMoment,
    /// The parts this decision is about.
    pub onderdelen: Vec<DuoOnderdeel>,
    /// The day of the besluit.
    pub besluitdatum: NaiveDate,
    /// Fine, extension, or no fine.
    pub uitkomst: DuoUitkomst,
    /// The amount imposed (€ 0.00 when no fine).
    pub bedrag: Decimal,
    /// The amount the rules give before a lowering.
    pub berekend_bedrag: Option<Decimal>,
    /// For art. 25: the band of the table (1-based).
    pub tabel_band: Option<usize>,
    /// The amount a lowering for bijzondere omstandigheden brought the fine to, if any (its
    /// reason is in the lowering's step, and only there).
    pub verlaagd_tot: Option<Decimal>,
    /// The procedure the law requires (art. 24: light; art. 25: heavy, Awb 5:53).
    pub route: Route,
    /// The statutory maximum (Wi art. 26 lid 1).
    pub wettelijk_maximum: Decimal,
    /// The last day the fine can be imposed (Awb 5:45).
    pub bevoegd_tot_en_met: Option<NaiveDate>,
    /// A voorgenomen fine (before any lowering) above the threshold (default € 340) comes with
    /// the offer of a (telephone) hoorzitting (DUO's practice).
    pub hoorzitting_aangeboden: bool,
    /// Four weeks after DUO's intention: the last day to react (DUO's practice), if the
    /// intention's date was given.
    pub reactie_uiterlijk: Option<NaiveDate>,
    /// Procedural flags that change no amount (a decision before the four weeks to react ran out).
    pub signalen: Vec<Signaal>,
    /// DUO's dates for the term that ran out.
    pub datums: DuoDatums,
    /// The explanation, in order.
    pub stappen: Vec<Step>,
}

impl DuoDecision {
    /// Whether a fine decision was taken (a fine, or one lowered to € 0): such a decision sets
    /// the new term and counts as an earlier fine for lid 3 and 4.
    pub fn is_boetebesluit(&self) -> bool {
        matches!(
            self.uitkomst,
            DuoUitkomst::Boete
                | DuoUitkomst::GeenBoete {
                    reden: DuoGeenBoeteReden::VerlaagdTotNul
                }
        )
    }
}

/// Everything one assessment gives.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DuoBeoordelingUitkomst {
    /// The assessment's id.
    pub beoordeling_id: Id,
    /// The decisions: art. 24 and/or art. 25.
    pub beslissingen: Vec<DuoDecision>,
    /// The new term DUO sets, if any.
    pub nieuwe_termijn: Option<NieuweTermijn>,
    /// The gemeente's cap over that new term (Bi 7.1 lid 5).
    pub gemeente_plafond: Option<Decimal>,
    /// The extended last day of the term, if extended and known.
    pub verlenging_tot: Option<NaiveDate>,
}

/// Everything around one assessment.
#[derive(Debug, Clone, Copy)]
pub struct DuoContext<'a> {
    /// Doelgroep and leerroute.
    pub person: Person,
    /// The last day of the term that ran out.
    pub termijn_einde: NaiveDate,
    /// The besluitdata of earlier art. 24 fine decisions, oldest first.
    pub eerdere_art24: &'a [NaiveDate],
    /// The besluitdata of earlier art. 25 fine decisions, oldest first.
    pub eerdere_art25: &'a [NaiveDate],
    /// The leerroute tables (needed for an art. 25 fine).
    pub tabellen: Option<&'a LeerrouteTabellen>,
    /// Practice settings (the hoorzitting threshold).
    pub config: &'a Config,
}

/// Assesses one term that ran out.
///
/// # Errors
/// [`Fout`] for inconsistent input: an assessment before the term's end, a new term of another
/// length than 6, 12, 18 or 24 months or missing where a fine sets one, a leerroute fine without
/// leerroute, table or registered effort, an invalid table, an invalid lowering.
pub fn beoordeel(
    context: &DuoContext<'_>,
    beoordeling: &DuoBeoordeling,
) -> Result<DuoBeoordelingUitkomst, Fout> {
    if let Some(tabellen) = context.tabellen {
        tabellen.validate()?;
    }
    beoordeel_validated(context, beoordeling)
}

/// [`beoordeel`], for tables already validated.
pub(crate) fn beoordeel_validated(
    context: &DuoContext<'_>,
    b: &DuoBeoordeling,
) -> Result<DuoBeoordelingUitkomst, Fout> {
    let id: &str = &b.id;
    let bij = || Bij::Beoordeling(id.to_owned());
    let besluitdatum = b.besluitdatum.unwrap_or(b.beoordelingsdatum);
    geldigheid::check(bij, "beoordelingsdatum", b.beoordelingsdatum)?;
    if b.beoordelingsdatum <= context.termijn_einde {
        return Err(Fout::DuoVoorEindeTermijn {
            beoordeling_id: id.to_owned(),
            beoordelingsdatum: b.beoordelingsdatum,
            termijn_einde: context.termijn_einde,
        });
    }
    if besluitdatum < b.beoordelingsdatum {
        return Err(Fout::DuoBesluitVoorBeoordeling {
            beoordeling_id: id.to_owned(),
        });
    }
    if let Some(maanden) = b.nieuwe_termijn_maanden {
        if caps::cap_new_term(maanden).is_none() {
            return Err(Fout::DuoNieuweTermijnDuur {
                beoordeling_id: id.to_owned(),
                maanden,
            });
        }
    }
    if b.aanhoudend_gebrek_aan_integratiebereidheid
        .as_deref()
        .is_some_and(|gronden| gronden.trim().is_empty())
    {
        return Err(Fout::IntegratiebereidheidZonderGronden {
            beoordeling_id: id.to_owned(),
        });
    }
    let datums = DuoDatums::for_term(context.termijn_einde);
    let overtreding_op = context
        .termijn_einde
        .succ_opt()
        .ok_or(Fout::DatumBuitenBereik {
            veld: "termijn_einde",
        })?;
    let mut out = DuoBeoordelingUitkomst {
        beoordeling_id: b.id.clone(),
        beslissingen: Vec::new(),
        nieuwe_termijn: None,
        gemeente_plafond: None,
        verlenging_tot: None,
    };

    // The parts at stake, per article. The MAP is no duty in the onderwijsroute (Wi art. 8
    // lid 3); with an unknown leerroute, an open MAP alone cannot be judged.
    let leerroute = context.person.leerroute;
    let map_plicht = match leerroute {
        Some(route) => route != Leerroute::Onderwijsroute,
        None if b.onafgerond.map && !b.onafgerond.pvt => {
            return Err(Fout::DuoLeerrouteOntbreekt {
                beoordeling_id: id.to_owned(),
                wat: "whether an open MAP is a duty (Wi art. 8 lid 3)",
            });
        }
        None => false,
    };
    let mut pvt_map = Vec::with_capacity(2);
    if b.onafgerond.pvt {
        pvt_map.push(DuoOnderdeel::Pvt);
    }
    if b.onafgerond.map && map_plicht {
        pvt_map.push(DuoOnderdeel::Map);
    }
    let map_zonder_plicht = b.onafgerond.map && !b.onafgerond.pvt && !map_plicht;
    let mut articles: Vec<(DuoArtikel, Vec<DuoOnderdeel>)> = Vec::with_capacity(2);
    if !pvt_map.is_empty() {
        articles.push((DuoArtikel::Art24, pvt_map));
    }
    if b.onafgerond.leerroute {
        articles.push((DuoArtikel::Art25, vec![DuoOnderdeel::Leerroute]));
    }
    let first_term = context.eerdere_art24.is_empty() && context.eerdere_art25.is_empty();

    // An extension instead of a fine (Wi art. 12): for the whole term, where a part that is a
    // duty is still open.
    let extension = extension(context, b, &articles, first_term)?;
    if map_zonder_plicht {
        // Only the MAP is open, and there is none in the onderwijsroute: no fine, no extension.
        let mut decision = new_decision(
            b,
            DuoArtikel::Art24,
            DuoMoment::after(context.eerdere_art24.len()),
            Vec::new(),
            besluitdatum,
            datums,
        );
        decision
            .stappen
            .push(Step::new(Artikel::WiArt8Lid3, Reden::DuoGeenMapPlicht));
        decision.uitkomst = DuoUitkomst::GeenBoete {
            reden: DuoGeenBoeteReden::GeenMapPlichtOnderwijsroute,
        };
        out.beslissingen.push(decision);
    }

    for (artikel, parts) in articles {
        let earlier = match artikel {
            DuoArtikel::Art24 => context.eerdere_art24,
            DuoArtikel::Art25 => context.eerdere_art25,
        };
        let moment = DuoMoment::after(earlier.len());
        let mut decision = new_decision(b, artikel, moment, parts, besluitdatum, datums);
        decision.stappen.push(Step::new(
            moment.artikel(artikel),
            Reden::DuoTermijnEinde {
                termijn_einde: context.termijn_einde,
                moment,
            },
        ));
        decision.stappen.push(Step::new(
            moment.artikel(artikel),
            Reden::DuoOnafgerond {
                onderdelen: decision.onderdelen.clone(),
                moment,
            },
        ));
        match &extension {
            Verlengen::Ja { grond, tot, steps } => {
                decision.stappen.extend(steps.iter().cloned());
                decision.stappen.push(Step::new(
                    Artikel::WiArt12Lid1,
                    Reden::DuoVerlenging {
                        grond: *grond,
                        tot: *tot,
                    },
                ));
                decision.uitkomst = DuoUitkomst::Verlenging {
                    grond: *grond,
                    tot: *tot,
                };
                out.verlenging_tot = Some(*tot);
                out.beslissingen.push(decision);
                continue;
            }
            Verlengen::Nee { criteria_steps } => {
                decision.stappen.extend(criteria_steps.iter().cloned());
            }
        }
        decide_fine(context, b, earlier, overtreding_op, &mut decision)?;
        out.beslissingen.push(decision);
    }

    // The new term (art. 24 lid 2, and lid 3 with lid 2; art. 25 lid 2).
    let sets_term = out
        .beslissingen
        .iter()
        .any(|d| d.is_boetebesluit() && d.moment.sets_new_term());
    if sets_term {
        let maanden = b
            .nieuwe_termijn_maanden
            .ok_or_else(|| Fout::DuoNieuweTermijnOntbreekt {
                beoordeling_id: id.to_owned(),
            })?;
        let ingangsdatum = match b.nieuwe_termijn_ingangsdatum {
            Some(date) if date <= besluitdatum => {
                return Err(Fout::DuoNieuweTermijnVoorBesluit {
                    beoordeling_id: id.to_owned(),
                    ingangsdatum: date,
                    besluitdatum,
                });
            }
            Some(date) => date,
            None => besluitdatum.succ_opt().ok_or(Fout::DatumBuitenBereik {
                veld: "besluitdatum",
            })?,
        };
        let plafond = caps::cap_new_term(maanden);
        let einde = termijn::last_day(ingangsdatum, maanden).ok_or(Fout::DatumBuitenBereik {
            veld: "nieuwe_termijn_ingangsdatum",
        })?;
        for decision in out
            .beslissingen
            .iter_mut()
            .filter(|d| d.is_boetebesluit() && d.moment.sets_new_term())
        {
            decision.stappen.push(Step::new(
                match decision.artikel {
                    DuoArtikel::Art24 => Artikel::WiArt24Lid2,
                    DuoArtikel::Art25 => Artikel::WiArt25Lid2,
                },
                Reden::DuoNieuweTermijn {
                    maanden,
                    ingangsdatum,
                    einde,
                },
            ));
            decision.stappen.push(Step::new(
                Artikel::BiArt7_1Lid5,
                Reden::DuoGemeentePlafond {
                    gemeente_plafond: plafond.unwrap_or(Decimal::ZERO),
                },
            ));
        }
        out.nieuwe_termijn = Some(NieuweTermijn {
            ingangsdatum,
            maanden,
            verlengd_tot: None,
        });
        out.gemeente_plafond = plafond;
    }
    Ok(out)
}

/// A decision for `artikel` on the parts given, before its outcome is known.
fn new_decision(
    b: &DuoBeoordeling,
    artikel: DuoArtikel,
    moment: DuoMoment,
    onderdelen: Vec<DuoOnderdeel>,
    besluitdatum: NaiveDate,
    datums: DuoDatums,
) -> DuoDecision {
    let route = crate::procedure::route(artikel.regime());
    DuoDecision {
        beoordeling_id: b.id.clone(),
        artikel,
        moment,
        onderdelen,
        besluitdatum,
        uitkomst: DuoUitkomst::Boete,
        bedrag: cents(Decimal::ZERO),
        berekend_bedrag: None,
        tabel_band: None,
        verlaagd_tot: None,
        route,
        wettelijk_maximum: artikel
            .regime()
            .statutory_maximum()
            .unwrap_or(Decimal::ZERO),
        bevoegd_tot_en_met: None,
        hoorzitting_aangeboden: false,
        reactie_uiterlijk: None,
        signalen: Vec::new(),
        datums,
        stappen: Vec::with_capacity(12),
    }
}

/// Whether the term is extended instead of fined (Wi art. 12), and the steps that say so or why
/// not.
enum Verlengen {
    Ja {
        grond: VerlengingsGrond,
        tot: NaiveDate,
        steps: Vec<Step>,
    },
    Nee {
        criteria_steps: Vec<Step>,
    },
}

/// Wi art. 12 lid 1: not verwijtbaar (sub a, Bi 4.3), with the new last day DUO set; or
/// aanzienlijke inspanningen (sub b, Bi 4.4), six months, for the initial term only (art. 24
/// lid 2 makes only sub a apply to a new term).
fn extension(
    context: &DuoContext<'_>,
    b: &DuoBeoordeling,
    articles: &[(DuoArtikel, Vec<DuoOnderdeel>)],
    first_term: bool,
) -> Result<Verlengen, Fout> {
    let id: &str = &b.id;
    let overrun = !articles.is_empty();
    if b.verwijtbaarheid == Verwijtbaarheid::Geen && overrun {
        let Some(tot) = b.verlenging_tot else {
            return Err(Fout::DuoVerlengingTotOntbreekt {
                beoordeling_id: id.to_owned(),
            });
        };
        if tot <= context.termijn_einde {
            return Err(Fout::DuoVerlengingTotTeVroeg {
                beoordeling_id: id.to_owned(),
                verlenging_tot: tot,
                termijn_einde: context.termijn_einde,
            });
        }
        return Ok(Verlengen::Ja {
            grond: VerlengingsGrond::NietVerwijtbaar,
            tot,
            steps: vec![Step::new(Artikel::BiArt4_3Lid1, Reden::DuoNietVerwijtbaar)],
        });
    }
    if b.verlenging_tot.is_some() {
        return Err(Fout::DuoVerlengingTotZonderVerlenging {
            beoordeling_id: id.to_owned(),
        });
    }
    let mut criteria_steps = Vec::new();
    if let (Some(inspanningen), true) = (&b.inspanningen, overrun) {
        if first_term {
            let unmet = unmet_criteria(&context.person, inspanningen, b.onafgerond);
            if unmet.is_empty() {
                let tot =
                    termijn::verleng(context.termijn_einde, 6).ok_or(Fout::DatumBuitenBereik {
                        veld: "termijn_einde",
                    })?;
                return Ok(Verlengen::Ja {
                    grond: VerlengingsGrond::AanzienlijkeInspanningen,
                    tot,
                    steps: vec![
                        Step::new(Artikel::BiArt4_4Lid2, Reden::DuoInspanningenVoldaan),
                        Step::new(
                            Artikel::BiArt4_4Lid1,
                            Reden::DuoVerlengingZesMaanden { tot },
                        ),
                    ],
                });
            }
            criteria_steps.extend(unmet.into_iter().map(|criterium| {
                // The 450 hours for gezins- and overige migranten are lid 3; the rest lid 2.
                let artikel = match criterium {
                    InspanningsCriterium::MinderDan450Uren => Artikel::BiArt4_4Lid3,
                    _ => Artikel::BiArt4_4Lid2,
                };
                Step::new(artikel, Reden::DuoInspanningNietVoldaan { criterium })
            }));
        } else {
            criteria_steps.push(Step::new(
                Artikel::WiArt24Lid2,
                Reden::DuoInspanningenAlleenInitieel,
            ));
        }
    }
    Ok(Verlengen::Nee { criteria_steps })
}

/// The fine of one article, once no extension applies: the Wi's own exceptions (art. 25 lid 3;
/// lid 4 not yet due), Union law for asielstatushouders, verwijtbaarheid, the procedure, the
/// lapse, the amount, a lowering, the hoorzitting.
fn decide_fine(
    context: &DuoContext<'_>,
    b: &DuoBeoordeling,
    earlier: &[NaiveDate],
    overtreding_op: NaiveDate,
    decision: &mut DuoDecision,
) -> Result<(), Fout> {
    let id: &str = &b.id;
    let artikel = decision.artikel;
    let moment = decision.moment;
    let besluitdatum = decision.besluitdatum;
    let geen_boete = |decision: &mut DuoDecision, reden| {
        decision.uitkomst = DuoUitkomst::GeenBoete { reden };
    };

    // The permit exception (art. 25 lid 3).
    if artikel == DuoArtikel::Art25 && b.verblijfsvergunning_beeindigd {
        decision.stappen.push(Step::new(
            Artikel::WiArt25Lid3,
            Reden::DuoVerblijfsvergunningBeeindigd,
        ));
        geen_boete(decision, DuoGeenBoeteReden::VerblijfsvergunningBeeindigd);
        return Ok(());
    }
    // Under lid 4 each two-yearly fine is for a new stretch of non-completion: its overtreding
    // falls on the day it becomes due, two years after the previous fine.
    let due = match moment {
        DuoMoment::Tweejaarlijks => earlier
            .last()
            .and_then(|last| last.checked_add_months(Months::new(24))),
        _ => None,
    };
    if let Some(vanaf) = due {
        if besluitdatum < vanaf {
            decision.stappen.push(Step::new(
                moment.artikel(artikel),
                Reden::DuoNogNietTweeJaar { vanaf },
            ));
            geen_boete(decision, DuoGeenBoeteReden::NogNietTweeJaar);
            return Ok(());
        }
    }
    // Union law: for an asielstatushouder only where a persistent lack of willingness to
    // integrate was established.
    if context.person.doelgroep == Doelgroep::Asielstatushouder {
        decision.stappen.push(Step::new(
            Artikel::RichtlijnArt34,
            Reden::UnierechtIntegratie,
        ));
        decision
            .stappen
            .push(Step::new(Artikel::HvjKeren, Reden::UnierechtUitzondering));
        match &b.aanhoudend_gebrek_aan_integratiebereidheid {
            Some(gronden) => decision.stappen.push(Step::new(
                Artikel::HvjKeren,
                Reden::UnierechtGebrekVastgesteld {
                    gronden: gronden.clone(),
                },
            )),
            None => {
                decision
                    .stappen
                    .push(Step::new(Artikel::RvsKeren, Reden::UnierechtGeenBoete));
                geen_boete(decision, DuoGeenBoeteReden::Unierecht);
                return Ok(());
            }
        }
    }
    decision.stappen.push(Step::new(
        Artikel::AwbArt5_41,
        Reden::Verwijtbaar {
            verwijtbaarheid: b.verwijtbaarheid,
        },
    ));
    crate::decision::push_procedure_steps(
        &mut decision.stappen,
        decision.route,
        decision.wettelijk_maximum,
        None,
    );

    // The lapse (Awb 5:45).
    let (jaren, verval_artikel) = decision.route.vervaltermijn();
    let (gepleegd, basis) = match due {
        Some(due) if due > overtreding_op => (due, VervalBasis::Tweejaarlijks),
        _ => (overtreding_op, VervalBasis::EindeTermijn),
    };
    let bevoegd_tot_en_met = crate::procedure::lapse_date(gepleegd, jaren);
    decision.bevoegd_tot_en_met = bevoegd_tot_en_met;
    decision.stappen.push(Step::new(
        verval_artikel,
        Reden::Pleegmoment {
            vanaf: gepleegd,
            basis,
        },
    ));
    match bevoegd_tot_en_met {
        Some(tot) if besluitdatum > tot => {
            decision.stappen.push(Step::new(
                verval_artikel,
                Reden::BevoegdheidVervallen {
                    bevoegd_tot_en_met: tot,
                },
            ));
            geen_boete(decision, DuoGeenBoeteReden::BevoegdheidVervallen);
            return Ok(());
        }
        Some(tot) => decision.stappen.push(Step::new(
            verval_artikel,
            Reden::Vervaltermijn {
                jaren,
                bevoegd_tot_en_met: tot,
            },
        )),
        None => {}
    }

    // The amount.
    let (berekend, verlaging, velden) = match artikel {
        DuoArtikel::Art24 => {
            decision.stappen.push(Step::new(
                Artikel::BiArt7_2Lid1,
                Reden::DuoVastBedrag {
                    bedrag: PVT_MAP_BOETE,
                },
            ));
            (PVT_MAP_BOETE, &b.verlaging_pvt_map, VERLAGING_PVT_MAP)
        }
        DuoArtikel::Art25 => {
            let tabel = leerroute_fine(context, b)?;
            let bedrag = tabel.bedrag;
            decision.tabel_band = Some(tabel.band);
            decision.stappen.push(Step::new(
                Artikel::BiArt7_2Lid2,
                Reden::DuoLeerrouteInspanning {
                    leerroute: tabel.leerroute,
                    inspanning: tabel.inspanning,
                },
            ));
            decision.stappen.push(Step::new(
                Artikel::BiArt7_2Lid2,
                Reden::DuoLeerrouteTabel {
                    band: tabel.band,
                    bron: tabel.bron,
                    bedrag,
                },
            ));
            (bedrag, &b.verlaging_leerroute, VERLAGING_LEERROUTE)
        }
    };
    decision.berekend_bedrag = Some(berekend);
    let mut bedrag = berekend;
    if let Some(v) = verlaging {
        bedrag = verlaging::apply(&Bij::Beoordeling(id.to_owned()), velden, v, berekend)?;
        if artikel == DuoArtikel::Art24 {
            decision.stappen.push(Step::new(
                Artikel::BiArt7_2Lid3,
                Reden::BijzondereOmstandigheden,
            ));
        }
        decision.stappen.push(Step::new(
            Artikel::AwbArt5_46Lid3,
            Reden::Verlaagd {
                van: berekend,
                naar: bedrag,
                omstandigheden: v.reden.clone(),
            },
        ));
        decision.verlaagd_tot = Some(bedrag);
    }
    decision.bedrag = cents(bedrag);
    hoorzitting(context, b, berekend, decision);
    if bedrag.is_zero() {
        geen_boete(decision, DuoGeenBoeteReden::VerlaagdTotNul);
    } else {
        decision.stappen.push(Step::new(
            moment.artikel(artikel),
            Reden::Eindbedrag {
                bedrag: decision.bedrag,
            },
        ));
    }
    Ok(())
}

const VERLAGING_PVT_MAP: verlaging::Velden = verlaging::Velden {
    bedrag: "verlaging_pvt_map.bedrag",
    reden: "verlaging_pvt_map.reden",
};

const VERLAGING_LEERROUTE: verlaging::Velden = verlaging::Velden {
    bedrag: "verlaging_leerroute.bedrag",
    reden: "verlaging_leerroute.reden",
};

/// The leerroute fine from the caller's table (Bi 7.2 lid 2), as the reason that explains it:
/// the route, the registered effort, the band (1-based), the table's source and the amount.
fn leerroute_fine(context: &DuoContext<'_>, b: &DuoBeoordeling) -> Result<LeerrouteBoete, Fout> {
    let id: &str = &b.id;
    let Some(leerroute) = context.person.leerroute else {
        return Err(Fout::DuoLeerrouteOntbreekt {
            beoordeling_id: id.to_owned(),
            wat: "the leerroute fine (Bi art. 7.2 lid 2)",
        });
    };
    let tabellen = context
        .tabellen
        .ok_or_else(|| Fout::LeerrouteTabelOntbreekt {
            beoordeling_id: id.to_owned(),
        })?;
    let inspanning = b
        .leerroute_inspanning
        .ok_or_else(|| Fout::LeerrouteInspanningOntbreekt {
            beoordeling_id: id.to_owned(),
        })?;
    let (band, bedrag) = tabellen
        .lookup(leerroute, context.person.doelgroep, inspanning)
        .ok_or_else(|| Fout::LeerrouteTabel {
            route: leerroute,
            doelgroep: None,
            band: None,
            reden: "no band covers the registered effort".to_owned(),
        })?;
    Ok(LeerrouteBoete {
        leerroute,
        inspanning,
        band: band + 1,
        bron: tabellen.bron.clone(),
        bedrag,
    })
}

/// The leerroute fine as [`leerroute_fine`] finds it.
struct LeerrouteBoete {
    leerroute: Leerroute,
    inspanning: LeerrouteInspanning,
    band: usize,
    bron: String,
    bedrag: Decimal,
}

/// The hoorzitting DUO offers on a voorgenomen fine above its threshold, and the four weeks to
/// react to the voornemen; a decision before those have run out is flagged. The zienswijze rests
/// on Awb 5:53 lid 3 for the leerroute fine and on afdeling 4.1.2 for the € 340.
fn hoorzitting(
    context: &DuoContext<'_>,
    b: &DuoBeoordeling,
    voorgenomen: Decimal,
    decision: &mut DuoDecision,
) {
    let artikel = match decision.route {
        Route::Zwaar => Artikel::AwbArt5_53Lid3,
        Route::Licht => Artikel::AwbAfdeling4_1_2,
    };
    decision.hoorzitting_aangeboden =
        crate::money::greater(voorgenomen, context.config.duo_hoorzitting_boven);
    decision.reactie_uiterlijk = b
        .voornemen_datum
        .and_then(|d| d.checked_add_days(Days::new(28)));
    if decision.hoorzitting_aangeboden {
        decision.stappen.push(Step::new(
            artikel,
            Reden::DuoHoorzitting {
                drempel: context.config.duo_hoorzitting_boven,
            },
        ));
    }
    if let Some(reactie_uiterlijk) = decision.reactie_uiterlijk {
        decision.stappen.push(Step::new(
            artikel,
            Reden::DuoReactietermijn { reactie_uiterlijk },
        ));
        if decision.besluitdatum <= reactie_uiterlijk {
            decision.stappen.push(Step::new(
                artikel,
                Reden::DuoReactietermijnNietAfgewacht {
                    reactie_uiterlijk,
                    besluitdatum: decision.besluitdatum,
                },
            ));
            decision
                .signalen
                .push(Signaal::BesluitVoorEindeReactietermijn {
                    reactie_uiterlijk,
                    besluitdatum: decision.besluitdatum,
                });
        }
    }
}
