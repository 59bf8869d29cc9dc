//! A dossier's outcome as text for the klantmanager: each decision with its explanation, then
//! the totals per term, the deviations and the stacking signals.

use std::fmt::{self, Write as _};

use crate::dossier::{AfwijkingSoort, DossierUitkomst, ReplayEntry};
use crate::nl::woorden::{self, Termijn};
use crate::nl::{Datum, Euro};
use crate::stapeling::Stapelingssignaal;
use crate::wet::duo::{DuoArtikel, DuoDecision, DuoUitkomst};
use crate::wet::ladder::BoeteStatus;

impl DossierUitkomst<'_> {
    /// The outcome as readable Dutch text, the way a klantmanager reads it: each decision with
    /// its explanation, then the totals per term, the deviations and the stacking signals.
    ///
    /// ```
    /// # use wi2021_boetes::*;
    /// # let dossier: Dossier = serde_json::from_str(r#"{"id":"d-1","peildatum":"2023-06-01","doelgroep":"gezinsmigrant"}"#).unwrap();
    /// let tekst = replay(&dossier)?.tekst();
    /// assert_eq!(tekst, "Dossier d-1 — stand op 1 juni 2023\n");
    /// # Ok::<(), Fout>(())
    /// ```
    pub fn tekst(&self) -> String {
        let mut uit = String::new();
        // Writing into a String cannot fail.
        let _ = self.schrijf(&mut uit);
        uit
    }

    fn schrijf(&self, uit: &mut String) -> fmt::Result {
        writeln!(
            uit,
            "Dossier {} — stand op {}",
            self.dossier_id,
            Datum(self.peildatum)
        )?;
        for (n, entry) in self.beslissingen.iter().enumerate() {
            schrijf_beslissing(uit, n + 1, entry)?;
        }
        for (n, d) in self.duo_beslissingen.iter().enumerate() {
            schrijf_duo(uit, n + 1, d)?;
        }
        if !self.totalen.is_empty() {
            writeln!(uit)?;
            writeln!(
                uit,
                "Totalen per termijn (artikel 7.1, vijfde lid, Besluit inburgering 2021):"
            )?;
            for stand in &self.totalen {
                writeln!(
                    uit,
                    "- {}: {} van ten hoogste {}; ruimte {}.",
                    Termijn(stand.termijn),
                    Euro(stand.totaal),
                    Euro(stand.plafond),
                    Euro(stand.ruimte)
                )?;
            }
        }
        if !self.afwijkingen.is_empty() {
            writeln!(uit)?;
            writeln!(uit, "Afwijkingen van de regels in eerdere besluiten:")?;
            for a in &self.afwijkingen {
                writeln!(uit, "- Overtreding {}: {}", a.overtreding_id, a.soort.zin())?;
            }
        }
        if !self.stapeling.is_empty() {
            writeln!(uit)?;
            for signaal in &self.stapeling {
                writeln!(uit, "{}", signaal.zin())?;
            }
        }
        Ok(())
    }
}

fn schrijf_beslissing(uit: &mut String, n: usize, entry: &ReplayEntry<'_>) -> fmt::Result {
    let b = &entry.beslissing;
    writeln!(uit)?;
    writeln!(
        uit,
        "{n}. Overtreding {}: {}",
        b.overtreding_id,
        woorden::omschrijving(b.gedraging)
    )?;
    writeln!(
        uit,
        "   Geconstateerd op {}; besluit {} {}.",
        Datum(b.constateringsdatum),
        if entry.genomen_besluit.is_some() {
            "genomen op"
        } else {
            "te nemen op"
        },
        Datum(b.besluitdatum)
    )?;
    writeln!(uit, "   Uitkomst: {}.", UitkomstTekst(entry))?;
    for stap in &b.stappen() {
        writeln!(uit, "   - {}", stap.zin())?;
    }
    if let (Some(totaal), Some(ruimte)) = (entry.lopend_totaal, entry.ruimte) {
        writeln!(
            uit,
            "   Totaal in deze termijn: {}; resterende ruimte: {}.",
            Euro(totaal),
            Euro(ruimte)
        )?;
    }
    Ok(())
}

fn schrijf_duo(uit: &mut String, n: usize, d: &DuoDecision<'_>) -> fmt::Result {
    writeln!(uit)?;
    writeln!(
        uit,
        "DUO {n}. Beoordeling {} ({}), besluit op {}:",
        d.beoordeling_id,
        match d.artikel {
            DuoArtikel::Art24 => "artikel 24 Wet inburgering 2021",
            DuoArtikel::Art25 => "artikel 25 Wet inburgering 2021",
        },
        Datum(d.besluitdatum)
    )?;
    match d.uitkomst {
        DuoUitkomst::Boete => writeln!(uit, "   Uitkomst: boete van {}.", Euro(d.bedrag))?,
        DuoUitkomst::Verlenging { tot, .. } => writeln!(
            uit,
            "   Uitkomst: termijn verlengd tot en met {}, geen boete.",
            Datum(tot)
        )?,
        DuoUitkomst::GeenBoete { .. } => writeln!(uit, "   Uitkomst: geen boete.")?,
    }
    for stap in d.stappen() {
        writeln!(uit, "   - {}", stap.zin())?;
    }
    Ok(())
}

/// The outcome of one decision in the dossier text: for a decided fine what was imposed, with
/// the rules' amount beside it where they differ; a herroepen fine as herroepen.
struct UitkomstTekst<'e, 'a>(&'e ReplayEntry<'a>);

impl fmt::Display for UitkomstTekst<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = self.0;
        let berekend = entry.beslissing.bedrag;
        let Some(besluit) = entry.genomen_besluit else {
            return if berekend.is_zero() {
                f.write_str("geen boete")
            } else {
                write!(f, "boete van {}", Euro(berekend))
            };
        };
        let opgelegd = besluit.bedrag.unwrap_or(berekend);
        if besluit.status == BoeteStatus::Herroepen {
            return if opgelegd.is_zero() {
                f.write_str("herroepen")
            } else {
                write!(f, "herroepen (eerder opgelegd: {})", Euro(opgelegd))
            };
        }
        if opgelegd.is_zero() {
            f.write_str("geen boete opgelegd")?;
        } else {
            write!(f, "boete van {} opgelegd", Euro(opgelegd))?;
        }
        if opgelegd != berekend {
            write!(f, " (volgens de regels {})", Euro(berekend))?;
        }
        Ok(())
    }
}

/// A deviation's Dutch sentence, as a [`fmt::Display`]; from [`AfwijkingSoort::zin`].
///
/// ```
/// use wi2021_boetes::AfwijkingSoort;
/// let s = AfwijkingSoort::LagerDanRegels {
///     berekend_bedrag: rust_decimal::Decimal::new(5000, 2),
///     geregistreerd_bedrag: rust_decimal::Decimal::new(2500, 2),
/// };
/// assert_eq!(s.zin().to_string(), "opgelegd € 25,00, lager dan de € 50,00 volgens de regels.");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct AfwijkingZin(AfwijkingSoort);

impl AfwijkingSoort {
    /// The deviation in a Dutch sentence for whoever reviews the dossier.
    ///
    /// ```
    /// use wi2021_boetes::AfwijkingSoort;
    /// let d = |m, dag| chrono::NaiveDate::from_ymd_opt(2026, m, dag).unwrap();
    /// let s = AfwijkingSoort::NaVerval { bevoegd_tot_en_met: d(1, 31), besluitdatum: d(2, 2) };
    /// assert_eq!(
    ///     s.zin().to_string(),
    ///     "opgelegd op 2 februari 2026, maar de bevoegdheid liep tot en met 31 januari 2026: dit besluit moet worden ingetrokken."
    /// );
    /// ```
    pub fn zin(&self) -> AfwijkingZin {
        AfwijkingZin(*self)
    }
}

impl fmt::Display for AfwijkingZin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            AfwijkingSoort::LagerDanRegels {
                berekend_bedrag,
                geregistreerd_bedrag,
            } => write!(
                f,
                "opgelegd {}, lager dan de {} volgens de regels.",
                Euro(geregistreerd_bedrag),
                Euro(berekend_bedrag)
            ),
            AfwijkingSoort::HogerDanRegels {
                berekend_bedrag,
                geregistreerd_bedrag,
            } => write!(
                f,
                "opgelegd {}, hoger dan de {} volgens de regels: laat dit besluit nakijken.",
                Euro(geregistreerd_bedrag),
                Euro(berekend_bedrag)
            ),
            AfwijkingSoort::AndereTrede {
                berekende_stap,
                geregistreerde_stap,
            } => write!(
                f,
                "opgelegd op trede {geregistreerde_stap}, volgens de regels trede {berekende_stap}."
            ),
            AfwijkingSoort::NaVerval {
                bevoegd_tot_en_met,
                besluitdatum,
            } => write!(
                f,
                "opgelegd op {}, maar de bevoegdheid liep tot en met {}: dit besluit moet worden ingetrokken.",
                Datum(besluitdatum),
                Datum(bevoegd_tot_en_met)
            ),
        }
    }
}

/// A stacking signal's Dutch sentence, as a [`fmt::Display`]; from [`Stapelingssignaal::zin`].
///
/// ```
/// use wi2021_boetes::Stapelingssignaal;
/// let d = |m, dag| chrono::NaiveDate::from_ymd_opt(2024, m, dag).unwrap();
/// let s = Stapelingssignaal { van: d(1, 5), tot: d(3, 1), overtreding_ids: vec!["a", "b"],
///     totaal: rust_decimal::Decimal::new(37500, 2), met_duo: true };
/// assert_eq!(
///     s.zin().to_string(),
///     "Signaal stapeling: 2 boetes tussen 5 januari 2024 en 1 maart 2024, samen € 375,00, ook van DUO; beoordeel of dit nog proportioneel is."
/// );
/// ```
#[derive(Debug, Clone, Copy)]
pub struct SignaalZin<'s, 'a>(&'s Stapelingssignaal<'a>);

impl Stapelingssignaal<'_> {
    /// A Dutch sentence for the klantmanager.
    ///
    /// ```
    /// use wi2021_boetes::Stapelingssignaal;
    /// let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 5).unwrap();
    /// let s = Stapelingssignaal { van: d, tot: d, overtreding_ids: vec!["a", "b"],
    ///     totaal: rust_decimal::Decimal::new(5000, 2), met_duo: false };
    /// assert!(s.zin().to_string().starts_with("Signaal stapeling: 2 boetes"));
    /// ```
    pub fn zin(&self) -> SignaalZin<'_, '_> {
        SignaalZin(self)
    }
}

impl fmt::Display for SignaalZin<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        write!(
            f,
            "Signaal stapeling: {} boetes tussen {} en {}, samen {}{}; beoordeel of dit nog proportioneel is.",
            s.overtreding_ids.len(),
            Datum(s.van),
            Datum(s.tot),
            Euro(s.totaal),
            if s.met_duo { ", ook van DUO" } else { "" }
        )
    }
}
