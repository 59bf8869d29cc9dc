//! One PIP-fine decision for a person with ten earlier overtredingen, explanation included (as
//! structured steps; the Dutch sentences are rendered only when asked for).

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use wi2021_boetes::{Context, decide};

mod support;

fn bench(c: &mut Criterion) {
    let (termijnen, priors, config, overtreding, besluitdatum) = support::decision_inputs();
    let context = Context {
        person: support::person(),
        termijnen: &termijnen,
        eerdere_boetes: &priors,
        besluitdatum,
        config: &config,
    };
    // The tenth earlier fine is at step 10, so this one is step 11 (€ 800).
    let d = decide(&context, &overtreding).expect("valid");
    assert_eq!(d.ladder.map(|l| l.stap), Some(11));
    c.bench_function("decision", |b| {
        b.iter(|| decide(black_box(&context), black_box(&overtreding)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
