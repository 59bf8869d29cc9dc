//! Plain language for people learning Dutch: every sentence the scenarios produce has at most 25
//! words, and on average at most 15, not counting the citation in parentheses. Each step of an
//! explanation is one sentence. Where the law obliges the fine, no sentence says the
//! bestuursorgaan "kan" impose it.

mod common;
use wi2021_boetes::*;

/// Every Dutch sentence a dossier's outcome carries: the steps of every decision of the college
/// and of DUO, the deviations and the stacking signals.
fn zinnen(uitkomst: &DossierUitkomst) -> Vec<String> {
    let mut out = Vec::new();
    for entry in &uitkomst.beslissingen {
        out.extend(
            entry
                .beslissing
                .stappen()
                .iter()
                .map(|s| s.zin().to_string()),
        );
    }
    for d in &uitkomst.duo_beslissingen {
        out.extend(d.stappen().iter().map(|s| s.zin().to_string()));
    }
    out.extend(
        uitkomst
            .afwijkingen
            .iter()
            .map(|a| a.soort.zin().to_string()),
    );
    out.extend(uitkomst.stapeling.iter().map(|s| s.zin().to_string()));
    out
}

/// The text without what stands in parentheses (the citations).
fn zonder_haakjes(tekst: &str) -> String {
    let mut out = String::new();
    let mut diepte = 0usize;
    for c in tekst.chars() {
        match c {
            '(' => diepte += 1,
            ')' => diepte = diepte.saturating_sub(1),
            _ if diepte == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The grammatical sentences of a text: split after a full stop, question or exclamation mark
/// followed by white space (a full stop inside an amount, "€ 1.200,00", is not followed by one).
fn zinsdelen(tekst: &str) -> Vec<String> {
    let mut zinnen = Vec::new();
    let mut huidige = String::new();
    let mut chars = tekst.chars().peekable();
    while let Some(c) = chars.next() {
        huidige.push(c);
        if matches!(c, '.' | '?' | '!') && chars.peek().is_none_or(|n| n.is_whitespace()) {
            zinnen.push(std::mem::take(&mut huidige));
        }
    }
    if !huidige.trim().is_empty() {
        zinnen.push(huidige);
    }
    zinnen
}

/// Words: what white space separates, with at least one letter or digit ("€" alone is no word).
fn woorden(zin: &str) -> usize {
    zin.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn scenarios() -> Vec<(String, DossierUitkomst<'static>)> {
    let dir = format!("{}/examples/scenarios", env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let json = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            (
                path.display().to_string(),
                common::replay_json(json).unwrap(),
            )
        })
        .collect()
}

#[test]
fn counting_by_hand() {
    assert_eq!(
        zinsdelen("Het bedrag is € 1.200,00. Daarom (artikel 7.1) geldt dit."),
        [
            "Het bedrag is € 1.200,00.",
            " Daarom (artikel 7.1) geldt dit."
        ]
    );
    assert_eq!(zonder_haakjes("a (b (c)) d"), "a  d");
    assert_eq!(woorden("De boete is € 340,00."), 4);
}

#[test]
fn every_sentence_at_most_25_words_and_15_on_average() {
    let mut totaal = 0usize;
    let mut aantal = 0usize;
    let mut langste = (0usize, String::new());
    for (naam, uitkomst) in scenarios() {
        for zin in zinnen(&uitkomst) {
            let delen = zinsdelen(&zonder_haakjes(&zin));
            for deel in delen {
                let n = woorden(&deel);
                assert!(n <= 25, "{naam}: {n} words: {deel}");
                totaal += n;
                aantal += 1;
                if n > langste.0 {
                    langste = (n, deel.clone());
                }
            }
        }
    }
    assert!(aantal > 300, "{aantal} sentences");
    // At most 15 on average: totaal / aantal <= 15, in whole numbers.
    assert!(
        totaal <= 15 * aantal,
        "average {:.2} words over {aantal} sentences; the longest has {}: {}",
        totaal as f64 / aantal as f64,
        langste.0,
        langste.1
    );
    eprintln!(
        "{aantal} sentences, average {:.2} words, longest {}",
        totaal as f64 / aantal as f64,
        langste.0
    );
}

/// Each step of an explanation says one fact in one sentence.
#[test]
fn one_sentence_per_step() {
    for (naam, uitkomst) in scenarios() {
        let stappen = uitkomst
            .beslissingen
            .iter()
            .flat_map(|e| e.beslissing.stappen().to_vec())
            .chain(
                uitkomst
                    .duo_beslissingen
                    .iter()
                    .flat_map(|d| d.stappen().to_vec()),
            );
        for stap in stappen {
            let zin = stap.zin().to_string();
            assert_eq!(zinsdelen(&zonder_haakjes(&zin)).len(), 1, "{naam}: {zin}");
        }
    }
}

/// Wi art. 22–25 say the bestuursorgaan "legt … op": no sentence says it "kan" impose the fine.
#[test]
fn the_law_obliges_the_fine() {
    for (naam, uitkomst) in scenarios() {
        for zin in zinnen(&uitkomst) {
            let klein = zin.to_lowercase();
            assert!(
                !klein.contains("kan het college") && !klein.contains("kan duo"),
                "{naam}: {zin}"
            );
        }
    }
}
