//! The law's tables, value by value: the ladder (Bi 7.1 lid 2–3), the verwijtbaarheid shares
//! (lid 4), the caps per new term (lid 5), the brede-intake sequence (Wi 14, 22) and the
//! catalogue of who fines what.

mod common;
use common::*;
use wi2021_boetes::*;

/// The ladder, reached by decisions: five overtredingen two months apart, each earlier fine
/// onherroepelijk, opzet (100 %): 50, 100, 200, 400, 800, then 800 again.
#[test]
fn ladder_table_through_decisions() {
    let historie = pip(d(2022, 1, 10));
    let expected = ["50.00", "100.00", "200.00", "400.00", "800.00"];
    let dates = [
        d(2022, 2, 1),
        d(2022, 4, 1),
        d(2022, 6, 1),
        d(2022, 8, 1),
        d(2022, 10, 1),
    ];
    let mut priors = Vec::new();
    for (i, (date, amount)) in dates.iter().zip(expected).enumerate() {
        let o = pip_overtreding(&format!("o{i}"), *date, Verwijtbaarheid::Opzet);
        let decision = decide_with(&historie, &priors, &o, *date).unwrap();
        assert_eq!(decision.bedrag, eur(amount), "step {}", i + 1);
        assert_eq!(decision.ladder.as_ref().unwrap().stap, i as u32 + 1);
        priors.push(as_prior(&decision, *date));
    }
}

/// Bi 7.1 lid 4: opzet 100 %, grove schuld 75 %, normale
/// verwijtbaarheid 50 %, verminderde verwijtbaarheid 25 % (Bi 7.1 lid 4 a–d); geen: no fine.
#[test]
fn verwijtbaarheid_table() {
    assert_eq!(Verwijtbaarheid::Opzet.percentage(), Some(100));
    assert_eq!(Verwijtbaarheid::GroveSchuld.percentage(), Some(75));
    assert_eq!(Verwijtbaarheid::Normaal.percentage(), Some(50));
    assert_eq!(Verwijtbaarheid::Verminderd.percentage(), Some(25));
    assert_eq!(Verwijtbaarheid::Geen.percentage(), None);
}

/// A first PIP fine per category, through the decision: € 50 × share.
#[test]
fn verwijtbaarheid_through_decisions() {
    let historie = pip(d(2022, 1, 10));
    for (v, amount) in [
        (Verwijtbaarheid::Opzet, "50.00"),
        (Verwijtbaarheid::GroveSchuld, "37.50"),
        (Verwijtbaarheid::Normaal, "25.00"),
        (Verwijtbaarheid::Verminderd, "12.50"),
        (Verwijtbaarheid::Geen, "0.00"),
    ] {
        let o = pip_overtreding("o", d(2022, 3, 1), v);
        let decision = decide_with(&historie, &[], &o, d(2022, 3, 10)).unwrap();
        assert_eq!(decision.bedrag, eur(amount), "{v:?}");
        assert_eq!(decision.bedrag.to_string(), amount, "two decimals");
    }
}

/// The caps per new-term length, through the decision: a € 800 fine (step 6, opzet) in an
/// empty new term is cut to the cap where the cap is lower.
#[test]
fn caps_table_through_decisions() {
    // PIP 2022-01-05: initial term 2022-01-06 up to and including 2025-01-05.
    for (maanden, cap, imposed) in [
        (6, "400.00", "400.00"),
        (12, "800.00", "800.00"),
        (18, "1200.00", "800.00"),
        (24, "1600.00", "800.00"),
    ] {
        let historie = TermijnHistorie {
            pip_dagtekening: Some(d(2022, 1, 5)),
            verlengingen: vec![],
            nieuwe_termijnen: vec![NieuweTermijn {
                ingangsdatum: d(2025, 3, 1),
                maanden,
                verlengd_tot: None,
            }],
        };
        // An onherroepelijk step-5 fine on 2024-12-01, within twelve months of 2025-04-01.
        let priors = [prior(
            "p",
            d(2024, 12, 1),
            5,
            "800.00",
            onherroepelijk(d(2025, 1, 15)),
        )];
        let o = pip_overtreding("o", d(2025, 4, 1), Verwijtbaarheid::Opzet);
        let decision = decide_with(&historie, &priors, &o, d(2025, 4, 10)).unwrap();
        let usage = decision.plafond.unwrap();
        assert_eq!(usage.plafond, eur(cap), "{maanden} months");
        assert_eq!(
            usage.ruimte_voor,
            eur(cap),
            "the initial term's fine does not count here"
        );
        assert_eq!(
            decision.ladder.unwrap().stap,
            6,
            "the ladder knows no terms"
        );
        assert_eq!(decision.bedrag, eur(imposed), "{maanden} months");
    }
}

/// Wi 14 lid 1–2 and 22, Bi 7.1 lid 1: 1st oproep: warning and new oproep; 2nd:
/// € 250 and a new oproep (new term of at most two months, Wi 22 lid 2); 3rd: € 250 again, then
/// completion without the person.
#[test]
fn brede_intake_sequence() {
    let historie = TermijnHistorie::default(); // no PIP yet
    let mut priors = Vec::new();

    let first = decide_with(
        &historie,
        &priors,
        &intake_overtreding("b1", d(2022, 9, 1), 1),
        d(2022, 9, 5),
    )
    .unwrap();
    assert_eq!(
        first.outcome,
        Outcome::GeenBoete(GeenBoeteReden::EersteOproep)
    );
    assert_eq!(first.bedrag, eur("0"));
    // Wi 14 lid 1: a missed first oproep gives a written warning and a repeated oproep with a
    // new term. Those two steps and nothing else: no guilt weighed, no amount.
    assert_eq!(
        reden_kinds(&first),
        ["brede_intake_waarschuwing", "brede_intake_nieuwe_oproep"]
    );
    let g = first.brede_intake.unwrap();
    assert!(g.schriftelijke_waarschuwing && g.nieuwe_oproep && !g.boete_mogelijk);
    assert_eq!(g.nieuwe_termijn_max_maanden, None);
    assert!(!g.voltooien_in_afwezigheid);

    let second = decide_with(
        &historie,
        &priors,
        &intake_overtreding("b2", d(2022, 10, 1), 2),
        d(2022, 10, 5),
    )
    .unwrap();
    assert_eq!(second.outcome, Outcome::Boete);
    assert_eq!(second.bedrag, eur("250.00"));
    assert_eq!(second.percentage, None, "fixed amount, no percentage");
    let g = second.brede_intake.unwrap();
    assert!(g.nieuwe_oproep && !g.schriftelijke_waarschuwing && !g.voltooien_in_afwezigheid);
    assert_eq!(g.nieuwe_termijn_max_maanden, Some(2));
    assert!(
        second
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt22Lid2)
    );
    priors.push(as_prior(&second, d(2022, 11, 20)));

    let third = decide_with(
        &historie,
        &priors,
        &intake_overtreding("b3", d(2022, 12, 1), 3),
        d(2022, 12, 5),
    )
    .unwrap();
    assert_eq!(
        third.bedrag,
        eur("250.00"),
        "€ 250 again, not doubled: no ladder for art. 22"
    );
    let g = third.brede_intake.unwrap();
    assert!(g.voltooien_in_afwezigheid && !g.nieuwe_oproep);
    assert!(
        third
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt14Lid2)
    );
    assert!(
        third
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt22Lid3)
    );
    let usage = third.plafond.unwrap();
    assert_eq!(usage.termijn, Bucket::Initieel);
    assert_eq!(usage.ruimte_voor, eur("2150.00"), "2400 − 250");
    assert_eq!(usage.ruimte_na, eur("1900.00"), "2400 − 250 − 250");

    let fourth = decide_with(
        &historie,
        &priors,
        &intake_overtreding("b4", d(2023, 1, 2), 4),
        d(2023, 1, 5),
    );
    assert!(
        matches!(
            fourth.as_ref().map_err(Fout::soort),
            Err(FoutSoort::OproepBuitenBereik { oproep: 4 })
        ),
        "{fourth:?}"
    );
}

/// No verwijtbaarheid after the 2nd oproep: no fine, but the new oproep still happens.
#[test]
fn brede_intake_without_verwijtbaarheid() {
    let mut o = intake_overtreding("b2", d(2022, 10, 1), 2);
    o.verwijtbaarheid = Verwijtbaarheid::Geen;
    let decision = decide_with(&TermijnHistorie::default(), &[], &o, d(2022, 10, 5)).unwrap();
    assert_eq!(
        decision.outcome,
        Outcome::GeenBoete(GeenBoeteReden::GeenVerwijtbaarheid)
    );
    assert!(decision.brede_intake.unwrap().nieuwe_oproep);
    assert!(
        decision
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::AwbArt5_41)
    );
    assert!(
        decision
            .stappen()
            .iter()
            .any(|s| s.artikel() == Artikel::WiArt14Lid1)
    );
}

/// The catalogue, row by row.
#[test]
fn catalogue_table() {
    use Gedraging::*;
    use Grondslag::*;
    use Handhaver::*;
    let rows = [
        (
            1,
            NietVerschijnenBredeIntake,
            Wi,
            Gemeente,
            true,
            true,
            Regime::BredeIntake,
        ),
        (
            2,
            NietMeewerkenBredeIntake,
            Wi,
            Gemeente,
            true,
            true,
            Regime::BredeIntake,
        ),
        (
            3,
            OnvoldoendeMeewerkenBegeleiding,
            Wi,
            Gemeente,
            true,
            true,
            Regime::PipLadder,
        ),
        (
            4,
            IntensiteitPvt,
            Wi,
            Gemeente,
            true,
            true,
            Regime::PipLadder,
        ),
        (
            5,
            EindgesprekPvt,
            Wi,
            Gemeente,
            true,
            true,
            Regime::PipLadder,
        ),
        (
            6,
            IntensiteitMap,
            WiEnPw,
            Gemeente,
            true,
            true,
            Regime::PipLadder,
        ),
        (
            7,
            EindgesprekMap,
            Wi,
            Gemeente,
            true,
            true,
            Regime::PipLadder,
        ),
        (
            8,
            IntensiteitLeerroute,
            WiEnPw,
            Gemeente,
            true,
            false,
            Regime::PipLadder,
        ),
        (
            9,
            EindgesprekZRoute,
            Wi,
            Gemeente,
            true,
            true,
            Regime::PipLadder,
        ),
        (
            10,
            NietTijdigAfrondenPvt,
            Wi,
            Duo,
            true,
            true,
            Regime::DuoPvtMap,
        ),
        (
            11,
            NietTijdigAfrondenMap,
            Wi,
            Duo,
            true,
            true,
            Regime::DuoPvtMap,
        ),
        (
            12,
            NietTijdigAfrondenLeerroute,
            Wi,
            Duo,
            true,
            true,
            Regime::DuoLeerroute,
        ),
        (
            13,
            NietMeewerkenFinancieelOntzorgen,
            Pw,
            Gemeente,
            true,
            false,
            Regime::PwMaatregel,
        ),
    ];
    assert_eq!(CATALOGUE.len(), 13);
    for ((n, g, law, who, asiel_ok, gezin_ok, regime), entry) in rows.into_iter().zip(CATALOGUE) {
        assert_eq!(entry.number, n);
        assert_eq!(entry.gedraging, g);
        assert_eq!(entry.grondslag, law, "row {n}");
        assert_eq!(entry.handhaver, who, "row {n}");
        assert_eq!(entry.asielstatushouder, asiel_ok, "row {n}");
        assert_eq!(entry.gezins_en_overige_migrant, gezin_ok, "row {n}");
        assert_eq!(entry.regime, regime, "row {n}");
        // Only row 9, the Z-route's eindgesprek, holds for either doelgroep on the Z-route only.
        assert_eq!(entry.alleen_in_z_route, n == 9, "row {n}");
        assert_eq!(g.entry().number, n);
        assert_eq!(
            serde_json::to_string(&g).unwrap(),
            format!("\"{}\"", g.code())
        );
        assert_eq!(Gedraging::ALL[usize::from(n) - 1], g);
    }
}

/// The catalogue query for each doelgroep and leerroute.
#[test]
fn fineability_query() {
    use Gedraging::*;
    let person = |doelgroep, leerroute| Person {
        doelgroep,
        leerroute: Some(leerroute),
    };
    let asiel_b1 = person(Doelgroep::Asielstatushouder, Leerroute::B1Route);
    let gezin_b1 = person(Doelgroep::Gezinsmigrant, Leerroute::B1Route);
    let overig_z = person(Doelgroep::OverigeMigrant, Leerroute::Zelfredzaamheidsroute);
    let asiel_onderwijs = person(Doelgroep::Asielstatushouder, Leerroute::Onderwijsroute);
    let asiel_z = person(
        Doelgroep::Asielstatushouder,
        Leerroute::Zelfredzaamheidsroute,
    );
    let gemeente_pip = Fineability::Ja {
        handhaver: Handhaver::Gemeente,
        regime: Regime::PipLadder,
    };
    let nee = |reden| Fineability::Nee { reden };

    assert_eq!(
        IntensiteitLeerroute.fineability(&asiel_b1).unwrap(),
        gemeente_pip
    );
    assert_eq!(
        IntensiteitLeerroute.fineability(&gezin_b1).unwrap(),
        nee(NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld)
    );
    assert_eq!(
        EindgesprekZRoute.fineability(&gezin_b1).unwrap(),
        nee(NietBeboetbaar::GeenZRoute)
    );
    assert_eq!(
        EindgesprekZRoute.fineability(&overig_z).unwrap(),
        gemeente_pip
    );
    // The Z-route's eindgesprek exists only on the Z-route, asielstatushouders included.
    assert_eq!(
        EindgesprekZRoute.fineability(&asiel_b1).unwrap(),
        nee(NietBeboetbaar::GeenZRoute)
    );
    assert_eq!(
        EindgesprekZRoute.fineability(&asiel_z).unwrap(),
        gemeente_pip
    );
    assert_eq!(
        EindgesprekZRoute.fineability(&asiel_onderwijs).unwrap(),
        nee(NietBeboetbaar::GeenZRoute)
    );
    assert_eq!(
        IntensiteitMap.fineability(&asiel_onderwijs).unwrap(),
        nee(NietBeboetbaar::GeenMapPlichtOnderwijsroute)
    );
    assert_eq!(
        NietTijdigAfrondenMap.fineability(&asiel_onderwijs).unwrap(),
        nee(NietBeboetbaar::GeenMapPlichtOnderwijsroute)
    );
    assert_eq!(
        NietTijdigAfrondenPvt.fineability(&gezin_b1).unwrap(),
        Fineability::Ja {
            handhaver: Handhaver::Duo,
            regime: Regime::DuoPvtMap
        }
    );
    for p in [asiel_b1, gezin_b1, overig_z] {
        assert_eq!(
            NietMeewerkenFinancieelOntzorgen.fineability(&p).unwrap(),
            nee(NietBeboetbaar::ParticipatiewetMaatregel)
        );
    }
    let no_route = Person {
        doelgroep: Doelgroep::Gezinsmigrant,
        leerroute: None,
    };
    assert!(matches!(
        EindgesprekZRoute.fineability(&no_route),
        Err(e) if e.code() == "leerroute_ontbreekt"
    ));
    // Before the PIP the brede intake needs no leerroute.
    assert!(NietVerschijnenBredeIntake.fineability(&no_route).is_ok());
}

/// The verwijtbaarheid's article and its sentence, word for word; € 0 is not minus zero.
#[test]
fn verwijtbaarheid_article_and_sentence() {
    let historie = pip(d(2022, 1, 10));
    let geen = pip_overtreding("o", d(2022, 3, 1), Verwijtbaarheid::Geen);
    let decision = decide_with(&historie, &[], &geen, d(2022, 3, 2)).unwrap();
    assert_eq!(decision.stappen()[1].artikel(), Artikel::AwbArt5_41);
    for (v, naam) in [
        (Verwijtbaarheid::Opzet, "opzet"),
        (Verwijtbaarheid::GroveSchuld, "grove schuld"),
        (
            Verwijtbaarheid::Normaal,
            "normale verwijtbaarheid: geen opzet en geen grove schuld",
        ),
        (Verwijtbaarheid::Verminderd, "verminderde verwijtbaarheid"),
    ] {
        let o = pip_overtreding("o", d(2022, 3, 1), v);
        let decision = decide_with(&historie, &[], &o, d(2022, 3, 2)).unwrap();
        assert_eq!(decision.stappen()[1].artikel(), Artikel::BiArt7_1Lid4);
        assert_eq!(
            decision.stappen()[1].zin().to_string(),
            format!(
                "Dit kan u worden verweten, en het gaat om {naam} (artikel 7.1, vierde lid, van het Besluit inburgering 2021)."
            )
        );
    }
    assert_eq!(decision.bedrag.to_string(), "0.00");
    assert!(!decision.bedrag.is_sign_negative());
}
