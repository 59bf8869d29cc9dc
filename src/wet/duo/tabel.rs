//! The leerroute fine's table: registered hours, exam attempts and exams passed → amount.
//!
//! **Bi art. 7.2 lid 2.** The fine of Wi art. 25 is set on the basis of the number of registered
//! hours the person spent on the leerroute, the number of exam attempts and the number of exams
//! passed; **lid 4** leaves the details to a ministeriële regeling. **Wi art. 26 lid 1 sub d:** at
//! most € 1.000.
//!
//! The amounts per band are set by the Regeling inburgering 2021 (bijlagen 6A–6C), whose text the
//! crate does not ship: it takes the table as **data from its caller** and ships no
//! official-looking default. Tests and examples use tables named as illustrative.
//!
//! The amounts depend on the route and on the doelgroep (for gezins- and overige migranten only
//! hours at a school DUO lists count). So each route's table is either one list of bands for
//! every doelgroep, or an object with a list per doelgroep: `asielstatushouder` and
//! `gezins_en_overige_migrant`. Each band is a box of half-open ranges
//! `[van, tot)` over the three counts (`tot` absent: no upper bound) with one amount. A table is
//! valid when every amount lies between € 0 and € 1.000 in whole cents; the bands cover every
//! input without gaps or overlaps; and more effort (more hours, more attempts, more exams passed)
//! never gives a higher fine.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::fout::{Fout, FoutSoort, Plaats};
use crate::geld::Centen;
use crate::wet::catalogus::{Doelgroep, Leerroute};
use crate::wet::parameters::Versie;

/// The most bands one route's table may have (keeps validation cheap; the regulation's annexes
/// have a handful).
pub(crate) const MAX_BANDS: usize = 64;

/// A half-open range `[van, tot)` of a count; `tot` absent means no upper bound.
///
/// ```
/// use wi2021_boetes::Bereik;
/// let r = Bereik { van: 100, tot: Some(400) };
/// assert!(r.contains(100) && r.contains(399) && !r.contains(400));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bereik {
    /// The lowest value in the range.
    pub van: u32,
    /// The first value above the range; `None`: unbounded.
    #[serde(default)]
    pub tot: Option<u32>,
}

impl Bereik {
    /// Whether `value` lies in the range.
    ///
    /// ```
    /// use wi2021_boetes::Bereik;
    /// assert!(Bereik { van: 0, tot: None }.contains(u32::MAX));
    /// ```
    pub fn contains(self, value: u32) -> bool {
        value >= self.van && self.tot.is_none_or(|tot| value < tot)
    }
}

/// One band of a table.
///
/// ```
/// use wi2021_boetes::Band;
/// let b: Band = serde_json::from_str(
///     r#"{"uren":{"van":0,"tot":100},"examenpogingen":{"van":0},"examens_behaald":{"van":0},"bedrag":"900.00"}"#,
/// ).unwrap();
/// assert_eq!(b.uren.tot, Some(100));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "TabelBand")
)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Registered hours on the leerroute (lessons, NT2 courses, KNM hours; in the Z-route also
    /// participation activities).
    pub uren: Bereik,
    /// Exam attempts.
    pub examenpogingen: Bereik,
    /// Exams (parts) passed.
    pub examens_behaald: Bereik,
    /// The fine.
    #[serde(deserialize_with = "crate::invoer::bedrag")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Bedrag"))]
    #[serde(serialize_with = "crate::uitvoer::bedrag")]
    pub bedrag: Decimal,
}

/// The effort a person made on the leerroute, as DUO registered it.
///
/// ```
/// use wi2021_boetes::LeerrouteInspanning;
/// let i: LeerrouteInspanning = serde_json::from_str(r#"{"uren":80,"examenpogingen":1,"examens_behaald":0}"#).unwrap();
/// assert_eq!(i.uren, 80);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LeerrouteInspanning {
    /// Registered hours.
    pub uren: u32,
    /// Exam attempts.
    pub examenpogingen: u32,
    /// Exams (parts) passed.
    pub examens_behaald: u32,
}

/// One route's table: the same bands for every doelgroep, or bands per doelgroep.
///
/// In JSON either a list of bands, or an object
/// `{"asielstatushouder": [bands], "gezins_en_overige_migrant": [bands]}` (exactly these keys).
///
/// ```
/// use wi2021_boetes::{Doelgroep, RouteTabel};
/// let band = r#"{"uren":{"van":0},"examenpogingen":{"van":0},"examens_behaald":{"van":0},"bedrag":"500.00"}"#;
/// let t: RouteTabel = serde_json::from_str(&format!(
///     r#"{{"asielstatushouder":[{band}],"gezins_en_overige_migrant":[]}}"#
/// )).unwrap();
/// assert_eq!(t.voor(Doelgroep::Asielstatushouder).len(), 1);
/// assert!(t.voor(Doelgroep::Gezinsmigrant).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum RouteTabel {
    /// One table for every doelgroep.
    Alle(Vec<Band>),
    /// A table per doelgroep.
    PerDoelgroep(TabelPerDoelgroep),
}

/// A route's table per doelgroep.
///
/// ```
/// use wi2021_boetes::TabelPerDoelgroep;
/// let t: TabelPerDoelgroep = serde_json::from_str(r#"{"asielstatushouder":[],"gezins_en_overige_migrant":[]}"#).unwrap();
/// assert!(t.asielstatushouder.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TabelPerDoelgroep {
    /// For asielstatushouders (and nareizigers).
    pub asielstatushouder: Vec<Band>,
    /// For gezinsmigranten and overige migranten.
    pub gezins_en_overige_migrant: Vec<Band>,
}

impl<'de> Deserialize<'de> for RouteTabel {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RouteTabel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "a list of bands, or an object with the lists `asielstatushouder` and `gezins_en_overige_migrant`",
                )
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<RouteTabel, A::Error> {
                Vec::<Band>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(RouteTabel::Alle)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<RouteTabel, A::Error> {
                TabelPerDoelgroep::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(RouteTabel::PerDoelgroep)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl From<Vec<Band>> for RouteTabel {
    fn from(bands: Vec<Band>) -> Self {
        RouteTabel::Alle(bands)
    }
}

impl RouteTabel {
    /// The bands for `doelgroep`.
    ///
    /// ```
    /// use wi2021_boetes::{Doelgroep, RouteTabel};
    /// assert!(RouteTabel::Alle(vec![]).voor(Doelgroep::OverigeMigrant).is_empty());
    /// ```
    pub fn voor(&self, doelgroep: Doelgroep) -> &[Band] {
        match self {
            RouteTabel::Alle(bands) => bands,
            RouteTabel::PerDoelgroep(tabel) => match doelgroep {
                Doelgroep::Asielstatushouder => &tabel.asielstatushouder,
                Doelgroep::Gezinsmigrant | Doelgroep::OverigeMigrant => {
                    &tabel.gezins_en_overige_migrant
                }
            },
        }
    }

    /// Each table with the name of its doelgroep (`None` for one table for all).
    fn tabellen(&self) -> Vec<(Option<&'static str>, &[Band])> {
        match self {
            RouteTabel::Alle(bands) => vec![(None, bands.as_slice())],
            RouteTabel::PerDoelgroep(tabel) => vec![
                (
                    Some("asielstatushouder"),
                    tabel.asielstatushouder.as_slice(),
                ),
                (
                    Some("gezins_en_overige_migrant"),
                    tabel.gezins_en_overige_migrant.as_slice(),
                ),
            ],
        }
    }
}

/// The tables for the three leerroutes, with the name and date of their source.
///
/// ```
/// use wi2021_boetes::LeerrouteTabellen;
/// let band = r#"[{"uren":{"van":0},"examenpogingen":{"van":0},"examens_behaald":{"van":0},"bedrag":"500.00"}]"#;
/// let t: LeerrouteTabellen = serde_json::from_str(&format!(
///     r#"{{"bron":"illustratief","b1_route":{band},"onderwijsroute":{band},"zelfredzaamheidsroute":{band}}}"#
/// )).unwrap();
/// assert_eq!(t.validate(), Ok(()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LeerrouteTabellen {
    /// Where the amounts come from, for the explanation (for example "illustratief, geen
    /// officiële bedragen", or the regulation and its version date).
    pub bron: String,
    /// The B1-route.
    pub b1_route: RouteTabel,
    /// The onderwijsroute.
    pub onderwijsroute: RouteTabel,
    /// The zelfredzaamheidsroute.
    pub zelfredzaamheidsroute: RouteTabel,
}

impl LeerrouteTabellen {
    /// The table for one route.
    ///
    /// ```
    /// # use wi2021_boetes::{LeerrouteTabellen, Leerroute, RouteTabel};
    /// # let band = r#"[{"uren":{"van":0},"examenpogingen":{"van":0},"examens_behaald":{"van":0},"bedrag":"500.00"}]"#;
    /// # let t: LeerrouteTabellen = serde_json::from_str(&format!(
    /// #     r#"{{"bron":"x","b1_route":{band},"onderwijsroute":{band},"zelfredzaamheidsroute":{band}}}"#
    /// # )).unwrap();
    /// assert!(matches!(t.route(Leerroute::B1Route), RouteTabel::Alle(_)));
    /// ```
    pub fn route(&self, leerroute: Leerroute) -> &RouteTabel {
        match leerroute {
            Leerroute::B1Route => &self.b1_route,
            Leerroute::Onderwijsroute => &self.onderwijsroute,
            Leerroute::Zelfredzaamheidsroute => &self.zelfredzaamheidsroute,
        }
    }

    /// The statutory maximum the amounts are checked against (Wi 26 lid 1 sub d, as in force
    /// since 2022-01-01).
    fn maximum(&self) -> Centen {
        let versie: &Versie = &crate::wet::parameters::VERSIES[0];
        versie.maximum_leerroute
    }

    /// Checks every table, per route and doelgroep.
    ///
    /// # Errors
    /// A [`Fout`] with code `leerroute_tabel_ongeldig`, naming the route, the doelgroep (where the
    /// route has a table per doelgroep), the band (1-based) and what is wrong.
    ///
    /// ```
    /// # use wi2021_boetes::LeerrouteTabellen;
    /// let band = r#"[{"uren":{"van":0},"examenpogingen":{"van":0},"examens_behaald":{"van":0},"bedrag":"1000.01"}]"#;
    /// let t: LeerrouteTabellen = serde_json::from_str(&format!(
    ///     r#"{{"bron":"x","b1_route":{band},"onderwijsroute":{band},"zelfredzaamheidsroute":{band}}}"#
    /// )).unwrap();
    /// assert_eq!(t.validate().unwrap_err().code(), "leerroute_tabel_ongeldig");
    /// ```
    pub fn validate(&self) -> Result<(), Fout> {
        for route in [
            Leerroute::B1Route,
            Leerroute::Onderwijsroute,
            Leerroute::Zelfredzaamheidsroute,
        ] {
            for (doelgroep, bands) in self.route(route).tabellen() {
                validate_route(route, doelgroep, bands, self.maximum())?;
            }
        }
        Ok(())
    }

    /// The band (0-based) and amount for `inspanning` in the table for `leerroute` and
    /// `doelgroep`; `None` only for a table that has not been validated.
    ///
    /// ```
    /// # use wi2021_boetes::{Doelgroep, Leerroute, LeerrouteInspanning, LeerrouteTabellen};
    /// # use rust_decimal::Decimal;
    /// # let band = r#"[{"uren":{"van":0},"examenpogingen":{"van":0},"examens_behaald":{"van":0},"bedrag":"500"}]"#;
    /// # let t: LeerrouteTabellen = serde_json::from_str(&format!(
    /// #     r#"{{"bron":"x","b1_route":{band},"onderwijsroute":{band},"zelfredzaamheidsroute":{band}}}"#
    /// # )).unwrap();
    /// let inspanning = LeerrouteInspanning { uren: 10, examenpogingen: 0, examens_behaald: 0 };
    /// assert_eq!(
    ///     t.lookup(Leerroute::B1Route, Doelgroep::Gezinsmigrant, inspanning),
    ///     Some((0, Decimal::new(50000, 2)))
    /// );
    /// ```
    pub fn lookup(
        &self,
        leerroute: Leerroute,
        doelgroep: Doelgroep,
        inspanning: LeerrouteInspanning,
    ) -> Option<(usize, Decimal)> {
        self.band(leerroute, doelgroep, inspanning)
            .map(|(index, bedrag)| (index, bedrag.decimal()))
    }

    /// The band (0-based) and its amount in cents.
    pub(crate) fn band(
        &self,
        leerroute: Leerroute,
        doelgroep: Doelgroep,
        inspanning: LeerrouteInspanning,
    ) -> Option<(usize, Centen)> {
        self.route(leerroute)
            .voor(doelgroep)
            .iter()
            .enumerate()
            .find(|(_, band)| band_contains(band, inspanning))
            .and_then(|(index, band)| Centen::uit(band.bedrag).map(|bedrag| (index, bedrag)))
    }
}

fn band_contains(band: &Band, x: LeerrouteInspanning) -> bool {
    band.uren.contains(x.uren)
        && band.examenpogingen.contains(x.examenpogingen)
        && band.examens_behaald.contains(x.examens_behaald)
}

fn fout(
    route: Leerroute,
    doelgroep: Option<&'static str>,
    band: Option<usize>,
    reden: String,
) -> Fout {
    Fout::nieuw(FoutSoort::LeerrouteTabelOngeldig { reden }).bij(Plaats::LeerrouteTabel {
        route,
        doelgroep,
        band: band.map(|index| index + 1),
    })
}

/// The grid points of one dimension: 0 and every bound, sorted, deduplicated.
fn breakpoints(bands: &[Band], axis: fn(&Band) -> Bereik) -> Vec<u32> {
    let mut points: Vec<u32> = std::iter::once(0)
        .chain(bands.iter().flat_map(|band| {
            let range = axis(band);
            std::iter::once(range.van).chain(range.tot)
        }))
        .collect();
    points.sort_unstable();
    points.dedup();
    points
}

/// One table, checked: at least one band and not too many; each amount within the statutory
/// maximum in whole cents, each range non-empty; the bands cover every combination of effort
/// exactly once; more effort never gives a higher fine.
fn validate_route(
    route: Leerroute,
    doelgroep: Option<&'static str>,
    bands: &[Band],
    maximum: Centen,
) -> Result<(), Fout> {
    let fout = |band, reden| fout(route, doelgroep, band, reden);
    if bands.is_empty() {
        return Err(fout(None, "the table has no bands".to_owned()));
    }
    if bands.len() > MAX_BANDS {
        return Err(fout(
            None,
            format!(
                "the table has {} bands, more than the {MAX_BANDS} allowed",
                bands.len()
            ),
        ));
    }
    for (index, band) in bands.iter().enumerate() {
        toets_band(band, maximum).map_err(|reden| fout(Some(index), reden))?;
    }
    let raster = Raster::van(bands).map_err(|(band, reden)| fout(band, reden))?;
    raster
        .toets_dalend(bands)
        .map_err(|(band, reden)| fout(Some(band), reden))
}

/// One band: an amount within the statutory maximum in whole cents, and non-empty ranges.
fn toets_band(band: &Band, maximum: Centen) -> Result<(), String> {
    let maximum = maximum.decimal();
    if band.bedrag.is_sign_negative() && !band.bedrag.is_zero()
        || band.bedrag > maximum
        || Centen::uit(band.bedrag).is_none()
    {
        return Err(format!(
            "the amount {} is not between 0.00 and {maximum} in whole cents (Wi art. 26 lid 1 sub d)",
            band.bedrag
        ));
    }
    for (name, range) in [
        ("uren", band.uren),
        ("examenpogingen", band.examenpogingen),
        ("examens_behaald", band.examens_behaald),
    ] {
        if range.tot.is_some_and(|tot| tot <= range.van) {
            return Err(format!("the range of `{name}` is empty"));
        }
    }
    Ok(())
}

/// The grid the bands' bounds make, with for every cell the one band it lies in.
struct Raster {
    uren: Vec<u32>,
    pogingen: Vec<u32>,
    behaald: Vec<u32>,
    eigenaar: Vec<usize>,
}

impl Raster {
    /// The grid, where every cell lies in exactly one band; else the band at fault and why.
    fn van(bands: &[Band]) -> Result<Raster, (Option<usize>, String)> {
        let axes: [fn(&Band) -> Bereik; 3] =
            [|b| b.uren, |b| b.examenpogingen, |b| b.examens_behaald];
        let [uren, pogingen, behaald] = axes.map(|axis| breakpoints(bands, axis));
        let mut eigenaar = Vec::with_capacity(uren.len() * pogingen.len() * behaald.len());
        for &u in &uren {
            for &p in &pogingen {
                for &e in &behaald {
                    eigenaar.push(enige_band(bands, u, p, e)?);
                }
            }
        }
        Ok(Raster {
            uren,
            pogingen,
            behaald,
            eigenaar,
        })
    }

    /// The band of cell (i, j, k), if the cell exists.
    fn bij(&self, i: usize, j: usize, k: usize) -> Option<usize> {
        let (p, e) = (self.pogingen.len(), self.behaald.len());
        if i < self.uren.len() && j < p && k < e {
            self.eigenaar.get((i * p + j) * e + k).copied()
        } else {
            None
        }
    }

    /// More effort along any axis never gives a higher amount.
    fn toets_dalend(&self, bands: &[Band]) -> Result<(), (usize, String)> {
        let bedrag = |band: usize| bands.get(band).map_or(Decimal::ZERO, |b| b.bedrag);
        for i in 0..self.uren.len() {
            for j in 0..self.pogingen.len() {
                for k in 0..self.behaald.len() {
                    let Some(hier) = self.bij(i, j, k) else {
                        continue;
                    };
                    let buren = [
                        self.bij(i + 1, j, k),
                        self.bij(i, j + 1, k),
                        self.bij(i, j, k + 1),
                    ];
                    for volgende in buren.into_iter().flatten() {
                        if bedrag(volgende) > bedrag(hier) {
                            return Err((
                                volgende,
                                format!(
                                    "it gives {} for more effort than band {}, which gives {}; more effort may never give a higher fine",
                                    bedrag(volgende),
                                    hier + 1,
                                    bedrag(hier)
                                ),
                            ));
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// The one band a point of effort lies in; else the band at fault (none, or the second that
/// overlaps) and why.
fn enige_band(
    bands: &[Band],
    uren: u32,
    pogingen: u32,
    behaald: u32,
) -> Result<usize, (Option<usize>, String)> {
    let punt = LeerrouteInspanning {
        uren,
        examenpogingen: pogingen,
        examens_behaald: behaald,
    };
    let mut bevattend = bands
        .iter()
        .enumerate()
        .filter(|(_, band)| band_contains(band, punt))
        .map(|(index, _)| index);
    let beschrijving =
        || format!("uren {uren}, examenpogingen {pogingen}, examens_behaald {behaald}");
    let Some(eerste) = bevattend.next() else {
        return Err((None, format!("no band covers {}", beschrijving())));
    };
    match bevattend.next() {
        Some(tweede) => Err((
            Some(tweede),
            format!("it overlaps band {} at {}", eerste + 1, beschrijving()),
        )),
        None => Ok(eerste),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde::de::IntoDeserializer;

    #[test]
    fn a_table_of_another_shape_says_both_shapes() {
        let vijf: serde::de::value::I64Deserializer<serde::de::value::Error> =
            5i64.into_deserializer();
        assert_eq!(
            RouteTabel::deserialize(vijf).unwrap_err().to_string(),
            "invalid type: integer `5`, expected a list of bands, or an object with the lists \
             `asielstatushouder` and `gezins_en_overige_migrant`"
        );
    }
}
