//! One PIP-fine decision for a person with ten earlier fines, explanation as codes (the steps
//! are derived only when asked for, so deciding does not derive them).
//!
//! Beside it, as a reference and not a target, the same decision without earlier fines: the
//! difference is what checking ten earlier fines and building the history from them costs on
//! every call.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use wi2021_boetes::{Context, UitlegVorm, decide};

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
        b.iter(|| {
            decide(black_box(&context), black_box(&overtreding))
                .map(|d| d.met_uitleg(UitlegVorm::Codes))
        })
    });
    let zonder = Context {
        eerdere_boetes: &[],
        ..context
    };
    assert_eq!(
        decide(&zonder, &overtreding)
            .expect("valid")
            .ladder
            .map(|l| l.stap),
        Some(1)
    );
    c.bench_function("decision_zonder_eerdere", |b| {
        b.iter(|| {
            decide(black_box(&zonder), black_box(&overtreding))
                .map(|d| d.met_uitleg(UitlegVorm::Codes))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
