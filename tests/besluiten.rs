//! Recorded besluiten checked against the rules, each difference reported with its kind; and
//! the procedural flags, which change no amount.

mod common;
use common::*;
use serde_json::{Value, json};
use wi2021_boetes::*;

/// A gezinsmigrant in the B1-route, PIP 2022-05-02: one PIP overtreding of 2022-06-01, normaal.
/// The rules give step 1, € 50 × 50 % = € 25.
fn met_besluit(besluit: Value) -> DossierUitkomst<'static> {
    let mut besluit = besluit;
    besluit["overtreding_id"] = json!("p");
    replay_json(json!({
        "id": "d", "peildatum": "2022-09-01", "doelgroep": "gezinsmigrant",
        "leerroute": "b1_route", "termijnen": { "pip_dagtekening": "2022-05-02" },
        "overtredingen": [
            { "id": "p", "gedraging": "intensiteit_pvt", "constateringsdatum": "2022-06-01",
              "verwijtbaarheid": "normaal" }
        ],
        "besluiten": [besluit]
    }))
    .unwrap()
}

fn afwijking(soort: AfwijkingSoort) -> Afwijking<'static> {
    Afwijking {
        overtreding_id: "p",
        soort,
    }
}

/// € 20 recorded where the rules give € 25: lower than the rules (lawful, for example after
/// bezwaar); the text shows what was imposed, with the rules' amount beside it.
#[test]
fn lower_than_the_rules() {
    let r = met_besluit(json!({
        "besluitdatum": "2022-06-08", "bedrag": "20.00", "status": { "soort": "opgelegd" }
    }));
    assert_eq!(
        r.afwijkingen,
        [afwijking(AfwijkingSoort::LagerDanRegels {
            berekend_bedrag: eur("25.00"),
            geregistreerd_bedrag: eur("20.00"),
        })]
    );
    assert_eq!(r.beslissingen[0].telt_mee, eur("20.00"));
    let tekst = r.tekst();
    assert!(
        tekst.contains("   Uitkomst: boete van € 20,00 opgelegd (volgens de regels € 25,00)."),
        "{tekst}"
    );
    assert!(
        tekst
            .contains("- Overtreding p: opgelegd € 20,00, lager dan de € 25,00 volgens de regels."),
        "{tekst}"
    );
}

/// Step 2 and € 50 recorded where the rules give step 1 and € 25: two differences, each with its
/// kind.
#[test]
fn higher_and_at_another_step() {
    let r = met_besluit(json!({
        "besluitdatum": "2022-06-08", "bedrag": "50.00", "ladder_stap": 2,
        "status": { "soort": "opgelegd" }
    }));
    assert_eq!(
        r.afwijkingen,
        [
            afwijking(AfwijkingSoort::HogerDanRegels {
                berekend_bedrag: eur("25.00"),
                geregistreerd_bedrag: eur("50.00"),
            }),
            afwijking(AfwijkingSoort::AndereTrede {
                berekende_stap: 1,
                geregistreerde_stap: 2,
            })
        ]
    );
    assert!(
        r.tekst()
            .contains("- Overtreding p: opgelegd op trede 2, volgens de regels trede 1.")
    );
}

/// Decided on 2027-06-02: the power lapsed five years after 2022-06-01 (Awb 5:45 lid 1), so the
/// rules give no fine; the recorded € 25 was imposed after the power lapsed: unlawful, to be
/// withdrawn. It is also higher than the rules (€ 0). On 2027-06-01 it was lawful. (A recorded
/// PIP fine the rules do not give needs its step, here 1, for the fines after it.)
#[test]
fn imposed_after_the_power_lapsed() {
    let r = met_besluit(json!({
        "besluitdatum": "2027-06-02", "bedrag": "25.00", "ladder_stap": 1,
        "status": { "soort": "opgelegd" }
    }));
    assert_eq!(
        r.beslissingen[0].beslissing.outcome,
        Outcome::GeenBoete(GeenBoeteReden::BevoegdheidVervallen)
    );
    assert_eq!(
        r.afwijkingen,
        [
            afwijking(AfwijkingSoort::HogerDanRegels {
                berekend_bedrag: eur("0.00"),
                geregistreerd_bedrag: eur("25.00"),
            }),
            afwijking(AfwijkingSoort::NaVerval {
                bevoegd_tot_en_met: d(2027, 6, 1),
                besluitdatum: d(2027, 6, 2),
            })
        ]
    );
    assert!(r.tekst().contains(
        "- Overtreding p: opgelegd op 2 juni 2027, maar de bevoegdheid liep tot en met 1 juni \
         2027: dit besluit moet worden ingetrokken."
    ));
    let r = met_besluit(json!({
        "besluitdatum": "2027-06-01", "bedrag": "25.00", "status": { "soort": "opgelegd" }
    }));
    assert!(r.afwijkingen.is_empty());
    // Only a fine imposed after the lapse is unlawful: a besluit of € 0 on 2027-06-02 imposed
    // nothing, and a herroepen fine no longer stands; neither is a difference.
    for besluit in [
        json!({ "besluitdatum": "2027-06-02", "bedrag": "0.00", "ladder_stap": 1,
                "status": { "soort": "opgelegd" } }),
        json!({ "besluitdatum": "2027-06-02", "bedrag": "25.00", "ladder_stap": 1,
                "status": { "soort": "herroepen" } }),
    ] {
        let r = met_besluit(besluit);
        assert_eq!(
            r.afwijkingen,
            [],
            "{:?}",
            r.beslissingen[0].beslissing.outcome
        );
    }
}

/// A herroepen fine counts for nothing, reads as herroepen, and its differences are moot.
#[test]
fn herroepen_reads_as_herroepen() {
    let r = met_besluit(json!({
        "besluitdatum": "2022-06-08", "bedrag": "50.00", "status": { "soort": "herroepen" }
    }));
    assert!(r.afwijkingen.is_empty());
    assert_eq!(r.beslissingen[0].telt_mee, eur("0.00"));
    let tekst = r.tekst();
    assert!(
        tekst.contains("   Uitkomst: herroepen (eerder opgelegd: € 50,00)."),
        "{tekst}"
    );
    assert!(!tekst.contains("Uitkomst: boete"), "{tekst}");
}

/// Awb 5:51 lid 1: thirteen weeks (91 days) after a rapport of 2022-06-03 is 2022-09-02. A
/// decision on that day is in time; one on 2022-09-05 is flagged (a termijn van orde: the amount
/// stays € 25).
#[test]
fn decided_after_thirteen_weeks() {
    let besluit = |datum: &str| {
        replay_json(json!({
            "id": "d", "peildatum": datum, "doelgroep": "gezinsmigrant",
            "leerroute": "b1_route", "termijnen": { "pip_dagtekening": "2022-05-02" },
            "overtredingen": [
                { "id": "p", "gedraging": "intensiteit_pvt", "constateringsdatum": "2022-06-01",
                  "verwijtbaarheid": "normaal", "rapportdatum": "2022-06-03" }
            ]
        }))
        .unwrap()
        .beslissingen
        .remove(0)
        .beslissing
    };
    // On the last of the thirteen weeks (2022-06-03 + 91 days = 2022-09-02): in time, and the
    // explanation says nothing of an excess.
    let op_tijd = besluit("2022-09-02");
    assert!(op_tijd.signalen.is_empty());
    assert!(
        !op_tijd
            .stappen()
            .iter()
            .any(|s| matches!(s, Stap::BeslistermijnOverschreden { .. }))
    );
    let te_laat = besluit("2022-09-05");
    assert_eq!(
        te_laat.signalen,
        [Signaal::BeslistNaBeslistermijn {
            beslissen_uiterlijk: d(2022, 9, 2),
            besluitdatum: d(2022, 9, 5),
        }]
    );
    assert_eq!(te_laat.bedrag, op_tijd.bedrag);
    assert_eq!(te_laat.bedrag, eur("25.00"));
    let zin = te_laat
        .stappen()
        .iter()
        .find(|s| matches!(s, Stap::BeslistermijnOverschreden { .. }))
        .unwrap()
        .zin()
        .to_string();
    assert_eq!(
        zin,
        "Het college beslist pas op 5 september 2022, na 2 september 2022, maar dat maakt de \
         boete niet ongeldig (artikel 5:51, eerste lid, van de Algemene wet bestuursrecht)."
    );
}

/// DUO's voornemen of 2025-03-20 leaves four weeks to react, up to and including 2025-04-17. A
/// decision on that day is flagged; one on 2025-04-18 is not; the € 340 stays.
#[test]
fn duo_decided_before_the_four_weeks_ran_out() {
    let duo = |besluitdatum: &str| {
        replay_json(json!({
            "id": "d", "peildatum": "2025-05-01", "doelgroep": "overige_migrant",
            "leerroute": "b1_route", "termijnen": { "pip_dagtekening": "2022-03-14" },
            "duo_beoordelingen": [{
                "id": "duo", "beoordelingsdatum": "2025-04-01", "besluitdatum": besluitdatum,
                "voornemen_datum": "2025-03-20", "onafgerond": { "pvt": true },
                "verwijtbaarheid": "normaal", "nieuwe_termijn_maanden": 6
            }]
        }))
        .unwrap()
        .duo_beslissingen
        .remove(0)
    };
    let vroeg = duo("2025-04-17");
    assert_eq!(
        vroeg.signalen,
        [Signaal::BesluitVoorEindeReactietermijn {
            reactie_uiterlijk: d(2025, 4, 17),
            besluitdatum: d(2025, 4, 17),
        }]
    );
    assert_eq!(vroeg.bedrag, eur("340.00"));
    assert!(vroeg.stappen().iter().any(|s| s.zin().to_string()
        == "DUO besliste al op 17 april 2025, voordat die termijn op 17 april 2025 om was \
            (afdeling 4.1.2 van de Algemene wet bestuursrecht)."));
    let op_tijd = duo("2025-04-18");
    assert!(op_tijd.signalen.is_empty());
    assert_eq!(op_tijd.bedrag, eur("340.00"));
}
