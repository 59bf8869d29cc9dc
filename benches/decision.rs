//! One PIP-fine decision for a person with ten earlier overtredingen, explanation included (as
//! structured steps; the Dutch sentences are rendered only when asked for).

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use wi2021_boetes::{Config, Context, Doelgroep, Leerroute, Person, TermijnHistorie, decide};

mod support;

fn bench(c: &mut Criterion) {
    let termijnen = TermijnHistorie {
        pip_dagtekening: Some(support::date(2022, 1, 10)),
        ..TermijnHistorie::default()
    }
    .termijnen()
    .expect("valid terms");
    let priors = support::ten_earlier_fines();
    let config = Config::default();
    let context = Context {
        person: Person {
            doelgroep: Doelgroep::Asielstatushouder,
            leerroute: Some(Leerroute::B1Route),
        },
        termijnen: &termijnen,
        eerdere_boetes: &priors,
        besluitdatum: support::date(2023, 1, 20),
        config: &config,
    };
    let overtreding = support::overtreding(10, support::date(2023, 1, 5));
    // Sanity: the tenth fine is step 10, the new one step 11 (€ 800).
    let d = decide(&context, &overtreding).expect("valid");
    assert_eq!(d.ladder.map(|l| l.stap), Some(11));
    c.bench_function("decision", |b| {
        b.iter(|| decide(black_box(&context), black_box(&overtreding)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
