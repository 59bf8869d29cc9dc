//! The same input gives the same bytes: every scenario evaluated twice, and with its lists
//! reversed (all dates in the scenarios are distinct), serializes to identical JSON. The crate
//! uses no hash maps, so no output depends on hash order.

mod common;
use wi2021_boetes::{Dossier, replay};

fn scenarios() -> Vec<(String, Dossier)> {
    let dir = format!("{}/examples/scenarios", env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (
                p.display().to_string(),
                serde_json::from_str(&text).unwrap(),
            )
        })
        .collect()
}

#[test]
fn evaluating_twice_gives_identical_bytes() {
    let all = scenarios();
    assert!(all.len() >= 8);
    for (name, dossier) in &all {
        let first = serde_json::to_vec(&replay(dossier).unwrap()).unwrap();
        let second = serde_json::to_vec(&replay(dossier).unwrap()).unwrap();
        assert_eq!(first, second, "{name}");
        let mut reversed = dossier.clone();
        reversed.overtredingen.reverse();
        reversed.besluiten.reverse();
        reversed.duo_beoordelingen.reverse();
        let third = serde_json::to_vec(&replay(&reversed).unwrap()).unwrap();
        assert_eq!(first, third, "{name}: input order changed the output");
        assert_eq!(
            replay(dossier).unwrap().tekst(),
            replay(&reversed).unwrap().tekst()
        );
    }
}

#[test]
fn no_hash_maps_in_the_library() {
    for path in common::bestanden("src") {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("HashMap") && !text.contains("HashSet"),
            "{}",
            path.display()
        );
    }
}
