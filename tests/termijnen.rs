//! The terms, right to the day. A term of N months that begins on day S ends on the day before
//! the same-numbered day N months later, or on that month's last day where it has no such day.
//! An extension by M months ends on the last day of an M-month term beginning the day after the
//! old last day. Every expected date below is counted by hand on the calendar.

mod common;
use chrono::{Datelike, Days, NaiveDate};
use common::*;
use proptest::prelude::*;
use serde_json::{Value, json};
use wi2021_boetes::*;

fn initieel(pip: NaiveDate) -> Termijn {
    TermijnHistorie {
        pip_dagtekening: Some(pip),
        ..TermijnHistorie::default()
    }
    .termijnen()
    .unwrap()
    .initieel
    .unwrap()
}

#[test]
fn the_examples_of_the_rule() {
    // A PIP dated 2024-02-28: from 2024-02-29 up to and including 2027-02-28 (February 2027 has
    // no 29th, so the term ends on its last day).
    let t = initieel(d(2024, 2, 28));
    assert_eq!((t.begin, t.einde), (d(2024, 2, 29), d(2027, 2, 28)));
    // Six months from 2024-10-31: April has no 31st → 2025-04-30.
    assert_eq!(
        Termijn::laatste_dag(d(2024, 10, 31), 6),
        Some(d(2025, 4, 30))
    );
    // Eighteen months from 2026-08-30: February 2028 has no 30th → 2028-02-29 (a leap year).
    assert_eq!(
        Termijn::laatste_dag(d(2026, 8, 30), 18),
        Some(d(2028, 2, 29))
    );
    // Six months from 2024-03-01: the day before 2024-09-01.
    assert_eq!(Termijn::laatste_dag(d(2024, 3, 1), 6), Some(d(2024, 8, 31)));
    // The initial term of a PIP dated 2022-03-14: 2022-03-15 up to and including 2025-03-14.
    let t = initieel(d(2022, 3, 14));
    assert_eq!((t.begin, t.einde), (d(2022, 3, 15), d(2025, 3, 14)));
}

#[test]
fn the_28th_and_29th_of_february() {
    // Begins on 28 February: ends the day before 28 February, the 27th.
    assert_eq!(
        Termijn::laatste_dag(d(2023, 2, 28), 12),
        Some(d(2024, 2, 27))
    );
    assert_eq!(
        Termijn::laatste_dag(d(2024, 2, 28), 36),
        Some(d(2027, 2, 27))
    );
    // Begins on 29 February: a common year's February has no 29th, so its last day, the 28th.
    assert_eq!(
        Termijn::laatste_dag(d(2024, 2, 29), 12),
        Some(d(2025, 2, 28))
    );
    // In a leap year it has: the day before, the 28th.
    assert_eq!(
        Termijn::laatste_dag(d(2024, 2, 29), 48),
        Some(d(2028, 2, 28))
    );
    // A PIP dated 29 February: the term begins on 1 March.
    let t = initieel(d(2024, 2, 29));
    assert_eq!((t.begin, t.einde), (d(2024, 3, 1), d(2027, 2, 28)));
}

#[test]
fn the_29th_to_the_31st_as_first_day() {
    // One month from 29, 30 and 31 January in a common year: February's last day, the 28th.
    for day in [29, 30, 31] {
        assert_eq!(
            Termijn::laatste_dag(d(2023, 1, day), 1),
            Some(d(2023, 2, 28)),
            "{day}"
        );
    }
    // In a leap year February has a 29th: from the 29th the day before it, the 28th; from the
    // 30th and 31st February's last day, the 29th.
    assert_eq!(
        Termijn::laatste_dag(d(2024, 1, 29), 1),
        Some(d(2024, 2, 28))
    );
    assert_eq!(
        Termijn::laatste_dag(d(2024, 1, 30), 1),
        Some(d(2024, 2, 29))
    );
    assert_eq!(
        Termijn::laatste_dag(d(2024, 1, 31), 1),
        Some(d(2024, 2, 29))
    );
    // From the 31st into 30-day months: their last day.
    assert_eq!(
        Termijn::laatste_dag(d(2023, 3, 31), 6),
        Some(d(2023, 9, 30))
    );
    assert_eq!(
        Termijn::laatste_dag(d(2023, 5, 31), 6),
        Some(d(2023, 11, 30))
    );
    // From the 30th into a 31-day month: the 29th.
    assert_eq!(
        Termijn::laatste_dag(d(2023, 4, 30), 3),
        Some(d(2023, 7, 29))
    );
    // Eighteen months from 31 August 2023: February 2025 ends on the 28th.
    assert_eq!(
        Termijn::laatste_dag(d(2023, 8, 31), 18),
        Some(d(2025, 2, 28))
    );
}

#[test]
fn a_term_beginning_on_the_first() {
    // The day before the 1st is the last day of the month before.
    assert_eq!(
        Termijn::laatste_dag(d(2024, 1, 1), 36),
        Some(d(2026, 12, 31))
    );
    assert_eq!(
        Termijn::laatste_dag(d(2023, 3, 1), 12),
        Some(d(2024, 2, 29))
    );
    assert_eq!(
        Termijn::laatste_dag(d(2022, 3, 1), 12),
        Some(d(2023, 2, 28))
    );
}

#[test]
fn extensions() {
    // Six months on a term ending 2025-02-28: a term of six months from 2025-03-01.
    assert_eq!(Termijn::verleng(d(2025, 2, 28), 6), Some(d(2025, 8, 31)));
    // On a term ending 2025-08-31: from 2025-09-01, six months, up to 2026-02-28.
    assert_eq!(Termijn::verleng(d(2025, 8, 31), 6), Some(d(2026, 2, 28)));
    // Extensions of an extended term, given in any order: each must end after the term's
    // current last day. PIP 2022-02-28: the term runs up to 2025-02-28.
    let historie = |data: &[NaiveDate]| TermijnHistorie {
        pip_dagtekening: Some(d(2022, 2, 28)),
        verlengingen: data
            .iter()
            .map(|&nieuwe_einddatum| Verlenging { nieuwe_einddatum })
            .collect(),
        nieuwe_termijnen: vec![],
    };
    let t = historie(&[d(2026, 2, 28), d(2025, 8, 31)])
        .termijnen()
        .unwrap();
    assert_eq!(t.initieel.unwrap().einde, d(2026, 2, 28));
    // An extension to the current last day extends nothing.
    assert_eq!(
        historie(&[d(2025, 2, 28)]).termijnen().unwrap_err().soort(),
        &FoutSoort::VerlengingTeVroeg {
            nieuwe_einddatum: d(2025, 2, 28),
            einde: d(2025, 2, 28)
        }
    );
    // Two extensions to the same day: the second does not end after the first.
    assert_eq!(
        historie(&[d(2025, 8, 31), d(2025, 8, 31)])
            .termijnen()
            .unwrap_err()
            .soort(),
        &FoutSoort::VerlengingTeVroeg {
            nieuwe_einddatum: d(2025, 8, 31),
            einde: d(2025, 8, 31)
        }
    );
}

/// A DUO dossier: PIP 2022-02-28 (term up to and including 2025-02-28), a gezinsmigrant in the
/// B1-route, with the assessments given.
fn duo_dossier(leerroute: Option<&str>, beoordelingen: Value) -> Value {
    json!({
        "id": "d", "peildatum": "2026-06-01", "doelgroep": "gezinsmigrant",
        "leerroute": leerroute, "termijnen": { "pip_dagtekening": "2022-02-28" },
        "duo_beoordelingen": beoordelingen
    })
}

fn beoordeling(id: &str, datum: &str, onafgerond: Value, extra: Value) -> Value {
    let mut b = json!({
        "id": id, "beoordelingsdatum": datum, "onafgerond": onafgerond,
        "verwijtbaarheid": "normaal", "nieuwe_termijn_maanden": 12
    });
    for (key, value) in extra.as_object().unwrap() {
        b[key] = value.clone();
    }
    b
}

/// Aanzienlijke inspanningen extend the term by six months (Bi 4.4 lid 1): 2025-02-28 becomes
/// 2025-08-31. Then the extended term's overrun is found not verwijtbaar and DUO extends it to
/// 2026-01-31: an extension of an extended term.
#[test]
fn extension_of_an_extended_term_through_duo() {
    let inspanningen = json!({
        "examens_op_pip_niveau_ten_minste_a2": true, "alle_lessen_gevolgd": true,
        "uren_gevolgd": 500, "taalonderdelen_behaald": 2, "knm_behaald": true
    });
    let r = replay_json(duo_dossier(
        Some("b1_route"),
        json!([
            beoordeling(
                "a",
                "2025-03-03",
                json!({ "leerroute": true }),
                json!({ "inspanningen": inspanningen })
            ),
            beoordeling(
                "b",
                "2025-09-01",
                json!({ "leerroute": true }),
                json!({ "verwijtbaarheid": "geen", "verlenging_tot": "2026-01-31" })
            ),
        ]),
    ))
    .unwrap();
    assert_eq!(
        r.duo_beslissingen[0].uitkomst,
        DuoUitkomst::Verlenging {
            grond: VerlengingsGrond::AanzienlijkeInspanningen,
            tot: d(2025, 8, 31)
        }
    );
    assert_eq!(r.duo_beslissingen[1].datums.termijn_einde, d(2025, 8, 31));
    assert_eq!(r.termijnen.initieel.unwrap().einde, d(2026, 1, 31));
}

/// The term's real last day: a PIP dated 2024-02-28 gives a term up to and including
/// 2027-02-28. DUO assesses after it, not on it; a gemeente overtreding on that day lies in the
/// term; one on the day after lies in no known term.
#[test]
fn the_last_day_itself() {
    let dossier_op = |beoordelingsdatum: &str, overtreding: &str| {
        dossier(json!({
            "id": "d", "peildatum": "2027-03-15", "doelgroep": "overige_migrant",
            "leerroute": "b1_route", "termijnen": { "pip_dagtekening": "2024-02-28" },
            "overtredingen": [{ "id": "p", "gedraging": "intensiteit_pvt",
                                "constateringsdatum": overtreding, "verwijtbaarheid": "normaal" }],
            "duo_beoordelingen": [beoordeling("duo", beoordelingsdatum, json!({ "pvt": true }), json!({}))]
        }))
    };
    assert_eq!(
        fout_van(replay(&dossier_op("2027-02-28", "2027-02-28"))),
        (
            FoutSoort::BeoordelingVoorEindeTermijn {
                beoordelingsdatum: d(2027, 2, 28),
                termijn_einde: d(2027, 2, 28)
            },
            Some(Plaats::Beoordeling("duo".into())),
            Some("beoordelingsdatum")
        )
    );
    let dossier = dossier_op("2027-03-01", "2027-02-28");
    let r = replay(&dossier).unwrap();
    assert_eq!(
        r.beslissingen[0].beslissing.plafond.unwrap().termijn,
        Bucket::Initieel
    );
    let duo = &r.duo_beslissingen[0];
    assert_eq!(duo.datums.termijn_einde, d(2027, 2, 28));
    // The overtreding falls on the day after the term, 2027-03-01; three years on, 2030-03-01.
    assert_eq!(duo.bevoegd_tot_en_met, Some(d(2030, 3, 1)));
    // DUO's letter two months before the end, an extension asked from six months before.
    assert_eq!(duo.datums.brief_uiterlijk, Some(d(2026, 12, 28)));
    assert_eq!(duo.datums.verlenging_aanvragen_vanaf, Some(d(2026, 8, 28)));
    // The new term runs from the day after the besluit (2027-03-01): 2027-03-02 to 2028-03-01.
    assert_eq!(
        (r.termijnen.nieuw[0].begin, r.termijnen.nieuw[0].einde),
        (d(2027, 3, 2), d(2028, 3, 1))
    );
    assert!(matches!(
        soort(&replay(&dossier_op("2027-03-01", "2027-03-01"))),
        Some(FoutSoort::BuitenTermijn { .. })
    ));
}

/// An extension because the overrun is not verwijtbaar carries its new last day, which lies
/// after the term's current last day; a new last day without such an extension is refused.
#[test]
fn duo_extension_needs_its_end_date() {
    let fout = |extra: Value| {
        replay_json(duo_dossier(
            Some("b1_route"),
            json!([beoordeling(
                "duo",
                "2025-03-10",
                json!({ "pvt": true }),
                extra
            )]),
        ))
        .unwrap_err()
        .to_string()
    };
    assert_eq!(
        fout(json!({ "verwijtbaarheid": "geen" })),
        "dossier `d`, duo_beoordelingen `duo`, field `verlenging_tot`: it is missing; the overrun \
         is not verwijtbaar, so DUO extends the term (Wi art. 12 lid 1 sub a), and the beschikking \
         states the extension (Bi art. 4.5 lid 4)"
    );
    assert_eq!(
        fout(json!({ "verwijtbaarheid": "geen", "verlenging_tot": "2025-02-28" })),
        "dossier `d`, duo_beoordelingen `duo`, field `verlenging_tot`: it is 2025-02-28, but the \
         term already runs up to and including 2025-02-28; an extension (Wi art. 12) must end \
         after the term's current last day"
    );
    assert_eq!(
        fout(json!({ "verlenging_tot": "2025-08-31" })),
        "dossier `d`, duo_beoordelingen `duo`, field `verlenging_tot`: it is given, but it \
         belongs only to an extension because the overrun is not verwijtbaar (field \
         `verwijtbaarheid` is `geen`, and a part was not completed in time)"
    );
    // A day after the current last day is an extension.
    let r = replay_json(duo_dossier(
        Some("b1_route"),
        json!([beoordeling(
            "duo",
            "2025-03-10",
            json!({ "pvt": true }),
            json!({ "verwijtbaarheid": "geen", "verlenging_tot": "2025-03-01" })
        )]),
    ))
    .unwrap();
    assert_eq!(r.termijnen.initieel.unwrap().einde, d(2025, 3, 1));
}

/// The MAP is no duty in the onderwijsroute (Wi art. 8 lid 3): an open MAP there is never fined,
/// never extended and never named among the parts not completed, whatever the verwijtbaarheid.
#[test]
fn the_map_in_the_onderwijsroute() {
    let r = replay_json(duo_dossier(
        Some("onderwijsroute"),
        json!([beoordeling(
            "duo",
            "2025-03-10",
            json!({ "map": true }),
            json!({ "verwijtbaarheid": "geen" })
        )]),
    ))
    .unwrap();
    let b = &r.duo_beslissingen[0];
    assert_eq!(
        b.uitkomst,
        DuoUitkomst::GeenBoete {
            reden: DuoGeenBoeteReden::GeenMapPlichtOnderwijsroute
        }
    );
    assert!(b.onderdelen.is_leeg());
    assert_eq!(
        r.termijnen.initieel.unwrap().einde,
        d(2025, 2, 28),
        "not extended"
    );
    assert_eq!(
        b.stappen()
            .iter()
            .map(|s| s.zin().to_string())
            .collect::<Vec<_>>(),
        [
            "In de onderwijsroute hoeft u de module Arbeidsmarkt en Participatie niet te volgen, dus \
          is er geen boete of verlenging voor (artikel 8, derde lid, van de Wet inburgering 2021)."
        ]
    );
    // Beside an open PVT only the PVT is named.
    let r = replay_json(duo_dossier(
        Some("onderwijsroute"),
        json!([beoordeling(
            "duo",
            "2025-03-10",
            json!({ "pvt": true, "map": true }),
            json!({})
        )]),
    ))
    .unwrap();
    assert_eq!(r.duo_beslissingen.len(), 1);
    assert!(
        r.duo_beslissingen[0]
            .onderdelen
            .iter()
            .eq([DuoOnderdeel::Pvt])
    );
    assert!(
        r.duo_beslissingen[0]
            .stappen()
            .iter()
            .all(|s| !s.zin().to_string().contains("Arbeidsmarkt"))
    );
    // Without a known leerroute an open MAP alone cannot be judged; beside an open PVT the one
    // € 340 follows for the PVT.
    assert_eq!(
        replay_json(duo_dossier(
            None,
            json!([beoordeling(
                "duo",
                "2025-03-10",
                json!({ "map": true }),
                json!({})
            )]),
        ))
        .unwrap_err()
        .to_string(),
        "dossier `d`, duo_beoordelingen `duo`, field `leerroute`: it is missing, and whether an \
         open MAP is a duty (Wi art. 8 lid 3) depends on the leerroute"
    );
    let r = replay_json(duo_dossier(
        None,
        json!([beoordeling(
            "duo",
            "2025-03-10",
            json!({ "pvt": true, "map": true }),
            json!({})
        )]),
    ))
    .unwrap();
    assert!(
        r.duo_beslissingen[0]
            .onderdelen
            .iter()
            .eq([DuoOnderdeel::Pvt])
    );
    assert_eq!(r.duo_beslissingen[0].bedrag, eur("340.00"));
}

/// A new term runs after the boetebeschikking is made known (Wi art. 24 lid 2): its first day
/// lies after the besluitdatum.
#[test]
fn a_new_term_begins_after_the_besluit() {
    let met = |ingang: &str| {
        replay_json(duo_dossier(
            Some("b1_route"),
            json!([beoordeling(
                "duo",
                "2025-03-10",
                json!({ "pvt": true }),
                json!({ "besluitdatum": "2025-03-17", "nieuwe_termijn_ingangsdatum": ingang })
            )]),
        ))
    };
    assert_eq!(
        met("2025-03-17").unwrap_err().to_string(),
        "dossier `d`, duo_beoordelingen `duo`, field `nieuwe_termijn_ingangsdatum`: it is \
         2025-03-17, but the besluit is dated 2025-03-17; the new term runs after the boetebeschikking is made known \
         (Wi art. 24 lid 2), so it begins after the besluitdatum"
    );
    let r = met("2025-03-24").unwrap();
    // Twelve months from 2025-03-24: up to and including 2026-03-23.
    assert_eq!(
        (r.termijnen.nieuw[0].begin, r.termijnen.nieuw[0].einde),
        (d(2025, 3, 24), d(2026, 3, 23))
    );
}

/// The gemeente's beslisser turns on the amount the college imposes: a step-5 PIP fine of € 800
/// lowered to € 300 is decided by the klantmanager (€ 300 is not above € 340).
#[test]
fn the_beslisser_turns_on_the_amount_imposed() {
    let r = replay_json(json!({
        "id": "d", "peildatum": "2023-05-10", "doelgroep": "gezinsmigrant",
        "leerroute": "b1_route", "termijnen": { "pip_dagtekening": "2022-05-02" },
        "overtredingen": [
            { "id": "p4", "gedraging": "intensiteit_pvt", "constateringsdatum": "2023-01-02",
              "verwijtbaarheid": "opzet" },
            { "id": "p5", "gedraging": "intensiteit_pvt", "constateringsdatum": "2023-05-01",
              "verwijtbaarheid": "opzet",
              "verlaging": { "bedrag": "300.00", "reden": "schulden" } }
        ],
        "besluiten": [{ "overtreding_id": "p4", "besluitdatum": "2023-01-09", "bedrag": "400.00",
                        "ladder_stap": 4,
                        "status": { "soort": "onherroepelijk", "sinds": "2023-02-20" } }]
    }))
    .unwrap();
    let p5 = &r.beslissingen[1].beslissing;
    assert_eq!(
        (p5.berekend_bedrag, p5.bedrag),
        (Some(eur("800.00")), eur("300.00"))
    );
    assert_eq!(p5.procedure.unwrap().beslisser, Beslisser::Klantmanager);
}

fn tabel_per_doelgroep(asiel: &str, gezin: &str) -> Value {
    let band = |bedrag: &str| {
        json!([{ "uren": { "van": 0 }, "examenpogingen": { "van": 0 },
                 "examens_behaald": { "van": 0 }, "bedrag": bedrag }])
    };
    json!({
        "bron": "illustratief",
        "b1_route": { "asielstatushouder": band(asiel), "gezins_en_overige_migrant": band(gezin) },
        "onderwijsroute": band("500.00"),
        "zelfredzaamheidsroute": band("500.00")
    })
}

/// The leerroute table by doelgroep: a route's table is one list of bands, or a list per
/// doelgroep; validation names the route and the doelgroep at fault.
#[test]
fn the_table_by_doelgroep() {
    let tabellen: LeerrouteTabellen =
        serde_json::from_value(tabel_per_doelgroep("900.00", "600.00")).unwrap();
    assert_eq!(tabellen.validate(), Ok(()));
    let inspanning = LeerrouteInspanning {
        uren: 10,
        examenpogingen: 0,
        examens_behaald: 0,
    };
    let bedrag = |doelgroep| {
        tabellen
            .lookup(Leerroute::B1Route, doelgroep, inspanning)
            .unwrap()
    };
    assert_eq!(bedrag(Doelgroep::Asielstatushouder), (0, eur("900.00")));
    assert_eq!(bedrag(Doelgroep::Gezinsmigrant), (0, eur("600.00")));
    assert_eq!(bedrag(Doelgroep::OverigeMigrant), (0, eur("600.00")));
    let invalid: LeerrouteTabellen =
        serde_json::from_value(tabel_per_doelgroep("900.00", "1000.01")).unwrap();
    assert_eq!(
        invalid.validate().unwrap_err().to_string(),
        "leerroute_tabellen.b1_route.gezins_en_overige_migrant, band 1: the amount 1000.01 is not \
         between 0.00 and 1000.00 in whole cents (Wi art. 26 lid 1 sub d)"
    );
    let mut unknown = tabel_per_doelgroep("900.00", "600.00");
    unknown["b1_route"]["overige_migrant"] = json!([]);
    let err = serde_json::from_value::<LeerrouteTabellen>(unknown)
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown field `overige_migrant`"), "{err}");
}

/// Errors about a DUO assessment name the assessment, also where the same rule applies to an
/// overtreding.
#[test]
fn errors_name_the_assessment() {
    let fout = |leerroute: Option<&str>, onafgerond: Value, extra: Value| {
        replay_json(duo_dossier(
            leerroute,
            json!([beoordeling("duo", "2025-03-10", onafgerond, extra)]),
        ))
        .unwrap_err()
        .to_string()
    };
    assert_eq!(
        fout(
            Some("b1_route"),
            json!({ "pvt": true }),
            json!({ "verlaging_pvt_map": { "bedrag": "340.01", "reden": "r" } })
        ),
        "dossier `d`, duo_beoordelingen `duo`, field `verlaging_pvt_map.bedrag`: it is 340.01, above the 340.00 \
         the rules give; a lowering for bijzondere omstandigheden (Awb art. 5:46 lid 3) can only \
         lower a fine"
    );
    assert_eq!(
        fout(
            Some("b1_route"),
            json!({ "pvt": true }),
            json!({ "verlaging_pvt_map": { "bedrag": "100.00", "reden": " " } })
        ),
        "dossier `d`, duo_beoordelingen `duo`, field `verlaging_pvt_map.reden`: it is empty; a \
         lowering must record the bijzondere omstandigheden it rests on (Awb art. 5:46 lid 3)"
    );
    assert_eq!(
        fout(
            None,
            json!({ "leerroute": true }),
            json!({ "leerroute_inspanning": { "uren": 1, "examenpogingen": 0, "examens_behaald": 0 } })
        ),
        "dossier `d`, duo_beoordelingen `duo`, field `leerroute`: it is missing, and the \
         leerroute fine (Bi art. 7.2 lid 2) depends on the leerroute"
    );
}

/// A new term given in `termijnen.nieuwe_termijnen` and set by a DUO assessment as well is
/// refused with a message that says so.
#[test]
fn the_same_new_term_given_twice() {
    let mut json = duo_dossier(
        Some("b1_route"),
        json!([beoordeling(
            "duo",
            "2025-03-10",
            json!({ "pvt": true }),
            json!({})
        )]),
    );
    json["termijnen"]["nieuwe_termijnen"] =
        json!([{ "ingangsdatum": "2025-03-11", "maanden": 12 }]);
    assert_eq!(
        replay_json(json).unwrap_err().to_string(),
        "dossier `d`, termijnen.nieuwe_termijnen[0], field `ingangsdatum`: the new term beginning 2025-03-11 is also set by \
         duo_beoordelingen `duo`; give a new term once, either in `termijnen.nieuwe_termijnen` or \
         through the assessment that set it"
    );
}

proptest! {
    /// Over the whole calendar: the last day falls in the month N months after S's month, or in
    /// the month before it when S is the 1st; a term is never shorter than 28·N days nor longer
    /// than 31·N days.
    #[test]
    fn last_day_over_the_calendar(dag in prop_oneof![
        (NaiveDate::MIN.num_days_from_ce()..NaiveDate::MAX.num_days_from_ce()),
        (730_000i32..800_000),
    ], n in 1u32..=60) {
        let s = NaiveDate::from_num_days_from_ce_opt(dag).unwrap();
        // Beyond the calendar's last month there is no last day: `None`, never a panic.
        let Some(last) = Termijn::laatste_dag(s, n) else {
            prop_assert!(s > NaiveDate::MAX - Days::new(31 * 60));
            return Ok(());
        };
        let maand = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        let verwacht = maand(s) + n as i32 - i32::from(s.day() == 1);
        prop_assert_eq!(maand(last), verwacht, "{} + {} → {}", s, n, last);
        let lengte = (last - s).num_days() + 1;
        prop_assert!(lengte >= 28 * i64::from(n) && lengte <= 31 * i64::from(n), "{} + {}: {} days", s, n, lengte);
    }

    /// Every day from the first day up to and including the last lies in the term, and the days
    /// around it do not: for the initial term from any PIP, and for a new term of every length.
    #[test]
    fn every_day_lies_in_its_term(dag in 0u64..40_000, lengte in prop::sample::select(vec![6u32, 12, 18, 24])) {
        let pip = d(2022, 1, 1) + Days::new(dag);
        let historie = TermijnHistorie {
            pip_dagtekening: Some(pip),
            verlengingen: vec![],
            nieuwe_termijnen: vec![],
        };
        let termijnen = historie.termijnen().unwrap();
        let t = termijnen.initieel.unwrap();
        prop_assert_eq!(t.begin, pip + Days::new(1));
        prop_assert_eq!(Some(t.einde), Termijn::laatste_dag(t.begin, 36));
        for day in [t.begin, t.begin + Days::new(400), t.einde] {
            prop_assert_eq!(termijnen.find(day), Some(t));
        }
        prop_assert_eq!(termijnen.find(pip), None);
        prop_assert_eq!(termijnen.find(t.einde + Days::new(1)), None);

        let begin = t.einde + Days::new(1 + dag % 90);
        let nieuw = TermijnHistorie {
            nieuwe_termijnen: vec![NieuweTermijn { ingangsdatum: begin, maanden: lengte, verlengd_tot: None }],
            ..historie
        }
        .termijnen()
        .unwrap();
        let n = nieuw.nieuw[0];
        prop_assert_eq!(Some(n.einde), Termijn::laatste_dag(begin, lengte));
        let mut day = n.begin;
        while day <= n.einde {
            prop_assert_eq!(nieuw.find(day), Some(n));
            day = day + Days::new(1);
        }
        prop_assert_eq!(nieuw.find(n.einde + Days::new(1)), None);
    }
}
