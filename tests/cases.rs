//! Hand-computed cases: caps, samenloop, doelgroep, lowering, procedure, lapse, input errors.

mod common;
use common::*;
use wi2021_boetes::*;

/// The cap cuts a fine, then gives € 0; brede-intake fines count toward the € 2.400.
/// Brede intake: oproep 2 (€ 250) and 3 (€ 250) = € 500. PIP 2022-01-10; PIP fines (opzet),
/// two months apart, each onherroepelijk before the next: 50 + 100 + 200 + 400 + 800 = 1.550.
/// Total 2.050, room 350. The 6th (step 6, € 800) is cut to € 350; the 7th finds no room: € 0.
#[test]
fn cap_cuts_then_gives_zero_with_brede_intake_counting() {
    let historie = pip(d(2022, 3, 1));
    let mut priors = Vec::new();
    for (id, date, oproep) in [("b2", d(2022, 1, 3), 2), ("b3", d(2022, 2, 1), 3)] {
        let decision = decide_with(
            &historie,
            &priors,
            &intake_overtreding(id, date, oproep),
            date,
        )
        .unwrap();
        assert_eq!(decision.bedrag, eur("250.00"));
        priors.push(as_prior(&decision, date));
    }
    let dates = [
        d(2022, 4, 1),
        d(2022, 6, 1),
        d(2022, 8, 1),
        d(2022, 10, 3),
        d(2022, 12, 1),
    ];
    for (i, date) in dates.into_iter().enumerate() {
        let o = pip_overtreding(&format!("p{i}"), date, Verwijtbaarheid::Opzet);
        let decision = decide_with(&historie, &priors, &o, date).unwrap();
        priors.push(as_prior(&decision, date));
    }
    let o = pip_overtreding("p6", d(2023, 2, 1), Verwijtbaarheid::Opzet);
    let sixth = decide_with(&historie, &priors, &o, d(2023, 2, 1)).unwrap();
    assert_eq!(sixth.ladder.as_ref().unwrap().stap, 6);
    assert_eq!(sixth.berekend_bedrag, Some(eur("800.00")));
    let usage = sixth.plafond.unwrap();
    assert_eq!(usage.ruimte_voor, eur("350.00"));
    assert_eq!(usage.ruimte_na, eur("0.00"));
    assert!(usage.ingekort);
    assert_eq!(sixth.bedrag, eur("350.00"));
    assert_eq!(sixth.outcome, Outcome::Boete);
    priors.push(as_prior(&sixth, d(2023, 2, 1)));

    let o = pip_overtreding("p7", d(2023, 4, 3), Verwijtbaarheid::Opzet);
    let seventh = decide_with(&historie, &priors, &o, d(2023, 4, 3)).unwrap();
    assert_eq!(
        seventh.outcome,
        Outcome::GeenBoete(GeenBoeteReden::PlafondBereikt)
    );
    assert_eq!(seventh.bedrag, eur("0.00"));
    assert_eq!(seventh.plafond.unwrap().ruimte_voor, eur("0.00"));
    let zin = seventh
        .stappen()
        .iter()
        .find(|s| matches!(s, Stap::PlafondRuimte { .. }))
        .unwrap()
        .zin()
        .to_string();
    assert_eq!(
        zin,
        "Die grens is al bereikt, dus krijgt u geen boete (artikel 7.1, vijfde lid, van het \
         Besluit inburgering 2021)."
    );

    // A herroepen fine gives its room back: with the € 350 herroepen, the 7th gets € 350 again.
    let last = priors.len() - 1;
    priors[last].status = BoeteStatus::Herroepen;
    let again = decide_with(&historie, &priors, &o, d(2023, 4, 3)).unwrap();
    assert_eq!(again.bedrag, eur("350.00"));
}

/// A recorded amount (lowered in bezwaar) is what counts toward the cap.
#[test]
fn recorded_amount_counts_toward_cap() {
    let historie = pip(d(2022, 1, 10));
    let priors = [
        prior(
            "a",
            d(2022, 2, 1),
            5,
            "800.00",
            onherroepelijk(d(2022, 3, 1)),
        ),
        prior(
            "b",
            d(2022, 3, 1),
            5,
            "800.00",
            onherroepelijk(d(2022, 4, 1)),
        ),
        prior(
            "c",
            d(2022, 4, 1),
            5,
            "333.33",
            onherroepelijk(d(2022, 5, 1)),
        ),
    ];
    let o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    let decision = decide_with(&historie, &priors, &o, d(2022, 5, 2)).unwrap();
    // 2400 − 800 − 800 − 333.33 = 466.67
    assert_eq!(decision.plafond.unwrap().ruimte_voor, eur("466.67"));
    assert_eq!(decision.bedrag, eur("466.67"));
}

/// DUO fines never count toward the gemeente's caps.
#[test]
fn duo_fines_do_not_count() {
    let historie = pip(d(2022, 1, 10));
    let duo = EerdereBoete {
        overtreding_id: "duo".into(),
        gedraging: Gedraging::NietTijdigAfrondenPvt,
        constateringsdatum: d(2022, 2, 1),
        ladder_stap: None,
        bedrag: eur("340.00"),
        status: onherroepelijk(d(2022, 3, 1)),
    };
    let o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    let decision = decide_with(&historie, &[duo], &o, d(2022, 5, 2)).unwrap();
    assert_eq!(decision.plafond.unwrap().ruimte_voor, eur("2400.00"));
    assert_eq!(
        decision.ladder.unwrap().stap,
        1,
        "DUO's fine is no art. 23 overtreding"
    );
}

/// An extension under Wi art. 12 keeps the initial bucket: an overtreding after 2025-01-10 but
/// within the extension to 2025-07-10 counts in the € 2.400.
#[test]
fn extension_extends_the_initial_bucket() {
    let mut historie = pip(d(2022, 1, 10));
    let o = pip_overtreding("n", d(2025, 3, 1), Verwijtbaarheid::Opzet);
    assert!(matches!(
        soort(&decide_with(&historie, &[], &o, d(2025, 3, 2))),
        Some(FoutSoort::BuitenTermijn { .. })
    ));
    historie.verlengingen.push(Verlenging {
        nieuwe_einddatum: d(2025, 7, 10),
    });
    let decision = decide_with(&historie, &[], &o, d(2025, 3, 2)).unwrap();
    assert_eq!(decision.plafond.unwrap().termijn, Bucket::Initieel);
}

/// The initial term from the PIP's dagtekening (Wi art. 11): 2022-03-14 gives 2022-03-15 up to
/// and including 2025-03-14.
#[test]
fn initial_term_from_dagtekening() {
    let termijnen = pip(d(2022, 3, 14)).termijnen().unwrap();
    let t = termijnen.initieel.unwrap();
    assert_eq!((t.begin, t.einde), (d(2022, 3, 15), d(2025, 3, 14)));
    let leap = pip(d(2024, 2, 29)).termijnen().unwrap().initieel.unwrap();
    assert_eq!((leap.begin, leap.einde), (d(2024, 3, 1), d(2027, 2, 28)));
    let historie = pip(d(2022, 3, 14));
    // On the dagtekening itself: no term yet.
    let on_day = pip_overtreding("x", d(2022, 3, 14), Verwijtbaarheid::Opzet);
    assert!(matches!(
        soort(&decide_with(&historie, &[], &on_day, d(2022, 4, 1))),
        Some(FoutSoort::BuitenTermijn { .. })
    ));
    let first_day = pip_overtreding("x", d(2022, 3, 15), Verwijtbaarheid::Opzet);
    assert!(decide_with(&historie, &[], &first_day, d(2022, 4, 1)).is_ok());
    let last_day = pip_overtreding("x", d(2025, 3, 14), Verwijtbaarheid::Opzet);
    assert!(decide_with(&historie, &[], &last_day, d(2025, 4, 1)).is_ok());
    let after = pip_overtreding("x", d(2025, 3, 15), Verwijtbaarheid::Opzet);
    assert!(matches!(
        soort(&decide_with(&historie, &[], &after, d(2025, 4, 1))),
        Some(FoutSoort::BuitenTermijn { .. })
    ));
}

/// A gezinsmigrant's leerroute intensity: not fineable (Wi 15 lid 2); an asielstatushouder's is.
#[test]
fn gezinsmigrant_leerroute_intensity() {
    let historie = pip(d(2022, 1, 10));
    let mut o = pip_overtreding("l", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    o.gedraging = Gedraging::IntensiteitLeerroute;
    let gezin = Person {
        doelgroep: Doelgroep::Gezinsmigrant,
        leerroute: Some(Leerroute::B1Route),
    };
    let decision = decide_for(gezin, &historie, &[], &o, d(2022, 5, 2)).unwrap();
    assert_eq!(
        decision.outcome,
        Outcome::GeenBoete(GeenBoeteReden::NietBeboetbaar {
            waarom: NietBeboetbaar::LeerrouteIntensiteitNietVastgesteld
        })
    );
    assert_eq!(decision.bedrag, eur("0"));
    assert_eq!(decision.stappen().len(), 1);
    assert_eq!(decision.stappen()[0].artikel(), Artikel::WiArt15Lid2);
    assert!(
        decision.stappen()[0]
            .artikel()
            .link()
            .to_string()
            .ends_with("BWBR0044770&artikel=15&lid=2")
    );

    let decision = decide_with(&historie, &[], &o, d(2022, 5, 2)).unwrap();
    assert_eq!(decision.bedrag, eur("50.00"));
}

/// Samenloop: bijstand lowered under PW art. 18 for the same gedraging → no fine (Wi art. 27),
/// and that overtreding does not raise the ladder afterwards.
#[test]
fn samenloop() {
    let historie = pip(d(2022, 1, 10));
    let mut o = pip_overtreding("m", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    o.gedraging = Gedraging::IntensiteitMap;
    o.samenloop = Some(PwVerlaging::Artikel18);
    let decision = decide_with(&historie, &[], &o, d(2022, 5, 2)).unwrap();
    assert_eq!(
        decision.outcome,
        Outcome::GeenBoete(GeenBoeteReden::Samenloop)
    );
    assert_eq!(decision.bedrag, eur("0"));
    assert!(decision.ladder.is_none());
    let step = decision
        .stappen()
        .iter()
        .find(|s| s.artikel() == Artikel::WiArt27)
        .copied()
        .unwrap();
    assert!(
        step.zin()
            .to_string()
            .contains("artikel 18 van de Participatiewet"),
        "{}",
        step.zin().to_string()
    );
    assert_eq!(
        step.artikel().link().to_string(),
        "https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=27"
    );

    let next = pip_overtreding("n", d(2022, 7, 1), Verwijtbaarheid::Opzet);
    let decision = decide_with(
        &historie,
        &[as_prior(&decision, d(2022, 6, 1))],
        &next,
        d(2022, 7, 2),
    )
    .unwrap();
    assert_eq!(decision.ladder.unwrap().stap, 1);
    assert_eq!(decision.bedrag, eur("50.00"));
}

/// Lowering for bijzondere omstandigheden: € 100 (step 2, opzet) lowered to € 60 with a reason;
/// above € 100, negative, fractional cents or without a reason: input errors.
#[test]
fn lowering() {
    let historie = pip(d(2022, 1, 10));
    let priors = [prior(
        "a",
        d(2022, 2, 1),
        1,
        "50.00",
        onherroepelijk(d(2022, 3, 1)),
    )];
    let mut o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    let lower = |bedrag: &str, reden: &str| {
        Some(Verlaging {
            bedrag: eur(bedrag),
            reden: reden.into(),
        })
    };

    o.verlaging = lower("60.00", "schulden en beperkte draagkracht");
    let decision = decide_with(&historie, &priors, &o, d(2022, 5, 2)).unwrap();
    assert_eq!(decision.berekend_bedrag, Some(eur("100.00")));
    assert_eq!(decision.bedrag, eur("60.00"));
    // A PIP fine's lowering rests on Awb 5:46 lid 3 alone: Bi 7.1 lid 6 speaks of the fine of
    // lid 1 (the brede intake) only.
    let step = decision
        .stappen()
        .iter()
        .find(|s| s.artikel() == Artikel::AwbArt5_46Lid3)
        .copied()
        .unwrap();
    assert_eq!(
        step.zin().to_string(),
        "De boete gaat van € 100,00 naar € 60,00, omdat zij te hoog is door bijzondere \
         omstandigheden: schulden en beperkte draagkracht (artikel 5:46, derde lid, van de \
         Algemene wet bestuursrecht)."
    );
    assert!(
        decision
            .stappen()
            .iter()
            .all(|s| s.artikel() != Artikel::BiArt7_1Lid6)
    );
    assert_eq!(decision.verlaagd_tot, Some(eur("60.00")));

    o.verlaging = lower("100.00", "gelijk");
    assert_eq!(
        decide_with(&historie, &priors, &o, d(2022, 5, 2))
            .unwrap()
            .bedrag,
        eur("100.00")
    );

    o.verlaging = lower("0.00", "ernstige psychische problemen");
    let zero = decide_with(&historie, &priors, &o, d(2022, 5, 2)).unwrap();
    assert_eq!(
        zero.outcome,
        Outcome::GeenBoete(GeenBoeteReden::VerlaagdTotNul)
    );

    o.verlaging = lower("100.01", "hoger");
    assert!(matches!(
        soort(&decide_with(&historie, &priors, &o, d(2022, 5, 2))),
        Some(FoutSoort::VerlagingTeHoog { .. })
    ));
    o.verlaging = lower("-1.00", "negatief");
    assert!(matches!(
        soort(&decide_with(&historie, &priors, &o, d(2022, 5, 2))),
        Some(FoutSoort::BedragOngeldig { .. })
    ));
    o.verlaging = lower("10.001", "fractie");
    assert!(matches!(
        soort(&decide_with(&historie, &priors, &o, d(2022, 5, 2))),
        Some(FoutSoort::BedragOngeldig { .. })
    ));
    o.verlaging = lower("10.00", "  ");
    assert!(matches!(
        soort(&decide_with(&historie, &priors, &o, d(2022, 5, 2))),
        Some(FoutSoort::VerlagingZonderReden)
    ));

    // The fixed € 250 can be lowered too: on Awb 5:46 lid 3, with Bi 7.1 lid 6 (who states and
    // proves the circumstances) cited before it.
    let mut b = intake_overtreding("b", d(2022, 1, 3), 2);
    b.verlaging = lower("125.00", "stress");
    let decision = decide_with(&TermijnHistorie::default(), &[], &b, d(2022, 1, 5)).unwrap();
    assert_eq!(decision.bedrag, eur("125.00"));
    let artikelen: Vec<Artikel> = decision.stappen().iter().map(|s| s.artikel()).collect();
    let lid6 = artikelen.iter().position(|a| *a == Artikel::BiArt7_1Lid6);
    let awb = artikelen.iter().position(|a| *a == Artikel::AwbArt5_46Lid3);
    assert!(
        lid6.is_some() && awb == lid6.map(|i| i + 1),
        "{artikelen:?}"
    );
    assert_eq!(
        decision.stappen()[lid6.unwrap()].zin().to_string(),
        "U moet bijzondere omstandigheden zelf aanvoeren, maar het college houdt ook rekening met \
         wat het al weet (artikel 7.1, zesde lid, van het Besluit inburgering 2021)."
    );
}

/// Procedure: PIP fines (max € 800 > € 340) take the heavy route with a five-year lapse;
/// brede-intake fines (max € 250) the light one with three years. 13 weeks after the rapport.
#[test]
fn procedure_and_deadlines() {
    let historie = pip(d(2022, 1, 10));
    let mut o = pip_overtreding("p", d(2023, 5, 2), Verwijtbaarheid::Normaal);
    o.rapportdatum = Some(d(2023, 5, 10));
    let decision = decide_with(&historie, &[], &o, d(2023, 6, 1)).unwrap();
    let p = decision.procedure.unwrap();
    assert_eq!(p.route, Route::Zwaar);
    assert!(p.rapport_verplicht && p.zienswijze_verplicht);
    assert_eq!(p.wettelijk_maximum, eur("800"));
    assert_eq!(p.vervaltermijn_jaren, 5);
    assert_eq!(p.bevoegd_tot_en_met, d(2028, 5, 2));
    assert_eq!(p.verval_basis, VervalBasis::Constateringsdatum);
    // 2023-05-10 + 91 days: 21 (to 31 May) + 30 (June) + 31 (July) + 9 = 2023-08-09.
    assert_eq!(p.beslissen_uiterlijk, Some(d(2023, 8, 9)));
    // € 25 proposed: the klantmanager decides (the Awb route still heavy).
    assert_eq!(p.beslisser, Beslisser::Klantmanager);

    let mut b = intake_overtreding("b", d(2022, 1, 5), 2);
    b.pleegdatum = Some(d(2022, 1, 3));
    let decision = decide_with(&historie, &[], &b, d(2022, 1, 7)).unwrap();
    let p = decision.procedure.unwrap();
    assert_eq!(p.route, Route::Licht);
    assert!(!p.rapport_verplicht && !p.zienswijze_verplicht);
    assert_eq!(p.vervaltermijn_jaren, 3);
    assert_eq!(p.bevoegd_tot_en_met, d(2025, 1, 3));
    assert_eq!(p.verval_vanaf, d(2022, 1, 3));
    assert_eq!(p.verval_basis, VervalBasis::Pleegdatum);
    assert_eq!(p.beslissen_uiterlijk, None);
}

/// Above € 340 a boete-ambtenaar decides (the default practice); the threshold is configurable.
#[test]
fn beslisser_threshold() {
    let historie = pip(d(2022, 1, 10));
    let priors = [prior(
        "a",
        d(2022, 2, 1),
        4,
        "400.00",
        onherroepelijk(d(2022, 3, 1)),
    )];
    let o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::Opzet); // step 5: € 800
    let decision = decide_with(&historie, &priors, &o, d(2022, 5, 2)).unwrap();
    assert_eq!(
        decision.procedure.unwrap().beslisser,
        Beslisser::BoeteAmbtenaar
    );

    let o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::Verminderd); // € 200
    let decision = decide_with(&historie, &priors, &o, d(2022, 5, 2)).unwrap();
    assert_eq!(
        decision.procedure.unwrap().beslisser,
        Beslisser::Klantmanager
    );

    let termijnen = historie.termijnen().unwrap();
    let config = Config {
        boete_ambtenaar_boven: eur("150.00"),
        ..Config::default()
    };
    let context = Context {
        person: asiel(),
        termijnen: &termijnen,
        eerdere_boetes: &priors,
        besluitdatum: d(2022, 5, 2),
        config: &config,
    };
    assert_eq!(
        decide(&context, &o).unwrap().procedure.unwrap().beslisser,
        Beslisser::BoeteAmbtenaar
    );
}

/// The power to fine lapses (Awb 5:45 lid 2): a brede-intake overtreding of 2022-01-03 can be
/// fined up to and including 2025-01-03, not on 2025-01-04.
#[test]
fn power_lapses() {
    let b = intake_overtreding("b", d(2022, 1, 3), 2);
    let historie = TermijnHistorie::default();
    assert_eq!(
        decide_with(&historie, &[], &b, d(2025, 1, 3))
            .unwrap()
            .bedrag,
        eur("250.00")
    );
    let late = decide_with(&historie, &[], &b, d(2025, 1, 4)).unwrap();
    assert_eq!(
        late.outcome,
        Outcome::GeenBoete(GeenBoeteReden::BevoegdheidVervallen)
    );
    assert_eq!(late.bedrag, eur("0"));
    // The explanation says the same: on the last day, the power and its last day; the day
    // after, that it lapsed.
    let vervallen = |besluitdatum| -> (bool, bool) {
        let decision = decide_with(&historie, &[], &b, besluitdatum).unwrap();
        let stappen = decision.stappen();
        (
            stappen
                .iter()
                .any(|s| matches!(s, Stap::Vervaltermijn { .. })),
            stappen
                .iter()
                .any(|s| matches!(s, Stap::BevoegdheidVervallen { .. })),
        )
    };
    assert_eq!(vervallen(d(2025, 1, 3)), (true, false));
    assert_eq!(vervallen(d(2025, 1, 4)), (false, true));
}

/// DUO's gedragingen are not the college's to fine; financieel ontzorgen is no Wi fine.
#[test]
fn not_the_colleges_fine() {
    let historie = pip(d(2022, 1, 10));
    let mut o = pip_overtreding("x", d(2025, 2, 1), Verwijtbaarheid::Opzet);
    o.gedraging = Gedraging::NietTijdigAfrondenLeerroute;
    let decision = decide_with(&historie, &[], &o, d(2025, 2, 2)).unwrap();
    assert_eq!(
        decision.outcome,
        Outcome::GeenBoete(GeenBoeteReden::DoorDuo)
    );
    // One step only: the college does not go on to weigh guilt or a ladder for DUO's fine
    // (Wi art. 25 lid 1: the minister fines not completing the leerroute in time).
    assert_eq!(reden_kinds(&decision), ["door_duo"]);
    assert_eq!(decision.stappen()[0].artikel(), Artikel::WiArt25Lid1);
    assert_eq!(
        decision.stappen()[0].zin().to_string(),
        "Niet het college maar DUO legt hiervoor een boete op (artikel 25, eerste lid, van de Wet \
         inburgering 2021)."
    );
    o.gedraging = Gedraging::NietMeewerkenFinancieelOntzorgen;
    let decision = decide_with(&historie, &[], &o, d(2025, 2, 2)).unwrap();
    assert_eq!(
        decision.outcome,
        Outcome::GeenBoete(GeenBoeteReden::NietBeboetbaar {
            waarom: NietBeboetbaar::ParticipatiewetMaatregel
        })
    );
}

/// Input errors say what is wrong and where.
#[test]
fn input_errors() {
    let historie = pip(d(2022, 1, 10));
    // A new term of an unsupported length.
    let bad = TermijnHistorie {
        nieuwe_termijnen: vec![NieuweTermijn {
            ingangsdatum: d(2025, 3, 1),
            maanden: 9,
            verlengd_tot: None,
        }],
        ..historie.clone()
    };
    let err = bad.termijnen().unwrap_err();
    assert_eq!(
        (err.soort(), err.plaats(), err.veld()),
        (
            &FoutSoort::NieuweTermijnDuur { maanden: 9 },
            Some(&Plaats::NieuweTermijn(0)),
            Some("maanden")
        )
    );
    assert!(
        err.to_string().contains("nieuwe_termijnen[0]") && err.to_string().contains("9"),
        "{err}"
    );

    // Outside every known term.
    let o = pip_overtreding("late", d(2025, 6, 1), Verwijtbaarheid::Opzet);
    let err = decide_with(&historie, &[], &o, d(2025, 6, 2)).unwrap_err();
    assert!(matches!(err.soort(), FoutSoort::BuitenTermijn { .. }));
    assert!(
        err.to_string().contains("`late`") && err.to_string().contains("2025-06-01"),
        "{err}"
    );

    // A PIP overtreding dated before the PIP.
    let o = pip_overtreding("early", d(2022, 1, 3), Verwijtbaarheid::Opzet);
    let err = decide_with(&historie, &[], &o, d(2022, 2, 2)).unwrap_err();
    assert_eq!(
        (err.soort(), err.plaats()),
        (
            &FoutSoort::VoorPip {
                constateringsdatum: d(2022, 1, 3),
                dagtekening: d(2022, 1, 10)
            },
            Some(&Plaats::Overtreding("early".into()))
        )
    );
    // One dated before the Wi 2021 took effect cannot exist at all.
    let o = pip_overtreding("2021", d(2021, 12, 31), Verwijtbaarheid::Opzet);
    let err = decide_with(&historie, &[], &o, d(2022, 2, 2)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "overtreding `2021`, field `constateringsdatum`: it is 2021-12-31, before 2022-01-01, when the \
         Wet inburgering 2021 took effect; earlier cases fall under the Wet inburgering 2013, \
         which this crate does not implement"
    );

    // An earlier PIP fine dated before the PIP, or outside every known term, is named as the
    // error even though the new overtreding lies in the initial term (2022-01-11 up to and
    // including 2025-01-10).
    let o = pip_overtreding("nu", d(2025, 1, 5), Verwijtbaarheid::Opzet);
    let vroeg = prior(
        "vroeg",
        d(2022, 1, 3),
        1,
        "50.00",
        onherroepelijk(d(2022, 1, 20)),
    );
    let err = decide_with(&historie, &[vroeg], &o, d(2025, 6, 10)).unwrap_err();
    assert_eq!(
        (err.soort(), err.plaats()),
        (
            &FoutSoort::VoorPip {
                constateringsdatum: d(2022, 1, 3),
                dagtekening: d(2022, 1, 10)
            },
            Some(&Plaats::Overtreding("vroeg".into()))
        )
    );
    let laat = prior("laat", d(2025, 6, 1), 1, "50.00", BoeteStatus::Opgelegd);
    let err = decide_with(&historie, &[laat], &o, d(2025, 6, 10)).unwrap_err();
    assert_eq!(
        (err.soort(), err.plaats()),
        (
            &FoutSoort::BuitenTermijn {
                constateringsdatum: d(2025, 6, 1)
            },
            Some(&Plaats::Overtreding("laat".into()))
        )
    );

    // A PIP overtreding without a PIP.
    let o = pip_overtreding("nopip", d(2022, 1, 3), Verwijtbaarheid::Opzet);
    assert!(matches!(
        soort(&decide_with(
            &TermijnHistorie::default(),
            &[],
            &o,
            d(2022, 2, 2)
        )),
        Some(FoutSoort::PipOntbreekt { .. })
    ));

    // A brede-intake overtreding without its oproep.
    let mut b = intake_overtreding("b", d(2022, 1, 3), 2);
    b.oproep = None;
    assert!(matches!(
        soort(&decide_with(&historie, &[], &b, d(2022, 1, 4))),
        Some(FoutSoort::OproepOntbreekt)
    ));
    b.oproep = Some(0);
    assert!(matches!(
        soort(&decide_with(&historie, &[], &b, d(2022, 1, 4))),
        Some(FoutSoort::OproepBuitenBereik { oproep: 0, .. })
    ));
    // The brede intake comes before the PIP (Wi art. 14, 15): an oproep missed after the PIP's
    // dagtekening (2022-01-10) cannot be; on the day itself it can.
    let na_pip = intake_overtreding("na", d(2022, 1, 11), 2);
    let err = decide_with(&historie, &[], &na_pip, d(2022, 1, 12)).unwrap_err();
    assert_eq!(
        (err.soort(), err.plaats()),
        (
            &FoutSoort::OproepNaPip {
                constateringsdatum: d(2022, 1, 11),
                dagtekening: d(2022, 1, 10)
            },
            Some(&Plaats::Overtreding("na".into()))
        )
    );
    let op_pip = intake_overtreding("op", d(2022, 1, 10), 2);
    assert!(decide_with(&historie, &[], &op_pip, d(2022, 1, 12)).is_ok());

    // A pleegdatum after the constatering, a decision before it.
    let mut o = pip_overtreding("p", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    o.pleegdatum = Some(d(2022, 5, 2));
    assert!(matches!(
        soort(&decide_with(&historie, &[], &o, d(2022, 5, 3))),
        Some(FoutSoort::PleegdatumNaConstatering { .. })
    ));
    o.pleegdatum = None;
    assert!(matches!(
        soort(&decide_with(&historie, &[], &o, d(2022, 4, 30))),
        Some(FoutSoort::BesluitVoorConstatering { .. })
    ));

    // An earlier PIP fine without its step; with a fractional amount.
    let mut p = prior(
        "q",
        d(2022, 3, 1),
        1,
        "50.00",
        onherroepelijk(d(2022, 4, 1)),
    );
    p.ladder_stap = None;
    assert!(matches!(
        soort(&decide_with(&historie, &[p.clone()], &o, d(2022, 5, 3))),
        Some(FoutSoort::LadderStapOntbreekt)
    ));
    p.ladder_stap = Some(1);
    p.bedrag = eur("49.999");
    assert!(matches!(
        soort(&decide_with(&historie, &[p], &o, d(2022, 5, 3))),
        Some(FoutSoort::BedragOngeldig { .. })
    ));

    // Overlapping terms, early extension.
    let overlap = TermijnHistorie {
        nieuwe_termijnen: vec![
            NieuweTermijn {
                ingangsdatum: d(2025, 3, 1),
                maanden: 12,
                verlengd_tot: None,
            },
            NieuweTermijn {
                ingangsdatum: d(2025, 9, 1),
                maanden: 6,
                verlengd_tot: None,
            },
        ],
        ..historie.clone()
    };
    assert!(matches!(
        soort(&overlap.termijnen()),
        Some(FoutSoort::TermijnenOverlappen { .. })
    ));
    let early = TermijnHistorie {
        verlengingen: vec![Verlenging {
            nieuwe_einddatum: d(2024, 1, 1),
        }],
        ..historie.clone()
    };
    assert!(matches!(
        soort(&early.termijnen()),
        Some(FoutSoort::VerlengingTeVroeg { .. })
    ));
}

/// A period that runs past the calendar's last day is an error that names the field it was
/// counted from. The decision deadline is 13 weeks (91 days) after the rapport (Awb 5:51 lid 1):
/// a rapport 91 days before the last day still has one, a day later it has none. The lapse of a
/// brede-intake fine is three years (Awb 5:45), counted from the pleegdatum, or from the
/// constatering when there is none: a year before the last day, three years run past it.
#[test]
fn dates_at_the_end_of_the_calendar() {
    use chrono::Days;
    let last = chrono::NaiveDate::MAX;
    let historie = TermijnHistorie::default();

    let mut o = intake_overtreding("r", d(2022, 1, 3), 2);
    o.rapportdatum = last.checked_sub_days(Days::new(91));
    let decision = decide_with(&historie, &[], &o, d(2022, 1, 10)).unwrap();
    let procedure = decision.procedure.unwrap();
    assert_eq!(procedure.beslissen_uiterlijk, Some(last));
    o.rapportdatum = last.checked_sub_days(Days::new(90));
    let err = decide_with(&historie, &[], &o, d(2022, 1, 10)).unwrap_err();
    assert_eq!(
        (err.soort(), err.veld()),
        (&FoutSoort::DatumBuitenKalender, Some("rapportdatum"))
    );

    let year_before = last.checked_sub_days(Days::new(365)).unwrap();
    let mut o = intake_overtreding("v", year_before, 2);
    let err = decide_with(&historie, &[], &o, year_before).unwrap_err();
    assert_eq!(
        (err.soort(), err.veld()),
        (&FoutSoort::DatumBuitenKalender, Some("constateringsdatum"))
    );
    o.pleegdatum = Some(year_before);
    let err = decide_with(&historie, &[], &o, year_before).unwrap_err();
    assert_eq!(
        (err.soort(), err.veld()),
        (&FoutSoort::DatumBuitenKalender, Some("pleegdatum"))
    );
    assert_eq!(
        err.to_string(),
        "overtreding `v`, field `pleegdatum`: the date is so far out that a term or period counted from it leaves the calendar"
    );
}

/// The explanation: ordered steps, each with a jci link and a Dutch sentence.
#[test]
fn explanation_order_and_links() {
    let historie = pip(d(2022, 1, 10));
    let priors = [prior(
        "a",
        d(2022, 2, 1),
        1,
        "50.00",
        onherroepelijk(d(2022, 3, 1)),
    )];
    let mut o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::GroveSchuld);
    o.rapportdatum = Some(d(2022, 5, 3));
    let decision = decide_with(&historie, &priors, &o, d(2022, 5, 20)).unwrap();
    assert_eq!(
        reden_kinds(&decision),
        [
            "beboetbaar",
            "verwijtbaar",
            "procedure",
            "rapport",
            "zienswijze",
            "pleegmoment",
            "vervaltermijn",
            "beslistermijn",
            "ladder_vorige",
            "ladder_verhoogd",
            "percentage",
            "plafond_grens",
            "plafond_ruimte",
            "eindbedrag"
        ]
    );
    for step in &decision.stappen() {
        assert!(
            step.artikel()
                .link()
                .to_string()
                .starts_with("https://wetten.overheid.nl/jci1.3:c:BWBR"),
            "{}",
            step.artikel().link().to_string()
        );
        assert!(
            step.zin().to_string().ends_with(")."),
            "{}",
            step.zin().to_string()
        );
    }
    let motivering = decision.motivering().join("\n");
    assert!(
        motivering.contains("75 procent van € 100,00: € 75,00"),
        "{motivering}"
    );
    assert!(
        motivering.contains("artikel 7.1, vierde lid, van het Besluit inburgering 2021"),
        "{motivering}"
    );
    assert!(motivering.contains("1 februari 2022"), "{motivering}");
    assert_eq!(decision.bedrag, eur("75.00"));
}

/// The longest explanations stay within the documented bound (`MAX_STAPPEN` plus the named
/// earlier overtredingen): a PIP fine with everything (a rapport, earlier fines in bezwaar
/// beyond the named five, a lowering, a cap) and a brede-intake fine with everything.
#[test]
fn explanation_length_bound() {
    let historie = pip(d(2022, 1, 10));
    let mut priors = vec![prior(
        "q",
        d(2022, 2, 1),
        1,
        "50.00",
        onherroepelijk(d(2022, 3, 1)),
    )];
    for i in 0..7 {
        priors.push(prior(
            &format!("b{i}"),
            d(2022, 3, 1 + i),
            1,
            "50.00",
            BoeteStatus::Opgelegd,
        ));
    }
    let mut o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    o.rapportdatum = Some(d(2022, 5, 3));
    o.verlaging = Some(Verlaging {
        bedrag: eur("60.00"),
        reden: "stress".into(),
    });
    // Decided after the thirteen weeks (2022-05-03 + 91 days = 2022-08-02): that is said too.
    let decision = decide_with(&historie, &priors, &o, d(2022, 8, 10)).unwrap();
    // Seventeen kinds of step, each once, and the five earlier overtredingen named.
    assert_eq!(decision.stappen().len(), 17 + 5);

    let mut b = intake_overtreding("b", d(2022, 1, 3), 3);
    b.rapportdatum = Some(d(2022, 1, 4));
    b.verlaging = Some(Verlaging {
        bedrag: eur("100.00"),
        reden: "stress".into(),
    });
    let decision = decide_with(&historie, &[], &b, d(2022, 4, 10)).unwrap();
    assert!(
        decision.stappen().len() <= 17,
        "{}",
        decision.stappen().len()
    );
}

/// The Dutch notation of amounts and dates in the explanation.
#[test]
fn dutch_notation() {
    // Amounts and dates as a sentence writes them.
    let zin = |bedrag: &str, datum| {
        Stap::DuoNieuweTermijn {
            maanden: 6,
            ingangsdatum: datum,
            einde: datum,
            artikel: DuoArtikel::Art24,
        }
        .zin()
        .to_string()
        .to_string()
            + &Stap::DuoVastBedrag {
                bedrag: eur(bedrag),
            }
            .zin()
            .to_string()
    };
    for (bedrag, euro) in [
        ("0", "€ 0,00"),
        ("12.5", "€ 12,50"),
        ("999.99", "€ 999,99"),
        ("1000", "€ 1.000,00"),
        ("2400.00", "€ 2.400,00"),
        ("1234567.89", "€ 1.234.567,89"),
    ] {
        assert!(
            zin(bedrag, d(2024, 2, 29)).contains(&format!("De boete is {euro},")),
            "{bedrag}"
        );
    }
    assert!(zin("1", d(2024, 2, 29)).contains("van 29 februari 2024 tot en met 29 februari 2024"));
    assert!(zin("1", d(2022, 12, 1)).contains("van 1 december 2022 tot en met"));
    assert_eq!(
        Artikel::WiArt27.bron().to_string(),
        "artikel 27 van de Wet inburgering 2021"
    );
    assert_eq!(
        Artikel::PwArt18Lid2.bron().to_string(),
        "artikel 18, tweede lid, van de Participatiewet"
    );
    assert_eq!(
        Artikel::AwbArt5_41.bron().to_string(),
        "artikel 5:41 van de Algemene wet bestuursrecht"
    );
    assert_eq!(
        Artikel::BiArt7_1Lid3.link().to_string(),
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=7.1&lid=3"
    );
}

/// Citations as a beschikking writes them, for each lid word, and the onderdeel of Bi 7.1 lid 4.
#[test]
fn citations_per_lid() {
    assert_eq!(
        Artikel::WiArt23Lid1.bron().to_string(),
        "artikel 23, eerste lid, van de Wet inburgering 2021"
    );
    assert_eq!(
        Artikel::WiArt22Lid2.bron().to_string(),
        "artikel 22, tweede lid, van de Wet inburgering 2021"
    );
    assert_eq!(
        Artikel::WiArt24Lid3.bron().to_string(),
        "artikel 24, derde lid, van de Wet inburgering 2021"
    );
    assert_eq!(
        Artikel::WiArt24Lid4.bron().to_string(),
        "artikel 24, vierde lid, van de Wet inburgering 2021"
    );
    assert_eq!(
        Artikel::BiArt7_1Lid5.bron().to_string(),
        "artikel 7.1, vijfde lid, van het Besluit inburgering 2021"
    );
    assert_eq!(
        Artikel::BiArt7_1Lid6.bron().to_string(),
        "artikel 7.1, zesde lid, van het Besluit inburgering 2021"
    );
    assert_eq!(
        Artikel::BiArt7_1Lid4.bron().onderdeel("b").to_string(),
        "artikel 7.1, vierde lid, onderdeel b, van het Besluit inburgering 2021"
    );
    // Each percentage step names its onderdeel: a opzet … d verminderd.
    let historie = pip(d(2022, 1, 10));
    for (v, letter) in [
        (Verwijtbaarheid::Opzet, "a"),
        (Verwijtbaarheid::GroveSchuld, "b"),
        (Verwijtbaarheid::Normaal, "c"),
        (Verwijtbaarheid::Verminderd, "d"),
    ] {
        let o = pip_overtreding("o", d(2022, 3, 1), v);
        let decision = decide_with(&historie, &[], &o, d(2022, 3, 2)).unwrap();
        let zin = decision
            .stappen()
            .iter()
            .find(|s| matches!(s, Stap::Percentage { .. }))
            .unwrap()
            .zin()
            .to_string();
        assert!(
            zin.contains(&format!("vierde lid, onderdeel {letter}, van het Besluit")),
            "{zin}"
        );
    }
}

/// A fine exactly equal to the room left is not cut; one cent more would be. Nine brede-intake
/// fines of € 250 and an onherroepelijk PIP fine of € 50 leave € 2.400 − € 2.300 = € 100: the
/// next PIP fine, step 2 at opzet, is € 100 and fits exactly. Had the PIP fine been € 50,01, the
/// room is € 99,99 and the fine is cut to it. Ten brede-intake fines fill the cap: no room, never
/// negative, and no fine.
#[test]
fn cap_boundary_is_not_a_cut() {
    let historie = pip(d(2022, 1, 10));
    let intake = |i: u32, bedrag: &str| EerdereBoete {
        overtreding_id: format!("b{i}"),
        gedraging: Gedraging::NietVerschijnenBredeIntake,
        constateringsdatum: d(2021 + (i / 9) as i32, 1 + i % 9, 1).max(d(2022, 1, 3)),
        ladder_stap: None,
        bedrag: eur(bedrag),
        status: onherroepelijk(d(2022, 1, 5)),
    };
    let negen: Vec<EerdereBoete> = (0..9).map(|i| intake(i, "250.00")).collect();
    let o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    let met = |pip_bedrag: &str| {
        let mut priors = negen.clone();
        priors.push(prior(
            "p",
            d(2022, 3, 1),
            1,
            pip_bedrag,
            onherroepelijk(d(2022, 4, 1)),
        ));
        decide_with(&historie, &priors, &o, d(2022, 5, 2)).unwrap()
    };
    let precies = met("50.00");
    let usage = precies.plafond.unwrap();
    assert_eq!(
        (
            precies.bedrag,
            usage.ruimte_voor,
            usage.ruimte_na,
            usage.ingekort
        ),
        (eur("100.00"), eur("100.00"), eur("0.00"), false)
    );
    let een_cent = met("50.01");
    let usage = een_cent.plafond.unwrap();
    assert_eq!(
        (
            een_cent.bedrag,
            usage.ruimte_voor,
            usage.ruimte_na,
            usage.ingekort
        ),
        (eur("99.99"), eur("99.99"), eur("0.00"), true)
    );
    let mut vol = negen.clone();
    vol.push(intake(9, "250.00"));
    vol.push(intake(10, "250.00"));
    let decision = decide_with(&historie, &vol, &o, d(2022, 5, 2)).unwrap();
    let usage = decision.plafond.unwrap();
    assert_eq!(
        (
            decision.bedrag,
            usage.ruimte_voor,
            usage.ruimte_na,
            usage.ingekort
        ),
        (eur("0.00"), eur("0.00"), eur("0.00"), true)
    );
    assert_eq!(
        decision.outcome,
        Outcome::GeenBoete(GeenBoeteReden::PlafondBereikt)
    );
}

/// How a bucket is named in the explanation.
#[test]
fn bucket_names() {
    let zin = |bucket| {
        Stap::PlafondGrens {
            termijn: bucket,
            plafond: eur("400.00"),
        }
        .zin()
        .to_string()
    };
    assert!(zin(Bucket::Initieel).starts_with("In uw inburgeringstermijn mag"));
    assert!(
        zin(Bucket::Nieuw {
            ingangsdatum: d(2025, 4, 16),
            maanden: 6
        })
        .starts_with("In uw nieuwe termijn van 6 maanden vanaf 16 april 2025 mag")
    );
}

/// Boundaries of the input checks: a pleegdatum on the constateringsdatum is lawful; an oproep
/// on a PIP overtreding is an input error; the brede-intake fine's final step cites art. 22
/// lid 1 after the 2nd oproep and lid 3 after the 3rd.
#[test]
fn input_boundaries_and_brede_intake_articles() {
    let historie = pip(d(2022, 1, 10));
    let mut o = pip_overtreding("p", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    o.pleegdatum = Some(d(2022, 5, 1));
    let decision = decide_with(&historie, &[], &o, d(2022, 5, 2)).unwrap();
    assert_eq!(
        decision.procedure.unwrap().verval_basis,
        VervalBasis::Pleegdatum
    );
    o.pleegdatum = None;
    o.oproep = Some(3);
    let err = decide_with(&historie, &[], &o, d(2022, 5, 2)).unwrap_err();
    assert!(
        matches!(
            err.soort(),
            FoutSoort::OproepNietVanToepassing { oproep: 3, .. }
        ),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("`onvoldoende_meewerken_begeleiding` is not about the brede intake"),
        "{err}"
    );

    for (oproep, artikel) in [(2, Artikel::WiArt22Lid1), (3, Artikel::WiArt22Lid3)] {
        let b = intake_overtreding("b", d(2022, 1, 3), oproep);
        let decision = decide_with(&TermijnHistorie::default(), &[], &b, d(2022, 1, 4)).unwrap();
        let last = decision.stappen().last().copied().unwrap();
        assert_eq!(
            (last.artikel(), last),
            (
                artikel,
                Stap::Eindbedrag {
                    bedrag: eur("250.00"),
                    grond: Boetegrond::BredeIntake {
                        derde_oproep: oproep == 3
                    }
                }
            )
        );
        assert_eq!(decision.stappen()[0].artikel(), artikel);
    }
    let o = pip_overtreding("p", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    let decision = decide_with(&historie, &[], &o, d(2022, 5, 2)).unwrap();
    assert_eq!(
        decision.stappen().last().unwrap().artikel(),
        Artikel::WiArt23Lid1
    );
}

/// The cap sentence in its three forms, word for word; and the gedraging's description.
#[test]
fn cap_sentences_word_for_word() {
    let bron = "(artikel 7.1, vijfde lid, van het Besluit inburgering 2021).";
    let grens = |bucket| {
        Stap::PlafondGrens {
            termijn: bucket,
            plafond: eur("2400.00"),
        }
        .zin()
        .to_string()
        .to_string()
    };
    assert_eq!(
        grens(Bucket::Initieel),
        format!(
            "In uw inburgeringstermijn mag het college samen ten hoogste € 2.400,00 aan boetes \
             opleggen {bron}"
        )
    );
    assert_eq!(
        grens(Bucket::Nieuw {
            ingangsdatum: d(2025, 4, 16),
            maanden: 6
        }),
        format!(
            "In uw nieuwe termijn van 6 maanden vanaf 16 april 2025 mag het college samen ten \
             hoogste € 2.400,00 aan boetes opleggen {bron}"
        )
    );
    let zin = |ruimte_voor: &str, voor: &str, na: &str| {
        Stap::PlafondRuimte {
            ruimte_voor: eur(ruimte_voor),
            bedrag_voor: eur(voor),
            bedrag_na: eur(na),
        }
        .zin()
        .to_string()
        .to_string()
    };
    assert_eq!(
        zin("400.00", "400.00", "400.00"),
        format!("Na deze boete is daarvan nog € 0,00 over {bron}")
    );
    assert_eq!(
        zin("2400.00", "50.00", "50.00"),
        format!("Na deze boete is daarvan nog € 2.350,00 over {bron}")
    );
    assert_eq!(
        zin("350.00", "800.00", "350.00"),
        format!(
            "Er was daarvan nog € 350,00 over, dus wordt de boete € 350,00 in plaats van € 800,00 \
             {bron}"
        )
    );
    assert_eq!(
        zin("0.00", "800.00", "0.00"),
        format!("Die grens is al bereikt, dus krijgt u geen boete {bron}")
    );

    let historie = pip(d(2022, 1, 10));
    let o = pip_overtreding("o", d(2022, 3, 1), Verwijtbaarheid::Opzet);
    let decision = decide_with(&historie, &[], &o, d(2022, 3, 2)).unwrap();
    assert_eq!(
        decision.stappen()[0].zin().to_string(),
        "U werkte niet genoeg mee aan de begeleiding uit uw plan, en daarvoor moet het college een \
         boete opleggen (artikel 23, eerste lid, van de Wet inburgering 2021)."
    );
}

/// Amounts as a caller may write them: "50" (no decimals), "12.5", "12.500" are whole cents.
#[test]
fn amounts_in_any_notation() {
    // A recorded "50" counts as € 50,00; a lowering of "12.500" is € 12,50.
    let historie = pip(d(2022, 1, 10));
    let priors = [prior(
        "a",
        d(2022, 2, 1),
        1,
        "50",
        onherroepelijk(d(2022, 3, 1)),
    )];
    let mut o = pip_overtreding("n", d(2022, 5, 1), Verwijtbaarheid::Opzet);
    o.verlaging = Some(Verlaging {
        bedrag: eur("12.500"),
        reden: "r".into(),
    });
    let decision = decide_with(&historie, &priors, &o, d(2022, 5, 2)).unwrap();
    assert_eq!(decision.plafond.unwrap().ruimte_voor, eur("2350.00"));
    assert_eq!(decision.bedrag.to_string(), "12.50");
}

/// A new term's extension must end after the term (Wi 24 lid 2 with 12 lid 1 a): a new term of
/// 6 months from 2025-04-02 ends 2025-10-01; an extension to that same day is an error.
#[test]
fn new_term_extension_must_extend() {
    let mut historie = pip(d(2022, 3, 14));
    historie.nieuwe_termijnen.push(NieuweTermijn {
        ingangsdatum: d(2025, 4, 2),
        maanden: 6,
        verlengd_tot: Some(d(2025, 10, 1)),
    });
    assert_eq!(
        historie.termijnen().unwrap_err().soort(),
        &FoutSoort::VerlengingTeVroeg {
            nieuwe_einddatum: d(2025, 10, 1),
            einde: d(2025, 10, 1)
        }
    );
    historie.nieuwe_termijnen[0].verlengd_tot = Some(d(2025, 10, 2));
    assert_eq!(historie.termijnen().unwrap().nieuw[0].einde, d(2025, 10, 2));
}
