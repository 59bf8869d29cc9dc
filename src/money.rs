//! Money and dates as a beschikking writes them.
//!
//! Euros are [`Decimal`]s with two decimals; every amount in these rules is a whole number of
//! cents, so nothing is ever rounded. Dates are [`NaiveDate`]s; the crate never reads the clock.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// `n` whole euros, with two decimals (`euro(50)` is `50.00`).
pub const fn euro(n: i64) -> Decimal {
    let cents = n.unsigned_abs().saturating_mul(100);
    Decimal::from_parts(cents as u32, (cents >> 32) as u32, 0, n < 0, 2)
}

/// The amount with exactly two decimals, the way the crate outputs every amount.
#[inline]
pub(crate) fn cents(amount: Decimal) -> Decimal {
    if amount.scale() == 2 {
        return amount;
    }
    let mut amount = amount;
    amount.rescale(2);
    amount
}

/// The amount in whole cents, for an amount with at most two decimals that fits an `i64`. Every
/// amount in these rules is: integer cents make the cap arithmetic exact and cheap.
#[inline]
pub(crate) fn to_cents(amount: Decimal) -> Option<i64> {
    // Nearly every amount is positive, has exactly two decimals and fits 64 bits: its cents are
    // its lower 64 bits, read straight from the representation (flags, lo, mid, hi).
    let raw = amount.serialize();
    let flags = u32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]);
    let hi = u32::from_le_bytes([raw[12], raw[13], raw[14], raw[15]]);
    if flags == TWO_DECIMALS_POSITIVE && hi == 0 {
        let lower = u64::from_le_bytes([
            raw[4], raw[5], raw[6], raw[7], raw[8], raw[9], raw[10], raw[11],
        ]);
        return i64::try_from(lower).ok();
    }
    to_cents_general(amount)
}

/// `Decimal`'s flags for a positive number with scale 2 (scale in bits 16–23, sign in bit 31).
const TWO_DECIMALS_POSITIVE: u32 = 2 << 16;

/// [`to_cents`] for any representation: by the signed mantissa and the scale.
fn to_cents_general(amount: Decimal) -> Option<i64> {
    let mantissa = amount.mantissa();
    let cents = match amount.scale() {
        0 => mantissa.checked_mul(100)?,
        1 => mantissa.checked_mul(10)?,
        2 => mantissa,
        // The crate rounds or rescales to two decimals before it asks (`cents`, `whole_cents`).
        _ => return None,
    };
    i64::try_from(cents).ok()
}

/// The amount in whole cents, a fraction of a cent cut off toward zero (none occurs for the
/// amounts these rules produce, which are validated); beyond `i64`, saturated.
#[inline]
pub(crate) fn whole_cents(amount: Decimal) -> i64 {
    // Every validated amount has at most two decimals: read its mantissa directly.
    match to_cents(amount) {
        Some(cents) => cents,
        None => whole_cents_rounded(amount),
    }
}

#[cold]
fn whole_cents_rounded(amount: Decimal) -> i64 {
    let truncated = amount.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
    to_cents(truncated).unwrap_or(if amount.is_sign_negative() {
        i64::MIN
    } else {
        i64::MAX
    })
}

/// Whole cents as an amount with two decimals.
pub(crate) const fn from_cents(cents: i64) -> Decimal {
    let magnitude = cents.unsigned_abs();
    Decimal::from_parts(magnitude as u32, (magnitude >> 32) as u32, 0, cents < 0, 2)
}

/// `a > b`, in whole cents when both have at most two decimals (every amount here does), else
/// by a full decimal comparison.
#[inline]
pub(crate) fn greater(a: Decimal, b: Decimal) -> bool {
    match (to_cents(a), to_cents(b)) {
        (Some(a), Some(b)) => a > b,
        _ => a > b,
    }
}

/// True when the amount is a whole number of cents (at most two significant decimals).
pub(crate) fn is_whole_cents(amount: Decimal) -> bool {
    amount.scale() <= 2 || amount.normalize().scale() <= 2
}

/// `€ 1.200,00`: the Dutch notation, with a thousands point and a decimal comma.
pub fn format_euro(amount: Decimal) -> String {
    Euro(amount).to_string()
}

/// An amount written the Dutch way (`€ 1.200,00`) straight into a formatter, without an
/// intermediate string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Euro(pub Decimal);

impl fmt::Display for Euro {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let amount = cents(self.0);
        let negative = amount.is_sign_negative() && !amount.is_zero();
        // Whole cents as an unsigned integer: every amount in these rules fits.
        let Some(cents) = to_cents(amount).map(i64::unsigned_abs) else {
            // Beyond i64 cents: Decimal's own notation, still with a decimal comma.
            return write!(f, "€ {}", amount.to_string().replace('.', ","));
        };
        f.write_str(if negative { "€ -" } else { "€ " })?;
        write_grouped(f, cents / 100)?;
        write!(f, ",{:02}", cents % 100)
    }
}

/// `1234567` as `1.234.567`.
fn write_grouped(f: &mut fmt::Formatter<'_>, n: u64) -> fmt::Result {
    if n < 1000 {
        write!(f, "{n}")
    } else {
        write_grouped(f, n / 1000)?;
        write!(f, ".{:03}", n % 1000)
    }
}

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// `14 maart 2022`: the date as a beschikking writes it.
pub fn format_datum(date: NaiveDate) -> String {
    Datum(date).to_string()
}

/// A date written the Dutch way (`14 maart 2022`) straight into a formatter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Datum(pub NaiveDate);

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let maand = MAANDEN
            .get(self.0.month0() as usize)
            .copied()
            .unwrap_or_default();
        write!(f, "{} {maand} {}", self.0.day(), self.0.year())
    }
}

/// Serializes any [`fmt::Display`] as a JSON string, written straight into the output.
pub(crate) struct AsStr<T>(pub T);

impl<T: fmt::Display> serde::Serialize for AsStr<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cents_round_trip() {
        assert_eq!(from_cents(123_456), "1234.56".parse::<Decimal>().unwrap());
        assert_eq!(from_cents(-5), "-0.05".parse::<Decimal>().unwrap());
        assert_eq!(from_cents(i64::MIN).to_string(), "-92233720368547758.08");
        assert_eq!(whole_cents("12.5".parse().unwrap()), 1250);
        assert_eq!(whole_cents("12.349".parse().unwrap()), 1234);
        assert_eq!(whole_cents("-12.349".parse().unwrap()), -1234);
        assert_eq!(whole_cents(Decimal::MAX), i64::MAX);
        assert_eq!(whole_cents(Decimal::MIN), i64::MIN);
        assert!(greater(euro(341), euro(340)));
        assert!(!greater(euro(340), "340.000".parse().unwrap()));
        assert!(greater("340.001".parse().unwrap(), euro(340)));
    }

    /// [`to_cents`] by its definition: the value times 100, when that is a whole number that
    /// fits an `i64` and the scale is at most 2.
    fn to_cents_by_definition(amount: Decimal) -> Option<i64> {
        if amount.scale() > 2 {
            return None;
        }
        let hundredfold = amount.checked_mul(Decimal::ONE_HUNDRED)?;
        i64::try_from(hundredfold).ok()
    }

    #[test]
    fn cents_of_every_representation() {
        assert_eq!(to_cents(euro(25)), Some(2500));
        assert_eq!(to_cents("0.05".parse().unwrap()), Some(5));
        assert_eq!(to_cents("-0.05".parse().unwrap()), Some(-5));
        assert_eq!(to_cents("-0.00".parse().unwrap()), Some(0));
        assert_eq!(to_cents("12.5".parse().unwrap()), Some(1250));
        assert_eq!(to_cents("12".parse().unwrap()), Some(1200));
        assert_eq!(to_cents("12.500".parse().unwrap()), None);
        // The largest and one past the largest i64 number of cents, at scale 2.
        assert_eq!(
            to_cents("92233720368547758.07".parse().unwrap()),
            Some(i64::MAX)
        );
        assert_eq!(to_cents("92233720368547758.08".parse().unwrap()), None);
        assert_eq!(
            to_cents("-92233720368547758.08".parse().unwrap()),
            Some(i64::MIN)
        );
        // Beyond 64 bits (hi set).
        assert_eq!(to_cents(Decimal::MAX), None);
    }

    proptest! {
        /// Every representation gives the cents of its value: the fast path for positive amounts
        /// with two decimals agrees with the definition, at every scale, sign and magnitude.
        #[test]
        fn to_cents_agrees_with_its_definition(
            lo: u32, mid: u32, hi in prop_oneof![Just(0u32), any::<u32>()],
            negative: bool, scale in 0u32..=4,
        ) {
            let amount = Decimal::from_parts(lo, mid, hi, negative, scale);
            prop_assert_eq!(to_cents(amount), to_cents_by_definition(amount));
        }

    }
}
