//! 10,000 dossiers as JSON Lines, measured twice: (a) parse and serialize only, (b) parse, replay
//! and serialize. The ratio (b)/(a) shows what the rules cost next to reading and writing JSON.
//!
//! In (a) the outcomes to serialize are computed beforehand. Only the first [`KEPT`] are kept and
//! reused in turn (every outcome here has the same shape and size), so that, as in (b), the
//! outcome being written is in the cache: 10,000 stored outcomes would make (a) pay for memory
//! traffic that (b) does not have, and the ratio would flatter the rules.
//!
//! (c) parses and replays without writing anything. It is not one of the targets but a reference
//! beside them: (b) − (c) is the cost of writing the explained outcome.
//!
//! Each line is written into one reused buffer, which is handed on and emptied after the line,
//! as a buffered writer to a file or a socket does. Collecting all 140 MB of output in one
//! vector instead made the benches pay for growing it (copies and fresh pages), about a quarter
//! of (b), which is not the crate's cost and which no batch that streams its output pays.

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use wi2021_boetes::{Dossier, DossierUitkomst, replay};

mod support;

const DOSSIERS: usize = 10_000;
const KEPT: usize = 16;

fn bench(c: &mut Criterion) {
    let input = support::batch_jsonl(DOSSIERS);
    let kept: Vec<Dossier> = input
        .lines()
        .take(KEPT)
        .map(|line| serde_json::from_str(line).expect("valid"))
        .collect();
    let results: Vec<DossierUitkomst> = kept
        .iter()
        .map(|dossier| replay(dossier).expect("valid"))
        .collect();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Elements(DOSSIERS as u64));
    group.bench_function("a_parse_serialize", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(support::LINE_BUFFER);
            let mut written = 0usize;
            for (line, result) in input.lines().zip(results.iter().cycle()) {
                let dossier: Dossier = serde_json::from_str(black_box(line)).expect("valid");
                black_box(&dossier);
                serde_json::to_writer(&mut out, black_box(result)).expect("serializable");
                out.push(b'\n');
                written += support::hand_on(&mut out);
            }
            written
        })
    });
    group.bench_function("b_parse_replay_serialize", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(support::LINE_BUFFER);
            let mut written = 0usize;
            for line in input.lines() {
                let dossier: Dossier = serde_json::from_str(black_box(line)).expect("valid");
                let result = replay(&dossier).expect("valid");
                serde_json::to_writer(&mut out, &result).expect("serializable");
                out.push(b'\n');
                written += support::hand_on(&mut out);
            }
            written
        })
    });
    group.bench_function("c_parse_replay", |b| {
        b.iter(|| {
            let mut decided = 0usize;
            for line in input.lines() {
                let dossier: Dossier = serde_json::from_str(black_box(line)).expect("valid");
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
