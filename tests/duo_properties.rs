//! DUO's invariants: never above € 340 / € 1.000; never in the gemeente's caps; no fine without
//! verwijtbaarheid; for an asielstatushouder no fine and no new term without DUO's finding of a
//! persistent lack of willingness to integrate.

mod common;
use common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use wi2021_boetes::*;

fn tabellen() -> LeerrouteTabellen {
    let path = format!(
        "{}/tests/data/illustratieve-tabellen.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

prop_compose! {
    fn arb_beoordeling()(
        pvt in any::<bool>(), map in any::<bool>(), leerroute in any::<bool>(),
        v in 0usize..5,
        uren in 0u32..1000, pogingen in 0u32..10, behaald in 0u32..6,
        vergunning in prop::bool::weighted(0.1),
        lower in prop::option::weighted(0.2, 0i64..=34_000),
        maanden in prop::sample::select(vec![6u32, 12, 18, 24]),
        delay in 1i64..2000,
        verlenging in 1i64..800,
        vastgesteld in any::<bool>(),
    ) -> DuoBeoordeling {
        DuoBeoordeling {
            id: "b".into(),
            beoordelingsdatum: d(2025, 3, 14) + chrono::TimeDelta::days(delay),
            besluitdatum: None,
            onafgerond: Onafgerond { pvt, map, leerroute },
            verwijtbaarheid: Verwijtbaarheid::ALL[v],
            niet_verwijtbaar_grond: None,
            inspanningen: None,
            leerroute_inspanning: Some(LeerrouteInspanning { uren, examenpogingen: pogingen, examens_behaald: behaald }),
            verblijfsvergunning_beeindigd: vergunning,
            verlaging_pvt_map: lower.map(|c| Verlaging { bedrag: Decimal::new(c, 2), reden: "r".into() }),
            verlaging_leerroute: None,
            nieuwe_termijn_maanden: Some(maanden),
            nieuwe_termijn_ingangsdatum: None,
            // An extension because the overrun is not verwijtbaar carries its new last day.
            verlenging_tot: (v == 0 && (pvt || map || leerroute))
                .then(|| d(2025, 3, 14) + chrono::TimeDelta::days(verlenging)),
            voornemen_datum: None,
            aanhoudend_gebrek_aan_integratiebereidheid: vastgesteld.then(|| "gronden".into()),
        }
    }
}

const DOELGROEPEN: [Doelgroep; 3] = [
    Doelgroep::Asielstatushouder,
    Doelgroep::Gezinsmigrant,
    Doelgroep::OverigeMigrant,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Art. 24 never above € 340, art. 25 never above € 1.000; no fine without verwijtbaarheid.
    #[test]
    fn duo_fines_within_maxima(b in arb_beoordeling(), earlier in 0usize..4, route in 0usize..3, groep in 0usize..3) {
        let leerroute = [Leerroute::B1Route, Leerroute::Onderwijsroute, Leerroute::Zelfredzaamheidsroute][route];
        // An open MAP alone in the onderwijsroute is no overrun: nothing to extend.
        let mut b = b;
        let o = b.onafgerond;
        if leerroute == Leerroute::Onderwijsroute && !o.pvt && !o.leerroute {
            b.verlenging_tot = None;
        }
        let t = tabellen();
        let config = Config::default();
        let earlier: Vec<_> = (0..earlier).map(|i| d(2020 + i as i32, 1, 1)).collect();
        let out = beoordeel(&DuoContext {
            person: Person { doelgroep: DOELGROEPEN[groep], leerroute: Some(leerroute) },
            termijn_einde: d(2025, 3, 14),
            eerdere_art24: &earlier,
            eerdere_art25: &earlier,
            tabellen: Some(&t),
            config: &config,
        }, &b).unwrap();
        let unierecht = DOELGROEPEN[groep] == Doelgroep::Asielstatushouder
            && b.aanhoudend_gebrek_aan_integratiebereidheid.is_none();
        for decision in &out.beslissingen {
            let max = match decision.artikel { DuoArtikel::Art24 => eur("340"), DuoArtikel::Art25 => eur("1000") };
            prop_assert!(decision.bedrag >= Decimal::ZERO && decision.bedrag <= max);
            if b.verwijtbaarheid == Verwijtbaarheid::Geen {
                prop_assert!(decision.bedrag.is_zero());
                prop_assert!(decision.uitkomst != DuoUitkomst::Boete);
            }
            prop_assert_eq!(decision.uitkomst == DuoUitkomst::Boete, decision.bedrag > Decimal::ZERO);
            // The hoorzitting turns on the voorgenomen fine, before any lowering.
            prop_assert_eq!(
                decision.hoorzitting_aangeboden,
                decision.berekend_bedrag.is_some_and(|v| v > eur("340"))
            );
            // Union law: an asielstatushouder without DUO's finding gets no fine.
            if unierecht {
                prop_assert!(decision.bedrag.is_zero());
                prop_assert!(decision.uitkomst != DuoUitkomst::Boete);
            }
        }
        if unierecht {
            prop_assert!(out.nieuwe_termijn.is_none(), "no fine, so no new term");
        }
    }

    /// DUO's fines never count toward the gemeente's caps: a dossier whose new term DUO set
    /// gives the college exactly the decisions and totals of the same dossier with that term
    /// given directly and no DUO assessment.
    #[test]
    fn duo_fines_never_in_gemeente_caps(
        days in prop::collection::vec(0i64..700, 0..12),
        v in 0usize..5,
        maanden in prop::sample::select(vec![6u32, 12, 18, 24]),
    ) {
        // PIP 2022-03-14 (term up to 2025-03-14); DUO on 2025-04-01, new term from 2025-04-02.
        let mut days = days;
        days.sort_unstable();
        days.dedup();
        let new_end = d(2025, 4, 2).checked_add_months(chrono::Months::new(maanden)).unwrap().pred_opt().unwrap();
        let overtredingen: Vec<_> = days
            .iter()
            .map(|&n| d(2024, 3, 1) + chrono::TimeDelta::days(n))
            .filter(|&date| date <= d(2025, 3, 14) || (date >= d(2025, 4, 2) && date <= new_end))
            .enumerate()
            .map(|(i, date)| pip_overtreding(&format!("o{i}"), date, Verwijtbaarheid::ALL[v]))
            .collect();
        let b = DuoBeoordeling {
            id: "duo".into(),
            beoordelingsdatum: d(2025, 4, 1),
            besluitdatum: None,
            onafgerond: Onafgerond { pvt: true, map: true, leerroute: true },
            verwijtbaarheid: Verwijtbaarheid::Opzet,
            niet_verwijtbaar_grond: None,
            inspanningen: None,
            leerroute_inspanning: Some(LeerrouteInspanning { uren: 0, examenpogingen: 0, examens_behaald: 0 }),
            verblijfsvergunning_beeindigd: false,
            verlaging_pvt_map: None,
            verlaging_leerroute: None,
            nieuwe_termijn_maanden: Some(maanden),
            nieuwe_termijn_ingangsdatum: None,
            verlenging_tot: None,
            voornemen_datum: None,
            aanhoudend_gebrek_aan_integratiebereidheid: Some("gronden".into()),
        };
        let peildatum = d(2027, 6, 1);
        let with_duo = Dossier {
            id: "x".into(),
            peildatum,
            doelgroep: Doelgroep::Asielstatushouder,
            leerroute: Some(Leerroute::B1Route),
            termijnen: pip(d(2022, 3, 14)),
            overtredingen: overtredingen.clone(),
            besluiten: vec![],
            duo_beoordelingen: vec![b.clone()],
            leerroute_tabellen: Some(tabellen()),
            config: Config::default(),
            stapeling: StapelingConfig::default(),
        };
        let mut direct = with_duo.clone();
        direct.duo_beoordelingen.clear();
        direct.termijnen.nieuwe_termijnen.push(NieuweTermijn { ingangsdatum: d(2025, 4, 2), maanden, verlengd_tot: None });
        let a = replay(&with_duo).unwrap();
        let z = replay(&direct).unwrap();
        prop_assert_eq!(&a.beslissingen, &z.beslissingen);
        prop_assert_eq!(&a.totalen, &z.totalen);
        let duo_total: Decimal = a.duo_beslissingen.iter().map(|d| d.bedrag).sum();
        prop_assert_eq!(duo_total, eur("1340.00")); // € 340 + € 1.000 (band 1)
    }
}
