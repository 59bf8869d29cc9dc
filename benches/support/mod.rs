//! Inputs shared by the benches: realistic dossiers of a chosen size.
#![allow(dead_code)]

use chrono::{Days, NaiveDate};
use wi2021_boetes::{
    BoeteStatus, Config, Doelgroep, Dossier, EerdereBoete, Gedraging, GenomenBesluit, Leerroute,
    NieuweTermijn, Overtreding, Person, StapelingConfig, TermijnHistorie, Termijnen,
    Verwijtbaarheid,
};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid bench date")
}

const GEDRAGINGEN: [Gedraging; 5] = [
    Gedraging::OnvoldoendeMeewerkenBegeleiding,
    Gedraging::IntensiteitPvt,
    Gedraging::EindgesprekPvt,
    Gedraging::IntensiteitMap,
    Gedraging::IntensiteitLeerroute,
];

pub fn overtreding(i: usize, constateringsdatum: NaiveDate) -> Overtreding {
    Overtreding {
        id: format!("o-{i}"),
        gedraging: GEDRAGINGEN[i % GEDRAGINGEN.len()],
        constateringsdatum,
        pleegdatum: None,
        verwijtbaarheid: Verwijtbaarheid::ALL[1 + i % 4],
        samenloop: None,
        verlaging: None,
        oproep: None,
        rapportdatum: Some(constateringsdatum + Days::new(2)),
    }
}

/// The inputs of the `decision` bench: the terms (PIP 2022-01-10), ten earlier fines, the
/// default settings, and an eleventh overtreding on 2023-01-05, decided on 2023-01-20.
pub fn decision_inputs() -> (Termijnen, Vec<EerdereBoete>, Config, Overtreding, NaiveDate) {
    let termijnen = TermijnHistorie {
        pip_dagtekening: Some(date(2022, 1, 10)),
        ..TermijnHistorie::default()
    }
    .termijnen()
    .expect("valid terms");
    (
        termijnen,
        ten_earlier_fines(),
        Config::default(),
        overtreding(10, date(2023, 1, 5)),
        date(2023, 1, 20),
    )
}

/// An asielstatushouder in the B1-route.
pub fn person() -> Person {
    Person {
        doelgroep: Doelgroep::Asielstatushouder,
        leerroute: Some(Leerroute::B1Route),
    }
}

/// Ten earlier PIP fines a month apart, each onherroepelijk six weeks after its decision.
pub fn ten_earlier_fines() -> Vec<EerdereBoete> {
    (0..10)
        .map(|i| {
            let d = date(2022, 3, 1) + Days::new(30 * i as u64);
            EerdereBoete {
                overtreding_id: format!("e-{i}"),
                gedraging: Gedraging::OnvoldoendeMeewerkenBegeleiding,
                constateringsdatum: d,
                ladder_stap: Some(1 + i as u32),
                bedrag: rust_decimal::Decimal::new(2500, 2),
                status: BoeteStatus::Onherroepelijk {
                    sinds: d + Days::new(49),
                },
            }
        })
        .collect()
}

/// A dossier of `events` PIP overtredingen spread evenly over an initial term and enough new
/// terms of two years; all but the last tenth already decided (onherroepelijk six weeks after a
/// besluit a week after the constatering), the rest decided on the peildatum.
pub fn dossier(events: usize) -> Dossier {
    let pip = date(2022, 1, 9); // term 2022-01-10 up to 2025-01-09
    let terms = events.div_ceil(400).max(1);
    let new_terms: Vec<NieuweTermijn> = (1..terms)
        .map(|k| NieuweTermijn {
            ingangsdatum: date(2025, 1, 10)
                .checked_add_months(chrono::Months::new(24 * (k as u32 - 1)))
                .expect("in range"),
            maanden: 24,
            verlengd_tot: None,
        })
        .collect();
    // Days covered: 1096 for the initial term plus 730 per new term.
    let span = 1096 + 730 * (terms as u64 - 1);
    let mut overtredingen = Vec::with_capacity(events);
    let mut besluiten = Vec::with_capacity(events);
    for i in 0..events {
        let day = date(2022, 1, 10) + Days::new(i as u64 * span / events as u64);
        overtredingen.push(overtreding(i, day));
        if i < events - events / 10 {
            besluiten.push(GenomenBesluit {
                overtreding_id: format!("o-{i}"),
                besluitdatum: day + Days::new(7),
                bedrag: None,
                ladder_stap: None,
                status: BoeteStatus::Onherroepelijk {
                    sinds: day + Days::new(49),
                },
            });
        }
    }
    let last = date(2022, 1, 10) + Days::new(span);
    Dossier {
        id: format!("bench-{events}"),
        peildatum: last,
        doelgroep: Doelgroep::Asielstatushouder,
        leerroute: Some(Leerroute::B1Route),
        termijnen: TermijnHistorie {
            pip_dagtekening: Some(pip),
            verlengingen: vec![],
            nieuwe_termijnen: new_terms,
        },
        overtredingen,
        besluiten,
        duo_beoordelingen: vec![],
        leerroute_tabellen: None,
        config: Config::default(),
        stapeling: StapelingConfig::default(),
    }
}

/// 10,000 small dossiers as JSON Lines: three overtredingen each, two already decided.
pub fn batch_jsonl(count: usize) -> String {
    let mut out = String::with_capacity(count * 700);
    for n in 0..count {
        let mut d = dossier(3);
        d.id = format!("d-{n}");
        out.push_str(&serde_json::to_string(&d).expect("serializable"));
        out.push('\n');
    }
    out
}

/// The program's output buffer: 64 KiB.
pub const UITVOER_BUFFER: usize = 64 * 1024;

/// Where the answers go in the benches: each buffer handed on is passed to `black_box`, where
/// the program writes it to standard output, and counted.
#[derive(Default)]
pub struct Afvoer {
    pub bytes: usize,
}

impl std::io::Write for Afvoer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes += std::hint::black_box(buf).len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
