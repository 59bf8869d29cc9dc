//! Procedure and deadlines: what the Awb requires, and what practice adds.
//!
//! **Awb art. 5:53.** Where a fine of more than € 340 *can* be imposed for the overtreding (lid
//! 1), a rapport is always made (lid 2, in place of the "can" of art. 5:48) and the person is
//! always given the chance to give a zienswijze first (lid 3, in place of afdeling 4.1.2).
//! **Art. 5:45:** the power to fine lapses five years after the overtreding took place where 5:53
//! applies (lid 1), three years otherwise (lid 2), suspended while bezwaar or beroep runs (lid 3).
//! **Art. 5:51 lid 1:** where a rapport was made, the decision is taken within thirteen weeks of
//! its date.
//!
//! The crate's reading:
//! - Which procedure the law requires turns on the statutory maximum of the fine (Wi art. 26),
//!   never on the amount proposed: the PIP fine (€ 800) and DUO's leerroute fine (€ 1.000) take
//!   the heavier one, the brede-intake fine (€ 250) and DUO's € 340 the lighter one, where art.
//!   5:53 does not apply and the general rules of afdeling 4.1.2 govern the zienswijze.
//! - Art. 5:45 counts from the day the overtreding took place. Without a pleegdatum the crate
//!   counts from the constateringsdatum, the latest day it can have taken place, and says so.
//! - The thirteen weeks of art. 5:51 are a termijn van orde: deciding later does not take away the
//!   power to fine, but the decision shows it ([`Signaal`]).
//! - What practice adds turns on the amount: who decides in the gemeente (by default a
//!   klantmanager up to € 340, a boete-ambtenaar above), configurable in [`Config`].

use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::besluit::{Concept, GeenBoeteReden, Stop};
use crate::fout::FoutSoort;
use crate::geld::Centen;
use crate::uitleg::{Stap, Stappen};
use crate::wet::catalogus::Regime;
use crate::wet::parameters::{self, Versie};

/// Settings for what practice adds to the law. Every field has a documented default; a missing
/// field in JSON takes it.
///
/// ```
/// use rust_decimal::Decimal;
/// use wi2021_boetes::Config;
/// let c: Config = serde_json::from_str(r#"{"boete_ambtenaar_boven":"150.00"}"#).unwrap();
/// assert_eq!(c.boete_ambtenaar_boven, Decimal::new(15000, 2));
/// assert_eq!(c.duo_hoorzitting_boven, Config::default().duo_hoorzitting_boven);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Instellingen")
)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Config {
    /// A proposed gemeente fine above this is decided by a boete-ambtenaar rather than the
    /// klantmanager. Default € 340, the threshold of Awb 5:53 lid 1, as gemeenten commonly use
    /// it.
    #[serde(deserialize_with = "crate::invoer::bedrag")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Bedrag"))]
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub boete_ambtenaar_boven: Decimal,
    /// A voorgenomen DUO fine above this comes with the offer of a (telephone) hoorzitting.
    /// Default € 340, DUO's practice.
    #[serde(deserialize_with = "crate::invoer::bedrag")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Bedrag"))]
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub duo_hoorzitting_boven: Decimal,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            boete_ambtenaar_boven: parameters::laatste().zware_procedure_boven.decimal(),
            duo_hoorzitting_boven: parameters::laatste().hoorzitting_boven.decimal(),
        }
    }
}

/// The two procedures of the Awb.
///
/// ```
/// use wi2021_boetes::Route;
/// assert_eq!(serde_json::to_string(&Route::Zwaar).unwrap(), r#""zwaar""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Awb art. 5:53: always a rapport, always a zienswijze; lapse after five years.
    Zwaar,
    /// The lighter procedure: lapse after three years.
    Licht,
}

/// Who decides in the gemeente, by practice.
///
/// ```
/// use wi2021_boetes::Beslisser;
/// assert_eq!(serde_json::to_string(&Beslisser::BoeteAmbtenaar).unwrap(), r#""boete_ambtenaar""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Beslisser {
    /// The klantmanager.
    Klantmanager,
    /// A boete-ambtenaar.
    BoeteAmbtenaar,
}

/// The date the lapse period is counted from.
///
/// ```
/// use wi2021_boetes::VervalBasis;
/// assert_eq!(serde_json::to_string(&VervalBasis::EindeTermijn).unwrap(), r#""einde_termijn""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VervalBasis {
    /// The day the overtreding took place, as given.
    Pleegdatum,
    /// No pleegdatum was given: the constateringsdatum is used, the latest day the overtreding
    /// can have taken place.
    Constateringsdatum,
    /// DUO's fines: the overtreding takes place when the term runs out, the day after its last
    /// day.
    EindeTermijn,
    /// DUO's fines every two years (Wi art. 24 lid 4): each is for a new stretch of
    /// non-completion, whose overtreding falls on the day it becomes due, two years after the
    /// previous fine.
    Tweejaarlijks,
}

/// The procedure for one decision.
///
/// ```
/// use wi2021_boetes::{Procedure, Route};
/// let p: Procedure = serde_json::from_str(
///     r#"{"route":"licht","wettelijk_maximum":"250.00","rapport_verplicht":false,
///        "zienswijze_verplicht":false,"vervaltermijn_jaren":3,"bevoegd_tot_en_met":"2025-01-03",
///        "verval_basis":"pleegdatum","verval_vanaf":"2022-01-03","rapportdatum":null,
///        "beslissen_uiterlijk":null,"beslisser":"klantmanager"}"#,
/// ).unwrap();
/// assert_eq!(p.route, Route::Licht);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Procedure {
    /// The route the law requires.
    pub route: Route,
    /// The most that can be imposed for this overtreding (Wi art. 26 lid 1).
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub wettelijk_maximum: Decimal,
    /// A written rapport is required (Awb 5:53 lid 2).
    pub rapport_verplicht: bool,
    /// The person must be heard first (zienswijze, Awb 5:53 lid 3).
    pub zienswijze_verplicht: bool,
    /// The lapse period in years (Awb 5:45 lid 1 or 2).
    pub vervaltermijn_jaren: u8,
    /// The last day on which the fine can still be imposed; from the next day the power has
    /// lapsed (suspended while bezwaar or beroep runs, Awb 5:45 lid 3).
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub bevoegd_tot_en_met: NaiveDate,
    /// What the lapse period was counted from.
    pub verval_basis: VervalBasis,
    /// The day it was counted from: the pleegdatum, or without one the constateringsdatum, the
    /// latest day the overtreding can have taken place.
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub verval_vanaf: NaiveDate,
    /// The rapport's date, if given.
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub rapportdatum: Option<NaiveDate>,
    /// The last day to decide: thirteen weeks after the rapport (Awb 5:51 lid 1); `None`
    /// without a rapport date.
    #[serde(serialize_with = "crate::uitvoer::datum_optie")]
    pub beslissen_uiterlijk: Option<NaiveDate>,
    /// Who decides, by practice, from the amount imposed.
    pub beslisser: Beslisser,
}

/// A procedural flag: something that changes no amount but must be visible to whoever reviews
/// the decision.
///
/// ```
/// use wi2021_boetes::Signaal;
/// let s: Signaal = serde_json::from_str(
///     r#"{"soort":"beslist_na_beslistermijn","beslissen_uiterlijk":"2022-09-02","besluitdatum":"2022-09-05"}"#,
/// ).unwrap();
/// assert!(matches!(s, Signaal::BeslistNaBeslistermijn { .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "soort")]
pub enum Signaal {
    /// Decided more than thirteen weeks after the rapport (Awb 5:51 lid 1). A termijn van orde:
    /// the power to fine remains, but the delay must be visible.
    BeslistNaBeslistermijn {
        /// The last day the law gives.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        beslissen_uiterlijk: NaiveDate,
        /// The day of the decision.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        besluitdatum: NaiveDate,
    },
    /// DUO decided before the four weeks to react to its voornemen had run out: the person may
    /// not have been heard.
    BesluitVoorEindeReactietermijn {
        /// The last day to react.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        reactie_uiterlijk: NaiveDate,
        /// The day of the decision.
        #[serde(serialize_with = "crate::uitvoer::datum")]
        besluitdatum: NaiveDate,
    },
}

/// The route the law requires for `regime` (Awb 5:53 lid 1): heavy where more than € 340 can be
/// imposed (Wi art. 26 lid 1).
pub(crate) fn route(regime: Regime, versie: &Versie) -> Route {
    match regime.maximum(versie) {
        Some(maximum) if maximum > versie.zware_procedure_boven => Route::Zwaar,
        _ => Route::Licht,
    }
}

/// The lapse period of a route in years (Awb 5:45 lid 1 or 2).
pub(crate) fn vervaltermijn(route: Route, versie: &Versie) -> u32 {
    match route {
        Route::Zwaar => versie.verval_jaren_zwaar,
        Route::Licht => versie.verval_jaren_licht,
    }
}

/// The last day of the power to fine, `jaren` after `vanaf`: the same calendar day, or that
/// month's last day where it has no such day (29 February in a common year).
pub(crate) fn laatste_dag_bevoegdheid(vanaf: NaiveDate, jaren: u32) -> Option<NaiveDate> {
    vanaf.checked_add_months(Months::new(12 * jaren))
}

/// Who decides on an `opgelegd` amount, by practice.
pub(crate) fn beslisser(config: &Config, opgelegd: Centen) -> Beslisser {
    if opgelegd.decimal() > config.boete_ambtenaar_boven {
        Beslisser::BoeteAmbtenaar
    } else {
        Beslisser::Klantmanager
    }
}

/// Awb 5:45, 5:51 and 5:53 for the college's fines: which procedure, the day the overtreding took
/// place, the last day of the power (no fine after it), the thirteen weeks after a rapport.
pub(crate) fn toets(c: &mut Concept<'_>, regime: Regime) -> Result<(), Stop> {
    let o = c.overtreding;
    let route = route(regime, c.versie);
    let wettelijk_maximum = regime.maximum(c.versie).unwrap_or(Centen::NUL);
    let jaren = vervaltermijn(route, c.versie);
    let (vanaf, basis, veld) = match o.pleegdatum {
        Some(pleegdatum) => (pleegdatum, VervalBasis::Pleegdatum, "pleegdatum"),
        None => (
            o.constateringsdatum,
            VervalBasis::Constateringsdatum,
            "constateringsdatum",
        ),
    };
    let Some(bevoegd_tot_en_met) = laatste_dag_bevoegdheid(vanaf, jaren) else {
        return Err(c.fout(FoutSoort::DatumBuitenKalender).in_veld(veld).into());
    };
    let beslissen_uiterlijk = beslistermijn(c)?;
    c.procedure = Some(Procedure {
        route,
        wettelijk_maximum: wettelijk_maximum.decimal(),
        rapport_verplicht: route == Route::Zwaar,
        zienswijze_verplicht: route == Route::Zwaar,
        vervaltermijn_jaren: u8::try_from(jaren).unwrap_or(u8::MAX),
        bevoegd_tot_en_met,
        verval_basis: basis,
        verval_vanaf: vanaf,
        rapportdatum: o.rapportdatum,
        beslissen_uiterlijk,
        beslisser: Beslisser::Klantmanager,
    });
    if c.besluitdatum > bevoegd_tot_en_met {
        return Err(GeenBoeteReden::BevoegdheidVervallen.into());
    }
    if let Some(uiterlijk) = beslissen_uiterlijk.filter(|uiterlijk| c.besluitdatum > *uiterlijk) {
        // A termijn van orde: the fine stays possible, but it is said and flagged.
        c.signaal = Some(Signaal::BeslistNaBeslistermijn {
            beslissen_uiterlijk: uiterlijk,
            besluitdatum: c.besluitdatum,
        });
    }
    Ok(())
}

/// The procedure's steps for a college's fine: which procedure and what it brings, the day the
/// overtreding took place, the last day of the power (or that it lapsed), the thirteen weeks.
pub(crate) fn uitleg<'a>(
    p: &Procedure,
    versie: &Versie,
    besluitdatum: NaiveDate,
    uit: &mut impl Stappen<'a>,
) {
    let route = p.route;
    let maximum = Centen::uit(p.wettelijk_maximum).unwrap_or(Centen::NUL);
    stappen(uit, versie, route, maximum, p.rapportdatum);
    uit.stap(Stap::Pleegmoment {
        vanaf: p.verval_vanaf,
        basis: p.verval_basis,
        route,
    });
    if besluitdatum > p.bevoegd_tot_en_met {
        uit.stap(Stap::BevoegdheidVervallen {
            bevoegd_tot_en_met: p.bevoegd_tot_en_met,
            route,
        });
        return;
    }
    uit.stap(Stap::Vervaltermijn {
        jaren: u32::from(p.vervaltermijn_jaren),
        bevoegd_tot_en_met: p.bevoegd_tot_en_met,
        route,
    });
    if let (Some(rapportdatum), Some(uiterlijk)) = (p.rapportdatum, p.beslissen_uiterlijk) {
        uit.stap(Stap::Beslistermijn {
            rapportdatum,
            uiterlijk,
        });
        if besluitdatum > uiterlijk {
            uit.stap(Stap::BeslistermijnOverschreden {
                uiterlijk,
                besluitdatum,
            });
        }
    }
}

/// Awb 5:51 lid 1: the last day to decide, thirteen weeks after the rapport, if there is one.
fn beslistermijn(c: &Concept<'_>) -> Result<Option<NaiveDate>, Stop> {
    let Some(rapport) = c.overtreding.rapportdatum else {
        return Ok(None);
    };
    let dagen = Days::new(7 * c.versie.beslistermijn_weken);
    match rapport.checked_add_days(dagen) {
        Some(uiterlijk) => Ok(Some(uiterlijk)),
        None => Err(c
            .fout(FoutSoort::DatumBuitenKalender)
            .in_veld("rapportdatum")
            .into()),
    }
}

/// Awb 5:53: which procedure applies, and what it brings. On the heavier procedure a rapport is
/// always made (lid 2) and the person is always heard first (lid 3); on the lighter one 5:53 does
/// not apply and the general rules of afdeling 4.1.2 govern the zienswijze.
pub(crate) fn stappen<'a>(
    c: &mut impl crate::uitleg::Stappen<'a>,
    versie: &Versie,
    route: Route,
    wettelijk_maximum: Centen,
    rapportdatum: Option<NaiveDate>,
) {
    c.stap(Stap::Procedure {
        route,
        wettelijk_maximum: wettelijk_maximum.decimal(),
        drempel: versie.zware_procedure_boven.decimal(),
    });
    match route {
        Route::Zwaar => {
            c.stap(Stap::Rapport { rapportdatum });
            c.stap(Stap::Zienswijze);
        }
        Route::Licht => c.stap(Stap::ZienswijzeAlgemeen),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wet::parameters::VERSIES;

    /// Awb 5:53 lid 1: the heavier procedure exactly where more than € 340 can be imposed; by
    /// Wi 26 lid 1 that is the PIP fine (€ 800) and DUO's leerroute fine (€ 1.000), not the
    /// brede-intake fine (€ 250) or DUO's € 340.
    #[test]
    fn the_route_follows_the_maximum() {
        for versie in &VERSIES {
            assert_eq!(route(Regime::BredeIntake, versie), Route::Licht);
            assert_eq!(route(Regime::PipLadder, versie), Route::Zwaar);
            assert_eq!(route(Regime::DuoPvtMap, versie), Route::Licht);
            assert_eq!(route(Regime::DuoLeerroute, versie), Route::Zwaar);
            assert_eq!(route(Regime::PwMaatregel, versie), Route::Licht);
        }
    }

    /// "Above" the threshold: an amount equal to it stays with the klantmanager.
    #[test]
    fn the_beslisser_at_the_threshold() {
        let config = Config {
            boete_ambtenaar_boven: Decimal::new(2500, 2),
            ..Config::default()
        };
        assert_eq!(
            beslisser(&config, Centen::van(2500)),
            Beslisser::Klantmanager
        );
        assert_eq!(
            beslisser(&config, Centen::van(2501)),
            Beslisser::BoeteAmbtenaar
        );
        let standaard = Config::default();
        assert_eq!(
            beslisser(&standaard, Centen::euro(340)),
            Beslisser::Klantmanager
        );
        assert_eq!(
            beslisser(&standaard, Centen::van(34001)),
            Beslisser::BoeteAmbtenaar
        );
    }
}
