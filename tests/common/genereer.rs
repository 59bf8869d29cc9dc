//! Generators of dossiers for the fuzz tests and the comparison with a reference build: arbitrary
//! JSON built from the format's words, wild but well-typed dossiers (they reach the input
//! errors), and coherent dossiers (they reach the legal outcomes: valid terms, overtredingen inside
//! them, recorded besluiten, DUO's assessments one after another).

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use wi2021_boetes::*;

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

pub fn json_value() -> impl Strategy<Value = Value> {
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

pub fn date() -> impl Strategy<Value = NaiveDate> {
    // 1990 … 2230: inside and outside the accepted range.
    (0u64..88_000).prop_map(|n| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(n))
}

pub fn near_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..3_000).prop_map(|n| NaiveDate::from_ymd_opt(2021, 6, 1).unwrap() + Days::new(n))
}

pub fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i64..200_000).prop_map(|c| Decimal::new(c, 2)),
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

pub fn overtreding() -> impl Strategy<Value = Overtreding> {
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
                id: format!("o{id}"),
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

pub fn besluit() -> impl Strategy<Value = GenomenBesluit> {
    (
        0u8..40,
        near_date(),
        prop::option::of(amount()),
        prop::option::of(0u32..8),
        0u8..3,
        near_date(),
    )
        .prop_map(|(id, d, bedrag, stap, kind, sinds)| GenomenBesluit {
            overtreding_id: format!("o{id}"),
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

pub fn band() -> impl Strategy<Value = Band> {
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

pub fn beoordeling() -> impl Strategy<Value = DuoBeoordeling> {
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
                    id: format!("duo{id}"),
                    beoordelingsdatum: d,
                    besluitdatum: b,
                    onafgerond: Onafgerond {
                        pvt,
                        map,
                        leerroute,
                    },
                    verwijtbaarheid: Verwijtbaarheid::ALL[v],
                    niet_verwijtbaar_grond: None,
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

pub fn dossier() -> impl Strategy<Value = Dossier> {
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
/// unique ids, besluiten on existing overtredingen, up to three DUO assessments one after another
/// (after the term, after the new term, two years on): so the cases reach the legal outcomes, not
/// only the input errors. Lowerings, rapport dates, recorded amounts and steps, late decisions,
/// extensions and tables per doelgroep occur often enough to reach every rule.
pub fn coherent_dossier() -> impl Strategy<Value = Dossier> {
    let event = (
        0u64..1200,
        0usize..13,
        0usize..5,
        0u8..12,
        1u8..=3,
        prop::option::weighted(
            0.5,
            (
                0u64..2000,
                0u8..3,
                0u64..90,
                prop::option::weighted(0.3, (0i64..=80_000, 1u32..7)),
            ),
        ),
    );
    let assessment = (
        (0u64..200, any::<(bool, bool, bool)>(), 0usize..5, 0u32..500),
        (0u8..8, 0u64..60, 0u64..40, 0i64..=100_000),
    );
    (
        (
            0u64..700,
            0usize..3,
            0usize..8,
            prop::option::weighted(0.2, prop::sample::select(vec![6u32, 12, 18, 24])),
            prop::option::weighted(0.15, 1u64..400),
        ),
        prop::collection::vec(event, 0..14),
        (
            prop::collection::vec(assessment, 0..4),
            0u8..3,
            prop::sample::select(vec![6u32, 12, 18, 24]),
        ),
    )
        .prop_map(
            |(
                (pip_offset, doelgroep, leerroute, new_term, verlenging),
                events,
                (assessments, table, maanden),
            )| {
                // The Wi 2021 applies from 2022: the brede intake 90 days before the PIP at the
                // earliest lies in it.
                let pip = NaiveDate::from_ymd_opt(2022, 4, 1).unwrap() + Days::new(pip_offset);
                let mut term_end =
                    wi2021_boetes::Termijn::laatste_dag(pip + Days::new(1), 36).unwrap();
                let verlengingen: Vec<Verlenging> = verlenging
                    .map(|days| Verlenging {
                        nieuwe_einddatum: term_end + Days::new(days),
                    })
                    .into_iter()
                    .collect();
                if let Some(v) = verlengingen.first() {
                    term_end = v.nieuwe_einddatum;
                }
                let leerroute = [
                    Some(Leerroute::B1Route),
                    Some(Leerroute::B1Route),
                    Some(Leerroute::B1Route),
                    Some(Leerroute::Onderwijsroute),
                    Some(Leerroute::Onderwijsroute),
                    Some(Leerroute::Zelfredzaamheidsroute),
                    Some(Leerroute::Zelfredzaamheidsroute),
                    None,
                ][leerroute];
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
                    let id = format!("o{i}");
                    overtredingen.push(Overtreding {
                        id: id.clone(),
                        gedraging,
                        constateringsdatum: date,
                        pleegdatum: (extra == 1).then(|| date - Days::new(3)),
                        verwijtbaarheid: Verwijtbaarheid::ALL[v],
                        samenloop: (extra == 2).then_some(PwVerlaging::Artikel18),
                        verlaging: match extra {
                            3 => Some(Verlaging {
                                bedrag: Decimal::new(1250, 2),
                                reden: "stress".into(),
                            }),
                            4 => Some(Verlaging {
                                bedrag: Decimal::ZERO,
                                reden: "ziekte".into(),
                            }),
                            _ => None,
                        },
                        oproep: gedraging
                            .regime()
                            .eq(&Regime::BredeIntake)
                            .then_some(oproep),
                        rapportdatum: matches!(extra, 5 | 6).then(|| date + Days::new(2)),
                    });
                    if let Some((delay, kind, sinds, recorded)) = besluit {
                        // Mostly within weeks; now and then years later, after the lapse.
                        let delay = if delay < 1900 { delay % 60 } else { delay };
                        let besluitdatum = date + Days::new(delay);
                        peildatum = peildatum.max(besluitdatum);
                        besluiten.push(GenomenBesluit {
                            overtreding_id: id,
                            besluitdatum,
                            // Within the fine's statutory maximum; a step only on a PIP fine.
                            bedrag: recorded.map(|(c, _)| {
                                let maximum = gedraging
                                    .regime()
                                    .wettelijk_maximum(date)
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
                    // A rapport long ago: decided after the thirteen weeks.
                    if extra == 6 {
                        peildatum = peildatum.max(date + Days::new(120));
                    }
                    peildatum = peildatum.max(date);
                }
                // A new term comes either from the dossier's terms or from DUO's assessments.
                let new_term = new_term.filter(|_| assessments.is_empty());
                let nieuwe_termijnen = new_term
                    .map(|maanden| NieuweTermijn {
                        ingangsdatum: term_end + Days::new(30),
                        maanden,
                        verlengd_tot: None,
                    })
                    .into_iter()
                    .collect();
                let mut duo_beoordelingen = Vec::new();
                // Each assessment follows the one before: after the term it assessed, and the
                // new term it may have set (the day after its besluit, `maanden` long).
                let mut after = term_end;
                for (
                    k,
                    (
                        (delay, (pvt, map, leerroute_open), v, uren),
                        (soort, besluit, voornemen, lager),
                    ),
                ) in assessments.into_iter().enumerate()
                {
                    let beoordelingsdatum = after + Days::new(1 + delay);
                    let besluitdatum = beoordelingsdatum + Days::new(besluit);
                    let geen = v == 0;
                    duo_beoordelingen.push(DuoBeoordeling {
                        id: format!("duo{k}"),
                        beoordelingsdatum,
                        besluitdatum: (besluit > 0).then_some(besluitdatum),
                        onafgerond: Onafgerond {
                            pvt,
                            map,
                            leerroute: leerroute_open,
                        },
                        verwijtbaarheid: Verwijtbaarheid::ALL[v],
                        niet_verwijtbaar_grond: None,
                        inspanningen: (soort == 1).then_some(Inspanningen {
                            examens_op_pip_niveau_ten_minste_a2: uren % 3 != 0,
                            alle_lessen_gevolgd: uren % 5 != 0,
                            uren_gevolgd: uren,
                            taalonderdelen_behaald: (uren % 4) as u8,
                            knm_behaald: uren % 7 != 0,
                        }),
                        leerroute_inspanning: Some(LeerrouteInspanning {
                            uren,
                            examenpogingen: uren % 4,
                            examens_behaald: uren % 3,
                        }),
                        verblijfsvergunning_beeindigd: soort == 2,
                        verlaging_pvt_map: (soort == 3).then(|| Verlaging {
                            bedrag: Decimal::new(lager % 34_001, 2),
                            reden: "schulden".into(),
                        }),
                        verlaging_leerroute: (soort == 4).then(|| Verlaging {
                            bedrag: Decimal::new(lager % 30_001, 2),
                            reden: "mantelzorg".into(),
                        }),
                        nieuwe_termijn_maanden: Some(maanden),
                        nieuwe_termijn_ingangsdatum: (soort == 5)
                            .then(|| besluitdatum + Days::new(1 + voornemen)),
                        // Not verwijtbaar: DUO extends, with the new last day.
                        verlenging_tot: geen.then(|| after + Days::new(180 + delay)),
                        voornemen_datum: (soort == 6 || voornemen > 20)
                            .then(|| beoordelingsdatum - Days::new(voornemen)),
                        aanhoudend_gebrek_aan_integratiebereidheid: (uren % 2 == 0)
                            .then(|| "gronden".into()),
                    });
                    after = if geen {
                        after + Days::new(180 + delay)
                    } else {
                        (besluitdatum + Days::new(1 + if soort == 5 { voornemen } else { 0 }))
                            .checked_add_months(chrono::Months::new(maanden))
                            .unwrap()
                    };
                    peildatum = peildatum.max(besluitdatum);
                }
                let band = |van: u32, tot: Option<u32>, bedrag: i64| Band {
                    uren: Bereik { van, tot },
                    examenpogingen: Bereik { van: 0, tot: None },
                    examens_behaald: Bereik { van: 0, tot: None },
                    bedrag: Decimal::new(bedrag, 0),
                };
                let bands = vec![band(0, Some(200), 900), band(200, None, 300)];
                let lower = vec![band(0, Some(100), 700), band(100, None, 250)];
                Dossier {
                    id: "coherent".into(),
                    peildatum: peildatum + Days::new(7),
                    doelgroep: [
                        Doelgroep::Asielstatushouder,
                        Doelgroep::Gezinsmigrant,
                        Doelgroep::OverigeMigrant,
                    ][doelgroep],
                    leerroute,
                    termijnen: TermijnHistorie {
                        pip_dagtekening: Some(pip),
                        verlengingen,
                        nieuwe_termijnen,
                    },
                    overtredingen,
                    besluiten,
                    duo_beoordelingen,
                    leerroute_tabellen: (table > 0).then(|| LeerrouteTabellen {
                        bron: "fuzz".into(),
                        b1_route: if table == 2 {
                            RouteTabel::PerDoelgroep(TabelPerDoelgroep {
                                asielstatushouder: bands.clone(),
                                gezins_en_overige_migrant: lower.clone(),
                            })
                        } else {
                            RouteTabel::Alle(bands.clone())
                        },
                        onderwijsroute: RouteTabel::Alle(lower.clone()),
                        zelfredzaamheidsroute: RouteTabel::Alle(bands),
                    }),
                    config: Config::default(),
                    stapeling: StapelingConfig::default(),
                }
            },
        )
}
