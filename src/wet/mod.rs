//! The law, one module per article or lid group: each opens with the rule in the crate's own
//! words and its citation, and holds the function that applies it.
//!
//! | module | law |
//! |---|---|
//! | [`parameters`] | every amount, cap, percentage, period and threshold, dated |
//! | [`geldigheid`] | the Wi 2021 applies from 2022-01-01 |
//! | [`catalogus`] | who fines what, for whom: Wi 8 lid 3, 15, 22–25; PW 18 |
//! | [`brede_intake`] | Wi 14, 22; Bi 7.1 lid 1 |
//! | [`samenloop`] | Wi 27 |
//! | [`verwijtbaarheid`] | Awb 5:41; Bi 7.1 lid 4 |
//! | [`procedure`] | Awb 5:45, 5:51, 5:53, afdeling 4.1.2 |
//! | [`ladder`] | Bi 7.1 lid 2–3 |
//! | [`verlaging`] | Awb 5:46 lid 3; Bi 7.1 lid 6; Bi 7.2 lid 3 |
//! | [`plafond`] | Bi 7.1 lid 5 |
//! | [`termijn`] | Wi 11, 12, 24 lid 2, 25 lid 2; counting months |
//! | [`duo`] | Wi 8 lid 3, 12, 24, 25; Bi 4.3–4.5, 7.2 |
//! | [`unierecht`] | art. 34 Richtlijn 2011/95/EU; ECLI:EU:C:2025:52; ECLI:NL:RVS:2025:3087 |

pub(crate) mod brede_intake;
pub(crate) mod catalogus;
pub(crate) mod duo;
pub(crate) mod geldigheid;
pub(crate) mod ladder;
pub(crate) mod parameters;
pub(crate) mod plafond;
pub(crate) mod procedure;
pub(crate) mod samenloop;
pub(crate) mod termijn;
pub(crate) mod unierecht;
pub(crate) mod verlaging;
pub(crate) mod verwijtbaarheid;
