//! `cargo install` gives the `wi2021-boetes` program, and the README's quick start runs with it:
//! installed into a temporary root, as a municipal system installs it.

use std::path::Path;
use std::process::Command;

#[test]
fn install_and_run_the_quick_start() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = std::env::temp_dir().join(format!("wi2021-installatie-{}", std::process::id()));
    let status = Command::new(env!("CARGO"))
        .args([
            "install",
            "--locked",
            "--offline",
            "--debug",
            "--quiet",
            "--path",
        ])
        .arg(manifest)
        .arg("--root")
        .arg(&root)
        // A target directory of its own, kept between runs, so that a second run is quick and
        // does not wait for the one running this test.
        .arg("--target-dir")
        .arg(manifest.join("target").join("installatie"))
        .status()
        .unwrap();
    assert!(status.success(), "cargo install failed");
    let programma = root
        .join("bin")
        .join(format!("wi2021-boetes{}", std::env::consts::EXE_SUFFIX));
    // The quick start: one dossier, in Dutch.
    let uit = Command::new(&programma)
        .arg("--tekst")
        .arg(manifest.join("examples/scenarios/ladder-tot-plafond.json"))
        .output()
        .unwrap();
    assert!(
        uit.status.success(),
        "{}",
        String::from_utf8_lossy(&uit.stderr)
    );
    let tekst = String::from_utf8(uit.stdout).unwrap();
    assert!(
        tekst.starts_with("Dossier scenario-2 — stand op 15 maart 2023\n"),
        "{tekst}"
    );
    assert!(tekst.contains("Uitkomst: boete van € 350,00."), "{tekst}");
    let hulp = Command::new(&programma).arg("--help").output().unwrap();
    assert!(hulp.status.success());
    std::fs::remove_dir_all(&root).unwrap();
}
