//! Dossier replay at 10, 100, 1,000 and 10,000 events: the growth rate is visible.

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};
use wi2021_boetes::replay;

mod support;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("replay");
    for events in [10usize, 100, 1_000, 10_000] {
        let dossier = support::dossier(events);
        let result = replay(&dossier).expect("valid dossier");
        assert_eq!(result.beslissingen.len(), events);
        group.throughput(Throughput::Elements(events as u64));
        group.bench_with_input(BenchmarkId::from_parameter(events), &dossier, |b, d| {
            b.iter(|| replay(black_box(d)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
