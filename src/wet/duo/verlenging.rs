//! An extension instead of a fine: what is a duty, and whether the term is extended.
//!
//! **Wi art. 8 lid 3** (its rule is in the catalogue): there is no MAP in the onderwijsroute, and
//! what is no duty cannot be overrun.
//!
//! **Wi art. 12 lid 1.** DUO extends the term when the person makes it plausible that the overrun
//! cannot be blamed on him (sub a), or that after aanzienlijke inspanningen an extension will lead
//! to completion (sub b). **Art. 24 lid 2** makes only sub a apply to a new term.
//!
//! **Bi art. 4.3.** Not verwijtbaar: a circumstance during the term that kept the person from
//! taking part (lid 1), or, from 2023-01-01, following a designated non-exempting education (lid
//! 2). **Bi art. 4.4.** For aanzienlijke inspanningen the extension is six months (lid 1); they are
//! made when the person follows the B1-route and was examined on the four language skills at the
//! PIP's level, at least A2 (lid 2 sub a), followed all lessons save permitted absence (sub b; for
//! gezins- and overige migranten at least 450 hours, lid 3), passed at least two of the four
//! language parts and KNM (sub c), and completed the PVT and the MAP (sub d). **Bi art. 4.5 lid
//! 4:** the beschikking states the extension.
//!
//! The crate's reading: an extension because the overrun is not verwijtbaar must carry its new
//! last day, after the term's current last day; without it the input is refused (it would leave
//! the term as it was and fine the same overrun). A ground of Bi 4.3 lid 2 before 2023-01-01 does
//! not exist, unless a later version of the law is in force when DUO decides (lex mitior).

use chrono::NaiveDate;

use crate::artikel::Artikel;
use crate::fout::{Fout, FoutSoort};
use crate::uitleg::Stap;
use crate::wet::catalogus::{self, Doelgroep, Leerroute};
use crate::wet::verwijtbaarheid::Verwijtbaarheid;

use super::{
    Assessment, DuoArtikel, Inspanningen, InspanningsCriterium, NietVerwijtbaarGrond, Onafgerond,
    Onderdelen, VerlengingsGrond,
};

/// The parts that are overrun, per article: the PVT and (where it is a duty) the MAP for art.
/// 24, the leerroute for art. 25; and whether only a MAP without duty is open.
pub(crate) struct Delen {
    pub artikelen: Vec<(DuoArtikel, Onderdelen)>,
    pub map_zonder_plicht: bool,
}

/// Wi 8 lid 3: the parts that are a duty. With an unknown leerroute an open MAP alone cannot be
/// judged; beside an open PVT it is not named.
pub(crate) fn onderdelen(a: &Assessment<'_, '_>) -> Result<Delen, Fout> {
    let open = a.b.onafgerond;
    let map_plicht = match a.leerroute() {
        Some(route) => catalogus::map_plicht(route),
        None if open.map && !open.pvt => {
            return Err(a
                .fout(FoutSoort::LeerrouteOntbreekt {
                    wat: "whether an open MAP is a duty (Wi art. 8 lid 3)",
                })
                .in_veld("leerroute"));
        }
        None => false,
    };
    let pvt_map = Onderdelen {
        pvt: open.pvt,
        map: open.map && map_plicht,
        leerroute: false,
    };
    let mut artikelen = Vec::with_capacity(2);
    if !pvt_map.is_leeg() {
        artikelen.push((DuoArtikel::Art24, pvt_map));
    }
    if open.leerroute {
        let leerroute = Onderdelen {
            leerroute: true,
            ..Onderdelen::default()
        };
        artikelen.push((DuoArtikel::Art25, leerroute));
    }
    Ok(Delen {
        artikelen,
        map_zonder_plicht: open.map && !open.pvt && !map_plicht,
    })
}

/// Whether the term is extended instead of fined, with the steps that say so, or the steps that
/// say why not.
pub(crate) enum Verlengen<'a> {
    Ja {
        grond: VerlengingsGrond,
        tot: NaiveDate,
        stappen: Vec<Stap<'a>>,
    },
    Nee {
        stappen: Vec<Stap<'a>>,
    },
}

impl Verlengen<'_> {
    /// The new last day, if extended.
    pub(crate) fn tot(&self) -> Option<NaiveDate> {
        match self {
            Verlengen::Ja { tot, .. } => Some(*tot),
            Verlengen::Nee { .. } => None,
        }
    }
}

/// Wi 12 lid 1: not verwijtbaar (sub a, Bi 4.3), with the new last day DUO set; or aanzienlijke
/// inspanningen (sub b, Bi 4.4), six months, for the initial term only.
pub(crate) fn toets<'a>(a: &Assessment<'a, '_>, delen: &Delen) -> Result<Verlengen<'a>, Fout> {
    let b = a.b;
    let overrun = !delen.artikelen.is_empty();
    if b.verwijtbaarheid == Verwijtbaarheid::Geen && overrun {
        return niet_verwijtbaar(a);
    }
    for (gegeven, veld) in [
        (b.verlenging_tot.is_some(), "verlenging_tot"),
        (b.niet_verwijtbaar_grond.is_some(), "niet_verwijtbaar_grond"),
    ] {
        if gegeven {
            return Err(a.fout(FoutSoort::AlleenBijNietVerwijtbaar).in_veld(veld));
        }
    }
    let eerste_termijn = a.context.eerdere_art24.is_empty() && a.context.eerdere_art25.is_empty();
    match (&b.inspanningen, overrun) {
        (Some(inspanningen), true) if eerste_termijn => aanzienlijk(a, inspanningen),
        (Some(_), true) => Ok(Verlengen::Nee {
            stappen: vec![Stap::DuoInspanningenAlleenInitieel],
        }),
        _ => Ok(Verlengen::Nee {
            stappen: Vec::new(),
        }),
    }
}

/// Wi 12 lid 1 sub a with Bi 4.3: the extension to the new last day DUO set.
fn niet_verwijtbaar<'a>(a: &Assessment<'a, '_>) -> Result<Verlengen<'a>, Fout> {
    let b = a.b;
    let Some(tot) = b.verlenging_tot else {
        return Err(a
            .fout(FoutSoort::VerlengingTotOntbreekt)
            .in_veld("verlenging_tot"));
    };
    if tot <= a.context.termijn_einde {
        return Err(a
            .fout(FoutSoort::VerlengingTeVroeg {
                nieuwe_einddatum: tot,
                einde: a.context.termijn_einde,
            })
            .in_veld("verlenging_tot"));
    }
    let opleiding =
        b.niet_verwijtbaar_grond == Some(NietVerwijtbaarGrond::NietVrijstellendeOpleiding);
    if opleiding && !a.versie.niet_vrijstellende_opleiding {
        return Err(a
            .fout(FoutSoort::NogNietVanKracht {
                artikel: Artikel::BiArt4_3Lid2,
            })
            .in_veld("niet_verwijtbaar_grond"));
    }
    Ok(Verlengen::Ja {
        grond: VerlengingsGrond::NietVerwijtbaar,
        tot,
        stappen: vec![Stap::DuoNietVerwijtbaar { opleiding }],
    })
}

/// Wi 12 lid 1 sub b with Bi 4.4: six months where every criterion is met, else the steps that
/// name the criteria not met.
fn aanzienlijk<'a>(
    a: &Assessment<'a, '_>,
    inspanningen: &Inspanningen,
) -> Result<Verlengen<'a>, Fout> {
    let onvervuld = onvervulde_criteria(a, inspanningen, a.b.onafgerond);
    if !onvervuld.is_empty() {
        return Ok(Verlengen::Nee {
            stappen: onvervuld
                .into_iter()
                .map(|criterium| Stap::DuoInspanningNietVoldaan {
                    criterium,
                    uren: a.versie.inspanningen_uren,
                })
                .collect(),
        });
    }
    let maanden = a.versie.verlenging_inspanningen_maanden;
    let tot = crate::wet::termijn::Termijn::verleng(a.context.termijn_einde, maanden).ok_or_else(
        || {
            a.fout(FoutSoort::DatumBuitenKalender)
                .in_veld("beoordelingsdatum")
        },
    )?;
    Ok(Verlengen::Ja {
        grond: VerlengingsGrond::AanzienlijkeInspanningen,
        tot,
        stappen: vec![
            Stap::DuoInspanningenVoldaan,
            Stap::DuoVerlengingZesMaanden { tot },
        ],
    })
}

/// The criteria of Bi 4.4 lid 2–3 not met; empty when aanzienlijke inspanningen are made.
fn onvervulde_criteria(
    a: &Assessment<'_, '_>,
    inspanningen: &Inspanningen,
    onafgerond: Onafgerond,
) -> Vec<InspanningsCriterium> {
    let person = a.context.person;
    let mut onvervuld = Vec::new();
    if person.leerroute != Some(Leerroute::B1Route) {
        onvervuld.push(InspanningsCriterium::GeenB1Route);
    } else if !inspanningen.examens_op_pip_niveau_ten_minste_a2 {
        onvervuld.push(InspanningsCriterium::NietGeexamineerd);
    }
    match person.doelgroep {
        Doelgroep::Asielstatushouder if !inspanningen.alle_lessen_gevolgd => {
            onvervuld.push(InspanningsCriterium::NietAlleLessen);
        }
        Doelgroep::Gezinsmigrant | Doelgroep::OverigeMigrant
            if inspanningen.uren_gevolgd < a.versie.inspanningen_uren =>
        {
            onvervuld.push(InspanningsCriterium::MinderDan450Uren);
        }
        _ => {}
    }
    if inspanningen.taalonderdelen_behaald < a.versie.inspanningen_taalonderdelen
        || !inspanningen.knm_behaald
    {
        onvervuld.push(InspanningsCriterium::TeWeinigBehaald);
    }
    if onafgerond.pvt || onafgerond.map {
        onvervuld.push(InspanningsCriterium::PvtOfMapNietAfgerond);
    }
    onvervuld
}
