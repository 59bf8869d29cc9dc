//! # wi2021-boetes
//!
//! The administrative fines (bestuurlijke boetes) of the Dutch Wet inburgering 2021 (Wi),
//! computed to the cent and explained article by article.
//!
//! A fine under the Wi is a "criminal charge" in the sense of art. 6 ECHR: it must be right,
//! proportionate and motivated. This crate decides, for one overtreding and the fines before
//! it, whether a fine is due, how high, why, and under which procedure; every [`Decision`]
//! carries its explanation as ordered [`Step`]s, each with its article as a
//! `wetten.overheid.nl` link and a Dutch sentence fit for a beschikking.
//!
//! | module | law |
//! |---|---|
//! | [`gedraging`] | the catalogue of 13 gedragingen; Wi art. 8 lid 3, 15, 22–25 |
//! | [`verwijtbaarheid`] | Bi art. 7.1 lid 4; Awb 5:41 |
//! | [`brede_intake`] | Wi art. 14, 22; Bi 7.1 lid 1 |
//! | [`ladder`] | Bi art. 7.1 lid 2–3 |
//! | [`caps`] | Bi art. 7.1 lid 5 |
//! | [`termijn`] | Wi art. 11, 12, 24 lid 2–3, 25 lid 2 |
//! | [`samenloop`] | Wi art. 27 |
//! | [`verlaging`] | Awb 5:46 lid 3; Bi 7.1 lid 6 |
//! | [`procedure`] | Awb 5:45, 5:51, 5:53 |
//! | [`explanation`] | the motivering, one sentence per step, each with its article |
//! | [`decision`] | one decision, putting the above together |
//! | [`duo`] | DUO's fines: Wi art. 12, 24, 25; Bi 4.3–4.5, 7.2 |
//! | [`leerroute_tabel`] | the leerroute fine's table as validated data: Bi 7.2 lid 2 |
//! | [`dossier`] | a person's whole dossier: every decision, in order ([`replay`]) |
//! | [`stapeling`] | the signal for fines that follow each other closely (proportionality) |
//!
//! Money is [`rust_decimal::Decimal`] with two decimals (in JSON a string such as `"12.50"`;
//! a JSON number is refused, so no floating point enters); dates are [`chrono::NaiveDate`]
//! (`"2024-02-29"`). The crate never reads the clock: the decision date is an input. It needs
//! no personal data: overtredingen carry opaque ids the caller chooses.
//!
//! ```
//! use wi2021_boetes::*;
//!
//! let historie = TermijnHistorie {
//!     pip_dagtekening: Some(date(2023, 1, 10)),
//!     ..TermijnHistorie::default()
//! };
//! let termijnen = historie.termijnen()?;
//! let config = Config::default();
//! let context = Context {
//!     person: Person { doelgroep: Doelgroep::Asielstatushouder, leerroute: Some(Leerroute::B1Route) },
//!     termijnen: &termijnen,
//!     eerdere_boetes: &[],
//!     besluitdatum: date(2023, 6, 1),
//!     config: &config,
//! };
//! let overtreding = Overtreding {
//!     id: "o-1".into(),
//!     gedraging: Gedraging::OnvoldoendeMeewerkenBegeleiding,
//!     constateringsdatum: date(2023, 5, 2),
//!     pleegdatum: None,
//!     verwijtbaarheid: Verwijtbaarheid::GroveSchuld,
//!     samenloop: None,
//!     verlaging: None,
//!     oproep: None,
//!     rapportdatum: None,
//! };
//! let decision = decide(&context, &overtreding)?;
//! // First rung of the ladder (€ 50), at 75 % for grove schuld.
//! assert_eq!(decision.bedrag, euro(50) * rust_decimal::Decimal::new(75, 2));
//! for zin in decision.motivering() {
//!     println!("{zin}");
//! }
//! # fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate { chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap() }
//! # Ok::<(), Fout>(())
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// No panics and no floating point in the library: invalid input is a typed error, money is
// Decimal. Tests, examples and benches are separate crates and not bound by these.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented,
    clippy::unreachable,
    clippy::indexing_slicing,
    clippy::float_arithmetic,
    clippy::float_cmp,
    clippy::cast_precision_loss
)]

pub mod article;
pub mod brede_intake;
pub mod caps;
pub mod decision;
pub mod dossier;
pub mod duo;
pub mod error;
pub mod explanation;
pub mod gedraging;
pub mod geldigheid;
pub mod ladder;
pub mod leerroute_tabel;
pub mod money;
pub mod procedure;
pub mod samenloop;
pub mod stapeling;
pub mod termijn;
pub mod verlaging;
pub mod verwijtbaarheid;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use article::{Artikel, Regeling, Verwijzing};
pub use brede_intake::BredeIntakeGevolg;
pub use caps::{Bucket, CapUse};
pub use decision::{
    Context, Decision, EerdereBoete, GeenBoeteReden, Id, LadderStap, Outcome, Overtreding, decide,
};
pub use dossier::{
    Afwijking, AfwijkingSoort, BucketStand, Dossier, DossierUitkomst, GenomenBesluit, ReplayEntry,
    replay,
};
pub use duo::{
    DuoArtikel, DuoBeoordeling, DuoBeoordelingUitkomst, DuoContext, DuoDatums, DuoDecision,
    DuoGeenBoeteReden, DuoMoment, DuoOnderdeel, DuoUitkomst, Inspanningen, InspanningsCriterium,
    Onafgerond, VerlengingsGrond, beoordeel,
};
pub use error::{Bij, Fout};
pub use explanation::{NietMeetellend, Reden, Step};
pub use gedraging::{
    CATALOGUE, CatalogueEntry, Doelgroep, Fineability, Gedraging, Grondslag, Handhaver, Leerroute,
    NietBeboetbaar, Person, Regime,
};
pub use ladder::{BoeteStatus, ladder_amount};
pub use leerroute_tabel::{
    Band, Bereik, LeerrouteInspanning, LeerrouteTabellen, RouteTabel, TabelPerDoelgroep,
};
pub use money::{euro, format_datum, format_euro};
pub use procedure::{Beslisser, Config, Procedure, Route, Signaal, VervalBasis};
pub use samenloop::PwVerlaging;
pub use stapeling::{StapelingConfig, Stapelingssignaal};
pub use termijn::{NieuweTermijn, Termijn, TermijnHistorie, TermijnSoort, Termijnen, Verlenging};
pub use verlaging::Verlaging;
pub use verwijtbaarheid::Verwijtbaarheid;
