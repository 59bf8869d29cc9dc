//! The replay: equal to decision-by-decision evaluation, independent of input order, within the
//! caps; its errors and its stacking signal.

mod common;
use common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use wi2021_boetes::*;

const PIP_GEDRAGINGEN: [Gedraging; 5] = [
    Gedraging::OnvoldoendeMeewerkenBegeleiding,
    Gedraging::IntensiteitPvt,
    Gedraging::EindgesprekPvt,
    Gedraging::IntensiteitMap,
    Gedraging::IntensiteitLeerroute,
];

/// A recorded besluit: days after the constatering, status kind (0 opgelegd, 1 onherroepelijk,
/// 2 herroepen), days until onherroepelijk, and an optional recorded (amount in € 12,50 units,
/// step).
type GenBesluit = (u16, u8, u16, Option<(u32, u32)>);

#[derive(Debug, Clone)]
struct Event {
    day: i64,
    gedraging: usize,
    v: usize,
    samenloop: bool,
    oproep: u8,
    besluit: Option<GenBesluit>,
}

fn event() -> impl Strategy<Value = Event> {
    (
        -120i64..1800,
        0usize..5,
        0usize..5,
        prop::bool::weighted(0.1),
        1u8..=3,
        prop::option::weighted(
            0.6,
            (
                0u16..40,
                0u8..3,
                0u16..90,
                prop::option::weighted(0.3, (0u32..64, 1u32..7)),
            ),
        ),
    )
        .prop_map(|(day, gedraging, v, samenloop, oproep, besluit)| Event {
            day,
            gedraging,
            v,
            samenloop,
            oproep,
            besluit,
        })
}

/// A dossier: PIP 2022-05-10 (term 2022-05-11 up to 2025-05-10), a new term from 2025-05-11 of
/// `maanden`, events on distinct days within those terms or (negative days, at most 120, so never
/// before 2022) before the PIP as brede-intake oproepen. A recorded amount stays within the
/// statutory maximum of its fine (Wi art. 26), and a recorded step is only on a PIP fine.
fn dossier() -> impl Strategy<Value = Dossier> {
    (
        prop::collection::vec(event(), 0..30),
        prop::sample::select(vec![6u32, 12, 18, 24]),
    )
        .prop_map(|(mut events, maanden)| {
            let start = d(2022, 5, 11);
            let new_end = d(2025, 5, 11)
                .checked_add_months(chrono::Months::new(maanden))
                .unwrap()
                .pred_opt()
                .unwrap();
            let last_day = (new_end - start).num_days();
            for e in &mut events {
                e.day = e.day.min(last_day);
            }
            events.sort_by_key(|e| e.day);
            events.dedup_by_key(|e| e.day);
            let mut overtredingen = Vec::new();
            let mut besluiten = Vec::new();
            let mut peildatum = d(2022, 1, 1);
            for (i, e) in events.iter().enumerate() {
                let date = start + chrono::TimeDelta::days(e.day);
                let id = format!("e{i}");
                let mut o = pip_overtreding(&id, date, Verwijtbaarheid::ALL[e.v]);
                if e.day < 0 {
                    o.gedraging = Gedraging::NietVerschijnenBredeIntake;
                    o.oproep = Some(e.oproep);
                } else {
                    o.gedraging = PIP_GEDRAGINGEN[e.gedraging];
                }
                if e.samenloop {
                    o.samenloop = Some(PwVerlaging::Artikel18b);
                }
                peildatum = peildatum.max(date);
                let intake = e.day < 0;
                if let Some((delay, kind, sinds, recorded)) = e.besluit {
                    let besluitdatum = date + chrono::Days::new(u64::from(delay));
                    peildatum = peildatum.max(besluitdatum);
                    besluiten.push(GenomenBesluit {
                        overtreding_id: id.as_str().into(),
                        besluitdatum,
                        bedrag: recorded.map(|(n, _)| {
                            let cents = i64::from(n) * 1250;
                            Decimal::new(if intake { cents.min(25_000) } else { cents }, 2)
                        }),
                        ladder_stap: recorded.filter(|_| !intake).map(|(_, s)| s),
                        status: match kind {
                            0 => BoeteStatus::Opgelegd,
                            1 => BoeteStatus::Onherroepelijk {
                                sinds: besluitdatum + chrono::Days::new(u64::from(sinds)),
                            },
                            _ => BoeteStatus::Herroepen,
                        },
                    });
                }
                overtredingen.push(o);
            }
            Dossier {
                id: "prop".into(),
                peildatum: peildatum + chrono::Days::new(7),
                doelgroep: Doelgroep::Asielstatushouder,
                leerroute: Some(Leerroute::B1Route),
                termijnen: TermijnHistorie {
                    pip_dagtekening: Some(d(2022, 5, 10)),
                    verlengingen: vec![],
                    nieuwe_termijnen: vec![NieuweTermijn {
                        ingangsdatum: d(2025, 5, 11),
                        maanden,
                        verlengd_tot: None,
                    }],
                },
                overtredingen,
                besluiten,
                duo_beoordelingen: vec![],
                leerroute_tabellen: None,
                config: Config::default(),
                stapeling: StapelingConfig::default(),
            }
        })
}

fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    for i in (1..items.len()).rev() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        items.swap(i, (state >> 33) as usize % (i + 1));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Each replayed decision equals what the single-decision API gives with the history before it.
    #[test]
    fn replay_equals_decision_by_decision(dossier in dossier()) {
        let result = replay(&dossier);
        prop_assume!(result.is_ok()); // e.g. a recorded step on a fine the rules do not give
        let result = result.unwrap();
        prop_assert_eq!(result.beslissingen.len(), dossier.overtredingen.len());
        let termijnen = dossier.termijnen.termijnen().unwrap();
        let person = Person { doelgroep: dossier.doelgroep, leerroute: dossier.leerroute };
        let mut priors: Vec<EerdereBoete> = Vec::new();
        for entry in &result.beslissingen {
            let o = dossier.overtredingen.iter().find(|o| o.id == entry.beslissing.overtreding_id).unwrap();
            let context = Context {
                person,
                termijnen: &termijnen,
                eerdere_boetes: &priors,
                besluitdatum: entry.beslissing.besluitdatum,
                config: &dossier.config,
            };
            let single = decide(&context, o).unwrap();
            prop_assert_eq!(&single, &entry.beslissing);
            let besluit = entry.genomen_besluit.as_ref();
            priors.push(EerdereBoete {
                overtreding_id: o.id.clone(),
                gedraging: o.gedraging,
                constateringsdatum: o.constateringsdatum,
                ladder_stap: besluit.and_then(|b| b.ladder_stap).or(single.ladder.as_ref().map(|l| l.stap)),
                bedrag: besluit.and_then(|b| b.bedrag).unwrap_or(single.bedrag),
                status: besluit.map_or(BoeteStatus::Opgelegd, |b| b.status),
            });
        }
        // Chronological.
        prop_assert!(result.beslissingen.windows(2).all(|w| w[0].beslissing.constateringsdatum <= w[1].beslissing.constateringsdatum));
    }

    /// Shuffling overtredingen and besluiten (distinct dates) changes nothing.
    #[test]
    fn shuffling_changes_nothing(dossier in dossier(), seed in any::<u64>()) {
        let mut shuffled = dossier.clone();
        shuffle(&mut shuffled.overtredingen, seed);
        shuffle(&mut shuffled.besluiten, seed ^ 0x9e37_79b9);
        prop_assert_eq!(replay(&dossier), replay(&shuffled));
    }

    /// Without recorded amounts (which may be the gemeente's own mistakes), the total per bucket
    /// never exceeds its cap, and each fine stays within the room it found.
    #[test]
    fn totals_never_exceed_caps(mut dossier in dossier()) {
        for b in &mut dossier.besluiten { b.bedrag = None; b.ladder_stap = None; }
        let result = replay(&dossier).unwrap();
        for stand in &result.totalen {
            prop_assert!(stand.totaal <= stand.plafond, "{:?}", stand);
            prop_assert_eq!(stand.ruimte, stand.plafond - stand.totaal);
        }
        for e in &result.beslissingen {
            if let Some(cap) = e.beslissing.plafond {
                prop_assert!(e.beslissing.bedrag <= cap.ruimte_voor);
            }
        }
    }
}

fn base() -> Dossier {
    Dossier {
        id: "d".into(),
        peildatum: d(2022, 12, 1),
        doelgroep: Doelgroep::Asielstatushouder,
        leerroute: Some(Leerroute::B1Route),
        termijnen: pip(d(2022, 1, 10)),
        overtredingen: vec![
            pip_overtreding("a", d(2022, 3, 1), Verwijtbaarheid::Opzet),
            pip_overtreding("b", d(2022, 5, 1), Verwijtbaarheid::Opzet),
            pip_overtreding("c", d(2022, 9, 1), Verwijtbaarheid::Opzet),
        ],
        besluiten: vec![
            GenomenBesluit {
                overtreding_id: "a".into(),
                besluitdatum: d(2022, 3, 10),
                bedrag: None,
                ladder_stap: None,
                status: onherroepelijk(d(2022, 4, 25)),
            },
            GenomenBesluit {
                overtreding_id: "b".into(),
                besluitdatum: d(2022, 5, 10),
                bedrag: None,
                ladder_stap: None,
                status: onherroepelijk(d(2022, 6, 25)),
            },
        ],
        duo_beoordelingen: vec![],
        leerroute_tabellen: None,
        config: Config::default(),
        stapeling: StapelingConfig::default(),
    }
}

/// a € 50 (2022-03-10), b € 100 (2022-05-10), c € 200 (peildatum 2022-12-01). Gaps between the
/// besluiten: 61 days, then 205 days.
#[test]
fn stacking_window_and_threshold_are_settable() {
    let mut dossier = base();
    let r = replay(&dossier).unwrap();
    let amounts: Vec<_> = r
        .beslissingen
        .iter()
        .map(|e| e.beslissing.bedrag.to_string())
        .collect();
    assert_eq!(amounts, ["50.00", "100.00", "200.00"]);
    // Default (90 days, 2 fines): a and b.
    assert_eq!(r.stapeling.len(), 1);
    assert_eq!(r.stapeling[0].overtreding_ids, ["a", "b"]);
    assert_eq!(r.stapeling[0].totaal, eur("150.00"));
    // A window of exactly 61 days: a gap of 61 is within it.
    dossier.stapeling = StapelingConfig {
        venster_dagen: 61,
        minimum_boetes: 2,
    };
    assert_eq!(
        replay(&dossier).unwrap().stapeling[0].overtreding_ids,
        ["a", "b"]
    );
    // A window of 60 days: 61 > 60, no run.
    dossier.stapeling = StapelingConfig {
        venster_dagen: 60,
        minimum_boetes: 2,
    };
    assert!(replay(&dossier).unwrap().stapeling.is_empty());
    // 205 days and 3 fines: one run of all three.
    dossier.stapeling = StapelingConfig {
        venster_dagen: 205,
        minimum_boetes: 3,
    };
    let r = replay(&dossier).unwrap();
    assert_eq!(r.stapeling[0].overtreding_ids, ["a", "b", "c"]);
    // The signal never changes an amount.
    let amounts: Vec<_> = r
        .beslissingen
        .iter()
        .map(|e| e.beslissing.bedrag.to_string())
        .collect();
    assert_eq!(amounts, ["50.00", "100.00", "200.00"]);
}

#[test]
fn replay_errors_name_the_id() {
    let mut dossier = base();
    dossier.overtredingen[2].id = "a".into();
    assert_eq!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::DubbeleId { id: "a".into() },
            Some(Plaats::Lijst("overtredingen")),
            None
        )
    );

    let mut dossier = base();
    dossier.besluiten[1].overtreding_id = "zz".into();
    assert_eq!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::BesluitZonderOvertreding {
                overtreding_id: "zz".into()
            },
            Some(Plaats::Lijst("besluiten")),
            Some("overtreding_id")
        )
    );

    let mut dossier = base();
    dossier.besluiten[1].overtreding_id = "a".into();
    assert_eq!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::DubbeleId { id: "a".into() },
            Some(Plaats::Lijst("besluiten")),
            None
        )
    );

    // A recorded PIP fine is at most € 800 (Wi art. 26 lid 1 sub c); a cent more cannot be a
    // fine under this law. Beyond € 1.000.000,00 (verlaging::MAX_BEDRAG) an amount is not read at
    // all.
    let mut dossier = base();
    dossier.besluiten[0].bedrag = Some(eur("800.00"));
    assert!(replay(&dossier).is_ok());
    dossier.besluiten[0].bedrag = Some(eur("800.000"));
    assert!(replay(&dossier).is_ok());
    dossier.besluiten[0].bedrag = Some(eur("-0.00"));
    assert!(replay(&dossier).is_ok());
    dossier.besluiten[0].bedrag = Some(eur("800.01"));
    assert_eq!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::BoeteBovenMaximum {
                gedraging: Gedraging::OnvoldoendeMeewerkenBegeleiding,
                bedrag: eur("800.01"),
                maximum: eur("800.00"),
            },
            Some(Plaats::Besluit("a".into())),
            Some("bedrag")
        )
    );
    dossier.besluiten[0].bedrag = Some(eur("1000000.01"));
    assert!(matches!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::BedragOngeldig { .. },
            Some(Plaats::Besluit(_)),
            Some("bedrag")
        )
    ));

    for bedrag in ["1000000.001", "1000000.010", "-5"] {
        let mut dossier = base();
        dossier.besluiten[0].bedrag = Some(eur(bedrag));
        assert!(
            matches!(
                soort(&replay(&dossier)),
                Some(FoutSoort::BedragOngeldig { .. })
            ),
            "{bedrag}"
        );
    }

    let mut dossier = base();
    dossier.besluiten[0].bedrag = Some(eur("-5"));
    assert!(matches!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::BedragOngeldig { .. },
            Some(Plaats::Besluit(_)),
            Some("bedrag")
        )
    ));

    let mut dossier = base();
    dossier.peildatum = d(2022, 8, 1); // c (2022-09-01) has no besluit and lies after it
    assert!(matches!(
        soort(&replay(&dossier)),
        Some(FoutSoort::BesluitVoorConstatering { .. })
    ));
}

/// An earlier fine decided on the peildatum itself is not onherroepelijk on it: two new
/// overtredingen decided together both stay at step 1 (Bi 7.1 lid 3).
#[test]
fn fines_decided_together_do_not_raise_each_other() {
    let mut dossier = base();
    dossier.besluiten.clear();
    let r = replay(&dossier).unwrap();
    let steps: Vec<_> = r
        .beslissingen
        .iter()
        .map(|e| e.beslissing.ladder.as_ref().unwrap().stap)
        .collect();
    assert_eq!(steps, [1, 1, 1]);
    assert_eq!(r.totalen[0].totaal, eur("150.00"));
}

/// A recorded fine the rules would not give (samenloop) counts as recorded; it needs its step.
#[test]
fn recorded_fine_without_step_where_rules_give_none() {
    let mut dossier = base();
    dossier.overtredingen[0].samenloop = Some(PwVerlaging::Artikel18);
    dossier.besluiten[0].bedrag = Some(eur("50.00"));
    assert_eq!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::LadderStapOntbreekt,
            Some(Plaats::Besluit("a".into())),
            Some("ladder_stap")
        )
    );
    dossier.besluiten[0].ladder_stap = Some(1);
    let r = replay(&dossier).unwrap();
    // a: the rules give € 0 (samenloop), € 50 recorded at step 1 and onherroepelijk: b builds on it.
    assert_eq!(r.beslissingen[0].beslissing.bedrag, eur("0.00"));
    assert_eq!(r.beslissingen[0].telt_mee, eur("50.00"));
    assert_eq!(
        r.beslissingen[1].beslissing.ladder.as_ref().unwrap().stap,
        2
    );
    // The rules give no fine, so no step: the difference is the amount, higher than the rules.
    assert_eq!(
        r.afwijkingen,
        [Afwijking {
            overtreding_id: "a",
            soort: AfwijkingSoort::HogerDanRegels {
                berekend_bedrag: eur("0.00"),
                geregistreerd_bedrag: eur("50.00"),
            },
        }]
    );
    // A recorded € 0 needs no step.
    dossier.besluiten[0].bedrag = Some(eur("0.00"));
    dossier.besluiten[0].ladder_stap = None;
    assert!(replay(&dossier).is_ok());
}

/// The accepted date range and list lengths, at their boundaries (README "Input limits").
#[test]
fn limits_at_their_boundaries() {
    assert_eq!(DATUM_BEREIK, (d(2000, 1, 1), d(2199, 12, 31)));
    let brede_intake = |id: String, date| {
        let mut o = intake_overtreding(&id, date, 1);
        o.id = id;
        o
    };
    let mut dossier = base();
    dossier.besluiten.clear();
    // The Wi 2021 applies from 2022-01-01: an oproep the day before cannot be under it.
    dossier.overtredingen = vec![brede_intake("b".into(), d(2022, 1, 1))];
    assert!(replay(&dossier).is_ok());
    dossier.overtredingen = vec![brede_intake("b".into(), d(2021, 12, 31))];
    assert_eq!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::VoorWi2021 {
                datum: d(2021, 12, 31),
                vanaf: d(2022, 1, 1)
            },
            Some(Plaats::Overtreding("b".into())),
            Some("constateringsdatum")
        )
    );
    dossier.overtredingen = vec![brede_intake("b".into(), d(1999, 12, 31))];
    assert_eq!(
        fout_van(replay(&dossier)),
        (
            FoutSoort::DatumOnaannemelijk {
                datum: d(1999, 12, 31)
            },
            Some(Plaats::Overtreding("b".into())),
            Some("constateringsdatum")
        )
    );
    let mut late = base();
    late.peildatum = d(2199, 12, 31);
    assert!(replay(&late).is_ok());
    late.peildatum = d(2200, 1, 1);
    assert_eq!(
        fout_van(replay(&late)),
        (
            FoutSoort::DatumOnaannemelijk {
                datum: d(2200, 1, 1)
            },
            None,
            Some("peildatum")
        )
    );

    // Exactly the maximum number of overtredingen is accepted; one more is not.
    let mut big = base();
    big.besluiten.clear();
    big.overtredingen = (0..MAX_OVERTREDINGEN)
        .map(|i| brede_intake(format!("b{i}"), d(2022, 1, 3)))
        .collect();
    assert_eq!(replay(&big).unwrap().beslissingen.len(), MAX_OVERTREDINGEN);
    big.overtredingen
        .push(brede_intake("extra".into(), d(2022, 1, 3)));
    assert_eq!(
        fout_van(replay(&big)),
        (
            FoutSoort::TeVeel {
                aantal: MAX_OVERTREDINGEN + 1,
                maximum: MAX_OVERTREDINGEN
            },
            Some(Plaats::Lijst("overtredingen")),
            None
        )
    );
}

/// The Dutch text lists the totals per term, and a € 0 decision is never part of a signal.
#[test]
fn text_totals_and_zero_fines_outside_the_signal() {
    let mut dossier = base();
    // b (2022-05-01) gets samenloop: € 0, between a and c.
    dossier.overtredingen[1].samenloop = Some(PwVerlaging::Artikel18);
    dossier.besluiten.truncate(1);
    dossier.stapeling = StapelingConfig {
        venster_dagen: 400,
        minimum_boetes: 2,
    };
    let r = replay(&dossier).unwrap();
    assert_eq!(r.beslissingen[1].beslissing.bedrag, eur("0.00"));
    assert_eq!(r.stapeling.len(), 1);
    assert_eq!(r.stapeling[0].overtreding_ids, ["a", "c"]);
    let tekst = r.tekst();
    assert!(tekst.contains("Totalen per termijn"), "{tekst}");
    // a € 50 (step 1); b € 0 (samenloop); c € 100 (step 2 on a, onherroepelijk): € 150.
    assert!(
        tekst.contains(
            "- uw inburgeringstermijn: € 150,00 van ten hoogste € 2.400,00; ruimte € 2.250,00."
        ),
        "{tekst}"
    );
}
