//! # wi2021-boetes
//!
//! The administrative fines (bestuurlijke boetes) of the Dutch Wet inburgering 2021 (Wi),
//! computed to the cent and explained article by article.
//!
//! A fine under the Wi is a "criminal charge" in the sense of art. 6 ECHR: it must be right,
//! proportionate and motivated. This crate decides, for one overtreding and the fines before it,
//! whether a fine is due, how high, why, and under which procedure ([`decide`]); for a whole
//! dossier, every decision in order ([`replay`]); and DUO's assessment of a term that ran out
//! ([`beoordeel`]). Every decision carries its explanation as ordered [`Stap`]s, each with its
//! article as a `wetten.overheid.nl` link and a Dutch sentence fit for a beschikking.
//!
//! The law is in `src/wet`, one module per article or lid group, each opening with its rule;
//! its numbers are dated parameters in one table (`src/wet/parameters.rs`). The Dutch is in
//! `src/nl`; the explanation's codes in `src/uitleg.rs`; the one history of earlier fines, used
//! by both [`decide`] and [`replay`], in `src/historie.rs`. The README maps every article to its
//! file.
//!
//! Money is [`rust_decimal::Decimal`] with two decimals at the boundary (in JSON a string such as
//! `"12.50"`; a JSON number is refused, so no floating point enters) and whole cents inside;
//! dates are [`chrono::NaiveDate`] (`"2024-02-29"`). The crate never reads the clock: the
//! decision date is an input. It needs no personal data: overtredingen carry opaque ids the
//! caller chooses.
//!
//! ```
//! use wi2021_boetes::*;
//!
//! let termijnen = TermijnHistorie {
//!     pip_dagtekening: Some(date(2023, 1, 10)),
//!     ..TermijnHistorie::default()
//! }
//! .termijnen()?;
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
//! assert_eq!(decision.bedrag, rust_decimal::Decimal::new(3750, 2));
//! for zin in decision.motivering() {
//!     println!("{zin}");
//! }
//! # fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate { chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap() }
//! # Ok::<(), Fout>(())
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// No panics and no floating point in the library: invalid input is a typed error, money is
// whole cents. Tests, examples and benches are separate crates and not bound by these.
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

mod artikel;
mod besluit;
mod dossier;
mod fout;
mod geld;
mod historie;
mod invoer;
mod nl;
#[cfg(feature = "schema")]
mod schema;
mod stapeling;
#[cfg(feature = "json")]
mod stroom;
mod uitleg;
mod uitvoer;
mod wet;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use artikel::{Artikel, Link, Regeling, Verwijzing};
pub use besluit::{
    Context, Decision, EerdereBoete, GeenBoeteReden, LadderStap, Outcome, Overtreding, decide,
};
pub use dossier::{
    Afwijking, AfwijkingSoort, BucketStand, DATUM_BEREIK, Dossier, DossierUitkomst, FORMAAT_VERSIE,
    GenomenBesluit, MAX_DUO_BEOORDELINGEN, MAX_OVERTREDINGEN, ReplayEntry, replay,
};
pub use fout::{Fout, FoutSoort, Foutmelding, Plaats};
#[cfg(feature = "json")]
pub use invoer::lees_dossier;
pub use invoer::{MAX_DOSSIER_BYTES, MAX_NESTING};
pub use nl::dossier::{AfwijkingZin, SignaalZin};
pub use nl::{Bron, Zin};
#[cfg(feature = "schema")]
pub use schema::{dossier_schema, uitkomst_schema};
pub use stapeling::{StapelingConfig, Stapelingssignaal};
#[cfg(feature = "json")]
pub use stroom::{Opmaak, StroomFout, Telling, beantwoord, beantwoord_een, beantwoord_regels};
pub use uitleg::{Boetegrond, Stap, Uitleg, UitlegVorm};
pub use wet::brede_intake::BredeIntakeGevolg;
pub use wet::catalogus::{
    CATALOGUE, CatalogueEntry, Doelgroep, Fineability, Gedraging, Grondslag, Handhaver, Leerroute,
    NietBeboetbaar, Person, Regime,
};
pub use wet::duo::tabel::{
    Band, Bereik, LeerrouteInspanning, LeerrouteTabellen, RouteTabel, TabelPerDoelgroep,
};
pub use wet::duo::{
    DuoArtikel, DuoBeoordeling, DuoBeoordelingUitkomst, DuoContext, DuoDatums, DuoDecision,
    DuoGeenBoeteReden, DuoMoment, DuoOnderdeel, DuoUitkomst, Inspanningen, InspanningsCriterium,
    NietVerwijtbaarGrond, Onafgerond, Onderdelen, VerlengingsGrond, beoordeel,
};
pub use wet::ladder::{BoeteStatus, NietMeetellend};
pub use wet::plafond::{Bucket, CapUse};
pub use wet::procedure::{Beslisser, Config, Procedure, Route, Signaal, VervalBasis};
pub use wet::samenloop::PwVerlaging;
pub use wet::termijn::{
    NieuweTermijn, Termijn, TermijnHistorie, TermijnSoort, Termijnen, Verlenging,
};
pub use wet::verlaging::Verlaging;
pub use wet::verwijtbaarheid::Verwijtbaarheid;
