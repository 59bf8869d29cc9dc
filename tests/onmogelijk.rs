//! Dossiers the law cannot produce are refused with an error that names the field: dates before
//! the Wet inburgering 2021 took effect (2022-01-01), a brede-intake oproep after the PIP, a
//! recorded fine above its statutory maximum (Wi art. 26 lid 1), a fine onherroepelijk before it
//! was imposed, a ladder step on a fine that has none, unknown keys anywhere; and the Z-route's
//! eindgesprek is fineable only on the Z-route.

mod common;
use common::*;
use serde_json::{Value, json};
use wi2021_boetes::*;

/// A valid dossier to break: an asielstatushouder in the B1-route, PIP 2022-05-02, a brede-intake
/// oproep before it and a PIP overtreding after it with a recorded besluit.
fn basis() -> Value {
    json!({
        "id": "d", "peildatum": "2022-09-01", "doelgroep": "asielstatushouder",
        "leerroute": "b1_route", "termijnen": { "pip_dagtekening": "2022-05-02" },
        "overtredingen": [
            { "id": "bi", "gedraging": "niet_verschijnen_brede_intake", "oproep": 2,
              "constateringsdatum": "2022-03-01", "verwijtbaarheid": "normaal" },
            { "id": "p", "gedraging": "intensiteit_pvt", "constateringsdatum": "2022-06-01",
              "verwijtbaarheid": "normaal" }
        ],
        "besluiten": [
            { "overtreding_id": "bi", "besluitdatum": "2022-03-08", "bedrag": "250.00",
              "status": { "soort": "onherroepelijk", "sinds": "2022-04-19" } },
            { "overtreding_id": "p", "besluitdatum": "2022-06-08", "bedrag": "25.00",
              "ladder_stap": 1, "status": { "soort": "opgelegd" } }
        ]
    })
}

fn fout(json: Value) -> String {
    replay_json(json).unwrap_err().to_string()
}

fn met(edit: impl FnOnce(&mut Value)) -> Value {
    let mut json = basis();
    edit(&mut json);
    json
}

#[test]
fn the_base_dossier_is_lawful() {
    let r = replay_json(basis()).unwrap();
    assert_eq!(r.beslissingen.len(), 2);
    assert!(r.afwijkingen.is_empty());
}

/// The Wi 2021 applies from 2022-01-01: an overtreding (constatering or pleegdatum), an oproep,
/// a PIP or a DUO assessment dated before cannot be under it.
#[test]
fn dates_before_the_wi_2021() {
    let wi_2013 = "before 2022-01-01, when the Wet inburgering 2021 took effect; earlier cases \
                   fall under the Wet inburgering 2013, which this crate does not implement";
    let o = met(|j| {
        j["overtredingen"][0]["constateringsdatum"] = json!("2021-12-31");
    });
    assert_eq!(
        fout(o),
        format!(
            "dossier `d`, overtreding `bi`, field `constateringsdatum`: it is 2021-12-31, {wi_2013}"
        )
    );
    // On 2022-01-01 itself it can.
    let o = met(|j| {
        j["overtredingen"][0]["constateringsdatum"] = json!("2022-01-01");
        j["besluiten"][0]["besluitdatum"] = json!("2022-01-10");
    });
    assert!(replay_json(o).is_ok());
    let o = met(|j| {
        j["overtredingen"][1]["pleegdatum"] = json!("2021-12-31");
    });
    assert_eq!(
        fout(o),
        format!("dossier `d`, overtreding `p`, field `pleegdatum`: it is 2021-12-31, {wi_2013}")
    );
    let o = met(|j| {
        j["termijnen"]["pip_dagtekening"] = json!("2021-12-31");
    });
    assert_eq!(
        fout(o),
        "dossier `d`, termijnen, field `pip_dagtekening`: it is 2021-12-31, before 2022-01-01, when \
         the Wet inburgering 2021 took effect; earlier cases fall under the Wet inburgering 2013, \
         which this crate does not implement"
    );
    let o = met(|j| {
        j["duo_beoordelingen"] = json!([{
            "id": "duo", "beoordelingsdatum": "2021-12-31", "onafgerond": { "pvt": true },
            "verwijtbaarheid": "normaal"
        }]);
    });
    assert_eq!(
        fout(o),
        format!(
            "dossier `d`, duo_beoordelingen `duo`, field `beoordelingsdatum`: it is 2021-12-31, {wi_2013}"
        )
    );
}

/// The brede intake comes before the PIP (Wi art. 14, 15): an oproep missed after the PIP's
/// dagtekening is refused; on the dagtekening itself it is not.
#[test]
fn oproep_after_the_pip() {
    let o = met(|j| {
        j["overtredingen"][0]["constateringsdatum"] = json!("2022-05-03");
        j["besluiten"][0]["besluitdatum"] = json!("2022-05-10");
        j["besluiten"][0]["status"]["sinds"] = json!("2022-06-21");
    });
    assert_eq!(
        fout(o),
        "dossier `d`, overtreding `bi`, field `constateringsdatum`: it is 2022-05-03, after the PIP's dagtekening \
         2022-05-02; the brede intake comes before the PIP (Wi art. 14 and 15), so a missed \
         oproep cannot follow it"
    );
    let o = met(|j| {
        j["overtredingen"][0]["constateringsdatum"] = json!("2022-05-02");
        j["besluiten"][0]["besluitdatum"] = json!("2022-05-09");
        j["besluiten"][0]["status"]["sinds"] = json!("2022-06-20");
    });
    assert!(replay_json(o).is_ok());
}

/// Wi art. 26 lid 1: at most € 250 for the brede-intake fine, € 800 for the PIP fine.
#[test]
fn recorded_fine_above_its_maximum() {
    let o = met(|j| j["besluiten"][0]["bedrag"] = json!("250.01"));
    assert_eq!(
        fout(o),
        "dossier `d`, besluit on overtreding `bi`, field `bedrag`: it is 250.01, above the 250.00 that Wi art. 26 \
         lid 1 allows for gedraging `niet_verschijnen_brede_intake`"
    );
    let o = met(|j| j["besluiten"][1]["bedrag"] = json!("800.01"));
    assert_eq!(
        fout(o),
        "dossier `d`, besluit on overtreding `p`, field `bedrag`: it is 800.01, above the 800.00 that Wi art. 26 \
         lid 1 allows for gedraging `intensiteit_pvt`"
    );
    // The maxima themselves are lawful (the amounts then differ from the rules: reported).
    let o = met(|j| {
        j["besluiten"][1]["bedrag"] = json!("800.00");
    });
    assert!(replay_json(o).is_ok());
}

/// A fine cannot be onherroepelijk before it was imposed; on the day itself it can.
#[test]
fn onherroepelijk_before_the_besluit() {
    let o = met(|j| j["besluiten"][0]["status"]["sinds"] = json!("2022-03-07"));
    assert_eq!(
        fout(o),
        "dossier `d`, besluit on overtreding `bi`, field `status.sinds`: it is 2022-03-07, before the \
         besluitdatum 2022-03-08; a fine cannot become onherroepelijk before it is imposed"
    );
    let o = met(|j| j["besluiten"][0]["status"]["sinds"] = json!("2022-03-08"));
    assert!(replay_json(o).is_ok());
}

/// Only a PIP fine is on the ladder of Bi 7.1 lid 3.
#[test]
fn ladder_step_on_a_brede_intake_fine() {
    let o = met(|j| j["besluiten"][0]["ladder_stap"] = json!(1));
    assert_eq!(
        fout(o),
        "dossier `d`, besluit on overtreding `bi`, field `ladder_stap`: it is given, but gedraging \
         `niet_verschijnen_brede_intake` is not fined on the ladder of Bi art. 7.1 lid 3; only a \
         PIP fine has a ladder step"
    );
}

/// Unknown keys are refused everywhere, inside `status` too; `sinds` belongs to
/// `onherroepelijk` only, and `onherroepelijk` needs it.
#[test]
fn unknown_keys_anywhere() {
    let parse = |json: Value| {
        serde_json::from_value::<Dossier>(json)
            .unwrap_err()
            .to_string()
    };
    type Edit = fn(&mut Value);
    let cases: [(Edit, &str); 9] = [
        (
            |j| j["besluiten"][0]["status"]["reden"] = json!("x"),
            "unknown field `reden`, expected `soort` or `sinds`",
        ),
        (
            |j| j["besluiten"][1]["status"]["sinds"] = json!("2022-07-20"),
            "the field `sinds` belongs only to `onherroepelijk`",
        ),
        (
            |j| j["besluiten"][0]["status"] = json!({ "soort": "onherroepelijk" }),
            "`onherroepelijk` needs the field `sinds`",
        ),
        (|j| j["naam"] = json!("x"), "unknown field `naam`"),
        (
            |j| j["termijnen"]["einde"] = json!("2025-01-01"),
            "unknown field `einde`",
        ),
        (
            |j| j["overtredingen"][0]["bsn"] = json!("1"),
            "unknown field `bsn`",
        ),
        (
            |j| j["besluiten"][0]["reden"] = json!("x"),
            "unknown field `reden`",
        ),
        (
            |j| j["config"] = json!({ "drempel": "1.00" }),
            "unknown field `drempel`",
        ),
        (
            |j| j["stapeling"] = json!({ "dagen": 3 }),
            "unknown field `dagen`",
        ),
    ];
    for (edit, expected) in cases {
        let message = parse(met(edit));
        assert!(message.contains(expected), "{message}");
    }
}

/// The Z-route's eindgesprek exists only on the Z-route: for an asielstatushouder in the
/// B1-route it is not fineable, in the Z-route it is (step 1, normaal: € 25).
#[test]
fn z_route_eindgesprek_only_on_the_z_route() {
    let eindgesprek = |leerroute: &str| {
        met(|j| {
            j["leerroute"] = json!(leerroute);
            j["overtredingen"][1]["gedraging"] = json!("eindgesprek_z_route");
            j["besluiten"].as_array_mut().unwrap().truncate(1);
        })
    };
    let r = replay_json(eindgesprek("b1_route")).unwrap();
    let b = &r.beslissingen[1].beslissing;
    assert_eq!(
        b.outcome,
        Outcome::GeenBoete(GeenBoeteReden::NietBeboetbaar {
            waarom: NietBeboetbaar::GeenZRoute
        })
    );
    assert_eq!(
        b.stappen()[0].zin().to_string(),
        "Hiervoor is geen boete mogelijk: dit eindgesprek hoort bij de zelfredzaamheidsroute, en \
         die volgt u niet (artikel 15, eerste lid, van de Wet inburgering 2021)."
    );
    let r = replay_json(eindgesprek("zelfredzaamheidsroute")).unwrap();
    assert_eq!(r.beslissingen[1].beslissing.bedrag, eur("25.00"));
}
