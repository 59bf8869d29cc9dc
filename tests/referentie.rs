//! This build against a reference build, byte for byte: generated dossiers (three quarters
//! coherent, a quarter wild, many with DUO's assessments) and every scenario are replayed by this
//! crate and by the reference binary (the JSON entry point of another commit, built with
//! `cargo build --release --example dossier`), one JSON line each. Every line this crate
//! evaluates must equal the reference's; every line it refuses, the reference must refuse too.
//!
//! ```text
//! WI2021_REFERENTIE=/path/to/dossier WI2021_VERGELIJK=1000000 \
//!     cargo test --release --test referentie -- --ignored --nocapture
//! ```

mod common;
use common::genereer::{coherent_dossier, dossier};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::collections::BTreeSet;
use std::io::Write;
use std::process::Command;
use wi2021_boetes::*;

/// This crate's line for one dossier: its outcome as one JSON line, or `None` for an input error.
fn eigen(tekst: &str) -> Option<String> {
    let dossier: Dossier = serde_json::from_str(tekst).ok()?;
    let uitkomst = replay(&dossier).ok()?;
    Some(serde_json::to_string(&uitkomst).expect("serializable"))
}

/// The reference's lines for a JSON Lines file: the outcomes on standard output, in order, and
/// the numbers of the lines it refused (from its error messages on standard error).
fn referentie(binary: &str, pad: &std::path::Path) -> (Vec<String>, BTreeSet<usize>) {
    let out = Command::new(binary)
        .arg("--jsonl")
        .arg(pad)
        .output()
        .expect("the reference binary runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    let fouten = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("error: line "))
        .map(|l| {
            l.split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    (stdout.lines().map(str::to_owned).collect(), fouten)
}

/// Compares one batch of JSON lines; returns how many this crate evaluated.
fn vergelijk(binary: &str, regels: &[String], naam: &str) -> usize {
    let pad = std::env::temp_dir().join(format!("wi2021-vergelijk-{}.jsonl", std::process::id()));
    let mut file = std::fs::File::create(&pad).unwrap();
    for regel in regels {
        writeln!(file, "{regel}").unwrap();
    }
    drop(file);
    let (uit, fouten) = referentie(binary, &pad);
    let mut uit = uit.into_iter();
    let mut geldig = 0;
    for (n, regel) in regels.iter().enumerate() {
        match eigen(regel) {
            Some(json) => {
                geldig += 1;
                let theirs = uit.next();
                assert_eq!(
                    theirs.as_deref(),
                    Some(json.as_str()),
                    "{naam}, line {}: the outputs differ for\n{regel}",
                    n + 1
                );
            }
            None => assert!(
                fouten.contains(&(n + 1)),
                "{naam}, line {}: refused here, evaluated by the reference:\n{regel}",
                n + 1
            ),
        }
    }
    assert!(
        uit.next().is_none(),
        "{naam}: the reference evaluated more lines"
    );
    let _ = std::fs::remove_file(pad);
    geldig
}

#[test]
#[ignore]
fn byte_identical_with_the_reference() {
    let binary = std::env::var("WI2021_REFERENTIE")
        .expect("WI2021_REFERENTIE: the path of the reference binary");
    let aantal: usize = std::env::var("WI2021_VERGELIJK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);

    let dir = format!("{}/examples/scenarios", env!("CARGO_MANIFEST_DIR"));
    let mut scenarios: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&text).unwrap())
                .unwrap()
        })
        .collect();
    scenarios.sort();
    assert_eq!(vergelijk(&binary, &scenarios, "scenarios"), scenarios.len());

    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let strategy = proptest::prop_oneof![3 => coherent_dossier(), 1 => dossier()];
    let (mut gedaan, mut geldig) = (0, 0);
    while gedaan < aantal {
        let n = (aantal - gedaan).min(20_000);
        let regels: Vec<String> = (0..n)
            .map(|_| {
                let d = strategy.new_tree(&mut runner).unwrap().current();
                serde_json::to_string(&d).unwrap()
            })
            .collect();
        geldig += vergelijk(&binary, &regels, &format!("batch from {gedaan}"));
        gedaan += n;
    }
    eprintln!(
        "{gedaan} generated dossiers and {} scenarios: {geldig} evaluated, {} refused, all \
         byte-identical",
        scenarios.len(),
        gedaan - geldig
    );
}
