//! Fuzzing the JSON entry point and the public API: arbitrary bytes, arbitrary JSON, and
//! arbitrary but well-typed dossiers. Never a panic: always an outcome or a typed error.
//!
//! The number of cases per target comes from `WI2021_FUZZ_CASES` (default 4,000: three targets,
//! 12,000 cases, the quick run in `.ci/run`). The long run, about 1,200,000 cases:
//!
//! ```text
//! WI2021_FUZZ_CASES=400000 cargo test --release --test fuzz
//! ```

mod common;
use common::genereer::{coherent_dossier, dossier, json_value};
use proptest::prelude::*;
use rust_decimal::Decimal;
use wi2021_boetes::*;

fn cases() -> u32 {
    std::env::var("WI2021_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// What every successful outcome must satisfy, whatever the input.
fn check_outcome(result: &DossierUitkomst) -> Result<(), TestCaseError> {
    for entry in &result.beslissingen {
        let b = &entry.beslissing;
        prop_assert!(
            b.bedrag >= Decimal::ZERO && b.bedrag <= Decimal::new(80000, 2),
            "{}",
            b.bedrag
        );
        prop_assert_eq!(b.is_boete(), b.bedrag > Decimal::ZERO);
        if let Some(cap) = b.plafond {
            prop_assert!(b.bedrag <= cap.ruimte_voor);
        }
        for step in &b.stappen() {
            prop_assert!(!step.zin().to_string().is_empty());
        }
    }
    for d in &result.duo_beslissingen {
        prop_assert!(
            d.bedrag >= Decimal::ZERO && d.bedrag <= Decimal::new(100000, 2),
            "{}",
            d.bedrag
        );
    }
    let json = serde_json::to_string(result).map_err(|e| TestCaseError::fail(e.to_string()))?;
    serde_json::from_str::<serde_json::Value>(&json)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(!result.tekst().is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Arbitrary bytes at the JSON entry point.
    #[test]
    fn entry_point_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        match lees_dossier(&bytes) {
            Ok(dossier) => {
                if let Ok(result) = replay(&dossier) {
                    check_outcome(&result)?;
                }
            }
            Err(fout) => prop_assert!(!fout.to_string().is_empty()),
        }
    }

    /// Arbitrary JSON at the JSON entry point.
    #[test]
    fn entry_point_arbitrary_json(value in json_value()) {
        let text = value.to_string();
        match lees_dossier(text.as_bytes()) {
            Ok(dossier) => {
                if let Ok(result) = replay(&dossier) {
                    check_outcome(&result)?;
                }
            }
            Err(fout) => prop_assert!(!fout.to_string().is_empty()),
        }
    }

    /// Arbitrary well-typed dossiers through the public API and back through the entry point.
    #[test]
    fn api_arbitrary_dossiers(dossier in prop_oneof![3 => coherent_dossier(), 1 => dossier()]) {
        match replay(&dossier) {
            Ok(result) => check_outcome(&result)?,
            Err(fout) => prop_assert!(!fout.to_string().is_empty()),
        }
        let text = serde_json::to_string(&dossier).unwrap();
        let via_entry = lees_dossier(text.as_bytes()).map(|gelezen| replay(&gelezen).is_ok());
        prop_assert_eq!(via_entry, Ok(replay(&dossier).is_ok()));
    }
}

/// How many coherent dossiers reach an outcome rather than an input error (a check on the
/// generator itself: `cargo test --test fuzz generator_reaches_outcomes -- --ignored --nocapture`).
#[test]
#[ignore]
fn generator_reaches_outcomes() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::default();
    let mut errors = std::collections::BTreeMap::new();
    let mut ok = 0;
    for _ in 0..3_000 {
        let dossier = coherent_dossier().new_tree(&mut runner).unwrap().current();
        match replay(&dossier) {
            Ok(_) => ok += 1,
            Err(fout) => {
                *errors
                    .entry(
                        format!("{fout:?}")
                            .chars()
                            .take_while(|c| c.is_alphanumeric())
                            .collect::<String>(),
                    )
                    .or_insert(0) += 1
            }
        }
    }
    eprintln!("outcomes: {ok} of 3000; errors: {errors:?}");
    assert!(ok > 1_500);
}
