//! This build against a reference build, byte for byte: generated dossiers (three quarters
//! coherent, a quarter wild, many with DUO's assessments) and every scenario are answered by this
//! crate and by the reference program (`wi2021-boetes --jsonl` of another commit, built with
//! `cargo build --release`), one JSON line each: the outcome, or the fault, with the explanation
//! in full and as codes. Every answer must equal the reference's.
//!
//! ```text
//! WI2021_REFERENTIE=/path/to/wi2021-boetes WI2021_VERGELIJK=1000000 \
//!     cargo test --release --test referentie -- --ignored --nocapture
//! ```

mod common;
use common::genereer::{coherent_dossier, dossier};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::io::Write;
use std::process::Command;
use wi2021_boetes::*;

/// This crate's answer to one line, through the program's path; whether it was evaluated.
fn eigen(regel: usize, tekst: &str, uitleg: UitlegVorm) -> (bool, String) {
    let mut uit = Vec::new();
    let opmaak = Opmaak::Json {
        uitleg,
        regel_per_dossier: true,
    };
    let gelukt = beantwoord(tekst.as_bytes(), Some(regel), opmaak, &mut uit).unwrap();
    let mut antwoord = String::from_utf8(uit).unwrap();
    assert_eq!(antwoord.pop(), Some('\n'));
    (gelukt, antwoord)
}

/// Compares one batch of JSON lines, with the explanation in full and as codes; returns how
/// many this crate evaluated.
fn vergelijk(binary: &str, regels: &[String], naam: &str) -> usize {
    let pad = std::env::temp_dir().join(format!("wi2021-vergelijk-{}.jsonl", std::process::id()));
    let mut file = std::fs::File::create(&pad).unwrap();
    for regel in regels {
        writeln!(file, "{regel}").unwrap();
    }
    drop(file);
    let mut geldig = 0;
    for (vorm, uitleg) in [
        ("volledig", UitlegVorm::Volledig),
        ("codes", UitlegVorm::Codes),
    ] {
        let out = Command::new(binary)
            .args(["--jsonl", "--uitleg", vorm])
            .arg(&pad)
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let antwoorden: Vec<&str> = stdout.lines().collect();
        assert_eq!(
            antwoorden.len(),
            regels.len(),
            "{naam}: one answer per line"
        );
        geldig = 0;
        for (n, (regel, theirs)) in regels.iter().zip(antwoorden).enumerate() {
            let (gelukt, ours) = eigen(n + 1, regel, uitleg);
            geldig += usize::from(gelukt);
            assert_eq!(
                theirs,
                ours,
                "{naam} ({vorm}), line {}: the answers differ for\n{regel}",
                n + 1
            );
        }
    }
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
