//! Reading the input: amounts and dates as the format prescribes them, with messages an
//! integrator understands; and, with the `json` feature, a whole dossier from bytes, within the
//! limits of size and nesting ([`lees_dossier`]).
//!
//! Amounts are strings with a point and at most the digits the amount needs (`"25.00"`, `"12.5"`,
//! `"50"`): a JSON number would carry a binary fraction, and a comma is not a decimal point here.
//! Dates are strings `"YYYY-MM-DD"`.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserializer;
use serde::de::{self, Visitor};

/// How an amount is written, for messages.
const BEDRAG_VORM: &str = "an amount written as a string with a point, for example \"25.00\"";

/// How a date is written, for messages.
const DATUM_VORM: &str = "a date written as \"YYYY-MM-DD\", for example \"2024-02-29\"";

/// An amount: a string of digits with at most one point, and a minus sign before it if negative.
fn lees_bedrag(tekst: &str) -> Result<Decimal, String> {
    let cijfers = tekst.strip_prefix('-').unwrap_or(tekst);
    let (geheel, fractie) = cijfers.split_once('.').unwrap_or((cijfers, "0"));
    let vorm = [geheel, fractie]
        .iter()
        .all(|deel| !deel.is_empty() && deel.bytes().all(|b| b.is_ascii_digit()));
    let fout = || {
        format!(
            "{tekst:?} is not an amount: write amounts as strings with a point, for example \"25.00\""
        )
    };
    if !vorm {
        return Err(fout());
    }
    Decimal::from_str(tekst).map_err(|_| fout())
}

/// A date: `YYYY-MM-DD`, and a day the calendar has.
fn lees_datum(tekst: &str) -> Result<NaiveDate, String> {
    let getal = |cijfers: &[u8]| {
        cijfers.iter().try_fold(0u32, |getal, &cijfer| {
            cijfer
                .is_ascii_digit()
                .then(|| getal * 10 + u32::from(cijfer - b'0'))
        })
    };
    let delen = match tekst.as_bytes() {
        [jaar @ .., b'-', m1, m2, b'-', d1, d2] if jaar.len() == 4 => {
            getal(jaar).zip(getal(&[*m1, *m2])).zip(getal(&[*d1, *d2]))
        }
        _ => None,
    };
    let Some(((jaar, maand), dag)) = delen else {
        return Err(format!(
            "expected YYYY-MM-DD, for example \"2024-02-29\"; {tekst:?} is not written so"
        ));
    };
    // Four digits: the year is at most 9999.
    i32::try_from(jaar)
        .ok()
        .and_then(|jaar| NaiveDate::from_ymd_opt(jaar, maand, dag))
        .ok_or_else(|| format!("expected YYYY-MM-DD; {tekst} is not a date"))
}

/// Reads a string with `lees`, and says `vorm` for anything else.
struct Tekst<T> {
    lees: fn(&str) -> Result<T, String>,
    vorm: &'static str,
}

impl<T> Visitor<'_> for Tekst<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.vorm)
    }

    fn visit_str<E: de::Error>(self, tekst: &str) -> Result<T, E> {
        (self.lees)(tekst).map_err(E::custom)
    }
}

/// The same, or `null`.
struct Optie<T>(Tekst<T>);

impl<'de, T> Visitor<'de> for Optie<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} or null", self.0.vorm)
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_any(self.0).map(Some)
    }
}

const BEDRAG: Tekst<Decimal> = Tekst {
    lees: lees_bedrag,
    vorm: BEDRAG_VORM,
};

const DATUM: Tekst<NaiveDate> = Tekst {
    lees: lees_datum,
    vorm: DATUM_VORM,
};

/// An amount field (`#[serde(deserialize_with = "crate::invoer::bedrag")]`).
pub(crate) fn bedrag<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(BEDRAG)
}

/// An optional amount field.
pub(crate) fn bedrag_optie<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    d.deserialize_option(Optie(BEDRAG))
}

/// A date field (`#[serde(deserialize_with = "crate::invoer::datum")]`).
pub(crate) fn datum<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_any(DATUM)
}

/// An optional date field.
pub(crate) fn datum_optie<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    d.deserialize_option(Optie(DATUM))
}

/// The most bytes one dossier (a whole input, or one line of JSON Lines) may take: 8 MiB, room
/// for a dossier at the limit of 10,000 overtredingen.
///
/// ```
/// assert_eq!(wi2021_boetes::MAX_DOSSIER_BYTES, 8 * 1024 * 1024);
/// ```
pub const MAX_DOSSIER_BYTES: usize = 8 * 1024 * 1024;

/// The deepest nesting of JSON arrays and objects a dossier may have: it needs six levels.
///
/// ```
/// assert_eq!(wi2021_boetes::MAX_NESTING, 32);
/// ```
pub const MAX_NESTING: usize = 32;

/// Reads one dossier from JSON bytes, within the limits: at most [`MAX_DOSSIER_BYTES`] bytes,
/// UTF-8 (a byte-order mark at the start is accepted), nested at most [`MAX_NESTING`] levels
/// deep, and an object at the top, with the fields the format names and no others.
///
/// # Errors
/// A [`crate::Fout`] that says what is wrong and where: `te_groot`, `geen_utf8`, `te_diep`,
/// `geen_object`, `json_syntax` (with the line and column) or `json_waarde` (with the path of
/// the field, for example `overtredingen[0].verwijtbaarheid`, and what the format expects).
///
/// ```
/// use wi2021_boetes::lees_dossier;
/// let dossier = lees_dossier(br#"{"id":"d","peildatum":"2023-06-01","doelgroep":"gezinsmigrant"}"#)?;
/// assert_eq!(dossier.id, "d");
/// let fout = lees_dossier(br#"{"id":"d","peildatum":"2023-02-29","doelgroep":"gezinsmigrant"}"#).unwrap_err();
/// assert_eq!((fout.code(), fout.veld(), fout.dossier_id()), ("json_waarde", Some("peildatum"), Some("d")));
/// assert_eq!(
///     fout.to_string(),
///     "dossier `d`, field `peildatum`: expected YYYY-MM-DD; 2023-02-29 is not a date"
/// );
/// # Ok::<(), wi2021_boetes::Fout>(())
/// ```
#[cfg(feature = "json")]
pub fn lees_dossier(bytes: &[u8]) -> Result<crate::Dossier, crate::Fout> {
    json::lees(bytes)
}

#[cfg(feature = "json")]
mod json {
    use crate::dossier::Dossier;
    use crate::fout::{Fout, FoutSoort};

    use super::{MAX_DOSSIER_BYTES, MAX_NESTING};

    /// See [`super::lees_dossier`]. The plain parse comes first; only on a fault is the text
    /// looked at again, to say what is wrong: too deep, not an object, or which field.
    pub(super) fn lees(bytes: &[u8]) -> Result<Dossier, Fout> {
        if bytes.len() > MAX_DOSSIER_BYTES {
            return Err(Fout::nieuw(FoutSoort::TeGroot {
                maximum: MAX_DOSSIER_BYTES,
            }));
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let tekst = std::str::from_utf8(bytes).map_err(|fout| {
            Fout::nieuw(FoutSoort::GeenUtf8 {
                positie: fout.valid_up_to(),
            })
        })?;
        // serde reads a struct from an array as well; the format wants an object.
        if !tekst.trim_start().starts_with('{') {
            return Err(nader(tekst));
        }
        serde_json::from_str(tekst).map_err(|_| nader(tekst))
    }

    /// The fault of a text that did not read, in this order: nested deeper than
    /// [`MAX_NESTING`] (the format itself nests far less, so such a text never reads); not an
    /// object; or the field's path, what it expected, and the dossier's id where it can be read.
    fn nader(tekst: &str) -> Fout {
        if diepte(tekst) > MAX_NESTING {
            return Fout::nieuw(FoutSoort::TeDiep {
                maximum: MAX_NESTING,
            });
        }
        match tekst.trim_start().chars().next() {
            Some('{') => {}
            gevonden => {
                return Fout::nieuw(FoutSoort::GeenObject {
                    begint_met: gevonden,
                });
            }
        }
        let mut lezer = serde_json::Deserializer::from_str(tekst);
        let fout = match serde_path_to_error::deserialize::<_, Dossier>(&mut lezer)
            .map_err(|fout| (fout.path().to_string(), fout.into_inner()))
            .and_then(|_| lezer.end().map_err(|fout| (String::new(), fout)))
        {
            Ok(()) => Fout::nieuw(FoutSoort::JsonWaarde {
                melding: "the dossier could not be read".to_owned(),
            }),
            Err((pad, fout)) => van_serde(&pad, &fout),
        };
        match dossier_id(tekst) {
            Some(id) => fout.in_dossier(&id),
            None => fout,
        }
    }

    /// A fault of serde_json in the crate's words.
    fn van_serde(pad: &str, fout: &serde_json::Error) -> Fout {
        let volledig = fout.to_string();
        let melding = volledig
            .rsplit_once(" at line ")
            .map_or(volledig.as_str(), |(melding, _)| melding);
        match fout.classify() {
            serde_json::error::Category::Data => {
                let fout = Fout::nieuw(FoutSoort::JsonWaarde {
                    melding: leesbaar(melding),
                });
                match pad {
                    "" | "." => fout,
                    pad => fout.in_veld(pad.to_owned()),
                }
            }
            _ => Fout::nieuw(FoutSoort::JsonSyntax {
                regel: fout.line(),
                kolom: fout.column(),
                melding: melding.to_owned(),
            }),
        }
    }

    /// serde's names for number types, said as an integrator would.
    fn leesbaar(melding: &str) -> String {
        [
            ("expected u8", "expected a whole number from 0 to 255"),
            (
                "expected u32",
                "expected a whole number from 0 to 4294967295",
            ),
            ("expected usize", "expected a whole number, 0 or more"),
            ("expected a boolean", "expected true or false"),
        ]
        .iter()
        .fold(melding.to_owned(), |melding, (van, naar)| {
            melding.replace(van, naar)
        })
    }

    /// The dossier's id, if the text is an object with a string `id` at the top.
    fn dossier_id(tekst: &str) -> Option<String> {
        #[derive(serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        struct Id {
            id: Option<String>,
        }
        serde_json::from_str::<Id>(tekst).ok()?.id
    }

    /// How deep `tekst` nests arrays and objects (strings and their escapes skipped), stopping
    /// as soon as it is deeper than [`MAX_NESTING`].
    pub(super) fn diepte(tekst: &str) -> usize {
        let (mut diepte, mut diepst) = (0usize, 0usize);
        let (mut in_tekst, mut escape) = (false, false);
        for byte in tekst.bytes() {
            if in_tekst {
                match (escape, byte) {
                    (true, _) => escape = false,
                    (false, b'\\') => escape = true,
                    (false, b'"') => in_tekst = false,
                    _ => {}
                }
                continue;
            }
            match byte {
                b'"' => in_tekst = true,
                b'[' | b'{' => {
                    diepte += 1;
                    diepst = diepst.max(diepte);
                    if diepst > MAX_NESTING {
                        break;
                    }
                }
                b']' | b'}' => diepte = diepte.saturating_sub(1),
                _ => {}
            }
        }
        diepst
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(lees_bedrag("25.00"), Ok(Decimal::new(2500, 2)));
        assert_eq!(lees_bedrag("12.5"), Ok(Decimal::new(125, 1)));
        assert_eq!(lees_bedrag("50"), Ok(Decimal::new(50, 0)));
        assert_eq!(lees_bedrag("-1.00"), Ok(Decimal::new(-100, 2)));
        for fout in ["12,50", "", "1e3", ".5", "5.", "+5", "1 000", "€ 5", "--1"] {
            assert_eq!(
                lees_bedrag(fout),
                Err(format!(
                    "{fout:?} is not an amount: write amounts as strings with a point, for example \"25.00\""
                )),
                "{fout}"
            );
        }
        assert!(lees_bedrag("99999999999999999999999999999999999").is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(
            lees_datum("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        assert_eq!(
            lees_datum("2023-02-29"),
            Err("expected YYYY-MM-DD; 2023-02-29 is not a date".to_owned())
        );
        assert_eq!(
            lees_datum("1-1-2024"),
            Err(
                "expected YYYY-MM-DD, for example \"2024-02-29\"; \"1-1-2024\" is not written so"
                    .to_owned()
            )
        );
        assert!(lees_datum("+10000-01-01").is_err());
        assert!(lees_datum("2024-2-29").is_err());
        // Four digits for the year, no more and no fewer, even where the calendar has the day.
        for fout in ["20240-02-29", "240-02-29"] {
            assert_eq!(
                lees_datum(fout),
                Err(format!(
                    "expected YYYY-MM-DD, for example \"2024-02-29\"; {fout:?} is not written so"
                ))
            );
        }
    }

    #[test]
    fn an_optional_date_of_another_type_says_what_it_expects() {
        use serde::de::IntoDeserializer;
        let vijf: serde::de::value::I64Deserializer<serde::de::value::Error> =
            5i64.into_deserializer();
        assert_eq!(
            datum_optie(vijf).unwrap_err().to_string(),
            "invalid type: integer `5`, expected a date written as \"YYYY-MM-DD\", for example \"2024-02-29\" or null"
        );
    }

    #[cfg(feature = "json")]
    #[test]
    fn nesting_counted_outside_strings() {
        use super::json::diepte;
        assert_eq!(diepte(r#"{"a":[1,2],"b":{"c":[]}}"#), 3);
        // Siblings do not add up.
        assert_eq!(diepte("[[],[],[],[]]"), 2);
        // Brackets inside a string are text, also after an escaped quote.
        assert_eq!(diepte(r#"{"a":"[[[{{{"}"#), 1);
        assert_eq!(diepte(r#"{"a":"\"[[[{{{"}"#), 1);
        // An escaped backslash ends its escape: the string closes, and what follows counts.
        assert_eq!(diepte(r#"{"a":"\\","b":[[]]}"#), 3);
        // Counting stops one level past the limit.
        assert_eq!(diepte(&"[".repeat(100)), MAX_NESTING + 1);
    }

    #[cfg(feature = "json")]
    #[test]
    fn the_limits_themselves_are_allowed() {
        let dossier = r#"{"id":"d","peildatum":"2023-06-01","doelgroep":"gezinsmigrant"}"#;
        // Exactly MAX_DOSSIER_BYTES bytes: read; one more: too large.
        let mut precies = dossier.to_owned();
        precies.push_str(&" ".repeat(MAX_DOSSIER_BYTES - dossier.len()));
        assert!(lees_dossier(precies.as_bytes()).is_ok());
        precies.push(' ');
        assert_eq!(
            lees_dossier(precies.as_bytes()).unwrap_err().code(),
            "te_groot"
        );
        // Nested exactly MAX_NESTING deep (the object and 31 arrays), the fault is the unknown
        // field; one level deeper, the nesting.
        let genest = |arrays: usize| {
            format!(
                r#"{{"id":"d","x":{}{}}}"#,
                "[".repeat(arrays),
                "]".repeat(arrays)
            )
        };
        assert_eq!(
            lees_dossier(genest(31).as_bytes()).unwrap_err().code(),
            "json_waarde"
        );
        assert_eq!(
            lees_dossier(genest(32).as_bytes()).unwrap_err().code(),
            "te_diep"
        );
    }
}
