//! The JSON Schemas in `schema/`: generated from the types, kept up to date, and every input and
//! output of the tests valid under them. Regenerate them after a change of format with
//!
//! ```text
//! WI2021_SCHRIJF=1 cargo test --test schemas
//! ```
//!
//! and review the difference; a change of the output is a new `FORMAAT_VERSIE`.

mod common;
use common::genereer::coherent_dossier;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::Value;
use wi2021_boetes::*;

fn pad(naam: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(naam)
}

/// The committed file equals `inhoud`; with `WI2021_SCHRIJF=1` it is written first.
fn gelijk_aan_bestand(naam: &str, inhoud: &str) {
    let pad = pad(naam);
    if std::env::var_os("WI2021_SCHRIJF").is_some() {
        std::fs::create_dir_all(pad.parent().unwrap()).unwrap();
        std::fs::write(&pad, inhoud).unwrap();
    }
    let bestand = std::fs::read_to_string(&pad).unwrap_or_default();
    assert!(
        bestand == inhoud,
        "{} is not what the types give; run `WI2021_SCHRIJF=1 cargo test --test schemas` and review the difference",
        pad.display()
    );
}

fn tekst(waarde: &Value) -> String {
    serde_json::to_string_pretty(waarde).unwrap() + "\n"
}

#[test]
fn the_schemas_are_up_to_date() {
    gelijk_aan_bestand("schema/dossier.schema.json", &tekst(&dossier_schema()));
    gelijk_aan_bestand("schema/uitkomst.schema.json", &tekst(&uitkomst_schema()));
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::new(schema).unwrap()
}

fn geldig(validator: &jsonschema::Validator, waarde: &Value, wat: &str) {
    let fouten: Vec<String> = validator
        .iter_errors(waarde)
        .map(|fout| format!("{} at {}", fout, fout.instance_path))
        .collect();
    assert!(fouten.is_empty(), "{wat}: {fouten:#?}");
}

fn scenarios() -> Vec<(String, Value)> {
    let mut uit: Vec<_> = std::fs::read_dir(pad("examples/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let tekst = std::fs::read_to_string(&p).unwrap();
            (
                p.display().to_string(),
                serde_json::from_str(&tekst).unwrap(),
            )
        })
        .collect();
    uit.sort_by(|a, b| a.0.cmp(&b.0));
    uit
}

/// Every scenario is a valid dossier, and its outcome, in full and as codes, a valid output.
#[test]
fn scenarios_and_their_outcomes_are_valid() {
    let invoer = validator(&dossier_schema());
    let uitvoer = validator(&uitkomst_schema());
    for (naam, json) in scenarios() {
        geldig(&invoer, &json, &naam);
        let dossier: Dossier = serde_json::from_value(json).unwrap();
        for vorm in [UitlegVorm::Volledig, UitlegVorm::Codes] {
            let uitkomst = replay(&dossier).unwrap().met_uitleg(vorm);
            geldig(&uitvoer, &serde_json::to_value(&uitkomst).unwrap(), &naam);
        }
    }
}

/// Generated dossiers, coherent ones reaching every rule: each valid input, and its outcome or
/// its fault a valid output.
#[test]
fn generated_dossiers_and_their_answers_are_valid() {
    let invoer = validator(&dossier_schema());
    let uitvoer = validator(&uitkomst_schema());
    let mut runner = TestRunner::deterministic();
    for _ in 0..300 {
        let dossier = coherent_dossier().new_tree(&mut runner).unwrap().current();
        geldig(
            &invoer,
            &serde_json::to_value(&dossier).unwrap(),
            &dossier.id,
        );
        let antwoord = match replay(&dossier) {
            Ok(uitkomst) => serde_json::to_value(&uitkomst).unwrap(),
            Err(fout) => serde_json::to_value(Foutmelding::nieuw(Some(1), &fout)).unwrap(),
        };
        geldig(&uitvoer, &antwoord, &dossier.id);
    }
}

/// The schema refuses what the crate refuses in form: an amount as a number, an unknown field,
/// an unknown gedraging.
#[test]
fn the_dossier_schema_refuses_what_the_format_forbids() {
    let invoer = validator(&dossier_schema());
    let goed: Value = serde_json::from_str(
        r#"{"id":"d","peildatum":"2023-06-01","doelgroep":"gezinsmigrant","leerroute":"b1_route",
            "termijnen":{"pip_dagtekening":"2023-01-10"},
            "overtredingen":[{"id":"o","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02",
                              "verwijtbaarheid":"normaal","verlaging":{"bedrag":"10.00","reden":"r"}}]}"#,
    )
    .unwrap();
    assert!(invoer.is_valid(&goed));
    let mut getal = goed.clone();
    getal["overtredingen"][0]["verlaging"]["bedrag"] = serde_json::json!(10);
    assert!(!invoer.is_valid(&getal));
    let mut onbekend = goed.clone();
    onbekend["bsn"] = serde_json::json!("1");
    assert!(!invoer.is_valid(&onbekend));
    let mut gedraging = goed;
    gedraging["overtredingen"][0]["gedraging"] = serde_json::json!("te_laat_komen");
    assert!(!invoer.is_valid(&gedraging));
}

/// Every scenario's whole outcome, pinned: any change of the output shows here, word for word.
#[test]
fn golden_outcomes() {
    for (naam, json) in scenarios() {
        let dossier: Dossier = serde_json::from_value(json).unwrap();
        let uitkomst = replay(&dossier).unwrap();
        let bestand = std::path::Path::new(&naam)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let mut inhoud = serde_json::to_string_pretty(&uitkomst).unwrap();
        inhoud.push('\n');
        gelijk_aan_bestand(&format!("tests/golden/{bestand}.json"), &inhoud);
    }
}
