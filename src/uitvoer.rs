//! Writing amounts and dates as the format prescribes them: an amount as a string with a point
//! and the digits of its scale (`"12.50"`), a date as `"YYYY-MM-DD"`. The text is the same as
//! `Decimal`'s and `NaiveDate`'s own; it is written from the number's parts into a small buffer
//! and handed to the serializer as one string, where those types' own serialization writes it
//! character by character through a formatter.
//!
//! Used on the fields with `#[serde(serialize_with = "crate::uitvoer::bedrag")]` and the like.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::Serializer;

/// An amount.
pub(crate) fn bedrag<S: Serializer>(bedrag: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let mut buffer = [0; BEDRAG_BUFFER];
    match bedrag_tekst(*bedrag, &mut buffer) {
        Some(tekst) => s.serialize_str(tekst),
        // A mantissa beyond 64 bits: no amount of these rules, but written all the same.
        None => s.collect_str(bedrag),
    }
}

/// An optional amount: the amount, or `null`.
pub(crate) fn bedrag_optie<S: Serializer>(
    bedrag: &Option<Decimal>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match bedrag {
        Some(b) => self::bedrag(b, s),
        None => s.serialize_none(),
    }
}

/// A date.
pub(crate) fn datum<S: Serializer>(datum: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    let mut buffer = [0; 10];
    match datum_tekst(*datum, &mut buffer) {
        Some(tekst) => s.serialize_str(tekst),
        // A year before 0 or after 9999, which chrono writes with a sign.
        None => s.collect_str(datum),
    }
}

/// An optional date: the date, or `null`.
pub(crate) fn datum_optie<S: Serializer>(
    datum: &Option<NaiveDate>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match datum {
        Some(d) => self::datum(d, s),
        None => s.serialize_none(),
    }
}

/// A list of dates.
pub(crate) fn datums<S: Serializer>(datums: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut lijst = s.serialize_seq(Some(datums.len()))?;
    for d in datums {
        lijst.serialize_element(&Datum(*d))?;
    }
    lijst.end()
}

/// A date, for lists.
struct Datum(NaiveDate);

impl serde::Serialize for Datum {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        datum(&self.0, s)
    }
}

/// Room for the longest text: a sign, the zero before the point, the point and the 28 digits
/// after it at the largest scale. (A 64-bit mantissa has at most 20 digits, so at a smaller
/// scale the text is shorter: at most a sign, 20 digits and a point.)
const BEDRAG_BUFFER: usize = 1 + 1 + 1 + 28;

/// The amount's text: its digits with the point `scale` places from the right, and a minus sign
/// when the sign is negative (as `Decimal` writes it, also for zero). `None` when the mantissa
/// does not fit 64 bits.
fn bedrag_tekst(bedrag: Decimal, buffer: &mut [u8; BEDRAG_BUFFER]) -> Option<&str> {
    let mut rest = u64::try_from(bedrag.mantissa().unsigned_abs()).ok()?;
    let schaal = bedrag.scale();
    // Written from the right.
    let mut positie = buffer.len();
    let mut schrijf = |teken: u8| -> Option<()> {
        positie = positie.checked_sub(1)?;
        *buffer.get_mut(positie)? = teken;
        Some(())
    };
    // The digits after the point, and the point.
    for _ in 0..schaal {
        schrijf(laatste_cijfer(&mut rest))?;
    }
    if schaal > 0 {
        schrijf(b'.')?;
    }
    // The digits before it: at least one.
    schrijf(laatste_cijfer(&mut rest))?;
    while rest > 0 {
        schrijf(laatste_cijfer(&mut rest))?;
    }
    if bedrag.is_sign_negative() {
        schrijf(b'-')?;
    }
    std::str::from_utf8(buffer.get(positie..)?).ok()
}

/// The last decimal digit of `getal`, taken off it.
fn laatste_cijfer(getal: &mut u64) -> u8 {
    let cijfer = (*getal % 10) as u8;
    *getal /= 10;
    b'0' + cijfer
}

/// The date's text, `YYYY-MM-DD`, for a year from 0 to 9999; `None` for another year.
fn datum_tekst(datum: NaiveDate, buffer: &mut [u8; 10]) -> Option<&str> {
    let jaar = u32::try_from(datum.year()).ok().filter(|j| *j <= 9999)?;
    let cijfer = |getal: u32, deler: u32| b'0' + (getal / deler % 10) as u8;
    *buffer = [
        cijfer(jaar, 1000),
        cijfer(jaar, 100),
        cijfer(jaar, 10),
        cijfer(jaar, 1),
        b'-',
        cijfer(datum.month(), 10),
        cijfer(datum.month(), 1),
        b'-',
        cijfer(datum.day(), 10),
        cijfer(datum.day(), 1),
    ];
    std::str::from_utf8(buffer).ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn tekst(bedrag: &str) -> Option<String> {
        let mut buffer = [0; BEDRAG_BUFFER];
        bedrag_tekst(Decimal::from_str(bedrag).unwrap(), &mut buffer).map(str::to_owned)
    }

    #[test]
    fn amounts_as_decimal_writes_them() {
        for bedrag in [
            "0",
            "0.00",
            "-0.00",
            "12.50",
            "12.5",
            "50",
            "-1.00",
            "0.05",
            "0.0000000000000000000000000001",
            "-0.0000000000000000000000000001",
            "-0.0000000018446744073709551615",
            "-1.8446744073709551615",
            "1000000.00",
            "18446744073709551615",
            "1844674407370955161.5",
        ] {
            let d = Decimal::from_str(bedrag).unwrap();
            assert_eq!(tekst(bedrag), Some(d.to_string()), "{bedrag}");
        }
        // A mantissa beyond 64 bits is left to Decimal itself.
        assert_eq!(tekst("18446744073709551616"), None);
        assert_eq!(
            Decimal::from_parts(0, 0, 0, true, 2).to_string(),
            tekst("-0.00").unwrap()
        );
    }

    #[test]
    fn dates_as_chrono_writes_them() {
        let d = |y, m, dag| NaiveDate::from_ymd_opt(y, m, dag).unwrap();
        for datum in [d(2024, 2, 29), d(0, 1, 1), d(9999, 12, 31), d(2000, 10, 9)] {
            let mut buffer = [0; 10];
            assert_eq!(
                datum_tekst(datum, &mut buffer),
                Some(datum.to_string().as_str())
            );
        }
        let mut buffer = [0; 10];
        assert_eq!(datum_tekst(d(10000, 1, 1), &mut buffer), None);
        assert_eq!(datum_tekst(d(-1, 1, 1), &mut buffer), None);
    }

    proptest::proptest! {
        /// Any amount with a 64-bit mantissa, at any scale and sign, reads as Decimal writes it.
        #[test]
        fn any_amount(mantissa: i64, schaal in 0u32..=28, negatief: bool) {
            let mut d = Decimal::new(mantissa, schaal);
            d.set_sign_negative(negatief);
            let mut buffer = [0; BEDRAG_BUFFER];
            let verwacht = d.to_string();
            proptest::prop_assert_eq!(bedrag_tekst(d, &mut buffer), Some(verwacht.as_str()));
        }

        /// Any day of the years 0 to 9999 reads as chrono writes it.
        #[test]
        fn any_date(dag in 0i32..3_652_059) {
            let datum = NaiveDate::from_num_days_from_ce_opt(dag + 1).unwrap();
            let mut buffer = [0; 10];
            let verwacht = datum.to_string();
            proptest::prop_assert_eq!(datum_tekst(datum, &mut buffer), Some(verwacht.as_str()));
        }
    }
}
