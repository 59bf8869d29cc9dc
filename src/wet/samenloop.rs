//! Samenloop with the Participatiewet.
//!
//! **Wi art. 27.** No fine is imposed where the bijstand was lowered on the ground of art. 18 or
//! 18b of the Participatiewet for the same gedraging.
//!
//! The crate's reading: art. 27 applies to every fine of the college, as the article itself
//! does; rows 6 and 8 of the catalogue (the MAP's and the leerroute's intensity) are where it is
//! likely. Such an overtreding got no fine, so it never raises the ladder.

use serde::{Deserialize, Serialize};

use crate::besluit::{Concept, GeenBoeteReden, Stop};
use crate::uitleg::{Stap, Stappen};

/// The Participatiewet article under which the bijstand was lowered for the same gedraging.
///
/// ```
/// use wi2021_boetes::PwVerlaging;
/// let pw: PwVerlaging = serde_json::from_str(r#""artikel18b""#).unwrap();
/// assert_eq!(pw.artikel(), "18b");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PwVerlaging {
    /// PW art. 18 (the afstemmingsverordening).
    Artikel18,
    /// PW art. 18b (the taaleis).
    Artikel18b,
}

impl PwVerlaging {
    /// The article number as written ("18", "18b").
    ///
    /// ```
    /// use wi2021_boetes::PwVerlaging;
    /// assert_eq!(PwVerlaging::Artikel18.artikel(), "18");
    /// ```
    pub const fn artikel(self) -> &'static str {
        match self {
            PwVerlaging::Artikel18 => "18",
            PwVerlaging::Artikel18b => "18b",
        }
    }
}

/// Wi 27: no fine where the bijstand was already lowered for the same gedraging.
pub(crate) fn toets(c: &Concept<'_>) -> Result<(), Stop> {
    match c.overtreding.samenloop {
        Some(_) => Err(GeenBoeteReden::Samenloop.into()),
        None => Ok(()),
    }
}

/// Its step.
pub(crate) fn uitleg<'a>(pw_artikel: PwVerlaging, uit: &mut impl Stappen<'a>) {
    uit.stap(Stap::Samenloop { pw_artikel });
}
