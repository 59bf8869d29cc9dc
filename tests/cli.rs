//! The `wi2021-boetes` program, run as a municipal system runs it: JSON in, JSON out, a fault
//! answered with a JSON object naming the dossier, the field and what is wrong, exit statuses as
//! documented, never a panic.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wi2021-boetes"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
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

/// The fault a single dossier was answered with, and that the exit status is 1.
fn fout(input: &str) -> Value {
    let output = run(&[], input.as_bytes());
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1), "{input:.200}");
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["fouten"][0], value["fout"]);
    value["fout"].clone()
}

#[test]
fn valid_dossier_gives_json() {
    let output = run(&[], VALID.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    // € 50 × 75 % (grove schuld) = € 37,50.
    assert_eq!(value["beslissingen"][0]["beslissing"]["bedrag"], "37.50");
    assert_eq!(value["dossier_id"], "d-1");
    assert_eq!(value["formaat_versie"], 1);
    assert_eq!(value["crate_versie"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        value["beslissingen"][0]["beslissing"]["wetsversie"],
        "2023-01-01"
    );
    let stap = &value["beslissingen"][0]["beslissing"]["stappen"][0];
    assert_eq!(stap["soort"], "beboetbaar");
    assert!(stap["zin"].is_string() && stap["link"].is_string());
}

#[test]
fn explanation_as_codes() {
    let output = run(&["--uitleg", "codes"], VALID.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let stap = &value["beslissingen"][0]["beslissing"]["stappen"][0];
    assert_eq!(
        stap,
        &serde_json::json!({
            "artikel": "wi_art23_lid1",
            "soort": "beboetbaar",
            "gedraging": "onvoldoende_meewerken_begeleiding"
        })
    );
    assert!(!stdout(&output).contains("\"zin\""));
    // The default, asked for by name (after `codes`: the last choice counts).
    let output = run(
        &["--uitleg", "codes", "--uitleg", "volledig"],
        VALID.as_bytes(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let stap = &value["beslissingen"][0]["beslissing"]["stappen"][0];
    assert!(stap["zin"].is_string() && stap["link"].is_string());
    let output = run(&["--uitleg", "alles"], VALID.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--uitleg takes `volledig` or `codes`"));
}

#[test]
fn help_exits_0() {
    for flag in ["--help", "-h"] {
        let output = run(&[flag], b"");
        assert_eq!(output.status.code(), Some(0));
        let text = stdout(&output);
        for part in [
            "--jsonl",
            "--tekst",
            "--uitleg volledig",
            "--uitleg codes",
            "exit status: 0",
            "schema/dossier.schema.json",
        ] {
            assert!(text.contains(part), "{part} in {text}");
        }
    }
}

#[test]
fn scenario_file_as_dutch_text() {
    let output = run(&["--tekst", &scenario("ladder-tot-plafond.json")], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Dossier scenario-2"));
    assert!(text.contains("Uitkomst: boete van € 350,00."), "{text}");
    assert!(text.contains("artikel 7.1, vijfde lid, van het Besluit inburgering 2021"));
    assert!(text.contains("Signaal stapeling: 8 boetes"));
}

#[test]
fn malformed_json() {
    let fout = fout(r#"{"id":"d-1","peildatum": "#);
    assert_eq!(fout["code"], "json_syntax");
    assert_eq!(
        fout["melding"],
        "the JSON is not valid at line 1, column 25: EOF while parsing a value"
    );
}

#[test]
fn wrong_type_names_the_field() {
    let input = VALID.replace(r#""peildatum":"2023-06-01""#, r#""peildatum":5"#);
    let fout = fout(&input);
    assert_eq!(
        (fout["code"].as_str(), fout["veld"].as_str()),
        (Some("json_waarde"), Some("peildatum"))
    );
    assert_eq!(
        fout["melding"],
        "invalid type: integer `5`, expected a date written as \"YYYY-MM-DD\", for example \"2024-02-29\""
    );
}

#[test]
fn invalid_dossier_names_the_overtreding() {
    let input = VALID.replace(
        r#""verwijtbaarheid":"grove_schuld"}"#,
        r#""verwijtbaarheid":"grove_schuld"},{"id":"b-4","gedraging":"niet_verschijnen_brede_intake","constateringsdatum":"2022-12-01","verwijtbaarheid":"opzet","oproep":4}"#,
    );
    let output = run(&[], input.as_bytes());
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["dossier_id"], "d-1");
    assert_eq!(value["fout"]["code"], "oproep_buiten_bereik");
    assert_eq!(value["fout"]["plaats"], "overtreding `b-4`");
    assert_eq!(value["fout"]["veld"], "oproep");
    assert_eq!(value["fout"]["artikel"], "wi_art14_lid2");
}

#[test]
fn usage_errors_exit_2() {
    let output = run(&["--unknown"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown option `--unknown`"));
    let output = run(&["a.json", "b.json"], b"");
    assert_eq!(output.status.code(), Some(2));
    let output = run(&["/nonexistent/dossier.json"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot read `/nonexistent/dossier.json`"));
}

/// 10,000 dossiers as JSON Lines: one output line each, in order. Then the same with one bad
/// line: it is answered in its place with its fault, the others are still evaluated, exit 1,
/// and standard error holds one summary line.
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
    let output = run(&["--jsonl", path.to_str().unwrap()], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let out = stdout(&output);
    let lines: Vec<_> = out.lines().collect();
    assert_eq!(lines.len(), 10_000);
    let last: Value = serde_json::from_str(lines[9_999]).unwrap();
    assert_eq!(last["dossier_id"], "d-9999");
    assert_eq!(last["beslissingen"][0]["beslissing"]["bedrag"], "37.50");

    let mut broken: Vec<String> = text.lines().map(str::to_owned).collect();
    broken[4_999] = broken[4_999].replace("grove_schuld", "heel_erg");
    let output = run(&["--jsonl"], (broken.join("\n") + "\n").as_bytes());
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    let lines: Vec<_> = out.lines().collect();
    assert_eq!(lines.len(), 10_000);
    let bad: Value = serde_json::from_str(lines[4_999]).unwrap();
    assert_eq!(bad["regel"], 5000);
    assert_eq!(bad["dossier_id"], "d-4999");
    assert_eq!(bad["fout"]["veld"], "overtredingen[0].verwijtbaarheid");
    assert_eq!(
        bad["fout"]["melding"],
        "unknown variant `heel_erg`, expected one of `geen`, `verminderd`, `normaal`, `grove_schuld`, `opzet`"
    );
    assert_eq!(
        stderr(&output),
        "wi2021-boetes: 1 of 10000 dossiers could not be evaluated; their lines in the output carry \"fout\"\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Valid, invalid, blank and non-UTF-8 lines, with standard error joined to standard output (as
/// `redirectErrorStream` does): every non-empty line answered once, in order, every answer a
/// whole JSON line; blank lines answered not at all; the summary comes last.
#[test]
fn json_lines_never_lose_a_line() {
    let mut input = Vec::new();
    let lines: [&[u8]; 7] = [
        VALID.as_bytes(),
        b"",
        b"{\"id\":\"d-2\",\"peildatum\":\"2023-02-29\",\"doelgroep\":\"gezinsmigrant\"}",
        b"   ",
        b"{\"id\":\"\xff\xfe\"}",
        b"[1, 2]",
        VALID.as_bytes(),
    ];
    for line in lines {
        input.extend_from_slice(line);
        input.extend_from_slice(b"\r\n");
    }
    let script = format!("{} --jsonl 2>&1", env!("CARGO_BIN_EXE_wi2021-boetes"));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    let answers: Vec<&str> = text.lines().collect();
    assert_eq!(answers.len(), 6, "{text}");
    let json: Vec<Value> = answers[..5]
        .iter()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(json[0]["dossier_id"], "d-1");
    assert_eq!(json[0]["formaat_versie"], 1);
    assert_eq!(
        (json[1]["regel"].as_u64(), json[1]["fout"]["code"].as_str()),
        (Some(3), Some("json_waarde"))
    );
    assert_eq!(json[1]["dossier_id"], "d-2");
    assert_eq!(
        (json[2]["regel"].as_u64(), json[2]["fout"]["code"].as_str()),
        (Some(5), Some("geen_utf8"))
    );
    assert_eq!(json[2]["dossier_id"], Value::Null);
    assert_eq!(
        (json[3]["regel"].as_u64(), json[3]["fout"]["code"].as_str()),
        (Some(6), Some("geen_object"))
    );
    assert_eq!(json[4]["dossier_id"], "d-1");
    assert_eq!(
        answers[5],
        "wi2021-boetes: 3 of 5 dossiers could not be evaluated; their lines in the output carry \"fout\""
    );
}

/// The input limits: every one a clear fault and exit 1, never a panic.
#[test]
fn input_limits() {
    // Deep nesting, also inside a field; brackets inside strings do not count.
    let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
    assert_eq!(fout(&deep)["code"], "te_diep");
    let deep_field = VALID.replace(
        r#""id":"d-1""#,
        &format!(r#""id":{}1{}"#, "[".repeat(40), "]".repeat(40)),
    );
    assert_eq!(
        fout(&deep_field)["melding"],
        "the JSON is nested deeper than 32 levels; a dossier needs six"
    );
    let brackets = VALID.replace(r#""id":"d-1""#, &format!(r#""id":"{}""#, "[{".repeat(40)));
    let output = run(&[], brackets.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
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
    let fout = fout(&many);
    assert_eq!(
        (fout["code"].as_str(), fout["plaats"].as_str()),
        (Some("te_veel"), Some("overtredingen"))
    );
    assert_eq!(
        fout["melding"],
        "10001 entries, more than the 10000 a dossier may hold"
    );
}

/// A line longer than the limit is answered in its place; the lines around it still run.
#[test]
fn over_long_line() {
    let long = format!("{{\"id\":\"{}\"}}", "x".repeat(8 * 1024 * 1024));
    // The over-long line's rest is skipped up to and including its newline, so the lines after
    // it keep their numbers.
    let input = format!("{VALID}\n{long}\n{VALID}\n{{}}\n");
    let output = run(&["--jsonl"], input.as_bytes());
    no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4);
    let daarna: Value = serde_json::from_str(lines[3]).unwrap();
    assert_eq!(daarna["regel"], 4);
    let te_lang: Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(
        (te_lang["regel"].as_u64(), te_lang["fout"]["code"].as_str()),
        (Some(2), Some("te_groot"))
    );
    assert_eq!(
        te_lang["fout"]["melding"],
        "the input takes more than the 8388608 bytes one dossier may take"
    );
    // One whole input above the limit.
    assert_eq!(fout(&long)["code"], "te_groot");
}

/// A byte-order mark at the start of a file is accepted.
#[test]
fn byte_order_mark() {
    let mut input = b"\xEF\xBB\xBF".to_vec();
    input.extend_from_slice(VALID.as_bytes());
    let output = run(&[], &input);
    assert!(output.status.success(), "{}", stderr(&output));
}
