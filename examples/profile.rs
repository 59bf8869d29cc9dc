//! A driver for profiling with callgrind, which counts instructions and so gives the same figure
//! on a busy machine. It runs the benches' workloads many times in one process:
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind target/release/examples/profile decision   # 100,000 decisions
//! valgrind --tool=callgrind target/release/examples/profile 100        # replay, 100,000 events
//! valgrind --tool=callgrind target/release/examples/profile serialize  # 2,000 outcomes to JSON
//! target/release/examples/profile invoer > batch.jsonl                # the batch's 10,000 lines
//! target/release/examples/profile groot > groot.json                  # 10,000 overtredingen
//! valgrind --tool=callgrind target/release/examples/profile codes      # 1,000 JSON lines
//! valgrind --tool=callgrind target/release/examples/profile volledig   #   through the program's path
//! callgrind_annotate callgrind.out.<pid>
//! ```
//!
//! `PRIORS=n` keeps only the first `n` of the decision's ten earlier fines: the difference
//! between two runs is the cost of one earlier fine. `PROFILE_STAPPEN=1` derives each decision's
//! steps too.

#[path = "../benches/support/mod.rs"]
mod support;

use std::hint::black_box;

use std::io::BufWriter;

use wi2021_boetes::{Context, Opmaak, UitlegVorm, beantwoord_regels, decide, replay};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let what = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "decision".to_owned());
    let mut count = 0usize;
    match what.as_str() {
        "decision" => {
            let (termijnen, mut priors, config, overtreding, besluitdatum) =
                support::decision_inputs();
            if let Ok(keep) = std::env::var("PRIORS") {
                priors.truncate(keep.parse()?);
            }
            let context = Context {
                person: support::person(),
                termijnen: &termijnen,
                eerdere_boetes: &priors,
                besluitdatum,
                config: &config,
            };
            // `PROFILE_STAPPEN=1` derives every decision's steps as well.
            let stappen = std::env::var("PROFILE_STAPPEN").is_ok();
            for _ in 0..100_000 {
                let besluit = decide(&context, black_box(&overtreding))?;
                count += if stappen {
                    besluit.stappen().len()
                } else {
                    usize::from(besluit.is_boete())
                };
            }
        }
        "codes" | "volledig" => {
            // 1,000 dossiers of the batch through the program's path, as in `benches/batch.rs`.
            let input = support::batch_jsonl(1_000);
            let uitleg = if what == "codes" {
                UitlegVorm::Codes
            } else {
                UitlegVorm::Volledig
            };
            let opmaak = Opmaak::Json {
                uitleg,
                regel_per_dossier: true,
            };
            let mut uit =
                BufWriter::with_capacity(support::UITVOER_BUFFER, support::Afvoer::default());
            let telling = beantwoord_regels(black_box(input.as_bytes()), opmaak, &mut uit)?;
            let written = uit.into_inner().map_err(|fout| fout.into_error())?.bytes;
            eprintln!("in {} bytes, out {written} bytes", input.len());
            count += telling.dossiers;
        }
        "invoer" => {
            // The batch's input, for the binary: `profile invoer > batch.jsonl`.
            print!("{}", support::batch_jsonl(10_000));
            return Ok(());
        }
        "groot" => {
            // The 10,000-overtreding dossier of the replay bench, for the program:
            // `profile groot > groot.json`.
            println!("{}", serde_json::to_string(&support::dossier(10_000))?);
            return Ok(());
        }
        "serialize" => {
            let dossier = support::dossier(3);
            let result = replay(&dossier)?;
            for _ in 0..2_000 {
                count += serde_json::to_vec(black_box(&result))?.len();
            }
        }
        events => {
            let events: usize = events.parse()?;
            let dossier = support::dossier(events.max(1));
            for _ in 0..(100_000 / events.max(1)).max(1) {
                count += replay(black_box(&dossier))?.beslissingen.len();
            }
        }
    }
    println!("{count}");
    Ok(())
}
