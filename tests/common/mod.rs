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
) -> Result<Decision, Fout> {
    decide_for(asiel(), historie, priors, o, besluit)
}

pub fn decide_for(
    person: Person,
    historie: &TermijnHistorie,
    priors: &[EerdereBoete],
    o: &Overtreding,
    besluit: NaiveDate,
) -> Result<Decision, Fout> {
    let termijnen = historie.termijnen()?;
    let config = Config::default();
    decide(
        &Context {
            person,
            termijnen: &termijnen,
            eerdere_boetes: priors,
            besluitdatum: besluit,
            config: &config,
        },
        o,
    )
}

/// The decision as an earlier fine, onherroepelijk from `sinds`.
pub fn as_prior(decision: &Decision, sinds: NaiveDate) -> EerdereBoete {
    EerdereBoete {
        overtreding_id: decision.overtreding_id.clone(),
        gedraging: decision.gedraging,
        constateringsdatum: decision.constateringsdatum,
        ladder_stap: decision.ladder.as_ref().map(|l| l.stap),
        bedrag: decision.bedrag,
        status: onherroepelijk(sinds),
    }
}

pub fn reden_kinds(decision: &Decision) -> Vec<String> {
    decision
        .stappen
        .iter()
        .map(|s| {
            let v = serde_json::to_value(&s.reden).expect("serializable");
            v["reden"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
}

/// A dossier from JSON, as a caller writes it.
pub fn dossier(json: serde_json::Value) -> Dossier {
    serde_json::from_value(json).expect("a dossier in the documented format")
}

/// The articles of the steps, in order.
pub fn artikelen(stappen: &[Step]) -> Vec<Artikel> {
    stappen.iter().map(|s| s.artikel).collect()
}

/// The link of an article.
pub fn link(artikel: Artikel) -> String {
    Step::new(artikel, Reden::GeenVerwijtbaarheid).link()
}
