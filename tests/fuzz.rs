//! Fuzzing the JSON entry point and the public API: arbitrary bytes, arbitrary JSON, and
//! arbitrary but well-typed dossiers. Never a panic: always an outcome or a typed error.
//!
//! The number of cases per target comes from `WI2021_FUZZ_CASES` (default 4,000: three targets,
//! 12,000 cases, the quick run in `.ci/run`). The long run, about 1,200,000 cases:
//!
//! ```text
//! WI2021_FUZZ_CASES=400000 cargo test --release --test fuzz
//! ```

#[path = "../examples/dossier.rs"]
#[allow(dead_code)]
mod entry;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use wi2021_boetes::*;

fn cases() -> u32 {
    std::env::var("WI2021_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The keys and enum names of the format, so arbitrary JSON often gets past the first field.
const WORDS: &[&str] = &[
    "id",
    "peildatum",
    "doelgroep",
    "leerroute",
    "termijnen",
    "pip_dagtekening",
    "verlengingen",
    "nieuwe_einddatum",
    "nieuwe_termijnen",
    "ingangsdatum",
    "maanden",
    "overtredingen",
    "gedraging",
    "constateringsdatum",
    "pleegdatum",
    "verwijtbaarheid",
    "samenloop",
    "verlaging",
    "bedrag",
    "reden",
    "oproep",
    "rapportdatum",
    "besluiten",
    "overtreding_id",
    "besluitdatum",
    "status",
    "sinds",
    "opgelegd",
    "onherroepelijk",
    "herroepen",
    "asielstatushouder",
    "gezinsmigrant",
    "b1_route",
    "opzet",
    "geen",
    "onvoldoende_meewerken_begeleiding",
    "niet_verschijnen_brede_intake",
    "2023-05-02",
    "2024-02-29",
    "2023-02-30",
    "25.00",
    "-1",
    "1e400",
    "duo_beoordelingen",
    "onafgerond",
    "pvt",
    "leerroute_tabellen",
    "stapeling",
    "venster_dagen",
    "config",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        any::<u64>().prop_map(|n| Value::Number(n.into())),
        prop::sample::select(WORDS).prop_map(|w| Value::String(w.to_owned())),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(WORDS), inner), 0..8).prop_map(|pairs| {
                Value::Object(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

fn date() -> impl Strategy<Value = NaiveDate> {
    // 1990 … 2230: inside and outside the accepted range.
    (0u64..88_000).prop_map(|n| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(n))
}

fn near_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..3_000).prop_map(|n| NaiveDate::from_ymd_opt(2021, 6, 1).unwrap() + Days::new(n))
}

fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i64..200_000).prop_map(|c| Decimal::new(c, 2)),
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

fn overtreding() -> impl Strategy<Value = Overtreding> {
    (
        (
            0usize..13,
            prop_oneof![near_date(), date()],
            prop::option::of(near_date()),
        ),
        (
            0usize..5,
            prop::option::weighted(0.1, any::<bool>()),
            prop::option::weighted(0.2, amount()),
        ),
        (
            prop::option::of(0u8..6),
            prop::option::of(near_date()),
            0u8..40,
        ),
    )
        .prop_map(
            |((g, c, p), (v, s, l), (oproep, rapport, id))| Overtreding {
                id: format!("o{id}").into(),
                gedraging: Gedraging::ALL[g],
                constateringsdatum: c,
                pleegdatum: p,
                verwijtbaarheid: Verwijtbaarheid::ALL[v],
                samenloop: s.map(|b| {
                    if b {
                        PwVerlaging::Artikel18
                    } else {
                        PwVerlaging::Artikel18b
                    }
                }),
                verlaging: l.map(|bedrag| Verlaging {
                    bedrag,
                    reden: "r".into(),
                }),
                oproep,
                rapportdatum: rapport,
            },
        )
}

fn besluit() -> impl Strategy<Value = GenomenBesluit> {
    (
        0u8..40,
        near_date(),
        prop::option::of(amount()),
        prop::option::of(0u32..8),
        0u8..3,
        near_date(),
    )
        .prop_map(|(id, d, bedrag, stap, kind, sinds)| GenomenBesluit {
            overtreding_id: format!("o{id}").into(),
            besluitdatum: d,
            bedrag,
            ladder_stap: stap,
            status: match kind {
                0 => BoeteStatus::Opgelegd,
                1 => BoeteStatus::Onherroepelijk { sinds },
                _ => BoeteStatus::Herroepen,
            },
        })
}

fn band() -> impl Strategy<Value = Band> {
    let bereik =
        (0u32..500, prop::option::of(0u32..800)).prop_map(|(van, tot)| Bereik { van, tot });
    (bereik.clone(), bereik.clone(), bereik, amount()).prop_map(
        |(uren, examenpogingen, examens_behaald, bedrag)| Band {
            uren,
            examenpogingen,
            examens_behaald,
            bedrag,
        },
    )
}

fn beoordeling() -> impl Strategy<Value = DuoBeoordeling> {
    (
        (
            0u8..4,
            near_date(),
            prop::option::of(near_date()),
            any::<(bool, bool, bool)>(),
            0usize..5,
        ),
        (
            prop::option::of((0u32..900, 0u32..9, 0u32..6)),
            any::<bool>(),
            prop::option::of(amount()),
        ),
        (
            prop::option::of(0u32..30),
            prop::option::of(near_date()),
            prop::option::of(near_date()),
        ),
    )
        .prop_map(
            |(
                (id, d, b, (pvt, map, leerroute), v),
                (insp, vergunning, lager),
                (maanden, verlenging, voornemen),
            )| {
                DuoBeoordeling {
                    id: format!("duo{id}").into(),
                    beoordelingsdatum: d,
                    besluitdatum: b,
                    onafgerond: Onafgerond {
                        pvt,
                        map,
                        leerroute,
                    },
                    verwijtbaarheid: Verwijtbaarheid::ALL[v],
                    inspanningen: None,
                    leerroute_inspanning: insp.map(|(uren, examenpogingen, examens_behaald)| {
                        LeerrouteInspanning {
                            uren,
                            examenpogingen,
                            examens_behaald,
                        }
                    }),
                    verblijfsvergunning_beeindigd: vergunning,
                    verlaging_pvt_map: lager.map(|bedrag| Verlaging {
                        bedrag,
                        reden: "r".into(),
                    }),
                    verlaging_leerroute: None,
                    nieuwe_termijn_maanden: maanden,
                    nieuwe_termijn_ingangsdatum: None,
                    verlenging_tot: verlenging,
                    voornemen_datum: voornemen,
                    aanhoudend_gebrek_aan_integratiebereidheid: (id % 3 == 0)
                        .then(|| ["gronden", "", " "][usize::from(id) % 3].into()),
                }
            },
        )
}

fn dossier() -> impl Strategy<Value = Dossier> {
    (
        (
            prop_oneof![near_date(), date()],
            0usize..3,
            prop::option::of(0usize..3),
            prop::option::of(near_date()),
        ),
        (
            prop::collection::vec(
                near_date().prop_map(|d| Verlenging {
                    nieuwe_einddatum: d,
                }),
                0..2,
            ),
            prop::collection::vec((near_date(), 0u32..30), 0..3),
        ),
        (
            prop::collection::vec(overtreding(), 0..12),
            prop::collection::vec(besluit(), 0..6),
        ),
        (
            prop::collection::vec(beoordeling(), 0..3),
            prop::option::weighted(0.5, prop::collection::vec(band(), 1..4)),
        ),
        (0u32..400, 0u32..5),
    )
        .prop_map(
            |(
                (peildatum, doelgroep, leerroute, pip),
                (verlengingen, nieuw),
                (overtredingen, besluiten),
                (duo, bands),
                (venster, minimum),
            )| {
                Dossier {
                    id: "fuzz".into(),
                    peildatum,
                    doelgroep: [
                        Doelgroep::Asielstatushouder,
                        Doelgroep::Gezinsmigrant,
                        Doelgroep::OverigeMigrant,
                    ][doelgroep],
                    leerroute: leerroute.map(|i| {
                        [
                            Leerroute::B1Route,
                            Leerroute::Onderwijsroute,
                            Leerroute::Zelfredzaamheidsroute,
                        ][i]
                    }),
                    termijnen: TermijnHistorie {
                        pip_dagtekening: pip,
                        verlengingen,
                        nieuwe_termijnen: nieuw
                            .into_iter()
                            .map(|(ingangsdatum, maanden)| NieuweTermijn {
                                ingangsdatum,
                                maanden,
                                verlengd_tot: None,
                            })
                            .collect(),
                    },
                    overtredingen,
                    besluiten,
                    duo_beoordelingen: duo,
                    leerroute_tabellen: bands.map(|b| LeerrouteTabellen {
                        bron: "fuzz".into(),
                        b1_route: RouteTabel::Alle(b.clone()),
                        onderwijsroute: RouteTabel::PerDoelgroep(TabelPerDoelgroep {
                            asielstatushouder: b.clone(),
                            gezins_en_overige_migrant: b.clone(),
                        }),
                        zelfredzaamheidsroute: RouteTabel::Alle(b),
                    }),
                    config: Config::default(),
                    stapeling: StapelingConfig {
                        venster_dagen: venster,
                        minimum_boetes: minimum,
                    },
                }
            },
        )
}

/// A coherent dossier: valid terms, overtredingen inside them (brede intake before the PIP),
/// unique ids, besluiten on existing overtredingen, an assessment after the term: so the cases
/// reach the legal outcomes, not only the input errors.
fn coherent_dossier() -> impl Strategy<Value = Dossier> {
    let event = (
        0u64..1200,
        0usize..13,
        0usize..5,
        0u8..10,
        1u8..=3,
        prop::option::weighted(
            0.5,
            (
                0u64..60,
                0u8..3,
                0u64..90,
                prop::option::weighted(0.3, (0i64..=80_000, 1u32..7)),
            ),
        ),
    );
    (
        (
            0u64..700,
            0usize..3,
            0usize..3,
            prop::option::weighted(0.3, prop::sample::select(vec![6u32, 12, 18, 24])),
        ),
        prop::collection::vec(event, 0..14),
        (
            prop::option::weighted(
                0.3,
                (0u64..200, any::<(bool, bool, bool)>(), 0usize..5, 0u32..500),
            ),
            any::<bool>(),
        ),
    )
        .prop_map(
            |((pip_offset, doelgroep, leerroute, new_term), events, (duo, table))| {
                // The Wi 2021 applies from 2022: the brede intake 90 days before the PIP at the
                // earliest lies in it.
                let pip = NaiveDate::from_ymd_opt(2022, 4, 1).unwrap() + Days::new(pip_offset);
                let term_end = wi2021_boetes::termijn::last_day(pip + Days::new(1), 36).unwrap();
                let mut overtredingen = Vec::new();
                let mut besluiten = Vec::new();
                let mut peildatum = term_end;
                for (i, (day, g, v, extra, oproep, besluit)) in events.into_iter().enumerate() {
                    let date = (pip - Days::new(90)) + Days::new(day);
                    let before_pip = date <= pip;
                    // The brede intake before the PIP, the other gedragingen after it.
                    let gedraging = if before_pip {
                        Gedraging::ALL[g % 2]
                    } else {
                        Gedraging::ALL[2 + g % 11]
                    };
                    let id: Id = format!("o{i}").into();
                    overtredingen.push(Overtreding {
                        id: id.clone(),
                        gedraging,
                        constateringsdatum: date,
                        pleegdatum: (extra == 1).then(|| date - Days::new(3)),
                        verwijtbaarheid: Verwijtbaarheid::ALL[v],
                        samenloop: (extra == 2).then_some(PwVerlaging::Artikel18),
                        verlaging: (extra == 3).then(|| Verlaging {
                            bedrag: Decimal::new(1250, 2),
                            reden: "stress".into(),
                        }),
                        oproep: gedraging
                            .regime()
                            .eq(&Regime::BredeIntake)
                            .then_some(oproep),
                        rapportdatum: (extra == 4).then(|| date + Days::new(2)),
                    });
                    if let Some((delay, kind, sinds, recorded)) = besluit {
                        let besluitdatum = date + Days::new(delay);
                        peildatum = peildatum.max(besluitdatum);
                        besluiten.push(GenomenBesluit {
                            overtreding_id: id,
                            besluitdatum,
                            // Within the fine's statutory maximum; a step only on a PIP fine.
                            bedrag: recorded.map(|(c, _)| {
                                let maximum = gedraging
                                    .regime()
                                    .statutory_maximum()
                                    .map_or(c, |m| (m * Decimal::ONE_HUNDRED).try_into().unwrap());
                                Decimal::new(c.min(maximum), 2)
                            }),
                            ladder_stap: recorded
                                .filter(|_| gedraging.regime() == Regime::PipLadder)
                                .map(|(_, s)| s),
                            status: match kind {
                                0 => BoeteStatus::Opgelegd,
                                1 => BoeteStatus::Onherroepelijk {
                                    sinds: besluitdatum + Days::new(sinds),
                                },
                                _ => BoeteStatus::Herroepen,
                            },
                        });
                    }
                    peildatum = peildatum.max(date);
                }
                // A new term comes either from the dossier's terms or from DUO's assessment.
                let new_term = new_term.filter(|_| duo.is_none());
                let nieuwe_termijnen = new_term
                    .map(|maanden| NieuweTermijn {
                        ingangsdatum: term_end + Days::new(30),
                        maanden,
                        verlengd_tot: None,
                    })
                    .into_iter()
                    .collect();
                let duo_beoordelingen = duo
                    .map(|(delay, (pvt, map, leerroute), v, uren)| DuoBeoordeling {
                        id: "duo".into(),
                        beoordelingsdatum: term_end + Days::new(1 + delay),
                        besluitdatum: None,
                        onafgerond: Onafgerond {
                            pvt,
                            map,
                            leerroute,
                        },
                        verwijtbaarheid: Verwijtbaarheid::ALL[v],
                        inspanningen: None,
                        leerroute_inspanning: Some(LeerrouteInspanning {
                            uren,
                            examenpogingen: 1,
                            examens_behaald: 0,
                        }),
                        verblijfsvergunning_beeindigd: false,
                        verlaging_pvt_map: None,
                        verlaging_leerroute: None,
                        nieuwe_termijn_maanden: Some(12),
                        nieuwe_termijn_ingangsdatum: None,
                        // Not verwijtbaar: DUO extends, with the new last day.
                        verlenging_tot: (v == 0).then(|| term_end + Days::new(180 + delay)),
                        voornemen_datum: None,
                        aanhoudend_gebrek_aan_integratiebereidheid: (uren % 2 == 0)
                            .then(|| "gronden".into()),
                    })
                    .into_iter()
                    .collect();
                let band = |van: u32, tot: Option<u32>, bedrag: i64| Band {
                    uren: Bereik { van, tot },
                    examenpogingen: Bereik { van: 0, tot: None },
                    examens_behaald: Bereik { van: 0, tot: None },
                    bedrag: Decimal::new(bedrag, 0),
                };
                let bands = vec![band(0, Some(200), 900), band(200, None, 300)];
                Dossier {
                    id: "coherent".into(),
                    peildatum: peildatum + Days::new(7),
                    doelgroep: [
                        Doelgroep::Asielstatushouder,
                        Doelgroep::Gezinsmigrant,
                        Doelgroep::OverigeMigrant,
                    ][doelgroep],
                    leerroute: Some(
                        [
                            Leerroute::B1Route,
                            Leerroute::Onderwijsroute,
                            Leerroute::Zelfredzaamheidsroute,
                        ][leerroute],
                    ),
                    termijnen: TermijnHistorie {
                        pip_dagtekening: Some(pip),
                        verlengingen: vec![],
                        nieuwe_termijnen,
                    },
                    overtredingen,
                    besluiten,
                    duo_beoordelingen,
                    leerroute_tabellen: table.then(|| LeerrouteTabellen {
                        bron: "fuzz".into(),
                        b1_route: RouteTabel::Alle(bands.clone()),
                        onderwijsroute: RouteTabel::Alle(bands.clone()),
                        zelfredzaamheidsroute: RouteTabel::Alle(bands),
                    }),
                    config: Config::default(),
                    stapeling: StapelingConfig::default(),
                }
            },
        )
}

/// What every successful outcome must satisfy, whatever the input.
fn check_outcome(result: &DossierUitkomst) -> Result<(), TestCaseError> {
    for entry in &result.beslissingen {
        let b = &entry.beslissing;
        prop_assert!(
            b.bedrag >= Decimal::ZERO && b.bedrag <= euro(800),
            "{}",
            b.bedrag
        );
        prop_assert_eq!(b.is_boete(), b.bedrag > Decimal::ZERO);
        if let Some(cap) = b.plafond {
            prop_assert!(b.bedrag <= cap.room_before);
        }
        for step in &b.stappen {
            prop_assert!(!step.zin().is_empty());
        }
    }
    for d in &result.duo_beslissingen {
        prop_assert!(
            d.bedrag >= Decimal::ZERO && d.bedrag <= euro(1000),
            "{}",
            d.bedrag
        );
    }
    let json = serde_json::to_string(result).map_err(|e| TestCaseError::fail(e.to_string()))?;
    serde_json::from_str::<serde_json::Value>(&json)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(!result.tekst().is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Arbitrary bytes at the JSON entry point.
    #[test]
    fn entry_point_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        match entry::evaluate(&text, Some(1)) {
            Ok(result) => check_outcome(&result)?,
            Err(message) => prop_assert!(message.starts_with("line 1"), "{}", message),
        }
    }

    /// Arbitrary JSON at the JSON entry point.
    #[test]
    fn entry_point_arbitrary_json(value in json_value()) {
        let text = value.to_string();
        match entry::evaluate(&text, None) {
            Ok(result) => check_outcome(&result)?,
            Err(message) => prop_assert!(!message.is_empty()),
        }
    }

    /// Arbitrary well-typed dossiers through the public API and back through the entry point.
    #[test]
    fn api_arbitrary_dossiers(dossier in prop_oneof![3 => coherent_dossier(), 1 => dossier()]) {
        match replay(&dossier) {
            Ok(result) => check_outcome(&result)?,
            Err(fout) => prop_assert!(!fout.to_string().is_empty()),
        }
        let text = serde_json::to_string(&dossier).unwrap();
        let via_entry = entry::evaluate(&text, None);
        prop_assert_eq!(via_entry.is_ok(), replay(&dossier).is_ok());
    }
}

/// How many coherent dossiers reach an outcome rather than an input error (a check on the
/// generator itself: `cargo test --test fuzz generator_reaches_outcomes -- --ignored --nocapture`).
#[test]
#[ignore]
fn generator_reaches_outcomes() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::default();
    let mut errors = std::collections::BTreeMap::new();
    let mut ok = 0;
    for _ in 0..3_000 {
        let dossier = coherent_dossier().new_tree(&mut runner).unwrap().current();
        match replay(&dossier) {
            Ok(_) => ok += 1,
            Err(fout) => {
                *errors
                    .entry(
                        format!("{fout:?}")
                            .chars()
                            .take_while(|c| c.is_alphanumeric())
                            .collect::<String>(),
                    )
                    .or_insert(0) += 1
            }
        }
    }
    eprintln!("outcomes: {ok} of 3000; errors: {errors:?}");
    assert!(ok > 1_500);
}
