//! One decision, printed with its Dutch explanation.
//!
//! An asielstatushouder (PIP dated 10 January 2022) misses voortgangsgesprekken. The fine for
//! the first, in February 2022, became onherroepelijk in March. The second, geconstateerd on
//! 2 May 2022, is decided on 20 May 2022: grove schuld, with a rapport of 3 May.
//!
//! Run with `cargo run --example beslissing` (add `-- --json` for the decision as JSON).

use chrono::NaiveDate;
use wi2021_boetes::{
    BoeteStatus, Config, Context, Doelgroep, EerdereBoete, Gedraging, Leerroute, Overtreding,
    Person, TermijnHistorie, Verwijtbaarheid, decide,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("invalid date");
    let termijnen = TermijnHistorie {
        pip_dagtekening: Some(date(2022, 1, 10)?),
        ..TermijnHistorie::default()
    }
    .termijnen()?;
    let eerdere_boetes = [EerdereBoete {
        overtreding_id: "vg-2022-02".into(),
        gedraging: Gedraging::OnvoldoendeMeewerkenBegeleiding,
        constateringsdatum: date(2022, 2, 1)?,
        ladder_stap: Some(1),
        bedrag: rust_decimal::Decimal::new(2500, 2),
        status: BoeteStatus::Onherroepelijk {
            sinds: date(2022, 3, 20)?,
        },
    }];
    let overtreding = Overtreding {
        id: "vg-2022-05".into(),
        gedraging: Gedraging::OnvoldoendeMeewerkenBegeleiding,
        constateringsdatum: date(2022, 5, 2)?,
        pleegdatum: None,
        verwijtbaarheid: Verwijtbaarheid::GroveSchuld,
        samenloop: None,
        verlaging: None,
        oproep: None,
        rapportdatum: Some(date(2022, 5, 3)?),
    };
    let config = Config::default();
    let context = Context {
        person: Person {
            doelgroep: Doelgroep::Asielstatushouder,
            leerroute: Some(Leerroute::B1Route),
        },
        termijnen: &termijnen,
        eerdere_boetes: &eerdere_boetes,
        besluitdatum: date(2022, 5, 20)?,
        config: &config,
    };
    let decision = decide(&context, &overtreding)?;

    if std::env::args().any(|arg| arg == "--json") {
        println!("{}", serde_json::to_string_pretty(&decision)?);
        return Ok(());
    }
    println!(
        "Overtreding {} (geconstateerd {}), besluit van {}:",
        decision.overtreding_id, decision.constateringsdatum, decision.besluitdatum
    );
    println!("Boete: € {}", decision.bedrag.to_string().replace('.', ","));
    println!();
    for (n, step) in decision.stappen().iter().enumerate() {
        println!("{}. {}", n + 1, step.zin());
        println!("   {}", step.artikel().link());
    }
    Ok(())
}
