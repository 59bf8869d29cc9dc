//! The crate explains itself: its docs state each reading with the article it rests on, in its
//! own words, and never send the reader to a document outside the repository (a project's rule
//! book, an issue, a practitioners' guide or a slide deck). This test reads the sources, the
//! tests, the README and the CHANGELOG for such references.

use std::path::{Path, PathBuf};

/// What a reference to an outside document looks like. The words are assembled here so that this
/// file does not match itself.
fn verboden() -> Vec<String> {
    vec![
        ["RULE", "BOOK"].concat(),
        ["Hand", "reiking"].concat(),
        ["web", "inar"].concat(),
        ["shared", "/"].concat(),
        ["seeds", "/"].concat(),
        ["DESIGN", ".md"].concat(),
    ]
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "md") {
            out.push(path);
        }
    }
}

/// "issue" followed by a number, in any case.
fn names_an_issue(line: &str) -> bool {
    let lower = line.to_lowercase();
    let woord = ["iss", "ue"].concat();
    lower.match_indices(&woord).any(|(i, _)| {
        lower[i + woord.len()..]
            .trim_start_matches([' ', '#'])
            .starts_with(|c: char| c.is_ascii_digit())
    })
}

#[test]
fn no_references_to_documents_outside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("README.md"), root.join("CHANGELOG.md")];
    files(&root.join("src"), &mut paths);
    files(&root.join("tests"), &mut paths);
    let verboden = verboden();
    let mut found = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if verboden.iter().any(|v| line.contains(v.as_str())) || names_an_issue(line) {
                found.push(format!("{}:{}: {line}", path.display(), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_check_itself() {
    assert!(names_an_issue(&["see iss", "ue 5"].concat()));
    assert!(names_an_issue(&["(Iss", "ue #23)"].concat()));
    assert!(!names_an_issue("een issue zonder nummer"));
}
