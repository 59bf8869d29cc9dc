//! The JSON entry point (`examples/dossier.rs`), run as a program: bad input gives a clear
//! message naming the dossier and the field and a non-zero exit, never a panic.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// `cargo test` builds the examples next to the test binaries: target/<profile>/examples/.
fn binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).unwrap();
    let path = profile_dir
        .join("examples")
        .join(format!("dossier{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "build the example first (cargo test builds it): {}",
        path.display()
    );
    path
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let text = stdin.to_owned();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(text.as_bytes());
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn scenario(name: &str) -> String {
    format!("{}/examples/scenarios/{name}", env!("CARGO_MANIFEST_DIR"))
}

const VALID: &str = r#"{"id":"d-1","peildatum":"2023-06-01","doelgroep":"asielstatushouder","leerroute":"b1_route","termijnen":{"pip_dagtekening":"2023-01-10"},"overtredingen":[{"id":"o-1","gedraging":"onvoldoende_meewerken_begeleiding","constateringsdatum":"2023-05-02","verwijtbaarheid":"grove_schuld"}]}"#;

fn no_panic(output: &Output) {
    let err = stderr(output);
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(output.status.code(), Some(101), "{err}");
}

#[test]
fn valid_dossier_gives_json() {
    let output = run(&[], VALID);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // € 50 × 75 % (grove schuld) = € 37,50.
    assert_eq!(value["beslissingen"][0]["beslissing"]["bedrag"], "37.50");
    assert_eq!(value["dossier_id"], "d-1");
}

#[test]
fn scenario_file_as_dutch_text() {
    let output = run(&["--tekst", &scenario("ladder-tot-plafond.json")], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Dossier scenario-2"));
    assert!(text.contains("Uitkomst: boete van € 350,00."), "{text}");
    assert!(text.contains("artikel 7.1, vijfde lid, van het Besluit inburgering 2021"));
    assert!(text.contains("Signaal stapeling: 8 boetes"));
}

#[test]
fn malformed_json() {
    let output = run(&[], r#"{"id":"d-1","peildatum": "#);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("line 1 column"), "{err}");
}

#[test]
fn wrong_type_names_the_field() {
    let input = VALID.replace(r#""peildatum":"2023-06-01""#, r#""peildatum":5"#);
    let output = run(&[], &input);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("dossier `d-1`"), "{err}");
    assert!(err.contains("field `peildatum`"), "{err}");
    assert!(err.contains("invalid type"), "{err}");

    // An amount as a JSON number (a float) is refused.
    let input = VALID.replace(
        r#""verwijtbaarheid":"grove_schuld""#,
        r#""verwijtbaarheid":"grove_schuld","verlaging":{"bedrag":12.5,"reden":"r"}"#,
    );
    let err = stderr(&run(&[], &input));
    assert!(
        err.contains("field `overtredingen[0].verlaging.bedrag`"),
        "{err}"
    );
}

#[test]
fn unknown_gedraging_names_the_field() {
    let input = VALID.replace("onvoldoende_meewerken_begeleiding", "te_laat_komen");
    let output = run(&[], &input);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("field `overtredingen[0].gedraging`"), "{err}");
    assert!(err.contains("unknown variant `te_laat_komen`"), "{err}");

    // A misspelt field name is refused, not ignored.
    let input = VALID.replace(
        "\"verwijtbaarheid\"",
        "\"verwijtbaarheid\":\"opzet\",\"pleegdatun\"",
    );
    let err = stderr(&run(&[], &input));
    assert!(err.contains("unknown field `pleegdatun`"), "{err}");
}

#[test]
fn impossible_date_names_the_field() {
    let input = VALID.replace("2023-05-02", "2023-02-30");
    let output = run(&[], &input);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("field `overtredingen[0].constateringsdatum`"),
        "{err}"
    );
}

#[test]
fn invalid_dossier_names_the_overtreding() {
    let input = VALID.replace(
        r#""verwijtbaarheid":"grove_schuld"}"#,
        r#""verwijtbaarheid":"grove_schuld"},{"id":"b-4","gedraging":"niet_verschijnen_brede_intake","constateringsdatum":"2022-12-01","verwijtbaarheid":"opzet","oproep":4}"#,
    );
    let output = run(&[], &input);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("dossier `d-1`")
            && err.contains("overtreding `b-4`")
            && err.contains("oproep"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let output = run(&["--unknown"], "");
    assert_eq!(output.status.code(), Some(2));
    let output = run(&["/nonexistent/dossier.json"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot read `/nonexistent/dossier.json`"));
}

/// 10,000 dossiers as JSON Lines: one output line each, in order. Then the same with one bad
/// line: the others are still evaluated, the bad one is named by its line, exit 1.
#[test]
fn ten_thousand_json_lines() {
    let dir = std::env::temp_dir().join(format!("wi2021-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("batch.jsonl");
    let mut text = String::with_capacity(10_000 * 300);
    for i in 0..10_000 {
        text.push_str(&VALID.replace(r#""id":"d-1""#, &format!(r#""id":"d-{i}""#)));
        text.push('\n');
    }
    std::fs::write(&path, &text).unwrap();
    let output = run(&["--jsonl", path.to_str().unwrap()], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<_> = stdout.lines().collect();
    assert_eq!(lines.len(), 10_000);
    let last: serde_json::Value = serde_json::from_str(lines[9_999]).unwrap();
    assert_eq!(last["dossier_id"], "d-9999");
    assert_eq!(last["beslissingen"][0]["beslissing"]["bedrag"], "37.50");

    let mut broken: Vec<String> = text.lines().map(str::to_owned).collect();
    broken[4_999] = broken[4_999].replace("grove_schuld", "heel_erg");
    let output = run(&["--jsonl"], &(broken.join("\n") + "\n"));
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).lines().count(),
        9_999
    );
    let err = stderr(&output);
    assert!(
        err.contains("line 5000, dossier `d-4999`")
            && err.contains("overtredingen[0].verwijtbaarheid"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The input limits: every one a clear message and exit 1, never a panic.
#[test]
fn input_limits_and_bad_values() {
    let check = |input: &str, expect: &str| {
        let output = run(&[], input);
        no_panic(&output);
        assert_eq!(output.status.code(), Some(1), "{input:.200}");
        let err = stderr(&output);
        assert!(err.contains(expect), "expected `{expect}` in: {err}");
    };
    // Deep nesting, also inside a field.
    let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
    check(&deep, "JSON nested deeper than 32 levels");
    let deep_field = VALID.replace(
        r#""id":"d-1""#,
        &format!(r#""id":{}1{}"#, "[".repeat(40), "]".repeat(40)),
    );
    check(&deep_field, "JSON nested deeper than 32 levels");
    // Brackets inside strings do not count.
    let brackets = VALID.replace(r#""id":"d-1""#, &format!(r#""id":"{}""#, "[{".repeat(40)));
    let output = run(&[], &brackets);
    assert!(output.status.success(), "{}", stderr(&output));
    // Huge numbers.
    check(
        &VALID.replace(
            r#""verwijtbaarheid":"grove_schuld""#,
            r#""verwijtbaarheid":"grove_schuld","oproep":1e400"#,
        ),
        "field `overtredingen[0].oproep`",
    );
    check(&VALID.replace(r#""pip_dagtekening":"2023-01-10""#, r#""pip_dagtekening":"2023-01-10","nieuwe_termijnen":[{"ingangsdatum":"2026-02-01","maanden":99999999999}]"#), "field `termijnen.nieuwe_termijnen[0].maanden`");
    check(&VALID.replace(r#""verwijtbaarheid":"grove_schuld""#, r#""verwijtbaarheid":"grove_schuld","verlaging":{"bedrag":"99999999999999999999999999999999999","reden":"r"}"#), "field `overtredingen[0].verlaging.bedrag`");
    // Negative and fractional-cent amounts.
    check(
        &VALID.replace(
            r#""verwijtbaarheid":"grove_schuld""#,
            r#""verwijtbaarheid":"grove_schuld","verlaging":{"bedrag":"-1.00","reden":"r"}"#,
        ),
        "field `verlaging.bedrag`: it is -1.00",
    );
    check(
        &VALID.replace(
            r#""verwijtbaarheid":"grove_schuld""#,
            r#""verwijtbaarheid":"grove_schuld","verlaging":{"bedrag":"10.005","reden":"r"}"#,
        ),
        "in whole cents",
    );
    // Dates out of range.
    check(
        &VALID.replace("2023-05-02", "1999-12-31"),
        "overtreding `o-1`, field `constateringsdatum`: it is 1999-12-31, outside the accepted range",
    );
    check(
        &VALID.replace("2023-06-01", "+10000-01-01"),
        "field `peildatum`",
    );
    // Duplicate ids.
    let dup = VALID.replace(
        r#""verwijtbaarheid":"grove_schuld"}"#,
        r#""verwijtbaarheid":"grove_schuld"},{"id":"o-1","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-03","verwijtbaarheid":"opzet"}"#,
    );
    check(&dup, "the id `o-1` occurs more than once");
    // More than 10,000 overtredingen.
    let mut many = String::from(
        r#"{"id":"big","peildatum":"2030-01-01","doelgroep":"asielstatushouder","termijnen":{"pip_dagtekening":"2023-01-10"},"overtredingen":["#,
    );
    for i in 0..10_001 {
        if i > 0 {
            many.push(',');
        }
        many.push_str(&format!(r#"{{"id":"o{i}","gedraging":"intensiteit_pvt","constateringsdatum":"2023-05-02","verwijtbaarheid":"opzet"}}"#));
    }
    many.push_str("]}");
    check(
        &many,
        "overtredingen: 10001 entries, more than the 10000 a dossier may hold",
    );
}

/// A line longer than the limit is reported by its number; the lines around it still run.
#[test]
fn over_long_line() {
    let long = format!("{{\"id\":\"{}\"}}", "x".repeat(8 * 1024 * 1024));
    let input = format!("{VALID}\n{long}\n{VALID}\n");
    let output = run(&["--jsonl"], &input);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("line 2: longer than the maximum of 8388608 bytes"),
        "{}",
        stderr(&output)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 2);
    // One whole input above the limit.
    let output = run(&[], &long);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("longer than the maximum"),
        "{}",
        stderr(&output)
    );
}
