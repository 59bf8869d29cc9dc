//! Stacking: fines that follow each other closely.
//!
//! Fines that follow each other closely can weigh disproportionately on the person, and a pile
//! of fines causes stress that can stall the inburgering itself. The law sets no number, so this
//! is a *signal for a human*: it never changes an amount. Whether a fine is too high for
//! bijzondere omstandigheden is for the bestuursorgaan to weigh (Awb art. 5:46 lid 3).
//!
//! A signal is raised for every maximal run of fines (more than € 0, not herroepen) in which each
//! fine's besluitdatum lies at most [`StapelingConfig::venster_dagen`] days after the previous
//! one, when the run holds at least [`StapelingConfig::minimum_boetes`] fines. The besluitdatum
//! is used because that is when the person receives the fine. Defaults: 90 days (about the six
//! weeks of the bezwaar term plus the six weeks to pay of Awb 4:87 lid 1) and 2 fines.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::geld::Centen;
use crate::wet::catalogus::Handhaver;

/// The window and threshold of the stacking signal.
///
/// ```
/// use wi2021_boetes::StapelingConfig;
/// let c: StapelingConfig = serde_json::from_str(r#"{"venster_dagen":60}"#).unwrap();
/// assert_eq!((c.venster_dagen, c.minimum_boetes), (60, 2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "StapelingInstellingen")
)]
#[serde(deny_unknown_fields, default)]
pub struct StapelingConfig {
    /// At most this many days between one fine's besluitdatum and the next. Default 90.
    pub venster_dagen: u32,
    /// At least this many fines in a run. Default 2.
    pub minimum_boetes: u32,
}

impl Default for StapelingConfig {
    fn default() -> Self {
        StapelingConfig {
            venster_dagen: 90,
            minimum_boetes: 2,
        }
    }
}

/// One fine, as the signal sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StapelingBoete<'a> {
    pub id: &'a str,
    pub handhaver: Handhaver,
    pub besluitdatum: NaiveDate,
    pub bedrag: Centen,
}

/// A run of fines that follow each other closely.
///
/// ```
/// use wi2021_boetes::{Dossier, replay};
/// let dossier: Dossier = serde_json::from_str(r#"{
///     "id": "d", "peildatum": "2023-06-01", "doelgroep": "asielstatushouder", "leerroute": "b1_route",
///     "termijnen": {"pip_dagtekening": "2023-01-10"},
///     "overtredingen": [
///         {"id": "a", "gedraging": "intensiteit_pvt", "constateringsdatum": "2023-04-03", "verwijtbaarheid": "normaal"},
///         {"id": "b", "gedraging": "intensiteit_pvt", "constateringsdatum": "2023-05-02", "verwijtbaarheid": "normaal"}
///     ]
/// }"#).unwrap();
/// let uitkomst = replay(&dossier)?;
/// let signaal = &uitkomst.stapeling[0];
/// assert_eq!(signaal.overtreding_ids, ["a", "b"]);
/// assert_eq!(
///     signaal.zin().to_string(),
///     "Signaal stapeling: 2 boetes tussen 1 juni 2023 en 1 juni 2023, samen € 50,00; beoordeel of dit nog proportioneel is."
/// );
/// # Ok::<(), wi2021_boetes::Fout>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Stapelingssignaal<'a> {
    /// The first besluitdatum in the run.
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub van: NaiveDate,
    /// The last besluitdatum in the run.
    #[serde(serialize_with = "crate::uitvoer::datum")]
    pub tot: NaiveDate,
    /// The fines, in order of besluitdatum.
    pub overtreding_ids: Vec<&'a str>,
    /// The total of the run.
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub totaal: Decimal,
    /// Whether DUO's fines are part of the run.
    pub met_duo: bool,
}

/// The signals for `fines`, in order of besluitdatum (ties in any fixed order).
pub(crate) fn signalen<'a>(
    fines: &[StapelingBoete<'a>],
    config: &StapelingConfig,
) -> Vec<Stapelingssignaal<'a>> {
    let mut uit = Vec::new();
    let mut run: Vec<&StapelingBoete<'a>> = Vec::new();
    for fine in fines.iter().filter(|f| f.bedrag > Centen::NUL) {
        let te_ver = run.last().is_some_and(|vorige| {
            (fine.besluitdatum - vorige.besluitdatum).num_days() > i64::from(config.venster_dagen)
        });
        if te_ver {
            sluit(&mut run, config, &mut uit);
        }
        run.push(fine);
    }
    sluit(&mut run, config, &mut uit);
    uit
}

/// Ends a run: a signal when it holds enough fines.
fn sluit<'a>(
    run: &mut Vec<&StapelingBoete<'a>>,
    config: &StapelingConfig,
    uit: &mut Vec<Stapelingssignaal<'a>>,
) {
    if run.len() >= config.minimum_boetes.max(1) as usize {
        if let (Some(eerste), Some(laatste)) = (run.first(), run.last()) {
            uit.push(Stapelingssignaal {
                van: eerste.besluitdatum,
                tot: laatste.besluitdatum,
                overtreding_ids: run.iter().map(|f| f.id).collect(),
                totaal: run
                    .iter()
                    .fold(Centen::NUL, |som, f| som.plus(f.bedrag))
                    .decimal(),
                met_duo: run.iter().any(|f| f.handhaver == Handhaver::Duo),
            });
        }
    }
    run.clear();
}
