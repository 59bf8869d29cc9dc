//! Money and dates as a beschikking writes them (RULEBOOK §10).
//!
//! Euros are [`Decimal`]s with two decimals; every amount in these rules is a whole number of
//! cents, so nothing is ever rounded. Dates are [`NaiveDate`]s; the crate never reads the clock.

use std::fmt;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

/// `n` whole euros, with two decimals (`euro(50)` is `50.00`).
pub const fn euro(n: i64) -> Decimal {
    let cents = n.unsigned_abs().saturating_mul(100);
    Decimal::from_parts(cents as u32, (cents >> 32) as u32, 0, n < 0, 2)
}

/// The amount with exactly two decimals, the way the crate outputs every amount.
pub(crate) fn cents(amount: Decimal) -> Decimal {
    if amount.scale() == 2 {
        return amount;
    }
    let mut amount = amount;
    amount.rescale(2);
    amount
}

/// The amount in whole cents, for an amount with at most two decimals that fits an `i64`. Every
/// amount in these rules is (RULEBOOK §10): integer cents make the cap arithmetic exact and cheap.
pub(crate) fn to_cents(amount: Decimal) -> Option<i64> {
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
pub(crate) fn whole_cents(amount: Decimal) -> i64 {
    let truncated = amount.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
    to_cents(truncated).unwrap_or(if amount.is_sign_negative() {
        i64::MIN
    } else {
        i64::MAX
    })
}

/// Whole cents as an amount with two decimals.
pub(crate) fn from_cents(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
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

/// `date` plus `months` calendar months, clamped to the month's last day (31 January plus one
/// month is 28 or 29 February). `None` only beyond chrono's date range.
pub(crate) fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

/// `date` minus `months` calendar months, clamped the same way: 29 February minus twelve months
/// is 28 February.
pub(crate) fn sub_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_sub_months(Months::new(months))
}
