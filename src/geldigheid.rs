//! When the Wet inburgering 2021 applies.
//!
//! The Wi 2021 took effect on 1 January 2022 (Stb. 2021, 76). Who became inburgeringsplichtig
//! before stays under the Wet inburgering 2013, which this crate does not implement. An
//! overtreding, a brede-intake oproep, a PIP or a DUO assessment dated before that day cannot
//! exist under this law: such input is refused with an error naming the field, never computed.

use chrono::NaiveDate;

use crate::error::{Bij, Fout};

/// The day the Wet inburgering 2021 took effect.
pub const WI_2021_VANAF: NaiveDate = match NaiveDate::from_ymd_opt(2022, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// Refuses a date before the Wi 2021 took effect.
///
/// # Errors
/// [`Fout::VoorWi2021`] naming `bij` and `veld`.
pub(crate) fn check(
    bij: impl FnOnce() -> Bij,
    veld: &'static str,
    datum: NaiveDate,
) -> Result<(), Fout> {
    if datum < WI_2021_VANAF {
        return Err(Fout::VoorWi2021 {
            bij: bij(),
            veld,
            datum,
        });
    }
    Ok(())
}
