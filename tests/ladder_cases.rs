//! Hand-computed ladder cases (Bi 7.1 lid 2–3).

mod common;
use common::*;
use wi2021_boetes::*;

/// A chain of overtredingen, each within twelve months of the one before, keeps climbing even
/// though it spans more than two years. PIP 2022-01-10 (term up to 2025-01-10). Opzet (100 %).
/// - A 2022-03-01: nothing before → step 1, € 50.
/// - B 2022-10-01: A (window from 2021-10-01) → step 2, € 100.
/// - C 2023-06-01: B (window from 2022-06-01) → step 3, € 200 (A is older than a year).
/// - D 2024-05-15: C (window from 2023-05-15) → step 4, € 400.
#[test]
fn chain_keeps_climbing_across_more_than_a_year() {
    let historie = pip(d(2022, 1, 10));
    let cases = [
        ("A", d(2022, 3, 1), 1, "50.00"),
        ("B", d(2022, 10, 1), 2, "100.00"),
        ("C", d(2023, 6, 1), 3, "200.00"),
        ("D", d(2024, 5, 15), 4, "400.00"),
    ];
    let mut priors: Vec<EerdereBoete> = Vec::new();
    let mut previous_id: Option<String> = None;
    for (id, date, stap, amount) in cases {
        let o = pip_overtreding(id, date, Verwijtbaarheid::Opzet);
        let decision = decide_with(&historie, &priors, &o, date).unwrap();
        let ladder = decision.ladder.unwrap();
        assert_eq!(ladder.stap, stap, "{id}");
        assert_eq!(decision.bedrag, eur(amount), "{id}");
        assert_eq!(ladder.vorige_overtreding_id, previous_id.as_deref(), "{id}");
        previous_id = Some(id.to_owned());
        // Onherroepelijk six weeks later: long before the next one is decided.
        priors.push(as_prior(&decision, date + chrono::Days::new(42)));
    }
    let total: rust_decimal::Decimal = priors.iter().map(|p| p.bedrag).sum();
    assert_eq!(total, eur("750.00"));
}

/// More than twelve months between two overtredingen: start again at € 50 (Bi 7.1 lid 2–3).
/// A 2022-03-01 (step 1); B 2023-03-02: window from 2022-03-02, A falls outside → step 1.
#[test]
fn restart_after_a_gap_of_more_than_twelve_months() {
    let historie = pip(d(2022, 1, 10));
    let priors = [prior(
        "A",
        d(2022, 3, 1),
        1,
        "50.00",
        onherroepelijk(d(2022, 4, 15)),
    )];
    let o = pip_overtreding("B", d(2023, 3, 2), Verwijtbaarheid::Opzet);
    let decision = decide_with(&historie, &priors, &o, d(2023, 3, 10)).unwrap();
    assert_eq!(decision.ladder.as_ref().unwrap().stap, 1);
    assert_eq!(decision.bedrag, eur("50.00"));
    assert_eq!(decision.ladder.unwrap().vorige_overtreding_id, None);
    assert!(
        decision
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::BiArt7_1Lid2)
    );

    // Restarted, it climbs again from step 1.
    let step1 = prior(
        "B",
        d(2023, 3, 2),
        1,
        "50.00",
        onherroepelijk(d(2023, 4, 20)),
    );
    let o = pip_overtreding("C", d(2023, 5, 1), Verwijtbaarheid::Opzet);
    let decision = decide_with(&historie, &[priors[0].clone(), step1], &o, d(2023, 5, 5)).unwrap();
    assert_eq!(decision.ladder.unwrap().stap, 2);
    assert_eq!(decision.bedrag, eur("100.00"));
}

/// The twelve-month boundary to the day: geconstateerd on or after the new date minus twelve
/// calendar months counts. PIP 2022-06-30 (term 2022-07-01 up to 2025-06-30). Opzet.
#[test]
fn twelve_month_boundary_to_the_day() {
    let historie = pip(d(2022, 6, 30));
    let case = |earlier, new, expected_step: u32| {
        let priors = [prior("E", earlier, 1, "50.00", onherroepelijk(earlier))];
        let o = pip_overtreding("N", new, Verwijtbaarheid::Opzet);
        let decision = decide_with(&historie, &priors, &o, new).unwrap();
        assert_eq!(
            decision.ladder.unwrap().stap,
            expected_step,
            "{earlier} → {new}"
        );
    };
    case(d(2023, 3, 1), d(2024, 3, 1), 2); // exactly twelve months: counts
    case(d(2023, 2, 28), d(2024, 2, 28), 2); // exactly twelve months: counts
    case(d(2023, 2, 28), d(2024, 3, 1), 1); // twelve months and a day (2024 is a leap year): not
    // 29 February: twelve months back from 2024-02-29 is 2023-02-28.
    case(d(2023, 2, 28), d(2024, 2, 29), 2);
    case(d(2023, 2, 27), d(2024, 2, 29), 1);
    // From 2024-02-29 forward: 2025-02-28 looks back to 2024-02-28, 2025-03-01 to 2024-03-01.
    case(d(2024, 2, 29), d(2025, 2, 28), 2);
    case(d(2024, 2, 29), d(2025, 3, 1), 1);
    // Same day: the earlier one in input order counts as earlier.
    case(d(2024, 5, 1), d(2024, 5, 1), 2);
}

/// An earlier fine still in bezwaar does not count; onherroepelijk on the decision date it does.
/// A 2023-01-10 € 50 (step 1). B geconstateerd 2023-04-01, decided 2023-04-15.
#[test]
fn earlier_fine_in_bezwaar_does_not_count() {
    let historie = pip(d(2022, 6, 30));
    let o = pip_overtreding("B", d(2023, 4, 1), Verwijtbaarheid::Opzet);

    let in_bezwaar = [prior(
        "A",
        d(2023, 1, 10),
        1,
        "50.00",
        BoeteStatus::Opgelegd,
    )];
    let decision = decide_with(&historie, &in_bezwaar, &o, d(2023, 4, 15)).unwrap();
    assert_eq!(decision.ladder.as_ref().unwrap().stap, 1);
    assert_eq!(decision.bedrag, eur("50.00"));
    let telt_niet: Vec<_> = decision
        .stappen()
        .iter()
        .filter(|s| {
            matches!(
                s,
                Stap::EerdereTeltNiet {
                    waarom: NietMeetellend::NietOnherroepelijk,
                    ..
                }
            )
        })
        .copied()
        .collect();
    assert_eq!(telt_niet.len(), 1);
    assert!(
        telt_niet[0]
            .zin()
            .to_string()
            .contains("nog niet onherroepelijk"),
        "{}",
        telt_niet[0].zin().to_string()
    );

    // Onherroepelijk only after the decision date: still does not count.
    let later = [prior(
        "A",
        d(2023, 1, 10),
        1,
        "50.00",
        onherroepelijk(d(2023, 4, 16)),
    )];
    let decision = decide_with(&historie, &later, &o, d(2023, 4, 15)).unwrap();
    assert_eq!(decision.ladder.unwrap().stap, 1);

    // Onherroepelijk on the decision date itself: counts.
    let on_the_day = [prior(
        "A",
        d(2023, 1, 10),
        1,
        "50.00",
        onherroepelijk(d(2023, 4, 15)),
    )];
    let decision = decide_with(&historie, &on_the_day, &o, d(2023, 4, 15)).unwrap();
    assert_eq!(decision.ladder.unwrap().stap, 2);
    assert_eq!(decision.bedrag, eur("100.00"));

    // Herroepen: never counts.
    let herroepen = [prior(
        "A",
        d(2023, 1, 10),
        1,
        "50.00",
        BoeteStatus::Herroepen,
    )];
    let decision = decide_with(&historie, &herroepen, &o, d(2023, 4, 15)).unwrap();
    assert_eq!(decision.ladder.unwrap().stap, 1);
}

/// The step builds on the *latest* qualifying overtreding, not the highest (Bi 7.1 lid 3). A
/// 2023-01-10 at step 3, B 2023-02-10 recorded at step 1 (as a gemeente may have imposed it),
/// both onherroepelijk: C 2023-03-01 takes B's step + 1 = 2, € 100 × 50 % = € 50.
#[test]
fn latest_qualifying_decides_the_step() {
    let historie = pip(d(2022, 6, 30));
    let priors = [
        prior(
            "B",
            d(2023, 2, 10),
            1,
            "50.00",
            onherroepelijk(d(2023, 2, 20)),
        ),
        prior(
            "A",
            d(2023, 1, 10),
            3,
            "200.00",
            onherroepelijk(d(2023, 1, 20)),
        ),
    ];
    let o = pip_overtreding("C", d(2023, 3, 1), Verwijtbaarheid::Normaal);
    let decision = decide_with(&historie, &priors, &o, d(2023, 3, 5)).unwrap();
    assert_eq!(decision.ladder.as_ref().unwrap().stap, 2);
    assert_eq!(decision.ladder.unwrap().vorige_overtreding_id, Some("B"));
    assert_eq!(decision.bedrag, eur("50.00"), "€ 100 at 50 %");
}

/// The step does not depend on the earlier fine's percentage: a € 12,50 fine (step 1 at 25 %)
/// still raises the next to step 2.
#[test]
fn step_independent_of_earlier_percentage() {
    let historie = pip(d(2022, 6, 30));
    let priors = [prior(
        "A",
        d(2023, 1, 10),
        1,
        "12.50",
        onherroepelijk(d(2023, 2, 25)),
    )];
    let o = pip_overtreding("B", d(2023, 3, 1), Verwijtbaarheid::Opzet);
    let decision = decide_with(&historie, &priors, &o, d(2023, 3, 5)).unwrap();
    assert_eq!(decision.bedrag, eur("100.00"));
}

/// The explanation names the earlier overtredingen that do not count *after* the latest
/// qualifying one (older ones cannot change the step), at most five by name.
/// A (2023-01-02, step 1) onherroepelijk; then B…H, seven overtredingen in bezwaar, on
/// 2023-02-01 … 2023-02-07. New on 2023-03-01: step 2 on A; B and C are counted ("nog 2"),
/// D…H named.
#[test]
fn explanation_names_the_most_recent_non_counting() {
    let historie = pip(d(2022, 6, 30));
    let mut priors = vec![prior(
        "A",
        d(2023, 1, 2),
        1,
        "50.00",
        onherroepelijk(d(2023, 2, 14)),
    )];
    for (i, id) in ["B", "C", "D", "E", "F", "G", "H"].iter().enumerate() {
        priors.push(prior(
            id,
            d(2023, 2, 1 + i as u32),
            1,
            "50.00",
            BoeteStatus::Opgelegd,
        ));
    }
    let o = pip_overtreding("N", d(2023, 3, 1), Verwijtbaarheid::Opzet);
    let decision = decide_with(&historie, &priors, &o, d(2023, 3, 6)).unwrap();
    assert_eq!(decision.ladder.as_ref().unwrap().stap, 2);
    assert_eq!(
        decision.ladder.as_ref().unwrap().vorige_overtreding_id,
        Some("A")
    );
    let named: Vec<_> = decision
        .stappen()
        .iter()
        .filter_map(|s| match *s {
            Stap::EerdereTeltNiet {
                constateringsdatum, ..
            } => Some(constateringsdatum),
            _ => None,
        })
        .collect();
    assert_eq!(
        named,
        [
            d(2023, 2, 3),
            d(2023, 2, 4),
            d(2023, 2, 5),
            d(2023, 2, 6),
            d(2023, 2, 7)
        ]
    );
    assert!(
        decision
            .stappen()
            .contains(&Stap::EerdereTeltNietOverige { aantal: 2 })
    );
    // A fine older than the latest qualifying one is not mentioned at all.
    let mut with_old = priors.clone();
    with_old.insert(
        0,
        prior("Z", d(2022, 12, 1), 1, "50.00", BoeteStatus::Opgelegd),
    );
    let decision = decide_with(&historie, &with_old, &o, d(2023, 3, 6)).unwrap();
    assert!(!decision.stappen().iter().any(|s| matches!(s, Stap::EerdereTeltNiet { constateringsdatum, .. } if *constateringsdatum == d(2022, 12, 1))));
}

/// Only what was geconstateerd before counts, and only a fine: the step of an overtreding B
/// geconstateerd 2023-04-01 (decided late, on 2023-06-01) builds on A of 2023-01-10 (step 1,
/// onherroepelijk), not on L of 2023-05-01, geconstateerd after B, even though L is onherroepelijk
/// by then: step 2, € 100 (Bi 7.1 lid 3). A decision of € 0 (at "step 1", onherroepelijk) is no
/// fine and raises nothing: after it alone, B is at step 1, € 50.
#[test]
fn only_earlier_fines_raise_the_step() {
    let historie = pip(d(2022, 6, 30));
    let o = pip_overtreding("B", d(2023, 4, 1), Verwijtbaarheid::Opzet);
    let a = prior(
        "A",
        d(2023, 1, 10),
        1,
        "50.00",
        onherroepelijk(d(2023, 2, 21)),
    );
    let l = prior(
        "L",
        d(2023, 5, 1),
        2,
        "100.00",
        onherroepelijk(d(2023, 5, 20)),
    );
    let decision = decide_with(&historie, &[a, l], &o, d(2023, 6, 1)).unwrap();
    let ladder = decision.ladder.unwrap();
    assert_eq!(ladder.stap, 2);
    assert_eq!(ladder.vorige_overtreding_id, Some("A"));
    assert_eq!(decision.bedrag, eur("100.00"));

    let nul = prior(
        "Z",
        d(2023, 1, 10),
        1,
        "0.00",
        onherroepelijk(d(2023, 2, 21)),
    );
    let decision = decide_with(&historie, &[nul], &o, d(2023, 6, 1)).unwrap();
    let ladder = decision.ladder.unwrap();
    assert_eq!(ladder.stap, 1);
    assert_eq!(ladder.vorige_overtreding_id, None);
    assert_eq!(decision.bedrag, eur("50.00"));
}
