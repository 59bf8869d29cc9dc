//! Bad input, as an integrator writes it by mistake, with the exact message each gets: the
//! place and field first, then what is wrong and what the format or the law expects. Each
//! expected message is written out here from the format's rules and the article named, not
//! taken from the crate's output.

use wi2021_boetes::{lees_dossier, replay};

/// A valid dossier: an asielstatushouder in the B1-route, PIP 2023-01-10, one PIP overtreding.
const GOED: &str = r#"{"id":"d-1","peildatum":"2023-06-01","doelgroep":"asielstatushouder","leerroute":"b1_route","termijnen":{"pip_dagtekening":"2023-01-10"},"overtredingen":[{"id":"o-1","gedraging":"onvoldoende_meewerken_begeleiding","constateringsdatum":"2023-05-02","verwijtbaarheid":"grove_schuld"}]}"#;

/// The whole message for `invoer`: of reading it, or else of replaying it.
fn melding(invoer: &[u8]) -> String {
    match lees_dossier(invoer) {
        Err(fout) => fout.to_string(),
        Ok(dossier) => match replay(&dossier) {
            Err(fout) => fout.to_string(),
            Ok(_) => "evaluated".to_owned(),
        },
    }
}

/// `GOED` with `van` replaced by `naar`.
fn met(van: &str, naar: &str) -> String {
    assert!(GOED.contains(van), "{van}");
    GOED.replacen(van, naar, 1)
}

/// One extra field on the overtreding.
fn overtreding_met(extra: &str) -> String {
    met(
        r#""verwijtbaarheid":"grove_schuld"}"#,
        &format!(r#""verwijtbaarheid":"grove_schuld",{extra}}}"#),
    )
}

#[test]
fn the_good_dossier_is_evaluated() {
    assert_eq!(melding(GOED.as_bytes()), "evaluated");
}

#[test]
fn amounts() {
    let cases = [
        (
            overtreding_met(r#""verlaging":{"bedrag":12.5,"reden":"r"}"#),
            "dossier `d-1`, field `overtredingen[0].verlaging.bedrag`: invalid type: floating point `12.5`, expected an amount written as a string with a point, for example \"25.00\"",
        ),
        (
            overtreding_met(r#""verlaging":{"bedrag":12,"reden":"r"}"#),
            "dossier `d-1`, field `overtredingen[0].verlaging.bedrag`: invalid type: integer `12`, expected an amount written as a string with a point, for example \"25.00\"",
        ),
        (
            overtreding_met(r#""verlaging":{"bedrag":"12,50","reden":"r"}"#),
            "dossier `d-1`, field `overtredingen[0].verlaging.bedrag`: \"12,50\" is not an amount: write amounts as strings with a point, for example \"25.00\"",
        ),
        (
            overtreding_met(r#""verlaging":{"bedrag":"€ 12","reden":"r"}"#),
            "dossier `d-1`, field `overtredingen[0].verlaging.bedrag`: \"€ 12\" is not an amount: write amounts as strings with a point, for example \"25.00\"",
        ),
        (
            overtreding_met(r#""verlaging":{"bedrag":"","reden":"r"}"#),
            "dossier `d-1`, field `overtredingen[0].verlaging.bedrag`: \"\" is not an amount: write amounts as strings with a point, for example \"25.00\"",
        ),
        (
            overtreding_met(r#""verlaging":{"bedrag":"10.005","reden":"r"}"#),
            "dossier `d-1`, overtreding `o-1`, field `verlaging.bedrag`: it is 10.005; an amount must be zero or more, in whole cents, and at most 1000000.00",
        ),
        (
            overtreding_met(r#""verlaging":{"bedrag":"-1.00","reden":"r"}"#),
            "dossier `d-1`, overtreding `o-1`, field `verlaging.bedrag`: it is -1.00; an amount must be zero or more, in whole cents, and at most 1000000.00",
        ),
        // € 50 × 75 % = € 37,50 (Bi 7.1 lid 2 and 4): a "lowering" to € 40 is higher.
        (
            overtreding_met(r#""verlaging":{"bedrag":"40.00","reden":"r"}"#),
            "dossier `d-1`, overtreding `o-1`, field `verlaging.bedrag`: it is 40.00, above the 37.50 the rules give; a lowering for bijzondere omstandigheden (Awb art. 5:46 lid 3) can only lower a fine",
        ),
        (
            overtreding_met(r#""verlaging":{"bedrag":"10.00","reden":"  "}"#),
            "dossier `d-1`, overtreding `o-1`, field `verlaging.reden`: it is empty; a lowering must record the bijzondere omstandigheden it rests on (Awb art. 5:46 lid 3)",
        ),
    ];
    for (invoer, verwacht) in cases {
        assert_eq!(melding(invoer.as_bytes()), verwacht, "{invoer}");
    }
}

#[test]
fn dates() {
    let cases = [
        (
            met("2023-05-02", "2023-02-29"),
            "dossier `d-1`, field `overtredingen[0].constateringsdatum`: expected YYYY-MM-DD; 2023-02-29 is not a date",
        ),
        (
            met("2023-05-02", "02-05-2023"),
            "dossier `d-1`, field `overtredingen[0].constateringsdatum`: expected YYYY-MM-DD, for example \"2024-02-29\"; \"02-05-2023\" is not written so",
        ),
        (
            met(r#""2023-06-01""#, "20230601"),
            "dossier `d-1`, field `peildatum`: invalid type: integer `20230601`, expected a date written as \"YYYY-MM-DD\", for example \"2024-02-29\"",
        ),
        (
            met("2023-06-01", "+10000-01-01"),
            "dossier `d-1`, field `peildatum`: expected YYYY-MM-DD, for example \"2024-02-29\"; \"+10000-01-01\" is not written so",
        ),
        (
            met("2023-05-02", "1999-12-31"),
            "dossier `d-1`, overtreding `o-1`, field `constateringsdatum`: it is 1999-12-31, outside the accepted range 2000-01-01 up to and including 2199-12-31",
        ),
        // The Wi 2021 applies from 2022-01-01.
        (
            met("2023-05-02", "2021-12-31"),
            "dossier `d-1`, overtreding `o-1`, field `constateringsdatum`: it is 2021-12-31, before 2022-01-01, when the Wet inburgering 2021 took effect; earlier cases fall under the Wet inburgering 2013, which this crate does not implement",
        ),
        (
            overtreding_met(r#""pleegdatum":"2023-05-03""#),
            "dossier `d-1`, overtreding `o-1`, field `pleegdatum`: it is 2023-05-03, after the constateringsdatum 2023-05-02; an overtreding is geconstateerd on or after the day it took place",
        ),
        // PIP 2023-01-10: the overtreding of 2023-01-09 precedes it.
        (
            met("2023-05-02", "2023-01-09"),
            "dossier `d-1`, overtreding `o-1`, field `constateringsdatum`: it is 2023-01-09, before the PIP's dagtekening 2023-01-10; a PIP overtreding cannot precede the PIP",
        ),
    ];
    for (invoer, verwacht) in cases {
        assert_eq!(melding(invoer.as_bytes()), verwacht, "{invoer}");
    }
}

/// Every date field is checked against the accepted range, 2000-01-01 up to and including
/// 2199-12-31: both ends belong to it, the days around them do not. Each field is named where
/// it is.
#[test]
fn dates_at_the_edges_of_the_range() {
    let buiten = |plaats: &str, datum: &str| {
        format!(
            "dossier `d-1`, {plaats}: it is {datum}, outside the accepted range 2000-01-01 up to and including 2199-12-31"
        )
    };
    let besluit = |status: &str| {
        format!(
            r#"{},"besluiten":[{{"overtreding_id":"o-1","besluitdatum":"2023-05-10","status":{status}}}]}}"#,
            GOED.trim_end_matches('}')
        )
    };
    let duo = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/scenarios/duo-pvt-nieuwe-termijn.json"
    ))
    .unwrap();
    let cases = [
        (met("2023-06-01", "2200-01-01"), buiten("field `peildatum`", "2200-01-01")),
        (
            met("2023-01-10", "1999-12-31"),
            buiten("termijnen, field `pip_dagtekening`", "1999-12-31"),
        ),
        (
            met(
                r#""pip_dagtekening":"2023-01-10""#,
                r#""pip_dagtekening":"2023-01-10","verlengingen":[{"nieuwe_einddatum":"2200-01-01"}]"#,
            ),
            buiten("termijnen, field `verlengingen.nieuwe_einddatum`", "2200-01-01"),
        ),
        (
            met(
                r#""pip_dagtekening":"2023-01-10""#,
                r#""pip_dagtekening":"2023-01-10","nieuwe_termijnen":[{"ingangsdatum":"2200-01-01","maanden":6}]"#,
            ),
            buiten("termijnen.nieuwe_termijnen[0], field `ingangsdatum`", "2200-01-01"),
        ),
        (
            met(
                r#""pip_dagtekening":"2023-01-10""#,
                r#""pip_dagtekening":"2023-01-10","nieuwe_termijnen":[{"ingangsdatum":"2026-02-01","maanden":6,"verlengd_tot":"2200-01-01"}]"#,
            ),
            buiten("termijnen.nieuwe_termijnen[0], field `verlengd_tot`", "2200-01-01"),
        ),
        (
            besluit(r#"{"soort":"onherroepelijk","sinds":"2200-01-01"}"#),
            buiten("besluit on overtreding `o-1`, field `status.sinds`", "2200-01-01"),
        ),
        (
            duo.replace("2025-03-17", "2200-01-01"),
            buiten("duo_beoordelingen `duo-2025`, field `voornemen_datum`", "2200-01-01")
                .replace("`d-1`", "`scenario-7`"),
        ),
        // The first day of the range is in it: the date is refused, but by the law (the
        // Wi 2021 applies from 2022-01-01), not by the range.
        (
            met("2023-05-02", "2000-01-01"),
            "dossier `d-1`, overtreding `o-1`, field `constateringsdatum`: it is 2000-01-01, before 2022-01-01, when the Wet inburgering 2021 took effect; earlier cases fall under the Wet inburgering 2013, which this crate does not implement".to_owned(),
        ),
        // The last day of the range is in it: a peildatum far ahead changes nothing here.
        (met("2023-06-01", "2199-12-31"), "evaluated".to_owned()),
    ];
    for (invoer, verwacht) in cases {
        assert_eq!(melding(invoer.as_bytes()), verwacht, "{invoer}");
    }
}

#[test]
fn names_and_shapes() {
    let cases = [
        (
            met("grove_schuld", "heel_erg"),
            "dossier `d-1`, field `overtredingen[0].verwijtbaarheid`: unknown variant `heel_erg`, expected one of `geen`, `verminderd`, `normaal`, `grove_schuld`, `opzet`",
        ),
        (
            met("asielstatushouder", "vluchteling"),
            "dossier `d-1`, field `doelgroep`: unknown variant `vluchteling`, expected one of `asielstatushouder`, `gezinsmigrant`, `overige_migrant`",
        ),
        (
            met("b1_route", "b2_route"),
            "dossier `d-1`, field `leerroute`: unknown variant `b2_route`, expected one of `b1_route`, `onderwijsroute`, `zelfredzaamheidsroute`",
        ),
        (
            overtreding_met(r#""samenloop":"artikel19""#),
            "dossier `d-1`, field `overtredingen[0].samenloop`: unknown variant `artikel19`, expected `artikel18` or `artikel18b`",
        ),
        (
            overtreding_met(r#""bsn":"123""#),
            "dossier `d-1`, field `overtredingen[0].bsn`: unknown field `bsn`, expected one of `id`, `gedraging`, `constateringsdatum`, `pleegdatum`, `verwijtbaarheid`, `samenloop`, `verlaging`, `oproep`, `rapportdatum`",
        ),
        (
            met(r#""peildatum":"2023-06-01","#, ""),
            "dossier `d-1`: missing field `peildatum`",
        ),
        (
            met(r#""id":"d-1""#, r#""id":5"#),
            "field `id`: invalid type: integer `5`, expected a string",
        ),
        (
            met(
                r#""termijnen":{"pip_dagtekening":"2023-01-10"}"#,
                r#""termijnen":{"pip_dagtekening":"2023-01-10","nieuwe_termijnen":[{"ingangsdatum":"2026-02-01","maanden":99999999999}]}"#,
            ),
            "dossier `d-1`, field `termijnen.nieuwe_termijnen[0].maanden`: invalid value: integer `99999999999`, expected a whole number from 0 to 4294967295",
        ),
        (
            overtreding_met(r#""oproep":"2""#),
            "dossier `d-1`, field `overtredingen[0].oproep`: invalid type: string \"2\", expected a whole number from 0 to 255",
        ),
        (
            "[]".to_owned(),
            "a dossier is a JSON object, written {…}; this input begins with '['",
        ),
        (
            "".to_owned(),
            "a dossier is a JSON object, written {…}; this input begins with nothing",
        ),
        (
            r#"{"id":"d-1","peildatum":"2023-06-01""#.to_owned(),
            "the JSON is not valid at line 1, column 36: EOF while parsing an object",
        ),
        (
            format!("{GOED}x"),
            "the JSON is not valid at line 1, column 284: trailing characters",
        ),
    ];
    for (invoer, verwacht) in cases {
        assert_eq!(melding(invoer.as_bytes()), verwacht, "{invoer}");
    }
}

#[test]
fn bytes_nesting_and_ids() {
    assert_eq!(
        melding(b"{\"id\":\"\xff\"}"),
        "the input is not UTF-8: the bytes from position 7 are not"
    );
    let diep = format!("{}{}", "[".repeat(40), "]".repeat(40));
    assert_eq!(
        melding(diep.as_bytes()),
        "the JSON is nested deeper than 32 levels; a dossier needs six"
    );
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(GOED.as_bytes());
    assert_eq!(melding(&bom), "evaluated");
    assert_eq!(
        melding(met(r#""id":"o-1""#, r#""id":"""#).as_bytes()),
        "dossier `d-1`, overtredingen[0], field `id`: it is \"\"; an id is a non-empty string without control characters"
    );
    assert_eq!(
        melding(met(r#""id":"o-1""#, r#""id":"a\tb""#).as_bytes()),
        "dossier `d-1`, overtredingen[0], field `id`: it is \"a\\tb\"; an id is a non-empty string without control characters"
    );
    assert_eq!(
        melding(met(r#""id":"d-1""#, r#""id":"""#).as_bytes()),
        "dossier ``, field `id`: it is \"\"; an id is a non-empty string without control characters"
    );
}

#[test]
fn what_the_law_cannot_produce() {
    let cases = [
        (
            met(
                "onvoldoende_meewerken_begeleiding",
                "niet_verschijnen_brede_intake",
            ),
            // A brede-intake oproep after the PIP's dagtekening (Wi 14, 15).
            "dossier `d-1`, overtreding `o-1`, field `constateringsdatum`: it is 2023-05-02, after the PIP's dagtekening 2023-01-10; the brede intake comes before the PIP (Wi art. 14 and 15), so a missed oproep cannot follow it",
        ),
        (
            overtreding_met(r#""oproep":2"#),
            "dossier `d-1`, overtreding `o-1`, field `oproep`: it is 2, but gedraging `onvoldoende_meewerken_begeleiding` is not about the brede intake; only a brede-intake overtreding has an oproep",
        ),
        (
            met(r#","termijnen":{"pip_dagtekening":"2023-01-10"}"#, ""),
            "dossier `d-1`, overtreding `o-1`, field `pip_dagtekening`: there is no PIP (field `termijnen.pip_dagtekening`), and a PIP overtreding (Wi art. 23) needs one and the term it starts (Wi art. 15)",
        ),
        // The term runs from 2023-01-11 up to and including 2026-01-10 (Wi 11).
        (
            met("2023-05-02", "2026-01-11").replace("2023-06-01", "2026-02-01"),
            "dossier `d-1`, overtreding `o-1`, field `constateringsdatum`: it is 2026-01-11, which lies in no known term (not in the initial term, its extensions, or any new term), so no cap applies to it (Bi art. 7.1 lid 5)",
        ),
        (
            met(
                r#""pip_dagtekening":"2023-01-10""#,
                r#""pip_dagtekening":"2023-01-10","nieuwe_termijnen":[{"ingangsdatum":"2026-02-01","maanden":9}]"#,
            ),
            "dossier `d-1`, termijnen.nieuwe_termijnen[0], field `maanden`: it is 9, but a new term has a cap only for 6, 12, 18 or 24 months (Bi art. 7.1 lid 5); the crate does not guess a cap for another length",
        ),
        (
            met(
                r#""pip_dagtekening":"2023-01-10""#,
                r#""pip_dagtekening":"2023-01-10","verlengingen":[{"nieuwe_einddatum":"2026-01-10"}]"#,
            ),
            "dossier `d-1`, termijnen, field `verlengingen.nieuwe_einddatum`: it is 2026-01-10, but the term already runs up to and including 2026-01-10; an extension (Wi art. 12) must end after the term's current last day",
        ),
        (
            format!(
                r#"{},"besluiten":[{{"overtreding_id":"o-9","besluitdatum":"2023-05-10","status":{{"soort":"opgelegd"}}}}]}}"#,
                GOED.trim_end_matches('}')
            ),
            "dossier `d-1`, besluiten, field `overtreding_id`: it is `o-9`, but the dossier has no overtreding with that id",
        ),
        (
            format!(
                r#"{},"besluiten":[{{"overtreding_id":"o-1","besluitdatum":"2023-05-10","status":{{"soort":"onherroepelijk","sinds":"2023-05-09"}}}}]}}"#,
                GOED.trim_end_matches('}')
            ),
            "dossier `d-1`, besluit on overtreding `o-1`, field `status.sinds`: it is 2023-05-09, before the besluitdatum 2023-05-10; a fine cannot become onherroepelijk before it is imposed",
        ),
        (
            format!(
                r#"{},"besluiten":[{{"overtreding_id":"o-1","besluitdatum":"2023-05-10","bedrag":"800.01","status":{{"soort":"opgelegd"}}}}]}}"#,
                GOED.trim_end_matches('}')
            ),
            "dossier `d-1`, besluit on overtreding `o-1`, field `bedrag`: it is 800.01, above the 800.00 that Wi art. 26 lid 1 allows for gedraging `onvoldoende_meewerken_begeleiding`",
        ),
    ];
    for (invoer, verwacht) in cases {
        assert_eq!(melding(invoer.as_bytes()), verwacht, "{invoer}");
    }
}

/// Where the reading of JSON stops at the first fault, the crate's own checks report every
/// fault they find: here three overtredingen, each wrong in its own way.
#[test]
fn every_fault_in_one_run() {
    let invoer = r#"{"id":"d-1","peildatum":"2023-06-01","doelgroep":"asielstatushouder","leerroute":"b1_route","termijnen":{"pip_dagtekening":"2023-01-10"},"overtredingen":[
        {"id":"a","gedraging":"niet_verschijnen_brede_intake","constateringsdatum":"2022-12-01","verwijtbaarheid":"normaal"},
        {"id":"b","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"normaal","pleegdatum":"2023-05-04"},
        {"id":"c","gedraging":"intensiteit_pvt","constateringsdatum":"1999-01-01","verwijtbaarheid":"normaal"},
        {"id":"","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-03","verwijtbaarheid":"normaal"}]}"#;
    // The fields first (the dates, the ids); only when they are sound, the rules.
    assert_eq!(
        melding(invoer.as_bytes()),
        "dossier `d-1`, overtreding `c`, field `constateringsdatum`: it is 1999-01-01, outside the accepted range 2000-01-01 up to and including 2199-12-31\n\
         dossier `d-1`, overtredingen[3], field `id`: it is \"\"; an id is a non-empty string without control characters"
    );
    let invoer = invoer
        .replace("1999-01-01", "2023-05-01")
        .replace(r#""id":"""#, r#""id":"e""#);
    assert_eq!(
        melding(invoer.as_bytes()),
        "dossier `d-1`, overtreding `a`, field `oproep`: it is missing; a brede-intake overtreding needs the number (1, 2 or 3) of the oproep that was missed (Wi art. 14 lid 1)\n\
         dossier `d-1`, overtreding `b`, field `pleegdatum`: it is 2023-05-04, after the constateringsdatum 2023-05-02; an overtreding is geconstateerd on or after the day it took place"
    );
}
