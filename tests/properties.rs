//! The law's invariants as property tests (Bi 7.1 lid 2–5, Awb 5:41, Wi 27).

mod common;
use common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use wi2021_boetes::*;

const V: [Verwijtbaarheid; 5] = Verwijtbaarheid::ALL;

/// One generated PIP overtreding: day offset in the term, verwijtbaarheid, samenloop, and how
/// many days after its decision the fine becomes onherroepelijk (`None`: stays in bezwaar;
/// `Some(u16::MAX)`: herroepen).
#[derive(Debug, Clone)]
struct Gen {
    day: u16,
    v: usize,
    samenloop: bool,
    onherroepelijk_after: Option<u16>,
}

fn one() -> impl Strategy<Value = Gen> {
    (
        0u16..1090,
        0usize..5,
        prop::bool::weighted(0.15),
        prop::option::weighted(0.8, 0u16..120),
    )
        .prop_map(|(day, v, samenloop, onherroepelijk_after)| Gen {
            day,
            v,
            samenloop,
            onherroepelijk_after,
        })
}

/// Distinct days, sorted.
fn history() -> impl Strategy<Value = Vec<Gen>> {
    prop::collection::vec(one(), 0..14).prop_map(|mut gens| {
        gens.sort_by_key(|g| g.day);
        gens.dedup_by_key(|g| g.day);
        gens
    })
}

const PIP: (i32, u32, u32) = (2022, 1, 10);

fn term_day(offset: u16) -> chrono::NaiveDate {
    // The term runs 2022-01-11 up to and including 2025-01-10 (1096 days).
    d(2022, 1, 11) + chrono::Days::new(u64::from(offset))
}

fn overtreding(i: usize, g: &Gen) -> Overtreding {
    let mut o = pip_overtreding(&format!("o{i}"), term_day(g.day), V[g.v]);
    if g.samenloop {
        o.samenloop = Some(PwVerlaging::Artikel18);
    }
    o
}

/// Decides each overtreding in turn, the decision date being its constatering date, each
/// decision becoming an earlier fine for the next with its generated status.
fn run(gens: &[Gen]) -> Vec<(Decision<'_>, EerdereBoete)> {
    let historie = pip(d(PIP.0, PIP.1, PIP.2));
    let mut priors: Vec<EerdereBoete> = Vec::new();
    let mut out = Vec::new();
    for (i, g) in gens.iter().enumerate() {
        let o = overtreding(i, g);
        let decision = decide_with(&historie, &priors, &o, o.constateringsdatum).unwrap();
        let mut p = as_prior(&decision, o.constateringsdatum);
        p.status = match g.onherroepelijk_after {
            None => BoeteStatus::Opgelegd,
            Some(119) => BoeteStatus::Herroepen,
            Some(days) => BoeteStatus::Onherroepelijk {
                sinds: o.constateringsdatum + chrono::Days::new(u64::from(days)),
            },
        };
        priors.push(p.clone());
        out.push((decision, p));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The ladder amount is always one of 50/100/200/400/800; a fine never exceeds ladder amount
    /// × percentage nor the room left; samenloop or geen verwijtbaarheid gives € 0.
    #[test]
    fn amounts_stay_within_the_law(gens in history()) {
        let ladder = [eur("50"), eur("100"), eur("200"), eur("400"), eur("800")];
        for (decision, _) in run(&gens) {
            prop_assert!(decision.bedrag >= Decimal::ZERO);
            prop_assert!(decision.bedrag <= eur("800"));
            if let Some(l) = &decision.ladder {
                prop_assert!(ladder.contains(&l.ladderbedrag), "{}", l.ladderbedrag);
                let pct = Decimal::from(decision.percentage.unwrap());
                prop_assert!(decision.bedrag <= l.ladderbedrag * pct / Decimal::ONE_HUNDRED);
            }
            if let Some(cap) = decision.plafond {
                prop_assert!(decision.bedrag <= cap.ruimte_voor);
                prop_assert_eq!(cap.ruimte_na, cap.ruimte_voor - decision.bedrag);
            }
            let o = &gens[decision.overtreding_id[1..].parse::<usize>().unwrap()];
            if o.samenloop || V[o.v] == Verwijtbaarheid::Geen {
                prop_assert_eq!(decision.bedrag, Decimal::ZERO);
                prop_assert!(!decision.is_boete());
                prop_assert!(decision.ladder.is_none());
            }
            prop_assert_eq!(decision.is_boete(), decision.bedrag > Decimal::ZERO);
            prop_assert_eq!(decision.bedrag.scale(), 2);
        }
    }

    /// The total per bucket never exceeds its cap, however many fines.
    #[test]
    fn total_never_exceeds_cap(gens in prop::collection::vec(one(), 0..40)) {
        let mut gens = gens;
        gens.sort_by_key(|g| g.day);
        gens.dedup_by_key(|g| g.day);
        // All onherroepelijk quickly and opzet: the ladder climbs fast.
        for g in &mut gens { g.v = 4; g.samenloop = false; g.onherroepelijk_after = Some(0); }
        let total: Decimal = run(&gens).iter().map(|(d, _)| d.bedrag).sum();
        prop_assert!(total <= eur("2400"));
    }

    /// A higher verwijtbaarheid never gives a lower fine for the same history.
    #[test]
    fn higher_verwijtbaarheid_never_lower(gens in history(), day in 0u16..1090) {
        let historie = pip(d(PIP.0, PIP.1, PIP.2));
        let priors: Vec<_> = run(&gens).into_iter().map(|(_, p)| p).collect();
        let date = term_day(day);
        let mut last = Decimal::ZERO;
        for v in V {
            let o = pip_overtreding("new", date, v);
            let decision = decide_with(&historie, &priors, &o, date).unwrap();
            prop_assert!(decision.bedrag >= last, "{:?}: {} < {}", v, decision.bedrag, last);
            last = decision.bedrag;
        }
    }

    /// The order in which earlier fines with distinct dates are listed changes nothing.
    #[test]
    fn order_of_earlier_fines_does_not_matter(gens in history(), day in 0u16..1090, seed in any::<u64>()) {
        let historie = pip(d(PIP.0, PIP.1, PIP.2));
        let priors: Vec<_> = run(&gens).into_iter().map(|(_, p)| p).collect();
        let mut shuffled = priors.clone();
        // A deterministic shuffle from the seed (Fisher–Yates with an LCG).
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let j = (state >> 33) as usize % (i + 1);
            shuffled.swap(i, j);
        }
        let date = term_day(day);
        let o = pip_overtreding("new", date, Verwijtbaarheid::GroveSchuld);
        let a = decide_with(&historie, &priors, &o, date);
        let b = decide_with(&historie, &shuffled, &o, date);
        prop_assert_eq!(a, b);
    }

    /// The ladder restarts after twelve months: with no earlier fine in the twelve months before,
    /// the step is 1 whatever came earlier.
    #[test]
    fn ladder_restarts_after_twelve_months(gens in history()) {
        for (decision, _) in run(&gens) {
            let Some(l) = &decision.ladder else { continue };
            let window_start = decision.constateringsdatum.checked_sub_months(chrono::Months::new(12)).unwrap();
            let any_in_window = gens.iter().any(|g| {
                let date = term_day(g.day);
                date >= window_start && date < decision.constateringsdatum
            });
            if !any_in_window {
                prop_assert_eq!(l.stap, 1);
            }
        }
    }

    /// No input panics: wild dates, oproepen, amounts, terms, statuses.
    #[test]
    fn no_input_panics(
        pip_day in prop::option::of(-200_000i64..200_000),
        maanden in prop::collection::vec((-200_000i64..200_000, 0u32..40), 0..3),
        verlenging in prop::option::of(-200_000i64..200_000),
        o_day in -200_000i64..200_000,
        besluit_day in -200_000i64..200_000,
        pleeg in prop::option::of(-200_000i64..200_000),
        rapport in prop::option::of(-3_000_000i64..3_000_000),
        gedraging in 0usize..13,
        v in 0usize..5,
        oproep in prop::option::of(any::<u8>()),
        lowering in prop::option::of((any::<i64>(), 0u32..28)),
        prior_amount in (any::<i64>(), 0u32..28),
        prior_step in prop::option::of(any::<u32>()),
        doelgroep in 0usize..3,
        leerroute in prop::option::of(0usize..3),
    ) {
        let base = d(2022, 1, 1);
        let day = |n: i64| base.checked_add_signed(chrono::TimeDelta::days(n)).unwrap_or(base);
        let historie = TermijnHistorie {
            pip_dagtekening: pip_day.map(day),
            verlengingen: verlenging.map(|n| Verlenging { nieuwe_einddatum: day(n) }).into_iter().collect(),
            nieuwe_termijnen: maanden.iter().map(|&(n, m)| NieuweTermijn { ingangsdatum: day(n), maanden: m, verlengd_tot: None }).collect(),
        };
        let person = Person {
            doelgroep: [Doelgroep::Asielstatushouder, Doelgroep::Gezinsmigrant, Doelgroep::OverigeMigrant][doelgroep],
            leerroute: leerroute.map(|i| [Leerroute::B1Route, Leerroute::Onderwijsroute, Leerroute::Zelfredzaamheidsroute][i]),
        };
        let o = Overtreding {
            id: "x".into(),
            gedraging: Gedraging::ALL[gedraging],
            constateringsdatum: day(o_day),
            pleegdatum: pleeg.map(day),
            verwijtbaarheid: V[v],
            samenloop: None,
            verlaging: lowering.map(|(m, s)| Verlaging { bedrag: Decimal::new(m, s), reden: "r".into() }),
            oproep,
            rapportdatum: rapport.map(|n| {
                chrono::NaiveDate::MAX.checked_sub_signed(chrono::TimeDelta::days(n.abs())).unwrap_or(base)
            }),
        };
        let priors = [EerdereBoete {
            overtreding_id: "p".into(),
            gedraging: Gedraging::ALL[(gedraging + 2) % 13],
            constateringsdatum: day(o_day - 30),
            ladder_stap: prior_step,
            bedrag: Decimal::new(prior_amount.0, prior_amount.1),
            status: BoeteStatus::Onherroepelijk { sinds: day(o_day - 1) },
        }];
        let Ok(termijnen) = historie.termijnen() else { return Ok(()) };
        let config = Config::default();
        let result = decide(&Context { person, termijnen: &termijnen, eerdere_boetes: &priors, besluitdatum: day(besluit_day), config: &config }, &o);
        if let Ok(decision) = result {
            prop_assert!(decision.bedrag >= Decimal::ZERO && decision.bedrag <= eur("800"));
            let _ = decision.motivering();
            let _ = serde_json::to_string(&decision).unwrap();
        }
    }
}
