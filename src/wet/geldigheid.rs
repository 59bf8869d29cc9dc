//! When the Wet inburgering 2021 applies.
//!
//! The Wi 2021 took effect on 1 January 2022. Who became inburgeringsplichtig before stays under
//! the Wet inburgering 2013, which this crate does not implement. An overtreding (its
//! constateringsdatum or its pleegdatum), a brede-intake oproep, a PIP or a DUO assessment dated
//! before that day cannot exist under this law: such input is refused with an error naming the
//! field, never computed.

use chrono::NaiveDate;

use crate::fout::{Fout, FoutSoort};
use crate::wet::parameters::VERSIES;

/// Refuses a date before the Wi 2021 took effect; `fout` places the error.
pub(crate) fn toets(
    datum: NaiveDate,
    veld: &'static str,
    fout: impl FnOnce(FoutSoort) -> Fout,
) -> Result<(), Fout> {
    let vanaf = VERSIES[0].wet_vanaf;
    if datum < vanaf {
        return Err(fout(FoutSoort::VoorWi2021 { datum, vanaf }).in_veld(veld));
    }
    Ok(())
}
