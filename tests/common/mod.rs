//! Builders shared by the integration tests. Expected values never come from here: each test
//! derives its own from the law.
#![allow(dead_code)]

pub mod genereer;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use wi2021_boetes::*;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// An amount from a string literal such as "37.50".
pub fn eur(s: &str) -> Decimal {
    s.parse().expect("valid test amount")
}

pub fn asiel() -> Person {
    Person {
        doelgroep: Doelgroep::Asielstatushouder,
        leerroute: Some(Leerroute::B1Route),
    }
}

pub fn pip(dagtekening: NaiveDate) -> TermijnHistorie {
    TermijnHistorie {
        pip_dagtekening: Some(dagtekening),
        ..TermijnHistorie::default()
    }
}

pub fn pip_overtreding(id: &str, constatering: NaiveDate, v: Verwijtbaarheid) -> Overtreding {
    Overtreding {
        id: id.into(),
        gedraging: Gedraging::OnvoldoendeMeewerkenBegeleiding,
        constateringsdatum: constatering,
        pleegdatum: None,
        verwijtbaarheid: v,
        samenloop: None,
        verlaging: None,
        oproep: None,
        rapportdatum: None,
    }
}

pub fn intake_overtreding(id: &str, constatering: NaiveDate, oproep: u8) -> Overtreding {
    Overtreding {
        id: id.into(),
        gedraging: Gedraging::NietVerschijnenBredeIntake,
        constateringsdatum: constatering,
        pleegdatum: None,
        verwijtbaarheid: Verwijtbaarheid::Normaal,
        samenloop: None,
        verlaging: None,
        oproep: Some(oproep),
        rapportdatum: None,
    }
}

pub fn prior(
    id: &str,
    constatering: NaiveDate,
    stap: u32,
    bedrag: &str,
    status: BoeteStatus,
) -> EerdereBoete {
    EerdereBoete {
        overtreding_id: id.into(),
        gedraging: Gedraging::OnvoldoendeMeewerkenBegeleiding,
        constateringsdatum: constatering,
        ladder_stap: Some(stap),
        bedrag: eur(bedrag),
        status,
    }
}

pub fn onherroepelijk(sinds: NaiveDate) -> BoeteStatus {
    BoeteStatus::Onherroepelijk { sinds }
}

/// Decides `o` for an asielstatushouder on `besluit`, with the given priors.
pub fn decide_with(
    historie: &TermijnHistorie,
    priors: &[EerdereBoete],
    o: &Overtreding,
    besluit: NaiveDate,
) -> Result<Decision<'static>, Fout> {
    decide_for(asiel(), historie, priors, o, besluit)
}

pub fn decide_for(
    person: Person,
    historie: &TermijnHistorie,
    priors: &[EerdereBoete],
    o: &Overtreding,
    besluit: NaiveDate,
) -> Result<Decision<'static>, Fout> {
    // A decision borrows from its input; a test's few inputs may live on, so that a test can
    // keep the decision while it builds the next input.
    let termijnen: &'static Termijnen = Box::leak(Box::new(historie.termijnen()?));
    let config: &'static Config = Box::leak(Box::default());
    let priors: &'static [EerdereBoete] = Box::leak(priors.to_vec().into_boxed_slice());
    let o: &'static Overtreding = Box::leak(Box::new(o.clone()));
    decide(
        &Context {
            person,
            termijnen,
            eerdere_boetes: priors,
            besluitdatum: besluit,
            config,
        },
        o,
    )
}

/// The decision as an earlier fine, onherroepelijk from `sinds`.
pub fn as_prior(decision: &Decision, sinds: NaiveDate) -> EerdereBoete {
    EerdereBoete {
        overtreding_id: decision.overtreding_id.to_owned(),
        gedraging: decision.gedraging,
        constateringsdatum: decision.constateringsdatum,
        ladder_stap: decision.ladder.as_ref().map(|l| l.stap),
        bedrag: decision.bedrag,
        status: onherroepelijk(sinds),
    }
}

pub fn reden_kinds(decision: &Decision) -> Vec<String> {
    decision
        .stappen()
        .iter()
        .map(|s| {
            let v = serde_json::to_value(s).expect("serializable");
            v["soort"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
}

/// A dossier from JSON, as a caller writes it.
pub fn dossier(json: serde_json::Value) -> Dossier {
    serde_json::from_value(json).expect("a dossier in the documented format")
}

/// The articles of the steps, in order.
pub fn artikelen(stappen: &[Stap<'_>]) -> Vec<Artikel> {
    stappen.iter().map(|s| s.artikel()).collect()
}

/// The link of an article.
pub fn link(artikel: Artikel) -> String {
    artikel.link().to_string()
}

/// The kind of a result's error, if it is one.
pub fn soort<T>(result: &Result<T, Fout>) -> Option<&FoutSoort> {
    result.as_ref().err().map(Fout::soort)
}

/// A result's error as its kind, place and field, for assertions.
pub fn fout_van<T: std::fmt::Debug>(
    result: Result<T, Fout>,
) -> (FoutSoort, Option<Plaats>, Option<&'static str>) {
    let fout = result.unwrap_err();
    // The field's name lives on, as in the crate's own errors.
    let veld: Option<&'static str> = fout
        .veld()
        .map(|veld| &*Box::leak(veld.to_owned().into_boxed_str()));
    (fout.soort().clone(), fout.plaats().cloned(), veld)
}

/// The replay of a dossier given as JSON; the dossier lives on, so that the outcome, which
/// borrows from it, can be kept.
pub fn replay_json(json: serde_json::Value) -> Result<DossierUitkomst<'static>, Fout> {
    let dossier: &'static Dossier = Box::leak(Box::new(dossier(json)));
    replay(dossier)
}

/// Every file under `dir` (relative to the crate), in every subdirectory, sorted.
pub fn bestanden(dir: &str) -> Vec<std::path::PathBuf> {
    let mut todo = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    let mut uit = Vec::new();
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                uit.push(path);
            }
        }
    }
    uit.sort();
    uit
}
