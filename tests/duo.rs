//! DUO's fines (Wi art. 12, 24, 25; Bi 4.3–4.5, 7.2), worked out by hand. The leerroute table is
//! the illustrative one in `tests/data/` (no official amounts: the crate ships none).

mod common;
use common::*;
use wi2021_boetes::*;

fn tabellen() -> LeerrouteTabellen {
    let path = format!(
        "{}/tests/data/illustratieve-tabellen.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The bands of a table that holds one list for every doelgroep.
fn banden(tabel: &mut RouteTabel) -> &mut Vec<Band> {
    match tabel {
        RouteTabel::Alle(bands) => bands,
        RouteTabel::PerDoelgroep(_) => panic!("one table for every doelgroep"),
    }
}

/// An assessment with DUO's finding of a persistent lack of willingness to integrate, so that
/// the fines for an asielstatushouder follow as the Wi gives them (Union law is tested on its
/// own below).
fn beoordeling(pvt: bool, map: bool, leerroute: bool) -> DuoBeoordeling {
    DuoBeoordeling {
        id: "duo-1".into(),
        beoordelingsdatum: d(2025, 4, 1),
        besluitdatum: None,
        onafgerond: Onafgerond {
            pvt,
            map,
            leerroute,
        },
        verwijtbaarheid: Verwijtbaarheid::Normaal,
        niet_verwijtbaar_grond: None,
        inspanningen: None,
        leerroute_inspanning: None,
        verblijfsvergunning_beeindigd: false,
        verlaging_pvt_map: None,
        verlaging_leerroute: None,
        nieuwe_termijn_maanden: Some(12),
        nieuwe_termijn_ingangsdatum: None,
        verlenging_tot: None,
        voornemen_datum: None,
        aanhoudend_gebrek_aan_integratiebereidheid: Some(GRONDEN.into()),
    }
}

const GRONDEN: &str = "drie jaar geen deelname, ondanks herhaalde oproepen";

/// PIP 2022-03-14: the term runs up to and including 2025-03-14.
/// The outcome borrows from its input, so the test's few inputs live on.
fn assess(
    person: Person,
    earlier24: &[chrono::NaiveDate],
    earlier25: &[chrono::NaiveDate],
    b: &DuoBeoordeling,
) -> Result<DuoBeoordelingUitkomst<'static>, Fout> {
    let t: &'static LeerrouteTabellen = Box::leak(Box::new(tabellen()));
    let b: &'static DuoBeoordeling = Box::leak(Box::new(b.clone()));
    let config: &'static Config = Box::leak(Box::default());
    beoordeel(
        &DuoContext {
            person,
            termijn_einde: d(2025, 3, 14),
            eerdere_art24: Box::leak(earlier24.to_vec().into_boxed_slice()),
            eerdere_art25: Box::leak(earlier25.to_vec().into_boxed_slice()),
            tabellen: Some(t),
            config,
        },
        b,
    )
}

fn person(doelgroep: Doelgroep, leerroute: Leerroute) -> Person {
    Person {
        doelgroep,
        leerroute: Some(leerroute),
    }
}

/// € 340 for the PVT, for the MAP, and for both: one art. 24 fine (Wi 26 lid 1 sub b). With it a
/// new term of 12 months from the day after the besluit (2025-04-02 up to 2026-04-01) and a
/// gemeente cap of € 800 over it. Light procedure: the overtreding is on 2025-03-15, the power
/// lapses after 2028-03-15. DUO's letter by 2025-01-14; an extension can be asked from 2024-09-14.
#[test]
fn pvt_map_both_340() {
    for (pvt, map, parts) in [
        (true, false, vec![DuoOnderdeel::Pvt]),
        (false, true, vec![DuoOnderdeel::Map]),
        (true, true, vec![DuoOnderdeel::Pvt, DuoOnderdeel::Map]),
    ] {
        let out = assess(asiel(), &[], &[], &beoordeling(pvt, map, false)).unwrap();
        assert_eq!(out.beslissingen.len(), 1, "one fine, not one per part");
        let b = &out.beslissingen[0];
        assert_eq!(b.artikel, DuoArtikel::Art24);
        assert_eq!(b.onderdelen.iter().collect::<Vec<_>>(), parts);
        assert_eq!(b.uitkomst, DuoUitkomst::Boete);
        assert_eq!(b.bedrag, eur("340.00"));
        assert_eq!(b.moment, DuoMoment::Eerste);
        assert_eq!(b.route, Route::Licht);
        assert_eq!(b.bevoegd_tot_en_met, Some(d(2028, 3, 15)));
        assert!(!b.hoorzitting_aangeboden, "€ 340 is not above € 340");
        assert_eq!(b.datums.brief_uiterlijk, Some(d(2025, 1, 14)));
        assert_eq!(b.datums.verlenging_aanvragen_vanaf, Some(d(2024, 9, 14)));
        assert!(
            b.stappen()
                .iter()
                .any(|s| s.artikel() == Artikel::BiArt7_2Lid1)
        );
        assert!(
            b.stappen()
                .iter()
                .any(|s| s.artikel() == Artikel::WiArt24Lid2)
        );
        let term = out.nieuwe_termijn.unwrap();
        assert_eq!((term.ingangsdatum, term.maanden), (d(2025, 4, 2), 12));
        assert_eq!(out.gemeente_plafond, Some(eur("800")));
    }
}

/// Again € 340 after the new term (lid 3, with a new term again); then every two years (lid 4):
/// with earlier fines on 2025-04-01 and 2026-05-01, the next is due from 2028-05-01, without a
/// new term.
#[test]
fn repeat_after_new_term_and_every_two_years() {
    let b = beoordeling(true, false, false);
    let second = assess(asiel(), &[d(2025, 4, 1)], &[], &b).unwrap();
    assert_eq!(second.beslissingen[0].moment, DuoMoment::NaNieuweTermijn);
    assert_eq!(second.beslissingen[0].bedrag, eur("340.00"));
    assert!(
        second.beslissingen[0]
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt24Lid3)
    );
    assert!(second.nieuwe_termijn.is_some());

    let earlier = [d(2025, 4, 1), d(2026, 5, 1)];
    let mut too_early = b.clone();
    too_early.beoordelingsdatum = d(2028, 4, 30);
    let out = assess(asiel(), &earlier, &[], &too_early).unwrap();
    let decision = &out.beslissingen[0];
    assert_eq!(decision.moment, DuoMoment::Tweejaarlijks);
    assert_eq!(
        decision.uitkomst,
        DuoUitkomst::GeenBoete {
            reden: DuoGeenBoeteReden::NogNietTweeJaar
        }
    );
    assert!(
        decision.stappen().iter().any(
            |s| matches!(s, Stap::DuoNogNietTweeJaar { vanaf, .. } if *vanaf == d(2028, 5, 1))
        )
    );
    assert!(out.nieuwe_termijn.is_none());

    let mut due = b.clone();
    due.beoordelingsdatum = d(2028, 5, 1);
    let out = assess(asiel(), &earlier, &[], &due).unwrap();
    assert_eq!(out.beslissingen[0].bedrag, eur("340.00"));
    assert!(
        out.beslissingen[0]
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt24Lid4)
    );
    assert!(out.nieuwe_termijn.is_none(), "lid 4 sets no new term");
    // Its overtreding falls on 2028-05-01, the day it became due: light procedure, three years.
    assert_eq!(out.beslissingen[0].bevoegd_tot_en_met, Some(d(2031, 5, 1)));
}

/// No MAP duty in the onderwijsroute (Wi 8 lid 3): MAP alone gives no fine; PVT and MAP gives the
/// € 340 for the PVT.
#[test]
fn onderwijsroute_map() {
    let p = person(Doelgroep::Asielstatushouder, Leerroute::Onderwijsroute);
    let out = assess(p, &[], &[], &beoordeling(false, true, false)).unwrap();
    assert_eq!(
        out.beslissingen[0].uitkomst,
        DuoUitkomst::GeenBoete {
            reden: DuoGeenBoeteReden::GeenMapPlichtOnderwijsroute
        }
    );
    assert_eq!(out.beslissingen[0].bedrag, eur("0"));
    assert!(
        out.beslissingen[0]
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt8Lid3)
    );
    assert!(out.nieuwe_termijn.is_none());
    let out = assess(p, &[], &[], &beoordeling(true, true, false)).unwrap();
    assert!(
        out.beslissingen[0]
            .onderdelen
            .iter()
            .eq([DuoOnderdeel::Pvt])
    );
    assert_eq!(out.beslissingen[0].bedrag, eur("340.00"));
}

fn inspanningen(uren: u32, taal: u8) -> Inspanningen {
    Inspanningen {
        examens_op_pip_niveau_ten_minste_a2: true,
        alle_lessen_gevolgd: true,
        uren_gevolgd: uren,
        taalonderdelen_behaald: taal,
        knm_behaald: true,
    }
}

/// Extension instead of a fine: not verwijtbaar (art. 12 lid 1 sub a), and aanzienlijke
/// inspanningen (sub b; six months: 2025-03-14 → 2025-09-14).
#[test]
fn extension_instead_of_a_fine() {
    let mut b = beoordeling(false, false, true);
    b.verwijtbaarheid = Verwijtbaarheid::Geen;
    b.verlenging_tot = Some(d(2026, 3, 14));
    let out = assess(asiel(), &[], &[], &b).unwrap();
    assert_eq!(
        out.beslissingen[0].uitkomst,
        DuoUitkomst::Verlenging {
            grond: VerlengingsGrond::NietVerwijtbaar,
            tot: d(2026, 3, 14)
        }
    );
    assert_eq!(out.beslissingen[0].bedrag, eur("0"));
    assert!(out.nieuwe_termijn.is_none());
    assert_eq!(out.verlenging_tot, Some(d(2026, 3, 14)));

    let mut b = beoordeling(false, false, true);
    b.inspanningen = Some(inspanningen(0, 2));
    b.leerroute_inspanning = Some(LeerrouteInspanning {
        uren: 500,
        examenpogingen: 4,
        examens_behaald: 3,
    });
    let out = assess(asiel(), &[], &[], &b).unwrap();
    assert_eq!(
        out.beslissingen[0].uitkomst,
        DuoUitkomst::Verlenging {
            grond: VerlengingsGrond::AanzienlijkeInspanningen,
            tot: d(2025, 9, 14)
        }
    );

    // Gezinsmigrant: 450 hours are needed (Bi 4.4 lid 3); 449 are not enough.
    let gezin = person(Doelgroep::Gezinsmigrant, Leerroute::B1Route);
    b.inspanningen = Some(inspanningen(450, 2));
    assert!(matches!(
        assess(gezin, &[], &[], &b).unwrap().beslissingen[0].uitkomst,
        DuoUitkomst::Verlenging { .. }
    ));
    b.inspanningen = Some(inspanningen(449, 2));
    let out = assess(gezin, &[], &[], &b).unwrap();
    // Then the fine from the table: 500 hours, 3 passed → band 6, € 250.
    assert_eq!(out.beslissingen[0].bedrag, eur("250.00"));
    // The 450 hours are Bi 4.4 lid 3.
    assert!(
        out.beslissingen[0]
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::BiArt4_4Lid3
                && matches!(
                    s,
                    Stap::DuoInspanningNietVoldaan {
                        criterium: InspanningsCriterium::MinderDan450Uren,
                        uren: 450
                    }
                ))
    );

    // One language part passed: not enough (sub c); PVT unfinished: not enough (sub d).
    b.inspanningen = Some(inspanningen(0, 1));
    assert_eq!(
        assess(asiel(), &[], &[], &b).unwrap().beslissingen[0].uitkomst,
        DuoUitkomst::Boete
    );
    let mut with_pvt = b.clone();
    with_pvt.inspanningen = Some(inspanningen(0, 2));
    with_pvt.onafgerond.pvt = true;
    let out = assess(asiel(), &[], &[], &with_pvt).unwrap();
    assert!(
        out.beslissingen
            .iter()
            .all(|d| d.uitkomst == DuoUitkomst::Boete)
    );
    assert_eq!(out.beslissingen.len(), 2);

    // Not in the B1-route: sub a not met.
    let z = person(
        Doelgroep::Asielstatushouder,
        Leerroute::Zelfredzaamheidsroute,
    );
    b.inspanningen = Some(inspanningen(0, 2));
    assert_eq!(
        assess(z, &[], &[], &b).unwrap().beslissingen[0].uitkomst,
        DuoUitkomst::Boete
    );

    // After a new term, aanzienlijke inspanningen no longer extend (art. 24 lid 2 names only
    // art. 12 lid 1 sub a).
    let out = assess(asiel(), &[], &[d(2025, 4, 1)], &b).unwrap();
    assert_eq!(out.beslissingen[0].uitkomst, DuoUitkomst::Boete);
    assert!(
        out.beslissingen[0]
            .stappen()
            .contains(&Stap::DuoInspanningenAlleenInitieel)
    );
}

/// Each row of the (illustrative) table at its boundaries.
#[test]
fn leerroute_table_rows_at_boundaries() {
    let cases = [
        (Leerroute::B1Route, (0, 0, 0), 1, "1000.00"),
        (Leerroute::B1Route, (99, 1, 9), 1, "1000.00"),
        (Leerroute::B1Route, (99, 2, 0), 2, "800.00"),
        (Leerroute::B1Route, (100, 1, 0), 3, "750.00"),
        (Leerroute::B1Route, (399, 1, 0), 3, "750.00"),
        (Leerroute::B1Route, (100, 2, 0), 4, "500.00"),
        (Leerroute::B1Route, (399, 7, 7), 4, "500.00"),
        (Leerroute::B1Route, (400, 0, 2), 5, "400.00"),
        (Leerroute::B1Route, (400, 0, 3), 6, "250.00"),
        (
            Leerroute::B1Route,
            (u32::MAX, u32::MAX, u32::MAX),
            6,
            "250.00",
        ),
        (Leerroute::Onderwijsroute, (5000, 9, 1), 1, "700.00"),
        (Leerroute::Onderwijsroute, (0, 0, 2), 2, "340.00"),
        (Leerroute::Zelfredzaamheidsroute, (199, 0, 0), 1, "600.00"),
        (Leerroute::Zelfredzaamheidsroute, (200, 0, 0), 2, "300.00"),
    ];
    for (route, (uren, examenpogingen, examens_behaald), band, amount) in cases {
        let mut b = beoordeling(false, false, true);
        b.leerroute_inspanning = Some(LeerrouteInspanning {
            uren,
            examenpogingen,
            examens_behaald,
        });
        let out = assess(person(Doelgroep::Asielstatushouder, route), &[], &[], &b).unwrap();
        let decision = &out.beslissingen[0];
        assert_eq!(decision.artikel, DuoArtikel::Art25);
        assert_eq!(
            decision.tabel_band,
            Some(band),
            "{route:?} {uren}/{examenpogingen}/{examens_behaald}"
        );
        assert_eq!(
            decision.bedrag,
            eur(amount),
            "{route:?} {uren}/{examenpogingen}/{examens_behaald}"
        );
        assert_eq!(
            decision.route,
            Route::Zwaar,
            "max € 1.000 > € 340: Awb 5:53"
        );
        // Above € 340 a hoorzitting is offered; exactly € 340 is not above.
        assert_eq!(decision.hoorzitting_aangeboden, eur(amount) > eur("340"));
        assert!(decision.bedrag <= eur("1000"));
    }
}

/// Art. 25 lid 3: no leerroute fine when the residence permit ends; the PVT fine still follows.
#[test]
fn residence_permit_exception() {
    let mut b = beoordeling(true, false, true);
    b.verblijfsvergunning_beeindigd = true;
    b.leerroute_inspanning = Some(LeerrouteInspanning {
        uren: 10,
        examenpogingen: 0,
        examens_behaald: 0,
    });
    let out = assess(asiel(), &[], &[], &b).unwrap();
    let by = |a| out.beslissingen.iter().find(|d| d.artikel == a).unwrap();
    assert_eq!(
        by(DuoArtikel::Art25).uitkomst,
        DuoUitkomst::GeenBoete {
            reden: DuoGeenBoeteReden::VerblijfsvergunningBeeindigd
        }
    );
    assert!(
        by(DuoArtikel::Art25)
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt25Lid3)
    );
    assert_eq!(by(DuoArtikel::Art24).bedrag, eur("340.00"));
}

/// Lowering for bijzondere omstandigheden: € 340 → € 200 (Awb 5:46 lid 3, with Bi 7.2 lid 3);
/// € 1.000 → € 300 (Awb 5:46 lid 3 alone), still with the hoorzitting the voorgenomen € 1.000
/// brought; never higher; never without a reason.
#[test]
fn lowering_and_hoorzitting() {
    let mut b = beoordeling(true, false, true);
    b.leerroute_inspanning = Some(LeerrouteInspanning {
        uren: 10,
        examenpogingen: 0,
        examens_behaald: 0,
    });
    b.voornemen_datum = Some(d(2025, 3, 20));
    let out = assess(asiel(), &[], &[], &b).unwrap();
    let leerroute = out
        .beslissingen
        .iter()
        .find(|d| d.artikel == DuoArtikel::Art25)
        .unwrap();
    assert_eq!(leerroute.bedrag, eur("1000.00"));
    assert!(leerroute.hoorzitting_aangeboden);
    // 2025-03-20 + 28 days = 2025-04-17.
    assert_eq!(leerroute.reactie_uiterlijk, Some(d(2025, 4, 17)));
    assert!(leerroute.stappen().iter().any(|s| s.zin().to_string()
        == "De voorgenomen boete is hoger dan € 340,00, dus biedt DUO u een hoorzitting \
                    aan, ook per telefoon (artikel 5:53, derde lid, van de Algemene wet \
                    bestuursrecht)."));

    b.verlaging_pvt_map = Some(Verlaging {
        bedrag: eur("200.00"),
        reden: "schulden".into(),
    });
    b.verlaging_leerroute = Some(Verlaging {
        bedrag: eur("300.00"),
        reden: "mantelzorg voor een ziek kind".into(),
    });
    let out = assess(asiel(), &[], &[], &b).unwrap();
    let pvt = out
        .beslissingen
        .iter()
        .find(|d| d.artikel == DuoArtikel::Art24)
        .unwrap();
    let leerroute = out
        .beslissingen
        .iter()
        .find(|d| d.artikel == DuoArtikel::Art25)
        .unwrap();
    assert_eq!(
        (pvt.bedrag, pvt.berekend_bedrag),
        (eur("200.00"), Some(eur("340.00")))
    );
    assert!(
        pvt.stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::BiArt7_2Lid3)
    );
    assert_eq!(leerroute.bedrag, eur("300.00"));
    assert!(
        leerroute
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::AwbArt5_46Lid3)
    );
    // The hoorzitting turns on the voorgenomen fine (€ 1.000), before the lowering to € 300.
    assert!(leerroute.hoorzitting_aangeboden);

    b.verlaging_pvt_map = Some(Verlaging {
        bedrag: eur("340.01"),
        reden: "hoger".into(),
    });
    assert!(matches!(
        soort(&assess(asiel(), &[], &[], &b)),
        Some(FoutSoort::VerlagingTeHoog { .. })
    ));
}

/// No fine without verwijtbaarheid, whatever is unfinished.
#[test]
fn no_fine_without_verwijtbaarheid() {
    let mut b = beoordeling(true, true, true);
    b.verwijtbaarheid = Verwijtbaarheid::Geen;
    b.verlenging_tot = Some(d(2025, 9, 30));
    let out = assess(asiel(), &[d(2025, 4, 1)], &[d(2025, 4, 1)], &b).unwrap();
    assert_eq!(out.beslissingen.len(), 2);
    assert!(
        out.beslissingen
            .iter()
            .all(|d| d.bedrag.is_zero() && matches!(d.uitkomst, DuoUitkomst::Verlenging { .. }))
    );
}

#[test]
fn input_errors() {
    let mut b = beoordeling(true, false, false);
    b.beoordelingsdatum = d(2025, 3, 14);
    assert!(matches!(
        soort(&assess(asiel(), &[], &[], &b)),
        Some(FoutSoort::BeoordelingVoorEindeTermijn { .. })
    ));
    let mut b = beoordeling(true, false, false);
    b.nieuwe_termijn_maanden = Some(9);
    let err = assess(asiel(), &[], &[], &b).unwrap_err();
    assert_eq!(
        (err.soort(), err.plaats(), err.veld()),
        (
            &FoutSoort::NieuweTermijnDuur { maanden: 9 },
            Some(&Plaats::Beoordeling("duo-1".into())),
            Some("nieuwe_termijn_maanden")
        )
    );
    b.nieuwe_termijn_maanden = None;
    assert!(matches!(
        soort(&assess(asiel(), &[], &[], &b)),
        Some(FoutSoort::NieuweTermijnOntbreekt)
    ));
    let b = beoordeling(false, false, true);
    assert!(matches!(
        soort(&assess(asiel(), &[], &[], &b)),
        Some(FoutSoort::LeerrouteInspanningOntbreekt)
    ));
    let config = Config::default();
    let mut b = beoordeling(false, false, true);
    b.leerroute_inspanning = Some(LeerrouteInspanning {
        uren: 1,
        examenpogingen: 0,
        examens_behaald: 0,
    });
    let no_table = beoordeel(
        &DuoContext {
            person: asiel(),
            termijn_einde: d(2025, 3, 14),
            eerdere_art24: &[],
            eerdere_art25: &[],
            tabellen: None,
            config: &config,
        },
        &b,
    );
    assert!(matches!(
        soort(&no_table),
        Some(FoutSoort::LeerrouteTabelOntbreekt)
    ));
}

/// An invalid table is an input error that names the route and the band.
#[test]
fn invalid_tables_are_rejected() {
    let valid = tabellen();
    assert_eq!(valid.validate(), Ok(()));
    let check = |edit: &dyn Fn(&mut LeerrouteTabellen), expect: &str| {
        let mut t = valid.clone();
        edit(&mut t);
        let err = t.validate().unwrap_err();
        assert!(err.to_string().contains(expect), "{err}");
    };
    check(
        &|t| banden(&mut t.b1_route)[0].bedrag = eur("1000.01"),
        "leerroute_tabellen.b1_route, band 1: the amount 1000.01",
    );
    check(&|t| banden(&mut t.b1_route)[0].bedrag = eur("-1"), "band 1");
    check(
        &|t| banden(&mut t.b1_route)[0].bedrag = eur("10.005"),
        "band 1",
    );
    check(
        &|t| {
            banden(&mut t.b1_route).remove(1);
        },
        "no band covers uren 0, examenpogingen 2",
    );
    check(
        &|t| banden(&mut t.b1_route)[2].uren.van = 50,
        "band 3: it overlaps band 1",
    );
    check(
        &|t| banden(&mut t.b1_route)[3].bedrag = eur("900.00"),
        "band 4: it gives 900.00 for more effort than band 2",
    );
    check(
        &|t| banden(&mut t.onderwijsroute)[1].bedrag = eur("701.00"),
        "leerroute_tabellen.onderwijsroute, band 2",
    );
    check(
        &|t| banden(&mut t.zelfredzaamheidsroute)[0].uren.tot = Some(0),
        "band 1: the range of `uren` is empty",
    );
    check(
        &|t| banden(&mut t.zelfredzaamheidsroute).clear(),
        "leerroute_tabellen.zelfredzaamheidsroute: the table has no bands",
    );
}

/// In a dossier, DUO's new term sets the gemeente's cap. PIP 2022-03-14; a step-4 fine of
/// 2025-02-03 (onherroepelijk). DUO on 2025-04-01: PVT unfinished, € 340, new term from
/// 2025-04-02. A PIP overtreding on 2025-06-02 (opzet) is step 5, € 800: with a 6-month term
/// (cap € 400) cut to € 400; with 24 months (cap € 1.600) not cut. Without DUO's term the
/// overtreding lies in no term at all. DUO's € 340 counts in no gemeente bucket.
#[test]
fn duo_new_term_changes_the_gemeente_cap() {
    let make = |maanden: Option<u32>| Dossier {
        id: "duo".into(),
        peildatum: d(2025, 6, 16),
        doelgroep: Doelgroep::Asielstatushouder,
        leerroute: Some(Leerroute::B1Route),
        termijnen: pip(d(2022, 3, 14)),
        overtredingen: vec![
            pip_overtreding("p4", d(2025, 2, 3), Verwijtbaarheid::Opzet),
            pip_overtreding("n", d(2025, 6, 2), Verwijtbaarheid::Opzet),
        ],
        besluiten: vec![GenomenBesluit {
            overtreding_id: "p4".into(),
            besluitdatum: d(2025, 2, 10),
            bedrag: Some(eur("400.00")),
            ladder_stap: Some(4),
            status: onherroepelijk(d(2025, 3, 24)),
        }],
        duo_beoordelingen: maanden
            .map(|m| {
                let mut b = beoordeling(true, false, false);
                b.nieuwe_termijn_maanden = Some(m);
                b
            })
            .into_iter()
            .collect(),
        leerroute_tabellen: None,
        config: Config::default(),
        stapeling: StapelingConfig::default(),
    };
    let six_dossier = make(Some(6));
    let six = replay(&six_dossier).unwrap();
    let n = &six.beslissingen[1].beslissing;
    assert_eq!(n.ladder.as_ref().unwrap().stap, 5);
    assert_eq!(
        n.plafond.unwrap().termijn,
        Bucket::Nieuw {
            ingangsdatum: d(2025, 4, 2),
            maanden: 6
        }
    );
    assert_eq!(n.plafond.unwrap().plafond, eur("400"));
    assert_eq!(n.bedrag, eur("400.00"));
    assert_eq!(six.duo_beslissingen.len(), 1);
    assert_eq!(six.duo_beslissingen[0].bedrag, eur("340.00"));
    // The gemeente buckets: initial 400 (p4 only), new term 400. DUO's 340 is in neither.
    let totals: Vec<_> = six.totalen.iter().map(|t| (t.termijn, t.totaal)).collect();
    assert_eq!(
        totals,
        [
            (Bucket::Initieel, eur("400.00")),
            (
                Bucket::Nieuw {
                    ingangsdatum: d(2025, 4, 2),
                    maanden: 6
                },
                eur("400.00")
            )
        ]
    );
    assert_eq!(six.termijnen.nieuw.len(), 1);

    let two_years_dossier = make(Some(24));
    let two_years = replay(&two_years_dossier).unwrap();
    assert_eq!(two_years.beslissingen[1].beslissing.bedrag, eur("800.00"));
    assert_eq!(
        two_years.beslissingen[1]
            .beslissing
            .plafond
            .unwrap()
            .plafond,
        eur("1600")
    );

    assert!(matches!(
        soort(&replay(&make(None))),
        Some(FoutSoort::BuitenTermijn { .. })
    ));
}

/// More hand-derived DUO cases found by mutation testing.
/// - The power to fine lapses (Awb 5:45 lid 2): the term ended 2025-03-14, the overtreding is
///   2025-03-15, the last day is 2028-03-15.
/// - An asielstatushouder who did not follow all lessons made no aanzienlijke inspanningen
///   (Bi 4.4 lid 2 sub b).
/// - The explanation names the table's row; the four weeks to react are stated for a € 340 fine
///   too (no hoorzitting: not above € 340).
#[test]
fn lapse_lessons_row_and_reaction() {
    let mut b = beoordeling(true, false, false);
    b.beoordelingsdatum = d(2028, 3, 15);
    let out = assess(asiel(), &[], &[], &b).unwrap();
    assert_eq!(out.beslissingen[0].bedrag, eur("340.00"));
    b.beoordelingsdatum = d(2028, 3, 16);
    let out = assess(asiel(), &[], &[], &b).unwrap();
    assert_eq!(
        out.beslissingen[0].uitkomst,
        DuoUitkomst::GeenBoete {
            reden: DuoGeenBoeteReden::BevoegdheidVervallen
        }
    );
    assert!(out.nieuwe_termijn.is_none(), "no fine, so no new term");

    let mut b = beoordeling(false, false, true);
    b.leerroute_inspanning = Some(LeerrouteInspanning {
        uren: 500,
        examenpogingen: 4,
        examens_behaald: 3,
    });
    let mut insp = inspanningen(0, 2);
    insp.alle_lessen_gevolgd = false;
    b.inspanningen = Some(insp);
    let out = assess(asiel(), &[], &[], &b).unwrap();
    assert_eq!(out.beslissingen[0].uitkomst, DuoUitkomst::Boete);
    assert!(out.beslissingen[0].stappen().iter().any(|s| matches!(
        s,
        Stap::DuoInspanningNietVoldaan {
            criterium: InspanningsCriterium::NietAlleLessen,
            ..
        }
    )));
    let zin = out.beslissingen[0]
        .stappen()
        .iter()
        .find(|s| matches!(s, Stap::DuoLeerrouteTabel { .. }))
        .unwrap()
        .zin()
        .to_string();
    assert_eq!(
        zin,
        "Volgens regel 6 van de tabel is de boete dan € 250,00 (tabel: illustratieve tabel voor \
         tests, geen officiële bedragen; artikel 7.2, tweede lid, van het Besluit inburgering \
         2021)."
    );

    let mut b = beoordeling(true, false, false);
    b.voornemen_datum = Some(d(2025, 3, 20));
    let out = assess(asiel(), &[], &[], &b).unwrap();
    // No hoorzitting (€ 340 is not above € 340), but the four weeks to react are stated; the
    // € 340 takes the lighter procedure, so the zienswijze rests on afdeling 4.1.2 Awb.
    let stappen = &out.beslissingen[0].stappen();
    assert!(
        stappen
            .iter()
            .all(|s| !matches!(s, Stap::DuoHoorzitting { .. }))
    );
    let step = stappen
        .iter()
        .find(|s| matches!(s, Stap::DuoReactietermijn { .. }))
        .unwrap();
    assert!(matches!(
        step,
        Stap::DuoReactietermijn {
            reactie_uiterlijk,
            ..
        } if *reactie_uiterlijk == d(2025, 4, 17)
    ));
    assert_eq!(
        step.zin().to_string(),
        "U had tot en met 17 april 2025 om te reageren op het voornemen van DUO (afdeling 4.1.2 \
         van de Algemene wet bestuursrecht)."
    );
}

/// A new term extended because its overrun was not verwijtbaar (Wi 24 lid 2 with 12 lid 1 a):
/// PIP 2022-03-14; DUO 2025-04-01 fines the PVT with a new term of 6 months (2025-04-02 up to
/// 2025-10-01); on 2025-10-15 DUO finds the overrun not verwijtbaar and extends that term to
/// 2026-01-31. A PIP overtreding on 2025-12-01 lies in the extended new term: its bucket is that
/// term (cap € 400); without the extension it lies in no term.
#[test]
fn extended_new_term_in_the_dossier() {
    let mut second = beoordeling(true, false, false);
    second.id = "duo-2".into();
    second.beoordelingsdatum = d(2025, 10, 15);
    second.verwijtbaarheid = Verwijtbaarheid::Geen;
    second.verlenging_tot = Some(d(2026, 1, 31));
    let mut first = beoordeling(true, false, false);
    first.nieuwe_termijn_maanden = Some(6);
    let dossier = Dossier {
        id: "ext".into(),
        peildatum: d(2025, 12, 15),
        doelgroep: Doelgroep::Asielstatushouder,
        leerroute: Some(Leerroute::B1Route),
        termijnen: pip(d(2022, 3, 14)),
        overtredingen: vec![pip_overtreding("n", d(2025, 12, 1), Verwijtbaarheid::Opzet)],
        besluiten: vec![],
        duo_beoordelingen: vec![second.clone(), first.clone()],
        leerroute_tabellen: None,
        config: Config::default(),
        stapeling: StapelingConfig::default(),
    };
    let r = replay(&dossier).unwrap();
    assert_eq!(r.duo_beslissingen.len(), 2);
    assert_eq!(
        r.duo_beslissingen[0].beoordeling_id, "duo-1",
        "in order of assessment"
    );
    assert_eq!(
        r.duo_beslissingen[1].datums.termijn_einde,
        d(2025, 10, 1),
        "the running new term ran out"
    );
    assert_eq!(
        r.duo_beslissingen[1].uitkomst,
        DuoUitkomst::Verlenging {
            grond: VerlengingsGrond::NietVerwijtbaar,
            tot: d(2026, 1, 31)
        }
    );
    assert_eq!(
        (r.termijnen.nieuw[0].begin, r.termijnen.nieuw[0].einde),
        (d(2025, 4, 2), d(2026, 1, 31))
    );
    assert!(
        r.termijnen
            .initieel
            .is_some_and(|t| t.einde == d(2025, 3, 14)),
        "the initial term is not extended"
    );
    let n = &r.beslissingen[0].beslissing;
    assert_eq!(
        n.plafond.unwrap().termijn,
        Bucket::Nieuw {
            ingangsdatum: d(2025, 4, 2),
            maanden: 6
        }
    );
    assert_eq!(n.bedrag, eur("50.00"));
    let mut without = dossier.clone();
    without.duo_beoordelingen = vec![first];
    assert!(matches!(
        soort(&replay(&without)),
        Some(FoutSoort::BuitenTermijn { .. })
    ));
}

/// DUO's first step names the unfinished parts, word for word.
#[test]
fn unfinished_parts_word_for_word() {
    let out = assess(asiel(), &[], &[], &beoordeling(true, true, false)).unwrap();
    let zinnen: Vec<String> = out.beslissingen[0].stappen()[..2]
        .iter()
        .map(|s| s.zin().to_string())
        .collect();
    assert_eq!(
        zinnen,
        [
            "Uw inburgeringstermijn eindigde op 14 maart 2025 (artikel 24, eerste lid, van de Wet \
             inburgering 2021).",
            "U had toen het participatieverklaringstraject en de module Arbeidsmarkt en \
             Participatie niet afgerond, en daarvoor moet DUO een boete opleggen (artikel 24, \
             eerste lid, van de Wet inburgering 2021)."
        ]
    );
    let out = assess(asiel(), &[d(2025, 4, 1), d(2026, 5, 1)], &[], &{
        let mut b = beoordeling(true, false, false);
        b.beoordelingsdatum = d(2028, 5, 1);
        b
    })
    .unwrap();
    assert_eq!(
        out.beslissingen[0].stappen()[1].zin().to_string(),
        "U hebt het participatieverklaringstraject nog steeds niet afgerond, en daarvoor legt DUO \
         iedere twee jaar een boete op (artikel 24, vierde lid, van de Wet inburgering 2021)."
    );
}

/// A table may have 64 bands per route, not 65.
#[test]
fn table_band_limit() {
    let bands = |n: u32| -> Vec<Band> {
        (0..n)
            .map(|i| Band {
                uren: Bereik {
                    van: i,
                    tot: (i + 1 < n).then_some(i + 1),
                },
                examenpogingen: Bereik { van: 0, tot: None },
                examens_behaald: Bereik { van: 0, tot: None },
                bedrag: eur("1000.00") - rust_decimal::Decimal::from(i) * eur("10.00"),
            })
            .collect()
    };
    let mut t = tabellen();
    t.b1_route = RouteTabel::Alle(bands(64));
    assert_eq!(t.validate(), Ok(()));
    t.b1_route = RouteTabel::Alle(bands(65));
    let err = t.validate().unwrap_err();
    assert!(
        err.to_string()
            .contains("the table has 65 bands, more than the 64 allowed"),
        "{err}"
    );
}

/// The validator compares each cell only with its true neighbours (one more hour, attempt or
/// exam): a valid table where more hours with fewer attempts costs more than fewer hours with
/// many attempts passes; a table that rises along the hours alone fails.
#[test]
fn table_validation_neighbours() {
    let all = Bereik { van: 0, tot: None };
    let split = |tot| {
        (
            Bereik {
                van: 0,
                tot: Some(tot),
            },
            Bereik {
                van: tot,
                tot: None,
            },
        )
    };
    let (few, many) = split(2);
    let band = |uren, examenpogingen, examens_behaald, bedrag: &str| Band {
        uren,
        examenpogingen,
        examens_behaald,
        bedrag: eur(bedrag),
    };
    let (short, long) = split(100);
    let mut t = tabellen();
    // Hours × attempts: (short, few) 900, (short, many) 300, (long, few) 500, (long, many) 200.
    t.b1_route = RouteTabel::Alle(vec![
        band(short, few, all, "900"),
        band(short, many, all, "300"),
        band(long, few, all, "500"),
        band(long, many, all, "200"),
    ]);
    // Attempts × exams passed, likewise.
    t.onderwijsroute = RouteTabel::Alle(vec![
        band(all, few, few, "900"),
        band(all, few, many, "300"),
        band(all, many, few, "500"),
        band(all, many, many, "200"),
    ]);
    assert_eq!(t.validate(), Ok(()));
    // Rising along the hours alone.
    t.zelfredzaamheidsroute = RouteTabel::Alle(vec![
        band(
            Bereik {
                van: 0,
                tot: Some(200),
            },
            all,
            all,
            "300",
        ),
        band(
            Bereik {
                van: 200,
                tot: None,
            },
            all,
            all,
            "600",
        ),
    ]);
    let err = t.validate().unwrap_err();
    assert_eq!(
        err.to_string(),
        "leerroute_tabellen.zelfredzaamheidsroute, band 2: it gives 600 for more effort than band 1, which gives 300; more effort may never give a higher fine"
    );
    // A negative amount is named as such, in its own band.
    let mut t = tabellen();
    banden(&mut t.b1_route)[0].bedrag = eur("-1");
    assert_eq!(
        t.validate().unwrap_err().to_string(),
        "leerroute_tabellen.b1_route, band 1: the amount -1 is not between 0.00 and 1000.00 in whole cents (Wi art. 26 lid 1 sub d)"
    );
    // Minus zero is zero: on band 6, the most effort, zero keeps the table monotone.
    let mut t = tabellen();
    banden(&mut t.b1_route)[5].bedrag = eur("-0.00");
    assert_eq!(t.validate(), Ok(()), "minus zero is zero");
}

/// Only a fine decision carries the new term: with PVT and leerroute unfinished and the permit
/// withdrawn, the art. 24 fine sets the term; the art. 25 decision (no fine, lid 3) does not
/// mention it. And the table check rises along the exams passed alone.
#[test]
fn new_term_only_on_fine_decisions_and_exams_axis() {
    let mut b = beoordeling(true, false, true);
    b.verblijfsvergunning_beeindigd = true;
    let out = assess(asiel(), &[], &[], &b).unwrap();
    let has_term = |a| {
        out.beslissingen
            .iter()
            .find(|d| d.artikel == a)
            .unwrap()
            .stappen()
            .iter()
            .any(|s| matches!(s, Stap::DuoNieuweTermijn { .. }))
    };
    assert!(has_term(DuoArtikel::Art24));
    assert!(!has_term(DuoArtikel::Art25));
    assert!(out.nieuwe_termijn.is_some());

    let all = Bereik { van: 0, tot: None };
    let mut t = tabellen();
    t.zelfredzaamheidsroute = RouteTabel::Alle(vec![
        Band {
            uren: all,
            examenpogingen: all,
            examens_behaald: Bereik {
                van: 0,
                tot: Some(2),
            },
            bedrag: eur("300"),
        },
        Band {
            uren: all,
            examenpogingen: all,
            examens_behaald: Bereik { van: 2, tot: None },
            bedrag: eur("600"),
        },
    ]);
    assert_eq!(
        t.validate().unwrap_err().to_string(),
        "leerroute_tabellen.zelfredzaamheidsroute, band 2: it gives 600 for more effort than band 1, which gives 300; more effort may never give a higher fine"
    );
}

/// The table check rises along the exam attempts alone.
#[test]
fn table_check_attempts_axis() {
    let all = Bereik { van: 0, tot: None };
    let mut t = tabellen();
    t.zelfredzaamheidsroute = RouteTabel::Alle(vec![
        Band {
            uren: all,
            examenpogingen: Bereik {
                van: 0,
                tot: Some(2),
            },
            examens_behaald: all,
            bedrag: eur("300"),
        },
        Band {
            uren: all,
            examenpogingen: Bereik { van: 2, tot: None },
            examens_behaald: all,
            bedrag: eur("600"),
        },
    ]);
    assert_eq!(
        t.validate().unwrap_err().to_string(),
        "leerroute_tabellen.zelfredzaamheidsroute, band 2: it gives 600 for more effort than band 1, which gives 300; more effort may never give a higher fine"
    );
}

/// In a dossier, each DUO assessment counts the fines DUO imposed before it. PIP 2022-03-14:
/// the term runs up to and including 2025-03-14. On 2025-04-01 the PVT is unfinished: € 340
/// under Wi art. 24 lid 1, with a new term of 6 months from the day after the besluit,
/// 2025-04-02. On 2025-11-03, after that term, the PVT is still unfinished: the fine now rests on
/// lid 3 (the new term ran out), not on lid 1 again, and it is € 340 again (Bi art. 7.2 lid 1).
#[test]
fn a_second_duo_fine_in_a_dossier_rests_on_lid_3() {
    let mut eerste = beoordeling(true, false, false);
    eerste.nieuwe_termijn_maanden = Some(6);
    let mut tweede = beoordeling(true, false, false);
    tweede.id = "duo-2".into();
    tweede.beoordelingsdatum = d(2025, 11, 3);
    let dossier = Dossier {
        id: "twee-duo-boetes".into(),
        peildatum: d(2025, 11, 10),
        doelgroep: Doelgroep::Asielstatushouder,
        leerroute: Some(Leerroute::B1Route),
        termijnen: pip(d(2022, 3, 14)),
        overtredingen: Vec::new(),
        besluiten: Vec::new(),
        // Given in reverse: the replay orders DUO's assessments by date.
        duo_beoordelingen: vec![tweede, eerste],
        leerroute_tabellen: None,
        config: Config::default(),
        stapeling: StapelingConfig::default(),
    };
    let uitkomst = replay(&dossier).unwrap();
    let momenten: Vec<_> = uitkomst
        .duo_beslissingen
        .iter()
        .map(|b| (b.besluitdatum, b.moment, b.bedrag))
        .collect();
    assert_eq!(
        momenten,
        [
            (d(2025, 4, 1), DuoMoment::Eerste, eur("340.00")),
            (d(2025, 11, 3), DuoMoment::NaNieuweTermijn, eur("340.00")),
        ]
    );
    let tweede = &uitkomst.duo_beslissingen[1];
    assert!(
        tweede
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt24Lid3)
    );
    assert!(
        !tweede
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt24Lid1)
    );
}

/// A new term DUO sets may not overlap a term the dossier already has. PIP 2022-03-14; DUO
/// assesses on 2025-04-01 and sets 6 months. A term from 2025-04-02 for 6 months runs up to and
/// including 2025-10-01 (the same-numbered day six months on is its first day after it).
/// Overlap means sharing at least one day; terms that touch without sharing a day are fine.
#[test]
fn a_new_duo_term_may_not_overlap_another() {
    let term = |ingangsdatum, maanden| NieuweTermijn {
        ingangsdatum,
        maanden,
        verlengd_tot: None,
    };
    let make = |gegeven: NieuweTermijn, ingang: Option<chrono::NaiveDate>| {
        let mut b = beoordeling(true, false, false);
        b.nieuwe_termijn_maanden = Some(6);
        b.nieuwe_termijn_ingangsdatum = ingang;
        let mut termijnen = pip(d(2022, 3, 14));
        termijnen.nieuwe_termijnen.push(gegeven);
        Dossier {
            id: "overlap".into(),
            peildatum: d(2025, 6, 16),
            doelgroep: Doelgroep::Asielstatushouder,
            leerroute: Some(Leerroute::B1Route),
            termijnen,
            overtredingen: Vec::new(),
            besluiten: Vec::new(),
            duo_beoordelingen: vec![b],
            leerroute_tabellen: None,
            config: Config::default(),
            stapeling: StapelingConfig::default(),
        }
    };
    // Refused at the assessment that sets the term, in its field.
    let overlap = |ingangsdatum, einde_vorige| {
        Some((
            FoutSoort::TermijnenOverlappen {
                ingangsdatum,
                einde_vorige,
            },
            Some(Plaats::Beoordeling("duo-1".into())),
            Some("nieuwe_termijn_ingangsdatum"),
        ))
    };
    let cases = [
        // DUO's term begins on the given term's last day, 2025-10-01: overlap.
        (
            term(d(2025, 4, 2), 6),
            Some(d(2025, 10, 1)),
            overlap(d(2025, 10, 1), d(2025, 10, 1)),
        ),
        // It begins the day after: no overlap.
        (term(d(2025, 4, 2), 6), Some(d(2025, 10, 2)), None),
        // DUO's term (2025-04-02 up to and including 2025-10-01) covers the beginning of the
        // given one, 2025-04-03 (which runs to 2025-10-02).
        (
            term(d(2025, 4, 3), 6),
            None,
            overlap(d(2025, 4, 2), d(2025, 10, 2)),
        ),
        // The given term begins on DUO's last day: overlap; the day after: none.
        (
            term(d(2025, 10, 1), 6),
            None,
            overlap(d(2025, 4, 2), d(2026, 3, 31)),
        ),
        (term(d(2025, 10, 2), 6), None, None),
    ];
    for (gegeven, ingang, verwacht) in cases {
        let dossier = make(gegeven.clone(), ingang);
        let uitkomst = replay(&dossier).map(|_| ());
        let fout = uitkomst.is_err().then(|| fout_van(uitkomst));
        assert_eq!(fout, verwacht, "{gegeven:?}, {ingang:?}");
    }
}

/// Awb 5:45 counts from the day the overtreding took place. A lid-4 fine due (two years after
/// the previous one) before the term ran out cannot have taken place before the day after the
/// term, 2025-03-15: the three years (lid 2, the light route of the € 340) count from that day,
/// up to and including 2028-03-15. Due on that very day, the day after the term is named.
#[test]
fn lapse_of_a_two_yearly_fine_due_before_the_term_ran_out() {
    let b = beoordeling(true, false, false);
    for earlier in [
        [d(2022, 1, 10), d(2023, 1, 10)],
        [d(2022, 3, 15), d(2023, 3, 15)],
    ] {
        let out = assess(asiel(), &earlier, &[], &b).unwrap();
        let decision = &out.beslissingen[0];
        assert_eq!(decision.moment, DuoMoment::Tweejaarlijks);
        assert_eq!(decision.bedrag, eur("340.00"));
        assert_eq!(decision.bevoegd_tot_en_met, Some(d(2028, 3, 15)));
        assert!(
            decision.stappen().iter().any(|s| matches!(
                s,
                Stap::Pleegmoment { vanaf, basis: VervalBasis::EindeTermijn, .. }
                    if *vanaf == d(2025, 3, 15)
            )),
            "{earlier:?}"
        );
    }
}

/// Bi 4.3: an overrun is not verwijtbaar because of a circumstance (lid 1) or, from 2023-01-01
/// on, because the person followed a designated non-exempting education (lid 2). The extension's
/// step cites the lid of the ground given; without a ground, lid 1. Lid 2 for an overtreding
/// before 2023-01-01 (the day after a term that ended in 2022) is refused: it did not exist yet.
#[test]
fn not_verwijtbaar_by_its_ground() {
    let mut b = beoordeling(false, false, true);
    b.verwijtbaarheid = Verwijtbaarheid::Geen;
    b.verlenging_tot = Some(d(2026, 3, 14));
    for (grond, artikel) in [
        (None, Artikel::BiArt4_3Lid1),
        (
            Some(NietVerwijtbaarGrond::Omstandigheid),
            Artikel::BiArt4_3Lid1,
        ),
        (
            Some(NietVerwijtbaarGrond::NietVrijstellendeOpleiding),
            Artikel::BiArt4_3Lid2,
        ),
    ] {
        b.niet_verwijtbaar_grond = grond;
        let out = assess(asiel(), &[], &[], &b).unwrap();
        let besluit = &out.beslissingen[0];
        assert_eq!(
            besluit.uitkomst,
            DuoUitkomst::Verlenging {
                grond: VerlengingsGrond::NietVerwijtbaar,
                tot: d(2026, 3, 14)
            }
        );
        let stap = besluit
            .stappen()
            .iter()
            .find(|s| matches!(s, Stap::DuoNietVerwijtbaar { .. }))
            .copied()
            .unwrap();
        assert_eq!(stap.artikel(), artikel, "{grond:?}");
    }

    let mut vroeg = b.clone();
    vroeg.beoordelingsdatum = d(2022, 7, 15);
    vroeg.verlenging_tot = Some(d(2023, 6, 30));
    vroeg.niet_verwijtbaar_grond = Some(NietVerwijtbaarGrond::NietVrijstellendeOpleiding);
    let config = Config::default();
    let in_2022 = DuoContext {
        person: asiel(),
        termijn_einde: d(2022, 6, 30),
        eerdere_art24: &[],
        eerdere_art25: &[],
        tabellen: None,
        config: &config,
    };
    let fout = beoordeel(&in_2022, &vroeg).unwrap_err();
    assert_eq!(
        (fout.code(), fout.veld(), fout.artikel()),
        (
            "nog_niet_van_kracht",
            Some("niet_verwijtbaar_grond"),
            Some(Artikel::BiArt4_3Lid2)
        )
    );
    // The same in 2022 on the ground of lid 1: extended.
    vroeg.niet_verwijtbaar_grond = None;
    let out = beoordeel(&in_2022, &vroeg).unwrap();
    assert_eq!(
        out.beslissingen[0].uitkomst,
        DuoUitkomst::Verlenging {
            grond: VerlengingsGrond::NietVerwijtbaar,
            tot: d(2023, 6, 30)
        }
    );
}
