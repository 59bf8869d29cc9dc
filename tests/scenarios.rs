//! The scenario dossiers under `examples/scenarios/`, replayed, with every amount, step, bucket
//! total and signal worked out by hand in the comments.

mod common;
use common::*;
use wi2021_boetes::*;

fn load(name: &str) -> DossierUitkomst<'static> {
    let path = format!("{}/examples/scenarios/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    replay_json(serde_json::from_str(&text).unwrap()).unwrap()
}

/// (id, bedrag, ladder step) of each decision, in order.
fn summary(result: &DossierUitkomst) -> Vec<(String, String, Option<u32>)> {
    result
        .beslissingen
        .iter()
        .map(|e| {
            (
                e.beslissing.overtreding_id.to_string(),
                e.beslissing.bedrag.to_string(),
                e.beslissing.ladder.as_ref().map(|l| l.stap),
            )
        })
        .collect()
}

fn ids<'a>(list: &[&'a str]) -> Vec<&'a str> {
    list.to_vec()
}

fn row(id: &str, bedrag: &str, stap: Option<u32>) -> (String, String, Option<u32>) {
    (id.to_owned(), bedrag.to_owned(), stap)
}

/// Two voortgangsgesprekken missed a year apart (normaal, 50 %).
/// - vg-2023-03 (2023-03-06): step 1, € 50 × 50 % = € 25,00; total 25, room 2.375.
/// - vg-2024-03 (2024-03-11): window from 2023-03-11; 2023-03-06 lies before it → step 1 again,
///   € 25,00; total 50, room 2.350. Rapport 2024-03-13 + 91 days = 2024-06-12.
/// - Besluiten 2023-03-20 and 2024-03-25: more than 90 days apart → no stacking signal.
#[test]
fn scenario_1_two_voortgangsgesprekken_a_year_apart() {
    let r = load("twee-voortgangsgesprekken.json");
    assert_eq!(
        summary(&r),
        [
            row("vg-2023-03", "25.00", Some(1)),
            row("vg-2024-03", "25.00", Some(1))
        ]
    );
    let totals: Vec<_> = r
        .beslissingen
        .iter()
        .map(|e| (e.lopend_totaal, e.ruimte))
        .collect();
    assert_eq!(
        totals,
        [
            (Some(eur("25.00")), Some(eur("2375.00"))),
            (Some(eur("50.00")), Some(eur("2350.00")))
        ]
    );
    let second = &r.beslissingen[1].beslissing;
    assert_eq!(second.besluitdatum, d(2024, 3, 25));
    assert_eq!(
        second.procedure.unwrap().beslissen_uiterlijk,
        Some(d(2024, 6, 12))
    );
    assert!(r.afwijkingen.is_empty());
    assert!(r.stapeling.is_empty());
}

/// Climbing the ladder to € 800 and hitting the € 2.400 cap (opzet, 100 %). The brede intake
/// (2022-02 and 2022-03) comes before the PIP of 2022-04-11; the term runs from 2022-04-12 up to
/// and including 2025-04-11.
/// - bi-2, bi-3: € 250 each (Bi 7.1 lid 1): total 500.
/// - p1 € 50, p2 € 100, p3 € 200, p4 € 400, p5 € 800 (each earlier onherroepelijk six weeks
///   after its besluit, before the next besluit): total 500 + 1.550 = 2.050, room 350.
/// - p6 (peildatum 2023-03-15; p5 onherroepelijk since 2023-02-20): step 6, € 800, cut to € 350.
///   Rapport 2023-03-06 + 91 days = 2023-06-05; lapse five years after 2023-03-01.
/// - Besluiten 2022-02-08, 03-08, 05-09, 07-08, 09-08, 11-08, 2023-01-09, 03-15: no gap above
///   90 days (the largest is 65) → one signal of 8 fines, € 2.400.
#[test]
fn scenario_2_ladder_to_800_and_the_cap() {
    let r = load("ladder-tot-plafond.json");
    assert_eq!(
        summary(&r),
        [
            row("bi-2", "250.00", None),
            row("bi-3", "250.00", None),
            row("p1", "50.00", Some(1)),
            row("p2", "100.00", Some(2)),
            row("p3", "200.00", Some(3)),
            row("p4", "400.00", Some(4)),
            row("p5", "800.00", Some(5)),
            row("p6", "350.00", Some(6)),
        ]
    );
    let running: Vec<_> = r
        .beslissingen
        .iter()
        .map(|e| e.lopend_totaal.unwrap().to_string())
        .collect();
    assert_eq!(
        running,
        [
            "250.00", "500.00", "550.00", "650.00", "850.00", "1250.00", "2050.00", "2400.00"
        ]
    );
    let p6 = &r.beslissingen[7].beslissing;
    let cap = p6.plafond.unwrap();
    assert_eq!(
        (cap.ruimte_voor, cap.ruimte_na, cap.ingekort),
        (eur("350.00"), eur("0.00"), true)
    );
    assert_eq!(p6.berekend_bedrag, Some(eur("800.00")));
    let procedure = p6.procedure.unwrap();
    assert_eq!(procedure.beslissen_uiterlijk, Some(d(2023, 6, 5)));
    assert_eq!(procedure.bevoegd_tot_en_met, d(2028, 3, 1));
    assert_eq!(
        r.totalen,
        [BucketStand {
            termijn: Bucket::Initieel,
            plafond: eur("2400.00"),
            totaal: eur("2400.00"),
            ruimte: eur("0.00")
        }]
    );
    assert!(
        r.afwijkingen.is_empty(),
        "p3's recorded € 200 at step 3 is what the rules give"
    );
    assert_eq!(r.stapeling.len(), 1);
    let s = &r.stapeling[0];
    assert_eq!(
        (s.van, s.tot, s.overtreding_ids.len(), s.totaal),
        (d(2022, 2, 8), d(2023, 3, 15), 8, eur("2400.00"))
    );
    assert!(!s.met_duo, "only the college's fines");
}

/// An earlier fine still in bezwaar (grove schuld, 75 %).
/// - pvt-intensiteit (2023-05-08): step 1, € 37,50; besluit 2023-05-22, still opgelegd.
/// - pvt-eindgesprek (2023-08-14), decided 2023-08-28: the earlier fine is in the window but not
///   onherroepelijk → step 1, € 37,50, and the explanation says why. Total 75, room 2.325.
/// - Besluiten 2023-05-22 and 2023-08-28 are 98 days apart → no signal.
#[test]
fn scenario_3_earlier_fine_in_bezwaar() {
    let r = load("eerdere-boete-in-bezwaar.json");
    assert_eq!(
        summary(&r),
        [
            row("pvt-intensiteit", "37.50", Some(1)),
            row("pvt-eindgesprek", "37.50", Some(1))
        ]
    );
    let second = &r.beslissingen[1].beslissing;
    assert!(second.stappen().iter().any(|s| matches!(
        s,
        Stap::EerdereTeltNiet { waarom: NietMeetellend::NietOnherroepelijk, constateringsdatum, .. } if *constateringsdatum == d(2023, 5, 8)
    )));
    assert_eq!(r.beslissingen[1].ruimte, Some(eur("2325.00")));
    assert!(r.stapeling.is_empty());
}

/// A gezinsmigrant in the B1-route.
/// - g1 leerroute intensity: not fineable (Wi 15 lid 2), € 0.
/// - g2 eindgesprek Z-route: not fineable, not in the Z-route, € 0.
/// - g3 voortgangsgesprek, verminderd: step 1, € 50 × 25 % = € 12,50; rapport 2023-09-06 + 91 days
///   = 2023-12-06.
/// - g4 MAP intensity, normaal: g3 is decided on the same peildatum and so not onherroepelijk →
///   step 1, € 25,00. Total 37,50, room 2.362,50.
/// - g3 and g4 both decided on 2023-09-18 → one signal of 2 fines, € 37,50.
#[test]
fn scenario_4_gezinsmigrant() {
    let r = load("gezinsmigrant.json");
    assert_eq!(
        summary(&r),
        [
            row("g1", "0.00", None),
            row("g2", "0.00", None),
            row("g3", "12.50", Some(1)),
            row("g4", "25.00", Some(1))
        ]
    );
    assert_eq!(
        r.beslissingen[0].beslissing.outcome,
        Outcome::GeenBoete(GeenBoeteReden::NietBeboetbaar {
            waarom: NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld
        })
    );
    assert_eq!(
        r.beslissingen[1].beslissing.outcome,
        Outcome::GeenBoete(GeenBoeteReden::NietBeboetbaar {
            waarom: NietBeboetbaar::GeenZRoute
        })
    );
    assert_eq!(
        r.beslissingen[2]
            .beslissing
            .procedure
            .unwrap()
            .beslissen_uiterlijk,
        Some(d(2023, 12, 6))
    );
    assert_eq!(
        r.beslissingen[0].lopend_totaal,
        Some(eur("0.00")),
        "a PIP gedraging, in the initial bucket"
    );
    assert_eq!(r.totalen[0].totaal, eur("37.50"));
    assert_eq!(r.totalen[0].ruimte, eur("2362.50"));
    assert_eq!(r.stapeling.len(), 1);
    assert_eq!(ids(&r.stapeling[0].overtreding_ids), ["g3", "g4"]);
    assert_eq!(r.stapeling[0].totaal, eur("37.50"));
}

/// Samenloop and a lowering for stress.
/// - s1 MAP intensity, bijstand lowered under PW art. 18: no fine (Wi 27).
/// - s2 voortgangsgesprek, opzet: s1 got no fine → step 1, € 50; onherroepelijk 2023-01-03.
/// - s3 leerroute intensity, grove schuld, decided 2023-02-20: s2 counts → step 2, € 100 × 75 %
///   = € 75, lowered to € 30 for stress. Total 80, room 2.320.
/// - Besluiten 2022-11-21 and 2023-02-20 are 91 days apart: just outside the 90-day window.
#[test]
fn scenario_5_samenloop_and_stress() {
    let r = load("samenloop-en-stress.json");
    assert_eq!(
        summary(&r),
        [
            row("s1", "0.00", None),
            row("s2", "50.00", Some(1)),
            row("s3", "30.00", Some(2))
        ]
    );
    assert_eq!(
        r.beslissingen[0].beslissing.outcome,
        Outcome::GeenBoete(GeenBoeteReden::Samenloop)
    );
    let s3 = &r.beslissingen[2].beslissing;
    assert_eq!(s3.berekend_bedrag, Some(eur("75.00")));
    assert!(
        s3.motivering()
            .iter()
            .any(|z| z.contains("ernstige stress"))
    );
    assert_eq!(r.totalen[0].totaal, eur("80.00"));
    assert!(r.stapeling.is_empty());
}

/// A recorded amount that differs from the rules. An overige migrant in the Z-route.
/// - a1 eindgesprek Z-route, normaal: the rules give step 1, € 25; the gemeente imposed € 50.
///   The € 50 counts toward the cap (what was imposed), and the replay reports the difference.
/// - a2 (2022-06-06): a1 onherroepelijk → step 2, € 100 × 50 % = € 50. Total 50 + 50 = 100.
#[test]
fn scenario_6_recorded_amount_differs() {
    let r = load("afwijking-in-eerder-besluit.json");
    assert_eq!(
        summary(&r),
        [row("a1", "25.00", Some(1)), row("a2", "50.00", Some(2))]
    );
    assert_eq!(r.beslissingen[0].telt_mee, eur("50.00"));
    assert_eq!(r.totalen[0].totaal, eur("100.00"));
    // Recorded at step 1, as the rules give: only the amount differs, and it is higher.
    assert_eq!(
        r.afwijkingen,
        [Afwijking {
            overtreding_id: "a1",
            soort: AfwijkingSoort::HogerDanRegels {
                berekend_bedrag: eur("25.00"),
                geregistreerd_bedrag: eur("50.00"),
            },
        }]
    );
    let tekst = r.tekst();
    assert!(
        tekst.contains("Uitkomst: boete van € 50,00 opgelegd (volgens de regels € 25,00)."),
        "{tekst}"
    );
    assert!(
        tekst.contains(
            "- Overtreding a1: opgelegd € 50,00, hoger dan de € 25,00 volgens de regels: laat dit besluit nakijken."
        ),
        "{tekst}"
    );
}

/// Every scenario dossier survives a JSON round trip and replays.
#[test]
fn scenarios_round_trip() {
    let dir = format!("{}/examples/scenarios", env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let dossier: Dossier = serde_json::from_str(&text).unwrap();
        let back: Dossier =
            serde_json::from_str(&serde_json::to_string(&dossier).unwrap()).unwrap();
        assert_eq!(back, dossier);
        replay(&dossier).unwrap();
        count += 1;
    }
    assert!(count >= 9);
}

/// DUO's € 340 and its new term set the gemeente's cap. PIP 2022-03-14 (term up to 2025-03-14).
/// An asielstatushouder: DUO established a persistent lack of willingness to integrate, with its
/// grounds, so the fine is allowed under Union law (Keren).
/// - p1 (2024-06-03), opzet: step 1, € 50, initial bucket.
/// - DUO: PVT unfinished, € 340 (Wi 24 lid 1), besluit 2025-04-15 after the intention of
///   2025-03-17 (react by 2025-04-14); new term of 6 months from 2025-04-16 to 2025-10-15, cap € 400.
/// - n1 (2025-05-05), opzet: p1 onherroepelijk and within twelve months → step 2, € 100.
/// - n2 (2025-07-07), opzet: n1 onherroepelijk (2025-06-23) → step 3, € 200.
/// - n3 (2025-07-14), normaal: n2 is decided on the peildatum, not onherroepelijk; the latest
///   qualifying is n1 → step 3, € 200 × 50 % = € 100 = the room left (400 − 100 − 200). Total 400.
/// - Stacking: DUO 2025-04-15, n1 2025-05-12 (27 days), n2 and n3 2025-07-21 (70 days): one run
///   of 4 fines with DUO, € 340 + 100 + 200 + 100 = € 740. p1 (2024-06-10) is more than 90 days
///   before.
#[test]
fn scenario_7_duo_pvt_and_new_term() {
    let r = load("duo-pvt-nieuwe-termijn.json");
    assert_eq!(
        summary(&r),
        [
            row("p1", "50.00", Some(1)),
            row("n1", "100.00", Some(2)),
            row("n2", "200.00", Some(3)),
            row("n3", "100.00", Some(3))
        ]
    );
    let new_term = Bucket::Nieuw {
        ingangsdatum: d(2025, 4, 16),
        maanden: 6,
    };
    assert_eq!(
        r.beslissingen[3].beslissing.plafond.unwrap().termijn,
        new_term
    );
    assert_eq!(
        r.beslissingen[3].beslissing.plafond.unwrap().ruimte_voor,
        eur("100.00")
    );
    let totals: Vec<_> = r
        .totalen
        .iter()
        .map(|t| (t.termijn, t.totaal, t.ruimte))
        .collect();
    assert_eq!(
        totals,
        [
            (Bucket::Initieel, eur("50.00"), eur("2350.00")),
            (new_term, eur("400.00"), eur("0.00"))
        ]
    );
    assert_eq!(r.duo_beslissingen.len(), 1);
    let duo = &r.duo_beslissingen[0];
    assert_eq!(
        (duo.artikel, duo.bedrag, duo.moment),
        (DuoArtikel::Art24, eur("340.00"), DuoMoment::Eerste)
    );
    assert_eq!(duo.reactie_uiterlijk, Some(d(2025, 4, 14)));
    assert!(!duo.hoorzitting_aangeboden);
    assert_eq!(duo.bevoegd_tot_en_met, Some(d(2028, 3, 15)));
    assert_eq!(duo.datums.brief_uiterlijk, Some(d(2025, 1, 14)));
    assert_eq!(duo.datums.verlenging_aanvragen_vanaf, Some(d(2024, 9, 14)));
    assert_eq!(r.stapeling.len(), 1);
    let s = &r.stapeling[0];
    assert_eq!(ids(&s.overtreding_ids), ["duo-2025", "n1", "n2", "n3"]);
    assert_eq!((s.totaal, s.met_duo), (eur("740.00"), true));
    // The text numbers the college's decisions from 1 and DUO's apart, from 1, and names each
    // gedraging as the law describes it (Wi 23 lid 1 for the college's, Wi 24 lid 1 for DUO's).
    let tekst = r.tekst();
    for regel in [
        "\n1. Overtreding p1: het onvoldoende meewerken aan de begeleiding binnen het PIP \
         (voortgangsgesprekken)\n",
        "\n2. Overtreding n1: het zich niet houden aan de vastgestelde intensiteit van de module \
         Arbeidsmarkt en Participatie\n",
        "\n4. Overtreding n3: het niet verschijnen op het eindgesprek van de module Arbeidsmarkt \
         en Participatie\n",
        "\nDUO 1. Beoordeling duo-2025 (artikel 24 Wet inburgering 2021), besluit op 15 april \
         2025:\n",
    ] {
        assert!(tekst.contains(regel), "{regel}\n{tekst}");
    }
}

/// The leerroute: an extension for aanzienlijke inspanningen, then DUO's table fine. A
/// gezinsmigrant in the B1-route, PIP 2022-01-10 (term up to 2025-01-10).
/// - DUO 2025-02-03: only the leerroute unfinished; examined at A2, 460 hours (≥ 450, Bi 4.4
///   lid 3), two language parts and KNM passed, PVT and MAP done → six months' extension to
///   2025-07-10 (Bi 4.4 lid 1), no fine.
/// - g1 (2025-03-03) lies in the extension: the initial bucket; step 1, normaal, € 25.
/// - DUO 2025-08-04 (besluit 2025-08-18): 80 hours, 1 attempt, 0 passed → band 1 of the
///   illustrative table, € 1.000 > € 340 → hoorzitting; react by 2025-07-14 + 28 = 2025-08-11;
///   the heavy route, lapse after 2030-07-11; new term of 18 months from 2025-08-19 to
///   2027-02-18, gemeente cap € 1.200.
/// - g2 (2025-10-06): g1 onherroepelijk → step 2, € 100 × 50 % = € 50 in the new term.
/// - Stacking: DUO 2025-08-18 and g2 2025-10-20 (63 days): € 1.050; g1 (2025-03-17) is apart.
#[test]
fn scenario_8_duo_leerroute() {
    let r = load("duo-leerroute.json");
    assert_eq!(
        summary(&r),
        [row("g1", "25.00", Some(1)), row("g2", "50.00", Some(2))]
    );
    let initieel = r.termijnen.initieel.unwrap();
    assert_eq!(
        (initieel.begin, initieel.einde),
        (d(2022, 1, 11), d(2025, 7, 10))
    );
    assert_eq!(
        (r.termijnen.nieuw[0].begin, r.termijnen.nieuw[0].einde),
        (d(2025, 8, 19), d(2027, 2, 18))
    );
    let totals: Vec<_> = r
        .totalen
        .iter()
        .map(|t| (t.termijn, t.plafond, t.totaal))
        .collect();
    assert_eq!(
        totals,
        [
            (Bucket::Initieel, eur("2400.00"), eur("25.00")),
            (
                Bucket::Nieuw {
                    ingangsdatum: d(2025, 8, 19),
                    maanden: 18
                },
                eur("1200.00"),
                eur("50.00")
            )
        ]
    );
    let [ext, fine] = &r.duo_beslissingen[..] else {
        panic!("two DUO decisions")
    };
    assert_eq!(
        ext.uitkomst,
        DuoUitkomst::Verlenging {
            grond: VerlengingsGrond::AanzienlijkeInspanningen,
            tot: d(2025, 7, 10)
        }
    );
    assert_eq!(fine.artikel, DuoArtikel::Art25);
    assert_eq!((fine.bedrag, fine.tabel_band), (eur("1000.00"), Some(1)));
    assert!(fine.hoorzitting_aangeboden);
    assert_eq!(fine.reactie_uiterlijk, Some(d(2025, 8, 11)));
    assert_eq!(fine.route, Route::Zwaar);
    assert_eq!(fine.bevoegd_tot_en_met, Some(d(2030, 7, 11)));
    assert!(
        fine.stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt25Lid2)
    );
    assert_eq!(r.stapeling.len(), 1);
    assert_eq!(
        ids(&r.stapeling[0].overtreding_ids),
        ["duo-leerroute", "g2"]
    );
    assert_eq!(r.stapeling[0].totaal, eur("1050.00"));
    let tekst = r.tekst();
    assert!(
        tekst.contains("dus biedt DUO u een hoorzitting aan, ook per telefoon")
            && tekst.contains("samen € 1.050,00, ook van DUO; beoordeel"),
        "{tekst}"
    );
}

/// Union law for an asielstatushouder (Keren): DUO's assessment records no proven and persistent
/// lack of willingness to integrate. PIP 2022-03-14, term up to and including 2025-03-14.
/// - DUO 2025-04-01 (besluit 2025-04-15): PVT and leerroute unfinished, verwijtbaar, no ground for
///   an extension → for both articles no fine and no new term, each with art. 34 of Richtlijn
///   2011/95/EU, the Court's judgment and the Afdeling's ruling.
/// - p1 (2024-11-04): step 1, normaal, € 25, in the initial term; the college's fine is
///   unaffected.
#[test]
fn scenario_9_union_law_for_an_asielstatushouder() {
    let r = load("duo-unierecht-asielstatushouder.json");
    assert_eq!(summary(&r), [row("p1", "25.00", Some(1))]);
    assert_eq!(r.duo_beslissingen.len(), 2);
    for d in &r.duo_beslissingen {
        assert_eq!(
            d.uitkomst,
            DuoUitkomst::GeenBoete {
                reden: DuoGeenBoeteReden::Unierecht
            }
        );
        assert_eq!(d.bedrag, eur("0.00"));
        let links: Vec<String> = d
            .stappen()
            .iter()
            .map(|s| s.artikel().link().to_string())
            .collect();
        for link in [
            "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32011L0095",
            "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:62023CJ0158",
            "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2025:3087",
        ] {
            assert!(links.iter().any(|l| l == link), "{link} in {links:?}");
        }
    }
    assert!(r.termijnen.nieuw.is_empty(), "no fine, so no new term");
    assert_eq!(r.totalen.len(), 1);
}
