//! DUO's fine for one article, once no extension applies, and the new term it sets.
//!
//! **Wi art. 24 lid 1–4, art. 25 lid 1–3** (see [`super`]); **Bi art. 7.2 lid 1** (€ 340),
//! **lid 2** (the leerroute table), **lid 3** (bijzondere omstandigheden, for the € 340);
//! **Awb 5:41, 5:45, 5:46 lid 3, 5:53**; **art. 34 Richtlijn 2011/95/EU** as the courts apply it
//! to asielstatushouders ([`crate::wet::unierecht`]); **Bi 7.1 lid 5** for the college's cap over
//! the new term.
//!
//! The readings: the percentages of Bi 7.1 lid 4 are for the college's PIP fine only, so DUO's
//! fines are imposed in full or not at all and lowered only for bijzondere omstandigheden (Awb
//! 5:46 lid 3; for the € 340 Bi 7.2 lid 3 beside it). The procedure follows the statutory maximum:
//! art. 24 (€ 340) the lighter one, art. 25 (€ 1.000) the heavier one. The hoorzitting DUO offers
//! turns on the voorgenomen fine, before any lowering, which usually follows the person's
//! reaction: it is offered even when the lowering brings the fine to nil. A decision before the
//! four weeks to react to the voornemen have run out is flagged.

use chrono::{Days, Months, NaiveDate};

use crate::fout::{Fout, FoutSoort, Plaats};
use crate::geld::Centen;
use crate::uitleg::{Boetegrond, Stap, Stappen, Uitleg};
use crate::wet::procedure::{self, Signaal, VervalBasis};
use crate::wet::termijn::NieuweTermijn;
use crate::wet::verlaging::{self, Velden};
use crate::wet::{plafond, unierecht};

use super::verlenging::Verlengen;
use super::{
    Assessment, DuoArtikel, DuoBeoordelingUitkomst, DuoDecision, DuoGeenBoeteReden, DuoMoment,
    DuoUitkomst, Onderdelen,
};

/// Why the rules stop before a fine: no fine for this reason, or an input error.
enum Stop {
    GeenBoete(DuoGeenBoeteReden),
    Fout(Fout),
}

impl From<Fout> for Stop {
    fn from(fout: Fout) -> Self {
        Stop::Fout(fout)
    }
}

/// The decision on `artikel` for the parts open: the term that ran out, then an extension, or
/// the fine's rules in the law's order.
pub(crate) fn beslis<'a>(
    a: &Assessment<'a, '_>,
    artikel: DuoArtikel,
    onderdelen: Onderdelen,
    verlengen: &Verlengen<'a>,
) -> Result<DuoDecision<'a>, Fout> {
    let eerder = eerdere(a, artikel);
    let moment = DuoMoment::after(eerder.len());
    let mut d = besluit(a, artikel, moment, onderdelen);
    d.stap(Stap::DuoTermijnEinde {
        termijn_einde: a.context.termijn_einde,
        moment,
        artikel,
    });
    d.stap(Stap::DuoOnafgerond {
        onderdelen,
        moment,
        artikel,
    });
    match verlengen {
        Verlengen::Ja {
            grond,
            tot,
            stappen,
        } => {
            d.uitleg.extend(stappen.iter().copied());
            d.stap(Stap::DuoVerlenging {
                grond: *grond,
                tot: *tot,
            });
            d.uitkomst = DuoUitkomst::Verlenging {
                grond: *grond,
                tot: *tot,
            };
            return Ok(d);
        }
        Verlengen::Nee { stappen } => d.uitleg.extend(stappen.iter().copied()),
    }
    match regels(a, &mut d, eerder) {
        Ok(()) => Ok(d),
        Err(Stop::GeenBoete(reden)) => {
            d.uitkomst = DuoUitkomst::GeenBoete { reden };
            Ok(d)
        }
        Err(Stop::Fout(fout)) => Err(fout),
    }
}

/// The rules of the fine, in the law's order of priority.
fn regels<'a>(
    a: &Assessment<'a, '_>,
    d: &mut DuoDecision<'a>,
    eerder: &[NaiveDate],
) -> Result<(), Stop> {
    verblijfsvergunning(a, d)?; // Wi 25 lid 3
    let verschuldigd = tweejaarlijks(a, d, eerder)?; // Wi 24 lid 4
    if !unierecht::toets(
        d,
        a.context.person.doelgroep,
        a.b.aanhoudend_gebrek_aan_integratiebereidheid.as_deref(),
    ) {
        return Err(Stop::GeenBoete(DuoGeenBoeteReden::Unierecht)); // art. 34 Richtlijn 2011/95/EU
    }
    d.stap(Stap::Verwijtbaar {
        verwijtbaarheid: a.b.verwijtbaarheid,
        percentage: false,
    }); // Awb 5:41
    procedure::stappen(d, a.versie, d.route, a.maximum(d.artikel), None); // Awb 5:53
    verval(a, d, verschuldigd)?; // Awb 5:45
    let berekend = bedrag(a, d)?; // Bi 7.2 lid 1–2
    let bedrag = verlaging(a, d, berekend)?; // Awb 5:46 lid 3; Bi 7.2 lid 3
    hoorzitting(a, d, berekend); // zienswijze, DUO's practice
    if bedrag.is_nul() {
        return Err(Stop::GeenBoete(DuoGeenBoeteReden::VerlaagdTotNul));
    }
    let grond = Boetegrond::Duo {
        artikel: d.artikel,
        moment: d.moment,
    };
    d.stap(Stap::Eindbedrag {
        bedrag: d.bedrag,
        grond,
    });
    Ok(())
}

/// The besluitdata of earlier fines for the same article.
fn eerdere<'c>(a: &Assessment<'_, 'c>, artikel: DuoArtikel) -> &'c [NaiveDate] {
    match artikel {
        DuoArtikel::Art24 => a.context.eerdere_art24,
        DuoArtikel::Art25 => a.context.eerdere_art25,
    }
}

/// A decision on `artikel`, before its outcome is known.
fn besluit<'a>(
    a: &Assessment<'a, '_>,
    artikel: DuoArtikel,
    moment: DuoMoment,
    onderdelen: Onderdelen,
) -> DuoDecision<'a> {
    DuoDecision {
        beoordeling_id: &a.b.id,
        artikel,
        moment,
        onderdelen,
        besluitdatum: a.besluitdatum,
        wetsversie: a.versie.geldig_vanaf,
        uitkomst: DuoUitkomst::Boete,
        bedrag: Centen::NUL.decimal(),
        berekend_bedrag: None,
        tabel_band: None,
        verlaagd_tot: None,
        route: procedure::route(artikel.regime(), a.versie),
        wettelijk_maximum: a.maximum(artikel).decimal(),
        bevoegd_tot_en_met: None,
        hoorzitting_aangeboden: false,
        reactie_uiterlijk: None,
        signalen: Vec::new(),
        datums: a.datums,
        uitleg: Uitleg::default(),
    }
}

/// Wi 8 lid 3: only the MAP is open, and there is none in the onderwijsroute: no fine, no
/// extension.
pub(crate) fn geen_map_plicht<'a>(a: &Assessment<'a, '_>) -> DuoDecision<'a> {
    let moment = DuoMoment::after(a.context.eerdere_art24.len());
    let mut d = besluit(a, DuoArtikel::Art24, moment, Onderdelen::default());
    d.stap(Stap::DuoGeenMapPlicht);
    d.uitkomst = DuoUitkomst::GeenBoete {
        reden: DuoGeenBoeteReden::GeenMapPlichtOnderwijsroute,
    };
    d
}

/// Wi 25 lid 3: no leerroute fine when the residence permit's extension was refused or the
/// permit withdrawn.
fn verblijfsvergunning(a: &Assessment<'_, '_>, d: &mut DuoDecision<'_>) -> Result<(), Stop> {
    if d.artikel == DuoArtikel::Art25 && a.b.verblijfsvergunning_beeindigd {
        d.stap(Stap::DuoVerblijfsvergunningBeeindigd);
        return Err(Stop::GeenBoete(
            DuoGeenBoeteReden::VerblijfsvergunningBeeindigd,
        ));
    }
    Ok(())
}

/// Wi 24 lid 4: a fine every two years, due two years after the previous one; before that day
/// none. Gives the day it became due, for a lid-4 fine.
fn tweejaarlijks(
    a: &Assessment<'_, '_>,
    d: &mut DuoDecision<'_>,
    eerder: &[NaiveDate],
) -> Result<Option<NaiveDate>, Stop> {
    if d.moment != DuoMoment::Tweejaarlijks {
        return Ok(None);
    }
    let maanden = Months::new(a.versie.tweejaarlijks_maanden);
    let verschuldigd = eerder
        .last()
        .and_then(|laatste| laatste.checked_add_months(maanden));
    if let Some(vanaf) = verschuldigd {
        if a.besluitdatum < vanaf {
            d.stap(Stap::DuoNogNietTweeJaar {
                vanaf,
                artikel: d.artikel,
            });
            return Err(Stop::GeenBoete(DuoGeenBoeteReden::NogNietTweeJaar));
        }
    }
    Ok(verschuldigd)
}

/// Awb 5:45: the overtreding takes place the day after the term (a lid-4 fine: the day it became
/// due); after the lapse period no fine.
fn verval(
    a: &Assessment<'_, '_>,
    d: &mut DuoDecision<'_>,
    verschuldigd: Option<NaiveDate>,
) -> Result<(), Stop> {
    let route = d.route;
    let jaren = procedure::vervaltermijn(route, a.versie);
    let (vanaf, basis) = match verschuldigd {
        Some(dag) if dag > a.overtreding_op => (dag, VervalBasis::Tweejaarlijks),
        _ => (a.overtreding_op, VervalBasis::EindeTermijn),
    };
    let bevoegd = procedure::laatste_dag_bevoegdheid(vanaf, jaren);
    d.bevoegd_tot_en_met = bevoegd;
    d.stap(Stap::Pleegmoment {
        vanaf,
        basis,
        route,
    });
    match bevoegd {
        Some(tot) if a.besluitdatum > tot => {
            d.stap(Stap::BevoegdheidVervallen {
                bevoegd_tot_en_met: tot,
                route,
            });
            Err(Stop::GeenBoete(DuoGeenBoeteReden::BevoegdheidVervallen))
        }
        Some(tot) => {
            d.stap(Stap::Vervaltermijn {
                jaren,
                bevoegd_tot_en_met: tot,
                route,
            });
            Ok(())
        }
        None => Ok(()),
    }
}

/// Bi 7.2 lid 1: € 340 for art. 24; lid 2: the table's amount for art. 25.
fn bedrag<'a>(a: &Assessment<'a, '_>, d: &mut DuoDecision<'a>) -> Result<Centen, Stop> {
    let berekend = match d.artikel {
        DuoArtikel::Art24 => {
            let bedrag = a.versie.pvt_map_boete;
            d.stap(Stap::DuoVastBedrag {
                bedrag: bedrag.decimal(),
            });
            bedrag
        }
        DuoArtikel::Art25 => leerroute(a, d)?,
    };
    d.berekend_bedrag = Some(berekend.decimal());
    Ok(berekend)
}

/// Bi 7.2 lid 2: the leerroute fine from the caller's table, for the route and the doelgroep.
fn leerroute<'a>(a: &Assessment<'a, '_>, d: &mut DuoDecision<'a>) -> Result<Centen, Fout> {
    let Some(leerroute) = a.leerroute() else {
        return Err(a
            .fout(FoutSoort::LeerrouteOntbreekt {
                wat: "the leerroute fine (Bi art. 7.2 lid 2)",
            })
            .in_veld("leerroute"));
    };
    let tabellen = a.tabellen.ok_or_else(|| {
        a.fout(FoutSoort::LeerrouteTabelOntbreekt)
            .in_veld("leerroute_tabellen")
    })?;
    let inspanning = a.b.leerroute_inspanning.ok_or_else(|| {
        a.fout(FoutSoort::LeerrouteInspanningOntbreekt)
            .in_veld("leerroute_inspanning")
    })?;
    let doelgroep = a.context.person.doelgroep;
    let (band, bedrag) = tabellen
        .band(leerroute, doelgroep, inspanning)
        .ok_or_else(|| {
            Fout::nieuw(FoutSoort::LeerrouteTabelOngeldig {
                reden: "no band covers the registered effort".to_owned(),
            })
            .bij(Plaats::LeerrouteTabel {
                route: leerroute,
                doelgroep: None,
                band: None,
            })
        })?;
    d.tabel_band = Some(band + 1);
    d.stap(Stap::DuoLeerrouteInspanning {
        leerroute,
        inspanning,
    });
    d.stap(Stap::DuoLeerrouteTabel {
        band: band + 1,
        bron: &tabellen.bron,
        bedrag: bedrag.decimal(),
    });
    Ok(bedrag)
}

const VERLAGING_PVT_MAP: Velden = Velden {
    bedrag: "verlaging_pvt_map.bedrag",
    reden: "verlaging_pvt_map.reden",
};

const VERLAGING_LEERROUTE: Velden = Velden {
    bedrag: "verlaging_leerroute.bedrag",
    reden: "verlaging_leerroute.reden",
};

/// Awb 5:46 lid 3, with Bi 7.2 lid 3 before it for the € 340: the lowered amount.
fn verlaging<'a>(
    a: &Assessment<'a, '_>,
    d: &mut DuoDecision<'a>,
    berekend: Centen,
) -> Result<Centen, Fout> {
    let (gegeven, velden) = match d.artikel {
        DuoArtikel::Art24 => (&a.b.verlaging_pvt_map, VERLAGING_PVT_MAP),
        DuoArtikel::Art25 => (&a.b.verlaging_leerroute, VERLAGING_LEERROUTE),
    };
    let mut bedrag = berekend;
    if let Some(v) = gegeven {
        bedrag = verlaging::toets(v, velden, berekend, |soort| a.fout(soort))?;
        if d.artikel == DuoArtikel::Art24 {
            d.stap(Stap::BijzondereOmstandigheden { duo: true });
        }
        d.stap(Stap::Verlaagd {
            van: berekend.decimal(),
            naar: bedrag.decimal(),
            omstandigheden: &v.reden,
        });
        d.verlaagd_tot = Some(bedrag.decimal());
    }
    d.bedrag = bedrag.decimal();
    Ok(bedrag)
}

/// The hoorzitting DUO offers on a voorgenomen fine above its threshold, and the four weeks to
/// react to the voornemen; a decision before those have run out is flagged.
fn hoorzitting(a: &Assessment<'_, '_>, d: &mut DuoDecision<'_>, voorgenomen: Centen) {
    let route = d.route;
    let drempel = a.context.config.duo_hoorzitting_boven;
    d.hoorzitting_aangeboden = voorgenomen.decimal() > drempel;
    let weken = a.versie.reactie_weken;
    d.reactie_uiterlijk =
        a.b.voornemen_datum
            .and_then(|v| v.checked_add_days(Days::new(7 * weken)));
    if d.hoorzitting_aangeboden {
        d.stap(Stap::DuoHoorzitting { drempel, route });
    }
    if let Some(reactie_uiterlijk) = d.reactie_uiterlijk {
        d.stap(Stap::DuoReactietermijn {
            reactie_uiterlijk,
            route,
        });
        if d.besluitdatum <= reactie_uiterlijk {
            let besluitdatum = d.besluitdatum;
            d.stap(Stap::DuoReactietermijnNietAfgewacht {
                reactie_uiterlijk,
                besluitdatum,
                route,
            });
            d.signalen.push(Signaal::BesluitVoorEindeReactietermijn {
                reactie_uiterlijk,
                besluitdatum,
            });
        }
    }
}

/// Wi 24 lid 2 (and lid 3 with lid 2; art. 25 lid 2): a fine decision of lid 1 or 3 sets a new
/// term of the length given, running after the besluit; Bi 7.1 lid 5 attaches the college's cap.
pub(crate) fn nieuwe_termijn<'a>(
    a: &Assessment<'a, '_>,
    uit: &mut DuoBeoordelingUitkomst<'a>,
) -> Result<(), Fout> {
    let zet = |d: &DuoDecision<'_>| d.is_boetebesluit() && d.moment.sets_new_term();
    if !uit.beslissingen.iter().any(zet) {
        return Ok(());
    }
    let maanden = a.b.nieuwe_termijn_maanden.ok_or_else(|| {
        a.fout(FoutSoort::NieuweTermijnOntbreekt)
            .in_veld("nieuwe_termijn_maanden")
    })?;
    let ingangsdatum = match a.b.nieuwe_termijn_ingangsdatum {
        Some(dag) if dag <= a.besluitdatum => {
            return Err(a
                .fout(FoutSoort::NieuweTermijnVoorBesluit {
                    ingangsdatum: dag,
                    besluitdatum: a.besluitdatum,
                })
                .in_veld("nieuwe_termijn_ingangsdatum"));
        }
        Some(dag) => dag,
        None => a.besluitdatum.succ_opt().ok_or_else(|| {
            a.fout(FoutSoort::DatumBuitenKalender)
                .in_veld("besluitdatum")
        })?,
    };
    let gemeente_plafond = plafond::plafond_nieuwe_termijn(maanden, a.versie);
    let einde = a.einde(ingangsdatum, maanden)?;
    for d in uit.beslissingen.iter_mut().filter(|d| zet(d)) {
        let artikel = d.artikel;
        d.stap(Stap::DuoNieuweTermijn {
            maanden,
            ingangsdatum,
            einde,
            artikel,
        });
        let cap = gemeente_plafond.unwrap_or(Centen::NUL).decimal();
        d.stap(Stap::DuoGemeentePlafond {
            gemeente_plafond: cap,
        });
    }
    uit.nieuwe_termijn = Some(NieuweTermijn {
        ingangsdatum,
        maanden,
        verlengd_tot: None,
    });
    uit.gemeente_plafond = gemeente_plafond.map(Centen::decimal);
    Ok(())
}
