//! Union law for asielstatushouders: art. 34 of Richtlijn 2011/95/EU as the Court of Justice
//! applied it (4 February 2025, C-158/23, Keren) and the Afdeling bestuursrechtspraak after it
//! (9 July 2025, ECLI:NL:RVS:2025:3087). DUO fines an asielstatushouder for not completing in
//! time (Wi art. 24, 25) only where it established a proven and persistent lack of willingness to
//! integrate, with its grounds. Gezins- and overige migranten are not beneficiaries of
//! international protection: for them nothing changes.

mod common;
use common::*;
use serde_json::{Value, json};
use wi2021_boetes::*;

/// PIP 2022-03-14, the term up to and including 2025-03-14; assessed on 2025-04-01 with the PVT
/// open, verwijtbaar, a new term of 12 months set with a fine.
fn duo(doelgroep: &str, extra: Value) -> Result<DossierUitkomst<'static>, Fout> {
    let mut beoordeling = json!({
        "id": "duo", "beoordelingsdatum": "2025-04-01", "onafgerond": { "pvt": true },
        "verwijtbaarheid": "normaal", "nieuwe_termijn_maanden": 12
    });
    for (key, value) in extra.as_object().unwrap() {
        beoordeling[key] = value.clone();
    }
    replay_json(json!({
        "id": "d", "peildatum": "2025-05-01", "doelgroep": doelgroep, "leerroute": "b1_route",
        "termijnen": { "pip_dagtekening": "2022-03-14" }, "duo_beoordelingen": [beoordeling]
    }))
}

const RICHTLIJN: &str = "U bent asielstatushouder, en volgens het recht van de Europese Unie moet Nederland uw \
     integratie steunen (artikel 34 van Richtlijn 2011/95/EU).";
const UITZONDERING: &str = "Een boete voor niet op tijd inburgeren mag dan alleen uitzonderlijk, \
     bijvoorbeeld als bewezen is dat u blijvend niet wilt integreren (Hof van Justitie van de \
     Europese Unie 4 februari 2025, C-158/23, ECLI:EU:C:2025:52).";

/// Without DUO's finding: no fine and no new term, for reasons that cite the directive, the
/// Court's judgment and the Afdeling's ruling with their links.
#[test]
fn no_fine_and_no_new_term_without_the_finding() {
    let r = duo("asielstatushouder", json!({})).unwrap();
    let b = &r.duo_beslissingen[0];
    assert_eq!(
        b.uitkomst,
        DuoUitkomst::GeenBoete {
            reden: DuoGeenBoeteReden::Unierecht
        }
    );
    assert_eq!(b.bedrag, eur("0.00"));
    assert!(r.termijnen.nieuw.is_empty());
    let zinnen: Vec<String> = b.stappen()[2..]
        .iter()
        .map(|s| s.zin().to_string())
        .collect();
    assert_eq!(
        zinnen,
        [
            RICHTLIJN,
            UITZONDERING,
            "DUO heeft dat bij u niet vastgesteld, dus krijgt u geen boete en geen nieuwe termijn \
             (Afdeling bestuursrechtspraak van de Raad van State 9 juli 2025, \
             ECLI:NL:RVS:2025:3087)."
        ]
    );
    let links: Vec<String> = b.stappen()[2..]
        .iter()
        .map(|s| s.artikel().link().to_string())
        .collect();
    assert_eq!(
        links,
        [
            "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32011L0095",
            "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:62023CJ0158",
            "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2025:3087"
        ]
    );
}

/// With the finding and its grounds: the € 340 and the new term, as the Wi gives them; the
/// grounds appear once in the output, in that step's sentence.
#[test]
fn fine_with_the_finding() {
    let gronden = "vier jaar geen enkele les gevolgd ondanks zes oproepen";
    let r = duo(
        "asielstatushouder",
        json!({ "aanhoudend_gebrek_aan_integratiebereidheid": gronden }),
    )
    .unwrap();
    let b = &r.duo_beslissingen[0];
    assert_eq!((b.uitkomst, b.bedrag), (DuoUitkomst::Boete, eur("340.00")));
    assert_eq!(
        (r.termijnen.nieuw[0].begin, r.termijnen.nieuw[0].einde),
        (d(2025, 4, 2), d(2026, 4, 1))
    );
    assert_eq!(b.stappen()[2].zin().to_string(), RICHTLIJN);
    assert_eq!(b.stappen()[3].zin().to_string(), UITZONDERING);
    assert_eq!(
        b.stappen()[4].zin().to_string(),
        format!(
            "DUO heeft vastgesteld dat u blijvend niet wilt integreren, om deze redenen: {gronden} \
             (Hof van Justitie van de Europese Unie 4 februari 2025, C-158/23, ECLI:EU:C:2025:52)."
        )
    );
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(json.matches(gronden).count(), 1, "{json}");
}

/// An empty statement of grounds is no finding: an input error.
#[test]
fn empty_grounds_are_an_input_error() {
    for leeg in ["", "   "] {
        let err = duo(
            "asielstatushouder",
            json!({ "aanhoudend_gebrek_aan_integratiebereidheid": leeg }),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "dossier `d`, duo_beoordelingen `duo`, field \
             `aanhoudend_gebrek_aan_integratiebereidheid`: it is empty; it must state the grounds \
             on which DUO established a persistent lack of willingness to integrate \
             (ECLI:EU:C:2025:52)"
        );
    }
}

/// Gezins- and overige migranten are fined as the Wi says, finding or not.
#[test]
fn gezins_and_overige_migranten_are_unaffected() {
    for doelgroep in ["gezinsmigrant", "overige_migrant"] {
        let r = duo(doelgroep, json!({})).unwrap();
        let b = &r.duo_beslissingen[0];
        assert_eq!((b.uitkomst, b.bedrag), (DuoUitkomst::Boete, eur("340.00")));
        assert!(artikelen(b.stappen()).iter().all(|a| !matches!(
            a,
            Artikel::RichtlijnArt34 | Artikel::HvjKeren | Artikel::RvsKeren
        )));
    }
}

/// The extension rules (Wi art. 12) apply first: an overrun that is not verwijtbaar extends the
/// term, whatever Union law would say about a fine.
#[test]
fn the_extension_comes_first() {
    let r = duo(
        "asielstatushouder",
        json!({ "verwijtbaarheid": "geen", "verlenging_tot": "2025-09-30" }),
    )
    .unwrap();
    let b = &r.duo_beslissingen[0];
    assert_eq!(
        b.uitkomst,
        DuoUitkomst::Verlenging {
            grond: VerlengingsGrond::NietVerwijtbaar,
            tot: d(2025, 9, 30)
        }
    );
    assert!(!artikelen(b.stappen()).contains(&Artikel::HvjKeren));
}

/// The reason for a lowering may hold health data (AVG art. 9): it appears once in the output,
/// in the lowering's own step, for DUO's fines as for the college's.
#[test]
fn the_reason_for_a_lowering_appears_once() {
    let reden = "behandeling voor een depressie";
    let r = duo(
        "gezinsmigrant",
        json!({ "verlaging_pvt_map": { "bedrag": "100.00", "reden": reden } }),
    )
    .unwrap();
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(json.matches(reden).count(), 1, "{json}");
    let b = &r.duo_beslissingen[0];
    assert_eq!(b.verlaagd_tot, Some(eur("100.00")));
    let stap = b
        .stappen()
        .iter()
        .find(|s| matches!(s, Stap::Verlaagd { .. }))
        .unwrap();
    assert!(stap.zin().to_string().contains(reden));
    assert_eq!(r.tekst().matches(reden).count(), 1);
}
