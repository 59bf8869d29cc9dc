//! 10,000 dossiers as JSON Lines through the program's own path ([`beantwoord_regels`]: read a
//! line, parse it, replay it, write the answer), once with the explanation as codes and once in
//! full. The output goes to a buffer of the program's size that hands each full buffer on and
//! counts it, where the program writes it to standard output.
//!
//! A third run parses and replays without writing anything: not one of the targets, but a
//! reference beside them; the difference is the cost of writing the answer.

use std::io::BufWriter;

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use wi2021_boetes::{Dossier, Opmaak, UitlegVorm, beantwoord_regels, lees_dossier, replay};

mod support;

const DOSSIERS: usize = 10_000;

fn bench(c: &mut Criterion) {
    let input = support::batch_jsonl(DOSSIERS);
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Elements(DOSSIERS as u64));
    for (naam, uitleg) in [
        ("codes", UitlegVorm::Codes),
        ("volledig", UitlegVorm::Volledig),
    ] {
        let opmaak = Opmaak::Json {
            uitleg,
            regel_per_dossier: true,
        };
        // Every dossier is evaluated.
        let mut uit = BufWriter::with_capacity(support::UITVOER_BUFFER, support::Afvoer::default());
        let telling = beantwoord_regels(input.as_bytes(), opmaak, &mut uit).expect("written");
        assert_eq!((telling.dossiers, telling.geweigerd), (DOSSIERS, 0));
        group.bench_function(naam, |b| {
            b.iter(|| {
                let mut uit =
                    BufWriter::with_capacity(support::UITVOER_BUFFER, support::Afvoer::default());
                beantwoord_regels(black_box(input.as_bytes()), opmaak, &mut uit).expect("written")
            })
        });
    }
    group.bench_function("zonder_schrijven", |b| {
        b.iter(|| {
            let mut decided = 0usize;
            for line in input.lines() {
                let dossier: Dossier = lees_dossier(black_box(line.as_bytes())).expect("valid");
                let result = replay(&dossier).expect("valid");
                decided += black_box(&result).beslissingen.len();
            }
            decided
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
