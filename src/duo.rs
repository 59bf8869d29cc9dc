//! DUO's fines at the end of a term: PVT and MAP (€ 340), the leerroute (up to € 1.000),
//! extensions and new terms.
//!
//! Implements Wi art. 12 (extension: not verwijtbaar, or aanzienlijke inspanningen), art. 24
//! (PVT or MAP not completed in time: a fine and a new term of at most two years, lid 1–2; again
//! after that new term, lid 3; then every two years, lid 4), art. 25 (the leerroute not achieved:
//! the same, with the fine of Bi 7.2 lid 2; none when the residence permit's extension was
//! refused or the permit withdrawn, lid 3), art. 8 lid 3 (no MAP in the onderwijsroute), Bi 4.3–4.5
//! (not verwijtbaar; aanzienlijke inspanningen and their six months; asking for an extension) and
//! Bi 7.2 (€ 340; the leerroute table; bijzondere omstandigheden); RULEBOOK §9.
//!
//! Readings taken here, where the texts leave a choice:
//! - Art. 24 gives **one** fine of € 340 whether the PVT, the MAP or both are unfinished: art. 26
//!   lid 1 sub b and Bi 7.2 lid 1 speak of "de boete" of art. 24, and the Handreiking of "de boete
//!   … voor het niet tijdig afronden van de MAP of het PVT".
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
//! - A new term starts, unless the caller says otherwise, the day after the besluitdatum (it runs
//!   "na het bekendmaken van de boetebeschikking", art. 24 lid 2).
//! - The percentages of Bi 7.1 lid 4 are for the gemeente's PIP fine only: DUO's fines are fined in
//!   full or not at all, lowered only for bijzondere omstandigheden (Bi 7.2 lid 3; for art. 25,
//!   whose amount the regulation fixes, Awb 5:46 lid 3).

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::decision::Id;

use crate::article::Artikel;
use crate::caps;
use crate::error::Fout;
use crate::explanation::{Reden, Step};
use crate::gedraging::{Doelgroep, Gedraging, Leerroute, Person};
use crate::leerroute_tabel::{LeerrouteInspanning, LeerrouteTabellen};
use crate::money::{add_months, cents, euro, sub_months};
use crate::procedure::{Config, Route};
use crate::termijn::NieuweTermijn;
use crate::verlaging::{self, Verlaging};
use crate::verwijtbaarheid::Verwijtbaarheid;

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
        /// The new last day, where known (six months for aanzienlijke inspanningen; as DUO set
        /// it for not verwijtbaar).
        tot: Option<NaiveDate>,
    },
    /// No fine, for this reason.
    GeenBoete {
        /// Why not.
        reden: DuoGeenBoeteReden,
    },
}

/// The dates DUO works with around a term's end (Handreiking; Bi 4.5 lid 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DuoDatums {
    /// The term's last day.
    pub termijn_einde: NaiveDate,
    /// DUO's letter about the end of the term goes out two months before it (Handreiking).
    pub brief_uiterlijk: Option<NaiveDate>,
    /// An extension can be asked for no earlier than six months before the end (Bi 4.5 lid 1).
    pub verlenging_aanvragen_vanaf: Option<NaiveDate>,
}

impl DuoDatums {
    /// The dates for a term ending on `termijn_einde`.
    pub fn for_term(termijn_einde: NaiveDate) -> DuoDatums {
        DuoDatums {
            termijn_einde,
            brief_uiterlijk: sub_months(termijn_einde, 2),
            verlenging_aanvragen_vanaf: sub_months(termijn_einde, 6),
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
    /// The lowering applied.
    pub verlaging: Option<Verlaging>,
    /// The procedure the law requires (art. 24: light; art. 25: heavy, Awb 5:53).
    pub route: Route,
    /// The statutory maximum (Wi art. 26 lid 1).
    pub wettelijk_maximum: Decimal,
    /// The last day the fine can be imposed (Awb 5:45).
    pub bevoegd_tot_en_met: Option<NaiveDate>,
    /// A proposed fine above the threshold (default € 340) comes with the offer of a (telephone)
    /// hoorzitting (Handreiking).
    pub hoorzitting_aangeboden: bool,
    /// Four weeks after DUO's intention: the last day to react (Handreiking), if the intention's
    /// date was given.
    pub reactie_uiterlijk: Option<NaiveDate>,
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
    let besluitdatum = b.besluitdatum.unwrap_or(b.beoordelingsdatum);
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

    // The articles at stake, with their parts.
    let mut articles: Vec<(DuoArtikel, Vec<DuoOnderdeel>)> = Vec::with_capacity(2);
    if b.onafgerond.pvt || b.onafgerond.map {
        let mut parts = Vec::with_capacity(2);
        if b.onafgerond.pvt {
            parts.push(DuoOnderdeel::Pvt);
        }
        if b.onafgerond.map {
            parts.push(DuoOnderdeel::Map);
        }
        articles.push((DuoArtikel::Art24, parts));
    }
    if b.onafgerond.leerroute {
        articles.push((DuoArtikel::Art25, vec![DuoOnderdeel::Leerroute]));
    }
    let first_term = context.eerdere_art24.is_empty() && context.eerdere_art25.is_empty();

    // An extension instead of a fine (Wi art. 12): for the whole term.
    let mut extension: Option<(VerlengingsGrond, Option<NaiveDate>, Vec<Step>)> = None;
    let mut criteria_steps = Vec::new();
    if b.verwijtbaarheid == Verwijtbaarheid::Geen {
        extension = Some((
            VerlengingsGrond::NietVerwijtbaar,
            b.verlenging_tot,
            vec![Step::new(Artikel::BiArt4_3Lid1, Reden::DuoNietVerwijtbaar)],
        ));
    } else if let Some(inspanningen) = &b.inspanningen {
        if first_term {
            let unmet = unmet_criteria(&context.person, inspanningen, b.onafgerond);
            if unmet.is_empty() {
                let tot = add_months(context.termijn_einde, 6);
                extension = Some((
                    VerlengingsGrond::AanzienlijkeInspanningen,
                    tot,
                    vec![
                        Step::new(Artikel::BiArt4_4Lid2, Reden::DuoInspanningenVoldaan),
                        Step::new(
                            Artikel::BiArt4_4Lid1,
                            Reden::DuoVerlengingZesMaanden { tot },
                        ),
                    ],
                ));
            } else {
                criteria_steps.push(Step::new(
                    Artikel::BiArt4_4Lid2,
                    Reden::DuoInspanningenNietVoldaan { ontbrekend: unmet },
                ));
            }
        } else {
            criteria_steps.push(Step::new(
                Artikel::WiArt12Lid1,
                Reden::DuoInspanningenAlleenInitieel,
            ));
        }
    }

    for (artikel, parts) in articles {
        let earlier = match artikel {
            DuoArtikel::Art24 => context.eerdere_art24,
            DuoArtikel::Art25 => context.eerdere_art25,
        };
        let moment = DuoMoment::after(earlier.len());
        let maximum = artikel
            .regime()
            .statutory_maximum()
            .unwrap_or(Decimal::ZERO);
        let route = crate::procedure::route(artikel.regime());
        let (jaren, verval_artikel) = route.vervaltermijn();
        // Under lid 4 each two-yearly fine is for a new stretch of non-completion: its
        // overtreding falls on the day it becomes due, two years after the previous fine.
        let due = match moment {
            DuoMoment::Tweejaarlijks => earlier.last().and_then(|last| add_months(*last, 24)),
            _ => None,
        };
        let gepleegd = due.map_or(overtreding_op, |due| due.max(overtreding_op));
        let bevoegd_tot_en_met = crate::procedure::lapse_date(gepleegd, jaren);
        let mut decision = DuoDecision {
            beoordeling_id: b.id.clone(),
            artikel,
            moment,
            onderdelen: parts.clone(),
            besluitdatum,
            uitkomst: DuoUitkomst::Boete,
            bedrag: cents(Decimal::ZERO),
            berekend_bedrag: None,
            tabel_band: None,
            verlaging: None,
            route,
            wettelijk_maximum: maximum,
            bevoegd_tot_en_met,
            hoorzitting_aangeboden: false,
            reactie_uiterlijk: None,
            datums,
            stappen: Vec::with_capacity(8),
        };
        decision.stappen.push(Step::new(
            moment.artikel(artikel),
            Reden::DuoOnafgerond {
                onderdelen: parts.clone(),
                termijn_einde: context.termijn_einde,
                moment,
            },
        ));
        if let Some((grond, tot, steps)) = &extension {
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
            out.verlenging_tot = *tot;
            out.beslissingen.push(decision);
            continue;
        }
        decision.stappen.extend(criteria_steps.iter().cloned());

        // Parts without a duty, and the permit exception.
        if artikel == DuoArtikel::Art24
            && parts.contains(&DuoOnderdeel::Map)
            && context.person.leerroute == Some(Leerroute::Onderwijsroute)
        {
            decision.stappen.push(Step::new(
                Artikel::WiArt8Lid3,
                Reden::NietBeboetbaar {
                    gedraging: Gedraging::NietTijdigAfrondenMap,
                    waarom: crate::gedraging::NietBeboetbaar::GeenMapPlichtOnderwijsroute,
                },
            ));
            decision
                .onderdelen
                .retain(|part| *part != DuoOnderdeel::Map);
            if decision.onderdelen.is_empty() {
                decision.uitkomst = DuoUitkomst::GeenBoete {
                    reden: DuoGeenBoeteReden::GeenMapPlichtOnderwijsroute,
                };
                out.beslissingen.push(decision);
                continue;
            }
        }
        if artikel == DuoArtikel::Art25 && b.verblijfsvergunning_beeindigd {
            decision.stappen.push(Step::new(
                Artikel::WiArt25Lid3,
                Reden::DuoVerblijfsvergunningBeeindigd,
            ));
            decision.uitkomst = DuoUitkomst::GeenBoete {
                reden: DuoGeenBoeteReden::VerblijfsvergunningBeeindigd,
            };
            out.beslissingen.push(decision);
            continue;
        }
        if let Some(vanaf) = due {
            if besluitdatum < vanaf {
                decision.stappen.push(Step::new(
                    moment.artikel(artikel),
                    Reden::DuoNogNietTweeJaar { vanaf },
                ));
                decision.uitkomst = DuoUitkomst::GeenBoete {
                    reden: DuoGeenBoeteReden::NogNietTweeJaar,
                };
                out.beslissingen.push(decision);
                continue;
            }
        }
        decision.stappen.push(Step::new(
            Artikel::AwbArt5_41,
            Reden::Verwijtbaar {
                verwijtbaarheid: b.verwijtbaarheid,
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
                decision.uitkomst = DuoUitkomst::GeenBoete {
                    reden: DuoGeenBoeteReden::BevoegdheidVervallen,
                };
                out.beslissingen.push(decision);
                continue;
            }
            Some(tot) => decision.stappen.push(Step::new(
                verval_artikel,
                Reden::Vervaltermijn {
                    jaren,
                    bevoegd_tot_en_met: tot,
                    basis: crate::procedure::VervalBasis::EindeTermijn,
                },
            )),
            None => {}
        }

        // The amount.
        let (berekend, verlaging, lower_artikel) = match artikel {
            DuoArtikel::Art24 => {
                decision.stappen.push(Step::new(
                    Artikel::BiArt7_2Lid1,
                    Reden::DuoVastBedrag {
                        bedrag: PVT_MAP_BOETE,
                    },
                ));
                (PVT_MAP_BOETE, &b.verlaging_pvt_map, Artikel::BiArt7_2Lid3)
            }
            DuoArtikel::Art25 => {
                let leerroute =
                    context
                        .person
                        .leerroute
                        .ok_or_else(|| Fout::LeerrouteOntbreektBij {
                            overtreding_id: id.to_owned(),
                            gedraging: Gedraging::NietTijdigAfrondenLeerroute,
                        })?;
                let tabellen = context
                    .tabellen
                    .ok_or_else(|| Fout::LeerrouteTabelOntbreekt {
                        beoordeling_id: id.to_owned(),
                    })?;
                let inspanning =
                    b.leerroute_inspanning
                        .ok_or_else(|| Fout::LeerrouteInspanningOntbreekt {
                            beoordeling_id: id.to_owned(),
                        })?;
                let (band, bedrag) =
                    tabellen
                        .lookup(leerroute, inspanning)
                        .ok_or_else(|| Fout::LeerrouteTabel {
                            route: leerroute,
                            band: None,
                            reden: "no band covers the registered effort".to_owned(),
                        })?;
                decision.tabel_band = Some(band + 1);
                decision.stappen.push(Step::new(
                    Artikel::BiArt7_2Lid2,
                    Reden::DuoLeerrouteTabel {
                        leerroute,
                        inspanning,
                        band: band + 1,
                        bron: tabellen.bron.clone(),
                        bedrag,
                    },
                ));
                (bedrag, &b.verlaging_leerroute, Artikel::AwbArt5_46Lid3)
            }
        };
        decision.berekend_bedrag = Some(berekend);
        let mut bedrag = berekend;
        if let Some(v) = verlaging {
            bedrag = verlaging::apply(id, v, berekend)?;
            decision.stappen.push(Step::new(
                lower_artikel,
                Reden::Verlaagd {
                    van: berekend,
                    naar: bedrag,
                    omstandigheden: v.reden.clone(),
                },
            ));
            decision.verlaging = Some(v.clone());
        }
        decision.bedrag = cents(bedrag);
        decision.hoorzitting_aangeboden = bedrag > context.config.duo_hoorzitting_boven;
        decision.reactie_uiterlijk = b
            .voornemen_datum
            .and_then(|d| d.checked_add_days(Days::new(28)));
        if decision.hoorzitting_aangeboden || decision.reactie_uiterlijk.is_some() {
            decision.stappen.push(Step::new(
                Artikel::AwbArt5_53Lid1,
                Reden::DuoHoorzitting {
                    hoorzitting: decision.hoorzitting_aangeboden,
                    reactie_uiterlijk: decision.reactie_uiterlijk,
                },
            ));
        }
        if bedrag.is_zero() {
            decision.uitkomst = DuoUitkomst::GeenBoete {
                reden: DuoGeenBoeteReden::VerlaagdTotNul,
            };
        } else {
            decision.stappen.push(Step::new(
                moment.artikel(artikel),
                Reden::Eindbedrag {
                    bedrag: decision.bedrag,
                },
            ));
        }
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
            Some(date) => date,
            None => besluitdatum.succ_opt().ok_or(Fout::DatumBuitenBereik {
                veld: "besluitdatum",
            })?,
        };
        let plafond = caps::cap_new_term(maanden);
        let einde =
            crate::termijn::last_day(ingangsdatum, maanden).ok_or(Fout::DatumBuitenBereik {
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
