//! Money: whole euro cents inside, [`Decimal`] at the boundary.
//!
//! Every amount of this law is a whole number of cents: the fixed fines, the ladder, its
//! percentages of 100, 75, 50 and 25 % of multiples of € 50, the caps, and the amounts a caller
//! may give (lowerings, recorded fines, the leerroute table), which are refused unless they are
//! whole cents. So the crate computes in [`Centen`], an `i64` of cents, exactly and without
//! rounding, and turns amounts into `rust_decimal::Decimal` (two decimals, `"37.50"` in JSON)
//! only where they leave it. Amounts come in as `Decimal` and are read once, through
//! [`Centen::uit`], which refuses a fraction of a cent.

use rust_decimal::Decimal;

/// An amount in whole euro cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub(crate) struct Centen(i64);

impl Centen {
    /// € 0.
    pub(crate) const NUL: Centen = Centen(0);

    /// `euro` whole euros.
    pub(crate) const fn euro(euro: i64) -> Centen {
        Centen(euro * 100)
    }

    /// `centen` cents.
    pub(crate) const fn van(centen: i64) -> Centen {
        Centen(centen)
    }

    /// The number of cents.
    pub(crate) const fn centen(self) -> i64 {
        self.0
    }

    /// The amount with two decimals, as it leaves the crate.
    pub(crate) const fn decimal(self) -> Decimal {
        // A Decimal from its parts: the magnitude's 96 bits (of which 64 are used), the sign and
        // the scale.
        let grootte = self.0.unsigned_abs();
        Decimal::from_parts(
            grootte as u32,
            (grootte >> 32) as u32,
            0,
            self.0.is_negative(),
            2,
        )
    }

    /// The cents of `bedrag`, when it is a whole number of cents that fits an `i64`; `None`
    /// otherwise (a fraction of a cent, or beyond the range).
    pub(crate) fn uit(bedrag: Decimal) -> Option<Centen> {
        // A Decimal is its mantissa over ten to the power of its scale: the cents are the
        // mantissa times 100 or 10 at scale 0 or 1, the mantissa itself at scale 2, and beyond
        // that the mantissa divided by a power of ten, when that leaves no remainder.
        let mantissa = bedrag.mantissa();
        let centen = match bedrag.scale() {
            0 => mantissa.checked_mul(100)?,
            1 => mantissa.checked_mul(10)?,
            2 => mantissa,
            schaal @ 3.. => {
                let deler = 10_i128.checked_pow(schaal - 2)?;
                if mantissa % deler != 0 {
                    return None;
                }
                mantissa / deler
            }
        };
        i64::try_from(centen).ok().map(Centen)
    }

    /// Whether the amount is € 0.
    pub(crate) const fn is_nul(self) -> bool {
        self.0 == 0
    }

    /// `self − other`, never below € 0.
    pub(crate) fn min_tot_nul(self, other: Centen) -> Centen {
        Centen(self.0.saturating_sub(other.0).max(0))
    }

    /// `self + other`, saturating at the largest amount.
    pub(crate) const fn plus(self, other: Centen) -> Centen {
        Centen(self.0.saturating_add(other.0))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn whole_cents_in_any_notation() {
        assert_eq!(Centen::uit(d("37.50")), Some(Centen::van(3750)));
        assert_eq!(Centen::uit(d("12.5")), Some(Centen::van(1250)));
        assert_eq!(Centen::uit(d("12.500")), Some(Centen::van(1250)));
        assert_eq!(
            Centen::uit(d("25.00000000000000000000000000")),
            Some(Centen::euro(25))
        );
        assert_eq!(Centen::uit(d("50")), Some(Centen::euro(50)));
        assert_eq!(Centen::uit(d("-0.05")), Some(Centen::van(-5)));
        assert_eq!(Centen::uit(d("12.505")), None);
        assert_eq!(Centen::uit(Decimal::MAX), None);
        assert_eq!(Centen::uit(d("-0.000")), Some(Centen::NUL));
        assert_eq!(Centen::uit(d("0.0000000000000000000000000001")), None);
        assert_eq!(
            Centen::uit(d("92233720368547758.07")),
            Some(Centen::van(i64::MAX))
        );
        assert_eq!(Centen::uit(d("92233720368547758.08")), None);
        assert_eq!(Centen::uit(d("922337203685477580.7")), None);
        assert_eq!(Centen::van(3750).decimal().to_string(), "37.50");
        assert_eq!(Centen::NUL.decimal().to_string(), "0.00");
        assert_eq!(Centen::van(-5).decimal().to_string(), "-0.05");
        assert_eq!(
            Centen::van(i64::MIN).decimal().to_string(),
            "-92233720368547758.08"
        );
        assert_eq!(
            Centen::van(i64::MAX).decimal().to_string(),
            "92233720368547758.07"
        );
    }

    #[test]
    fn arithmetic() {
        assert_eq!(Centen::euro(5).min_tot_nul(Centen::euro(8)), Centen::NUL);
        assert_eq!(
            Centen::euro(8).min_tot_nul(Centen::euro(5)),
            Centen::euro(3)
        );
        assert_eq!(
            Centen::van(i64::MAX).plus(Centen::van(1)),
            Centen::van(i64::MAX)
        );
    }

    proptest! {
        /// The cents of any Decimal, by definition: a hundred times the amount, when that is a
        /// whole number that fits an i64.
        #[test]
        fn cents_by_definition(mantissa in any::<i64>(), scale in 0u32..=28) {
            let bedrag = Decimal::new(mantissa, scale);
            let honderdvoud = bedrag.checked_mul(Decimal::ONE_HUNDRED);
            let verwacht = honderdvoud
                .filter(|h| h.fract().is_zero())
                .and_then(|h| i64::try_from(h).ok())
                .map(Centen::van);
            prop_assert_eq!(Centen::uit(bedrag), verwacht);
        }
    }
}
