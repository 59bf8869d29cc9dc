//! Samenloop with the Participatiewet.
//!
//! Implements Wi art. 27: no Wi fine when the bijstand was lowered under
//! Participatiewet art. 18 or 18b for the same gedraging. Such an overtreding never counts for
//! the ladder (it got no fine). The crate applies art. 27 to every gemeente fine, as the article
//! itself does; rows 6 and 8 of the catalogue (the MAP's and the leerroute's intensity) are where
//! it is likely.

use serde::{Deserialize, Serialize};

/// The Participatiewet article under which the bijstand was lowered for the same gedraging.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PwVerlaging {
    /// PW art. 18 (the afstemmingsverordening).
    Artikel18,
    /// PW art. 18b (the taaleis).
    Artikel18b,
}

impl PwVerlaging {
    /// The article number as written ("18", "18b").
    pub const fn artikel(self) -> &'static str {
        match self {
            PwVerlaging::Artikel18 => "18",
            PwVerlaging::Artikel18b => "18b",
        }
    }
}
