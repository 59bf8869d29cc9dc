//! The names of things, in the Dutch of a beschikking: the gedragingen, the categories of
//! verwijtbaarheid, the terms, DUO's parts, and who decides.

use std::fmt;

use crate::artikel::Artikel;
use crate::nl::Datum;
use crate::wet::catalogus::{Gedraging, Leerroute};
use crate::wet::duo::{DuoOnderdeel, Onderdelen};
use crate::wet::plafond::Bucket;
use crate::wet::verwijtbaarheid::Verwijtbaarheid;

/// The gedraging as a noun phrase ("het niet verschijnen bij de brede intake"), for the dossier
/// text.
pub(crate) const fn omschrijving(gedraging: Gedraging) -> &'static str {
    use Gedraging::*;
    match gedraging {
        NietVerschijnenBredeIntake => "het niet verschijnen bij de brede intake",
        NietMeewerkenBredeIntake => {
            "het niet meewerken aan de brede intake (waaronder de leerbaarheidstoets)"
        }
        OnvoldoendeMeewerkenBegeleiding => {
            "het onvoldoende meewerken aan de begeleiding binnen het PIP (voortgangsgesprekken)"
        }
        IntensiteitPvt => {
            "het zich niet houden aan de vastgestelde intensiteit van het participatieverklaringstraject"
        }
        EindgesprekPvt => {
            "het niet verschijnen op het eindgesprek van het participatieverklaringstraject"
        }
        IntensiteitMap => {
            "het zich niet houden aan de vastgestelde intensiteit van de module Arbeidsmarkt en Participatie"
        }
        EindgesprekMap => {
            "het niet verschijnen op het eindgesprek van de module Arbeidsmarkt en Participatie"
        }
        IntensiteitLeerroute => {
            "het zich niet houden aan de vastgestelde intensiteit van de leerroute"
        }
        EindgesprekZRoute => "het niet verschijnen op het eindgesprek van de zelfredzaamheidsroute",
        NietTijdigAfrondenPvt => "het niet tijdig afronden van het participatieverklaringstraject",
        NietTijdigAfrondenMap => {
            "het niet tijdig afronden van de module Arbeidsmarkt en Participatie"
        }
        NietTijdigAfrondenLeerroute => "het niet tijdig behalen van de leerroute",
        NietMeewerkenFinancieelOntzorgen => "het niet meewerken aan financieel ontzorgen",
    }
}

/// The gedraging as a fact about the person, addressed to "u", without a full stop ("U kwam
/// niet naar de brede intake").
pub(crate) const fn feit(gedraging: Gedraging) -> &'static str {
    use Gedraging::*;
    match gedraging {
        NietVerschijnenBredeIntake => "U kwam niet naar de brede intake",
        NietMeewerkenBredeIntake => {
            "U werkte niet mee aan de brede intake of de leerbaarheidstoets"
        }
        OnvoldoendeMeewerkenBegeleiding => {
            "U werkte niet genoeg mee aan de begeleiding uit uw plan"
        }
        IntensiteitPvt => {
            "U deed minder mee aan het participatieverklaringstraject dan afgesproken"
        }
        EindgesprekPvt => "U kwam niet naar het eindgesprek van het participatieverklaringstraject",
        IntensiteitMap => {
            "U deed minder mee aan de module Arbeidsmarkt en Participatie dan afgesproken"
        }
        EindgesprekMap => {
            "U kwam niet naar het eindgesprek van de module Arbeidsmarkt en Participatie"
        }
        IntensiteitLeerroute => "U deed minder mee aan uw leerroute dan afgesproken",
        EindgesprekZRoute => "U kwam niet naar het eindgesprek van de zelfredzaamheidsroute",
        NietTijdigAfrondenPvt => "U rondde het participatieverklaringstraject niet op tijd af",
        NietTijdigAfrondenMap => "U rondde de module Arbeidsmarkt en Participatie niet op tijd af",
        NietTijdigAfrondenLeerroute => "U haalde uw leerroute niet op tijd",
        NietMeewerkenFinancieelOntzorgen => "U werkte niet mee aan financieel ontzorgen",
    }
}

/// The category's name ("grove schuld").
pub(crate) const fn naam(verwijtbaarheid: Verwijtbaarheid) -> &'static str {
    match verwijtbaarheid {
        Verwijtbaarheid::Geen => "geen verwijtbaarheid",
        Verwijtbaarheid::Verminderd => "verminderde verwijtbaarheid",
        Verwijtbaarheid::Normaal => "normale verwijtbaarheid",
        Verwijtbaarheid::GroveSchuld => "grove schuld",
        Verwijtbaarheid::Opzet => "opzet",
    }
}

/// The name with what it means where that is not plain: "normale verwijtbaarheid" is "geen opzet
/// en geen grove schuld" (Bi 7.1 lid 4 sub c).
pub(crate) const fn betekenis(verwijtbaarheid: Verwijtbaarheid) -> &'static str {
    match verwijtbaarheid {
        Verwijtbaarheid::Normaal => "normale verwijtbaarheid: geen opzet en geen grove schuld",
        other => naam(other),
    }
}

/// The route's name ("B1-route").
pub(crate) const fn leerroute(route: Leerroute) -> &'static str {
    match route {
        Leerroute::B1Route => "B1-route",
        Leerroute::Onderwijsroute => "onderwijsroute",
        Leerroute::Zelfredzaamheidsroute => "zelfredzaamheidsroute",
    }
}

/// "drie" or "vijf".
pub(crate) const fn jaren(jaren: u32) -> &'static str {
    if jaren == 5 { "vijf" } else { "drie" }
}

/// "uw inburgeringstermijn" (with its extensions) or "uw nieuwe termijn van 6 maanden vanaf
/// 1 mei 2025".
pub(crate) struct Termijn(pub Bucket);

impl fmt::Display for Termijn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Bucket::Initieel => f.write_str("uw inburgeringstermijn"),
            Bucket::Nieuw {
                ingangsdatum,
                maanden,
            } => write!(
                f,
                "uw nieuwe termijn van {maanden} maanden vanaf {}",
                Datum(ingangsdatum)
            ),
        }
    }
}

/// "1 examenpoging", "2 examenpogingen".
pub(crate) struct Telling(pub u32, pub &'static str, pub &'static str);

impl fmt::Display for Telling {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Telling(n, een, meer) = *self;
        write!(f, "{n} {}", if n == 1 { een } else { meer })
    }
}

/// "het participatieverklaringstraject en de module Arbeidsmarkt en Participatie".
pub(crate) struct OnderdelenTekst(pub Onderdelen);

impl OnderdelenTekst {
    /// The past participle that goes with the parts: a leerroute is "gehaald", the PVT and the
    /// MAP are "afgerond".
    pub(crate) fn voltooid(&self) -> &'static str {
        if self.0.leerroute {
            "gehaald"
        } else {
            "afgerond"
        }
    }
}

impl fmt::Display for OnderdelenTekst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, onderdeel) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(" en ")?;
            }
            f.write_str(match onderdeel {
                DuoOnderdeel::Pvt => "het participatieverklaringstraject",
                DuoOnderdeel::Map => "de module Arbeidsmarkt en Participatie",
                DuoOnderdeel::Leerroute => "de leerroute",
            })?;
        }
        Ok(())
    }
}

/// Who takes the decision a step belongs to, as the step's article tells: DUO for Wi art. 24
/// and 25 and Bi art. 7.2, the college for everything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Orgaan {
    College,
    Duo,
}

impl Orgaan {
    pub(crate) const fn van(artikel: Artikel) -> Orgaan {
        use Artikel::*;
        match artikel {
            WiArt24Lid1 | WiArt24Lid2 | WiArt24Lid3 | WiArt24Lid4 | WiArt25Lid1 | WiArt25Lid2
            | WiArt25Lid3 | BiArt7_2Lid1 | BiArt7_2Lid2 | BiArt7_2Lid3 => Orgaan::Duo,
            _ => Orgaan::College,
        }
    }

    /// At the start of a sentence.
    pub(crate) const fn naam(self) -> &'static str {
        match self {
            Orgaan::College => "Het college",
            Orgaan::Duo => "DUO",
        }
    }

    /// Inside a sentence.
    pub(crate) const fn onderwerp(self) -> &'static str {
        match self {
            Orgaan::College => "het college",
            Orgaan::Duo => "DUO",
        }
    }

    /// "… wat het al weet" / "wat DUO al weet".
    pub(crate) const fn wie_kent(self) -> &'static str {
        match self {
            Orgaan::College => "het",
            Orgaan::Duo => "DUO",
        }
    }
}
