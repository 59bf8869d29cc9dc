//! Every public type survives a JSON round trip, and the wire names are the documented
//! snake_case ones.

mod common;
use common::*;
use serde::{Serialize, de::DeserializeOwned};
use std::fmt::Debug;
use wi2021_boetes::*;

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
    assert_eq!(&back, value, "{json}");
    json
}

/// An output type: it serializes to valid JSON (outputs borrow from their input, so they are
/// written, not read back).
fn uit<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap();
    serde_json::from_str::<serde_json::Value>(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
    json
}

fn full_decision() -> Decision<'static> {
    let historie = pip(d(2022, 1, 10));
    let priors = [
        prior(
            "a",
            d(2022, 2, 1),
            1,
            "50.00",
            onherroepelijk(d(2022, 3, 1)),
        ),
        prior("b", d(2022, 3, 1), 2, "100.00", BoeteStatus::Opgelegd),
    ];
    let mut o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::GroveSchuld);
    o.rapportdatum = Some(d(2022, 5, 3));
    o.pleegdatum = Some(d(2022, 4, 29));
    o.verlaging = Some(Verlaging {
        bedrag: eur("60.00"),
        reden: "stress".into(),
    });
    decide_with(&historie, &priors, &o, d(2022, 5, 20)).unwrap()
}

#[test]
fn decisions_round_trip() {
    let decision = full_decision();
    // The lowering's reason may be special personal data: it appears once, in the sentence of
    // the lowering's own step, so that step (and the decision) cannot be read back whole.
    let json = serde_json::to_string(&decision).unwrap();
    assert!(json.contains(r#""uitkomst":{"soort":"boete"}"#), "{json}");
    assert!(json.contains(r#""bedrag":"60.00""#), "{json}");
    assert_eq!(json.matches("stress").count(), 1, "{json}");
    for step in &decision.stappen() {
        let json = uit(step);
        let prefix = format!(
            r#"{{"artikel":"{}","link":""#,
            uit(&step.artikel()).trim_matches('"')
        );
        assert!(json.starts_with(&prefix), "{json}");
        assert!(
            json.ends_with(&format!(r#""zin":{}}}"#, uit(&step.zin().to_string()))),
            "{json}"
        );
    }
    // No-fine decisions of every kind.
    let historie = pip(d(2022, 1, 10));
    let mut o = pip_overtreding("s", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    o.samenloop = Some(PwVerlaging::Artikel18b);
    let samenloop = decide_with(&historie, &[], &o, d(2022, 5, 2)).unwrap();
    let json = uit(&samenloop);
    assert!(
        json.contains(r#""uitkomst":{"soort":"geen_boete","reden":{"soort":"samenloop"}}"#),
        "{json}"
    );
    o.samenloop = None;
    o.gedraging = Gedraging::IntensiteitLeerroute;
    let gezin = Person {
        doelgroep: Doelgroep::Gezinsmigrant,
        leerroute: Some(Leerroute::B1Route),
    };
    let nb = decide_for(gezin, &historie, &[], &o, d(2022, 5, 2)).unwrap();
    let json = uit(&nb);
    assert!(
        json.contains(
            r#""reden":{"soort":"niet_beboetbaar","waarom":"leerroute_intensiteit_niet_vastgesteld"}"#
        ),
        "{json}"
    );
    for b in 1..=3 {
        let decision = decide_with(
            &historie,
            &[],
            &intake_overtreding("b", d(2022, 1, 3), b),
            d(2022, 1, 4),
        )
        .unwrap();
        uit(&decision);
        round_trip(&decision.brede_intake.unwrap());
    }
}

#[test]
fn inputs_round_trip() {
    let decision = full_decision();
    round_trip(&decision.plafond.unwrap());
    round_trip(&decision.procedure.unwrap());
    uit(&decision.ladder.unwrap());
    round_trip(&decision.outcome);
    round_trip(&Outcome::GeenBoete(GeenBoeteReden::PlafondBereikt));
    for reden in [
        GeenBoeteReden::NietBeboetbaar {
            waarom: NietBeboetbaar::GeenZRoute,
        },
        GeenBoeteReden::DoorDuo,
        GeenBoeteReden::EersteOproep,
        GeenBoeteReden::Samenloop,
        GeenBoeteReden::GeenVerwijtbaarheid,
        GeenBoeteReden::BevoegdheidVervallen,
        GeenBoeteReden::VerlaagdTotNul,
        GeenBoeteReden::PlafondBereikt,
    ] {
        round_trip(&reden);
    }
    let mut o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::GroveSchuld);
    o.verlaging = Some(Verlaging {
        bedrag: eur("12.50"),
        reden: "schulden".into(),
    });
    o.samenloop = Some(PwVerlaging::Artikel18);
    round_trip(&o);
    round_trip(&prior(
        "a",
        d(2022, 2, 1),
        1,
        "50.00",
        onherroepelijk(d(2022, 3, 1)),
    ));
    round_trip(&BoeteStatus::Herroepen);
    round_trip(&BoeteStatus::Opgelegd);
    let historie = TermijnHistorie {
        pip_dagtekening: Some(d(2022, 1, 5)),
        verlengingen: vec![Verlenging {
            nieuwe_einddatum: d(2025, 6, 1),
        }],
        nieuwe_termijnen: vec![NieuweTermijn {
            ingangsdatum: d(2025, 9, 1),
            maanden: 12,
            verlengd_tot: None,
        }],
    };
    round_trip(&historie);
    let termijnen = historie.termijnen().unwrap();
    round_trip(&termijnen);
    for t in termijnen.initieel.iter().chain(&termijnen.nieuw) {
        round_trip(t);
        round_trip(&t.soort);
        round_trip(&Bucket::of(t));
    }
    round_trip(&Config::default());
    round_trip(&asiel());
    for entry in CATALOGUE {
        round_trip(&entry);
        round_trip(&entry.gedraging.fineability(&asiel()).unwrap());
    }
    round_trip(&Fineability::Nee {
        reden: NietBeboetbaar::ParticipatiewetMaatregel,
    });
    for a in Artikel::ALL {
        round_trip(a);
        if let Verwijzing::Wet { regeling, .. } = a.verwijzing() {
            round_trip(&regeling);
        }
    }
    for v in Verwijtbaarheid::ALL {
        round_trip(&v);
    }
    for x in [Route::Zwaar, Route::Licht] {
        round_trip(&x);
    }
    for x in [Beslisser::Klantmanager, Beslisser::BoeteAmbtenaar] {
        round_trip(&x);
    }
    for x in [VervalBasis::Pleegdatum, VervalBasis::Constateringsdatum] {
        round_trip(&x);
    }
    for x in [
        NietMeetellend::NietOnherroepelijk,
        NietMeetellend::Herroepen,
        NietMeetellend::GeenBoete,
    ] {
        round_trip(&x);
    }
}

/// The wire names are part of the product: pin a few.
#[test]
fn stable_wire_names() {
    fn s<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }
    assert_eq!(
        s(&Gedraging::OnvoldoendeMeewerkenBegeleiding),
        r#""onvoldoende_meewerken_begeleiding""#
    );
    assert_eq!(s(&Gedraging::EindgesprekZRoute), r#""eindgesprek_z_route""#);
    assert_eq!(s(&Verwijtbaarheid::GroveSchuld), r#""grove_schuld""#);
    assert_eq!(s(&Doelgroep::OverigeMigrant), r#""overige_migrant""#);
    assert_eq!(s(&Leerroute::B1Route), r#""b1_route""#);
    assert_eq!(s(&Artikel::BiArt7_1Lid3), r#""bi_art7_1_lid3""#);
    assert_eq!(s(&Artikel::AwbArt5_53Lid1), r#""awb_art5_53_lid1""#);
    assert_eq!(s(&PwVerlaging::Artikel18b), r#""artikel18b""#);
    assert_eq!(
        s(&BoeteStatus::Onherroepelijk {
            sinds: d(2022, 3, 1)
        }),
        r#"{"soort":"onherroepelijk","sinds":"2022-03-01"}"#
    );
    assert_eq!(
        s(&Bucket::Nieuw {
            ingangsdatum: d(2025, 3, 1),
            maanden: 6
        }),
        r#"{"soort":"nieuw","ingangsdatum":"2025-03-01","maanden":6}"#
    );
}

/// Amounts are strings in JSON: a JSON number (a float) is refused, so no floating point enters.
#[test]
fn amounts_are_strings() {
    let ok: Verlaging = serde_json::from_str(r#"{"bedrag":"12.50","reden":"r"}"#).unwrap();
    assert_eq!(ok.bedrag, eur("12.50"));
    assert!(serde_json::from_str::<Verlaging>(r#"{"bedrag":12.5,"reden":"r"}"#).is_err());
}

/// The dossier, DUO and table types (the scenario round trip covers whole dossiers and outcomes).
#[test]
fn dossier_and_duo_types_round_trip() {
    let path = format!(
        "{}/examples/scenarios/duo-leerroute.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let dossier: Dossier = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    round_trip(&dossier);
    let tabellen = dossier.leerroute_tabellen.clone().unwrap();
    round_trip(&tabellen);
    round_trip(&tabellen.b1_route);
    let band = &tabellen.b1_route.voor(Doelgroep::Gezinsmigrant)[0];
    round_trip(band);
    round_trip(&band.uren);
    let per_doelgroep = RouteTabel::PerDoelgroep(TabelPerDoelgroep {
        asielstatushouder: vec![band.clone()],
        gezins_en_overige_migrant: vec![band.clone()],
    });
    let json = round_trip(&per_doelgroep);
    assert!(
        json.starts_with(r#"{"asielstatushouder":[{"uren":"#),
        "{json}"
    );
    for b in &dossier.duo_beoordelingen {
        round_trip(b);
        round_trip(&b.onafgerond);
    }
    round_trip(&dossier.duo_beoordelingen[0].inspanningen.unwrap());
    round_trip(&dossier.duo_beoordelingen[1].leerroute_inspanning.unwrap());
    round_trip(&dossier.besluiten[0]);
    round_trip(&dossier.stapeling);
    let uitkomst = replay(&dossier).unwrap();
    uit(&uitkomst);
    for d in &uitkomst.duo_beslissingen {
        uit(d);
        round_trip(&d.uitkomst);
        round_trip(&d.datums);
        round_trip(&d.artikel);
        round_trip(&d.moment);
    }
    for e in &uitkomst.beslissingen {
        uit(e);
    }
    uit(&uitkomst.totalen[0]);
    uit(&uitkomst.stapeling[0]);
    round_trip(&uitkomst.termijnen);
    for soort in [
        AfwijkingSoort::LagerDanRegels {
            berekend_bedrag: eur("50.00"),
            geregistreerd_bedrag: eur("25.00"),
        },
        AfwijkingSoort::HogerDanRegels {
            berekend_bedrag: eur("25.00"),
            geregistreerd_bedrag: eur("50.00"),
        },
        AfwijkingSoort::AndereTrede {
            berekende_stap: 1,
            geregistreerde_stap: 2,
        },
        AfwijkingSoort::NaVerval {
            bevoegd_tot_en_met: d(2025, 1, 3),
            besluitdatum: d(2025, 2, 1),
        },
    ] {
        round_trip(&soort);
        uit(&Afwijking {
            overtreding_id: "a",
            soort,
        });
    }
    assert_eq!(
        serde_json::to_string(&Afwijking {
            overtreding_id: "a",
            soort: AfwijkingSoort::AndereTrede {
                berekende_stap: 1,
                geregistreerde_stap: 2,
            },
        })
        .unwrap(),
        r#"{"overtreding_id":"a","soort":"andere_trede","berekende_stap":1,"geregistreerde_stap":2}"#
    );
    for reden in [
        DuoGeenBoeteReden::GeenMapPlichtOnderwijsroute,
        DuoGeenBoeteReden::VerblijfsvergunningBeeindigd,
        DuoGeenBoeteReden::NogNietTweeJaar,
        DuoGeenBoeteReden::VerlaagdTotNul,
        DuoGeenBoeteReden::BevoegdheidVervallen,
    ] {
        round_trip(&reden);
        round_trip(&DuoUitkomst::GeenBoete { reden });
    }
    for c in [
        InspanningsCriterium::GeenB1Route,
        InspanningsCriterium::NietGeexamineerd,
        InspanningsCriterium::NietAlleLessen,
        InspanningsCriterium::MinderDan450Uren,
        InspanningsCriterium::TeWeinigBehaald,
        InspanningsCriterium::PvtOfMapNietAfgerond,
    ] {
        round_trip(&c);
    }
    for o in [
        DuoOnderdeel::Pvt,
        DuoOnderdeel::Map,
        DuoOnderdeel::Leerroute,
    ] {
        round_trip(&o);
    }
    round_trip(&VerlengingsGrond::NietVerwijtbaar);
    round_trip(&VervalBasis::EindeTermijn);
    let json = serde_json::to_string(&uitkomst.duo_beslissingen[1].uitkomst).unwrap();
    assert_eq!(json, r#"{"soort":"boete"}"#);
}
