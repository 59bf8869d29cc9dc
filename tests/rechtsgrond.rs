//! The legal basis of every step, per kind of fine: which article a lowering rests on (Awb 5:46
//! lid 3 for every fine; Bi 7.1 lid 6 beside it only for the brede-intake fine, Bi 7.2 lid 3 only
//! for DUO's € 340) and the procedure (Awb 5:53 lid 1; on the heavier route the rapport on lid 2
//! and the zienswijze on lid 3; on the lighter one afdeling 4.1.2).

mod common;
use common::*;
use proptest::prelude::*;
use serde_json::json;
use wi2021_boetes::*;

use Artikel::*;

/// The 2nd brede-intake oproep, missed on 2022-02-01 (no PIP yet), lowered from € 250 to € 100.
/// The steps, in the law's order: the fine the law obliges (Wi 22 lid 1), verwijtbaar (Awb
/// 5:41), the lighter procedure (Awb 5:53 lid 1: at most € 250, so 5:53 does not apply; the
/// zienswijze under afdeling 4.1.2), the day it took place and the three-year lapse (Awb 5:45
/// lid 2), € 250 (Bi 7.1 lid 1), who proves bijzondere omstandigheden (Bi 7.1 lid 6) and the
/// lowering (Awb 5:46 lid 3), the cap and its room (Bi 7.1 lid 5), the new term (Wi 22 lid 2),
/// the fine (Wi 22 lid 1).
#[test]
fn brede_intake_fine() {
    let r = replay_json(json!({
        "id": "bi", "peildatum": "2022-02-10", "doelgroep": "gezinsmigrant",
        "overtredingen": [{
            "id": "b2", "gedraging": "niet_verschijnen_brede_intake", "oproep": 2,
            "constateringsdatum": "2022-02-01", "verwijtbaarheid": "normaal",
            "verlaging": { "bedrag": "100.00", "reden": "schulden" }
        }]
    }))
    .unwrap();
    let b = &r.beslissingen[0].beslissing;
    assert_eq!(b.bedrag, eur("100.00"));
    assert_eq!(
        artikelen(&b.stappen()),
        [
            WiArt22Lid1,
            AwbArt5_41,
            AwbArt5_53Lid1,
            AwbAfdeling4_1_2,
            AwbArt5_45Lid2,
            AwbArt5_45Lid2,
            BiArt7_1Lid1,
            BiArt7_1Lid6,
            AwbArt5_46Lid3,
            BiArt7_1Lid5,
            BiArt7_1Lid5,
            WiArt22Lid2,
            WiArt22Lid1,
        ]
    );
    let zinnen: Vec<String> = b.stappen()[2..4]
        .iter()
        .map(|s| s.zin().to_string())
        .collect();
    assert_eq!(
        zinnen,
        [
            "Deze boete is ten hoogste € 250,00, dus artikel 5:53 geldt niet en een rapport is \
             niet verplicht (artikel 5:53, eerste lid, van de Algemene wet bestuursrecht).",
            "Of u eerst uw zienswijze mag geven, volgt uit de algemene regels over het horen van \
             belanghebbenden (afdeling 4.1.2 van de Algemene wet bestuursrecht)."
        ]
    );
    let procedure = b.procedure.unwrap();
    assert!(!procedure.rapport_verplicht && !procedure.zienswijze_verplicht);
}

/// A PIP fine (step 1, grove schuld: € 37,50) with a rapport of 2023-05-10, lowered to € 20.
/// The heavier procedure (Awb 5:53 lid 1: up to € 800), the rapport (lid 2) and the zienswijze
/// (lid 3); the five-year lapse (Awb 5:45 lid 1); the decision deadline (Awb 5:51 lid 1); the
/// lowering on Awb 5:46 lid 3 alone: Bi 7.1 lid 6 speaks only of the fine of lid 1.
#[test]
fn pip_fine() {
    let r = replay_json(json!({
        "id": "pip", "peildatum": "2023-05-20", "doelgroep": "asielstatushouder",
        "leerroute": "b1_route", "termijnen": { "pip_dagtekening": "2023-01-16" },
        "overtredingen": [{
            "id": "p", "gedraging": "onvoldoende_meewerken_begeleiding",
            "constateringsdatum": "2023-05-08", "verwijtbaarheid": "grove_schuld",
            "rapportdatum": "2023-05-10",
            "verlaging": { "bedrag": "20.00", "reden": "ziekte van een kind" }
        }]
    }))
    .unwrap();
    let b = &r.beslissingen[0].beslissing;
    assert_eq!(
        (b.berekend_bedrag, b.bedrag),
        (Some(eur("37.50")), eur("20.00"))
    );
    assert_eq!(
        artikelen(&b.stappen()),
        [
            WiArt23Lid1,
            BiArt7_1Lid4,
            AwbArt5_53Lid1,
            AwbArt5_53Lid2,
            AwbArt5_53Lid3,
            AwbArt5_45Lid1,
            AwbArt5_45Lid1,
            AwbArt5_51Lid1,
            BiArt7_1Lid2,
            BiArt7_1Lid4,
            AwbArt5_46Lid3,
            BiArt7_1Lid5,
            BiArt7_1Lid5,
            WiArt23Lid1,
        ]
    );
    let zinnen: Vec<String> = b.stappen()[2..5]
        .iter()
        .map(|s| s.zin().to_string())
        .collect();
    assert_eq!(
        zinnen,
        [
            "Deze boete kan hoger zijn dan € 340,00, tot € 800,00, dus gelden de extra regels van \
             artikel 5:53 (artikel 5:53, eerste lid, van de Algemene wet bestuursrecht).",
            "Van deze overtreding is op 10 mei 2023 het verplichte rapport opgemaakt (artikel \
             5:53, tweede lid, van de Algemene wet bestuursrecht).",
            "U mag altijd eerst uw zienswijze geven: uw reactie op de voorgenomen boete (artikel \
             5:53, derde lid, van de Algemene wet bestuursrecht)."
        ]
    );
    let procedure = b.procedure.unwrap();
    assert!(procedure.rapport_verplicht && procedure.zienswijze_verplicht);
}

/// The DUO dossier below: PIP 2022-03-14, the term up to and including 2025-03-14, assessed on
/// 2025-04-01 for a gezinsmigrant in the B1-route (so Union law for asielstatushouders plays no
/// part), with the table of `tests/data`.
fn duo(onafgerond: serde_json::Value, lowerings: serde_json::Value) -> DossierUitkomst<'static> {
    let tabellen: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/tests/data/illustratieve-tabellen.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    let mut beoordeling = json!({
        "id": "duo", "beoordelingsdatum": "2025-04-01", "onafgerond": onafgerond,
        "verwijtbaarheid": "normaal", "nieuwe_termijn_maanden": 12,
        "leerroute_inspanning": { "uren": 10, "examenpogingen": 0, "examens_behaald": 0 }
    });
    for (key, value) in lowerings.as_object().unwrap() {
        beoordeling[key] = value.clone();
    }
    replay_json(json!({
        "id": "duo", "peildatum": "2025-04-01", "doelgroep": "gezinsmigrant",
        "leerroute": "b1_route", "termijnen": { "pip_dagtekening": "2022-03-14" },
        "duo_beoordelingen": [beoordeling], "leerroute_tabellen": tabellen
    }))
    .unwrap()
}

/// DUO's € 340 (Wi 24, Bi 7.2 lid 1), lowered to € 200: on Awb 5:46 lid 3, with Bi 7.2 lid 3
/// before it. The lighter procedure, as for the brede intake.
#[test]
fn duo_pvt_fine() {
    let r = duo(
        json!({ "pvt": true }),
        json!({ "verlaging_pvt_map": { "bedrag": "200.00", "reden": "schulden" } }),
    );
    let d = &r.duo_beslissingen[0];
    assert_eq!(d.bedrag, eur("200.00"));
    assert_eq!(
        artikelen(d.stappen()),
        [
            WiArt24Lid1,
            WiArt24Lid1,
            AwbArt5_41,
            AwbArt5_53Lid1,
            AwbAfdeling4_1_2,
            AwbArt5_45Lid2,
            AwbArt5_45Lid2,
            BiArt7_2Lid1,
            BiArt7_2Lid3,
            AwbArt5_46Lid3,
            WiArt24Lid1,
            WiArt24Lid2,
            BiArt7_1Lid5,
        ]
    );
    assert_eq!(
        d.stappen()[8].zin().to_string(),
        "U moet bijzondere omstandigheden zelf aanvoeren, maar DUO houdt ook rekening met wat DUO \
         al weet (artikel 7.2, derde lid, van het Besluit inburgering 2021)."
    );
}

/// DUO's leerroute fine (Wi 25, Bi 7.2 lid 2: 10 hours, no attempts → band 1, € 1.000), lowered
/// to € 300: on Awb 5:46 lid 3 alone (Bi 7.2 lid 3 speaks only of the fine of lid 1). The
/// heavier procedure: up to € 1.000, a rapport (lid 2), a zienswijze (lid 3); the hoorzitting
/// turns on the voorgenomen € 1.000 and rests on lid 3 too.
#[test]
fn duo_leerroute_fine() {
    let r = duo(
        json!({ "leerroute": true }),
        json!({ "verlaging_leerroute": { "bedrag": "300.00", "reden": "mantelzorg" } }),
    );
    let d = &r.duo_beslissingen[0];
    assert_eq!(
        (d.berekend_bedrag, d.bedrag),
        (Some(eur("1000.00")), eur("300.00"))
    );
    assert_eq!(
        artikelen(d.stappen()),
        [
            WiArt25Lid1,
            WiArt25Lid1,
            AwbArt5_41,
            AwbArt5_53Lid1,
            AwbArt5_53Lid2,
            AwbArt5_53Lid3,
            AwbArt5_45Lid1,
            AwbArt5_45Lid1,
            BiArt7_2Lid2,
            BiArt7_2Lid2,
            AwbArt5_46Lid3,
            AwbArt5_53Lid3,
            WiArt25Lid1,
            WiArt25Lid2,
            BiArt7_1Lid5,
        ]
    );
    assert_eq!(
        d.stappen()[4].zin().to_string(),
        "Van deze overtreding moet altijd een rapport worden opgemaakt (artikel 5:53, tweede lid, \
         van de Algemene wet bestuursrecht)."
    );
}

/// The links of the citations new to the crate, as the law texts number them.
#[test]
fn links() {
    for (artikel, url) in [
        (
            AwbArt5_53Lid2,
            "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=5:53&lid=2",
        ),
        (
            AwbArt5_53Lid3,
            "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=5:53&lid=3",
        ),
        (
            AwbAfdeling4_1_2,
            "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&hoofdstuk=4&titeldeel=4.1&afdeling=4.1.2",
        ),
        (
            BiArt7_1Lid6,
            "https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=7.1&lid=6",
        ),
        (
            BiArt7_2Lid3,
            "https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=7.2&lid=3",
        ),
        (
            RichtlijnArt34,
            "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32011L0095",
        ),
        (
            HvjKeren,
            "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:62023CJ0158",
        ),
        (
            RvsKeren,
            "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2025:3087",
        ),
    ] {
        assert_eq!(link(artikel), url);
    }
    assert_eq!(
        AwbAfdeling4_1_2.bron().to_string(),
        "afdeling 4.1.2 van de Algemene wet bestuursrecht"
    );
    assert_eq!(
        HvjKeren.bron().to_string(),
        "Hof van Justitie van de Europese Unie 4 februari 2025, C-158/23, ECLI:EU:C:2025:52"
    );
}

const GEDRAGINGEN: [&str; 9] = [
    "niet_verschijnen_brede_intake",
    "niet_meewerken_brede_intake",
    "onvoldoende_meewerken_begeleiding",
    "intensiteit_pvt",
    "eindgesprek_pvt",
    "intensiteit_map",
    "eindgesprek_map",
    "intensiteit_leerroute",
    "eindgesprek_z_route",
];

prop_compose! {
    /// A dossier with a PIP of 2022-06-01, brede-intake oproepen before it and PIP overtredingen
    /// after it, many of them lowered, and a DUO assessment with lowerings for both articles.
    fn dossier_met_verlagingen()(
        events in prop::collection::vec(
            (0usize..9, 0i64..900, 0usize..4, prop::option::weighted(0.6, 0i64..=5_000)),
            1..12,
        ),
        doelgroep in prop::sample::select(vec!["asielstatushouder", "gezinsmigrant", "overige_migrant"]),
        leerroute in prop::sample::select(vec!["b1_route", "onderwijsroute", "zelfredzaamheidsroute"]),
        duo in any::<(bool, bool, bool)>(),
        lager in (0i64..=34_000, 0i64..=50_000),
    ) -> serde_json::Value {
        let pip = d(2022, 6, 1);
        let overtredingen: Vec<_> = events.iter().enumerate().map(|(i, &(g, dag, v, lager))| {
            let intake = g < 2;
            let datum = if intake {
                pip - chrono::Days::new((dag % 120) as u64)
            } else {
                pip + chrono::Days::new(1 + dag as u64)
            };
            let verwijtbaarheid = ["opzet", "grove_schuld", "normaal", "verminderd"][v];
            let mut o = json!({
                "id": format!("o{i}"), "gedraging": GEDRAGINGEN[g],
                "constateringsdatum": datum.to_string(),
                "verwijtbaarheid": verwijtbaarheid,
            });
            if intake {
                o["oproep"] = json!(2 + (dag % 2));
            }
            if let Some(c) = lager {
                // At most € 50 × 25 %: below what the rules give for any fine here.
                o["verlaging"] = json!({ "bedrag": format!("{}.{:02}", c / 1000, c % 100 / 10), "reden": "r" });
            }
            o
        }).collect();
        let (pvt, map, lr) = duo;
        json!({
            "id": "prop", "peildatum": "2025-08-01", "doelgroep": doelgroep, "leerroute": leerroute,
            "termijnen": { "pip_dagtekening": pip.to_string() },
            "overtredingen": overtredingen,
            "duo_beoordelingen": [{
                "id": "duo", "beoordelingsdatum": "2025-06-10",
                "onafgerond": { "pvt": pvt, "map": map, "leerroute": lr },
                "verwijtbaarheid": "normaal", "nieuwe_termijn_maanden": 12,
                "leerroute_inspanning": { "uren": 10, "examenpogingen": 0, "examens_behaald": 0 },
                "aanhoudend_gebrek_aan_integratiebereidheid": "gronden",
                "verlaging_pvt_map": { "bedrag": format!("{}.{:02}", lager.0 / 100, lager.0 % 100), "reden": "r" },
                "verlaging_leerroute": { "bedrag": format!("{}.{:02}", lager.1 / 100 % 300, lager.1 % 100), "reden": "r" }
            }],
            "leerroute_tabellen": {
                "bron": "t",
                "b1_route": [{ "uren": { "van": 0 }, "examenpogingen": { "van": 0 }, "examens_behaald": { "van": 0 }, "bedrag": "500.00" }],
                "onderwijsroute": [{ "uren": { "van": 0 }, "examenpogingen": { "van": 0 }, "examens_behaald": { "van": 0 }, "bedrag": "500.00" }],
                "zelfredzaamheidsroute": [{ "uren": { "van": 0 }, "examenpogingen": { "van": 0 }, "examens_behaald": { "van": 0 }, "bedrag": "500.00" }]
            }
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// No decision cites Bi 7.1 lid 6 but a brede-intake fine that was lowered, nor Bi 7.2 lid 3
    /// but DUO's lowered € 340; every lowering cites Awb 5:46 lid 3, right after those.
    #[test]
    fn lowering_citations(json in dossier_met_verlagingen()) {
        let r = replay_json(json).unwrap();
        for entry in &r.beslissingen {
            let b = &entry.beslissing;
            let a = artikelen(&b.stappen());
            let lid6 = a.iter().filter(|x| **x == BiArt7_1Lid6).count();
            let verlaagd = b.stappen().iter().position(|s| matches!(s, Stap::Verlaagd { .. }));
            let brede_intake = matches!(
                b.gedraging,
                Gedraging::NietVerschijnenBredeIntake | Gedraging::NietMeewerkenBredeIntake
            );
            prop_assert_eq!(lid6, usize::from(brede_intake && verlaagd.is_some()), "{:?}", a);
            prop_assert!(!a.contains(&BiArt7_2Lid3));
            if let Some(i) = verlaagd {
                prop_assert_eq!(a[i], AwbArt5_46Lid3);
                if brede_intake {
                    prop_assert_eq!(a[i - 1], BiArt7_1Lid6);
                }
            }
        }
        for d in &r.duo_beslissingen {
            let a = artikelen(d.stappen());
            prop_assert!(!a.contains(&BiArt7_1Lid6));
            let lid3 = a.iter().filter(|x| **x == BiArt7_2Lid3).count();
            let verlaagd = d.stappen().iter().position(|s| matches!(s, Stap::Verlaagd { .. }));
            prop_assert_eq!(lid3, usize::from(d.artikel == DuoArtikel::Art24 && verlaagd.is_some()));
            if let Some(i) = verlaagd {
                prop_assert_eq!(a[i], AwbArt5_46Lid3);
            }
        }
    }
}
