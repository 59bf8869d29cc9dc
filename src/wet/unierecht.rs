//! Union law for asielstatushouders: art. 34 of Richtlijn 2011/95/EU as the courts apply it.
//!
//! **Art. 34 Richtlijn 2011/95/EU.** To make integration easier, the member states ensure access
//! to integration programmes for beneficiaries of international protection.
//!
//! **Hof van Justitie van de Europese Unie, 4 February 2025, C-158/23 (Keren),
//! ECLI:EU:C:2025:52.** A beneficiary of international protection may be fined for not passing a
//! civic-integration exam in time only in exceptional cases, such as a proven and persistent lack
//! of willingness to integrate; not systematically.
//!
//! **Afdeling bestuursrechtspraak van de Raad van State, 9 July 2025, ECLI:NL:RVS:2025:3087.** The
//! Afdeling applied this: no fine for an asielstatushouder under the Wi 2013, and it noted that
//! the answers matter for the Wi 2021 too, which has not been amended since.
//!
//! The crate's reading: DUO's fines for not completing in time (Wi art. 24 for the PVT and the
//! MAP, art. 25 for the leerroute) are the Wi 2021's counterpart of the fine in Keren. For an
//! asielstatushouder DUO imposes one only when the assessment records that a proven and persistent
//! lack of willingness to integrate was established, with its grounds; without it there is no
//! fine and no new term. The extension rules (Wi art. 12) come first. Gezins- and overige
//! migranten are no beneficiaries of international protection: for them nothing changes. The
//! college's fines (Wi 22, 23) sanction a specific, verwijtbare failure to cooperate, graded by
//! verwijtbaarheid and limited by the caps: the crate computes them as the Wi says.

use crate::uitleg::{Stap, Stappen};
use crate::wet::catalogus::Doelgroep;

/// Keren: for an asielstatushouder, whether DUO may fine (`true`); without the finding, the
/// steps that say why not. `gronden` are DUO's grounds for the finding, if it made one.
pub(crate) fn toets<'a>(
    stappen: &mut impl Stappen<'a>,
    doelgroep: Doelgroep,
    gronden: Option<&'a str>,
) -> bool {
    if doelgroep != Doelgroep::Asielstatushouder {
        return true;
    }
    stappen.stap(Stap::UnierechtIntegratie);
    stappen.stap(Stap::UnierechtUitzondering);
    match gronden {
        Some(gronden) => {
            stappen.stap(Stap::UnierechtGebrekVastgesteld { gronden });
            true
        }
        None => {
            stappen.stap(Stap::UnierechtGeenBoete);
            false
        }
    }
}
