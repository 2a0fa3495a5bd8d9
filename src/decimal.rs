//! Exact decimal numbers: every amount, percentage and count from parse to report.
//!
//! News figures must survive normalization without a rounding error: "1.400 milliards"
//! and "1,4 billion" must compare *equal*, and a French literal trillion (10^18) must not
//! overflow. A [`Decimal`] is an `i128` mantissa with a base-10 scale, kept normalized
//! (no trailing zeros in the mantissa), so equal values have equal representations and
//! `Eq`/`Hash`/`Ord` are structural. It deliberately offers no conversion to or from `f64`.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// An exact decimal: `mantissa × 10^-scale`, normalized so the mantissa has no trailing
/// zero when `scale > 0`.
///
/// ```
/// use claimdiff::decimal::Decimal;
/// let a: Decimal = "1.4".parse().unwrap();
/// let b = a.checked_mul_pow10(12).unwrap();
/// assert_eq!(b.to_string(), "1400000000000");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// The largest scale we keep; more fractional digits than this are never written in news.
const MAX_SCALE: u32 = 30;

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal { mantissa: 0, scale: 0 };

    /// Builds `mantissa × 10^-scale`, normalized. Returns `None` when `scale` is absurd.
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        if scale > MAX_SCALE {
            return None;
        }
        Some(Decimal { mantissa, scale }.normalized())
    }

    /// An integer value.
    pub fn from_int(value: i128) -> Decimal {
        Decimal { mantissa: value, scale: 0 }
    }

    fn normalized(mut self) -> Decimal {
        if self.mantissa == 0 {
            return Decimal::ZERO;
        }
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// The mantissa (normalized).
    pub fn mantissa(self) -> i128 {
        self.mantissa
    }

    /// The number of fractional digits (normalized).
    pub fn scale(self) -> u32 {
        self.scale
    }

    /// True for a value with no fractional part.
    pub fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// True for a negative value.
    pub fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    /// Multiplies by `10^exp` (a scale word: `milliard` is `exp = 9`). `None` on overflow.
    pub fn checked_mul_pow10(self, exp: u32) -> Option<Decimal> {
        if exp <= self.scale {
            return Decimal::new(self.mantissa, self.scale - exp);
        }
        let up = exp - self.scale;
        let factor = 10i128.checked_pow(up)?;
        Some(Decimal { mantissa: self.mantissa.checked_mul(factor)?, scale: 0 })
    }

    /// Divides by `10^exp` exactly (used for percent ↔ ratio). `None` if the scale overflows.
    pub fn checked_div_pow10(self, exp: u32) -> Option<Decimal> {
        Decimal::new(self.mantissa, self.scale.checked_add(exp)?)
    }

    /// Exact product. `None` on overflow.
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        Decimal::new(self.mantissa.checked_mul(other.mantissa)?, self.scale.checked_add(other.scale)?)
    }

    /// Exact sum. `None` on overflow.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let (a, b, scale) = align(self, other)?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// Exact difference. `None` on overflow.
    pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
        let (a, b, scale) = align(self, other)?;
        Decimal::new(a.checked_sub(b)?, scale)
    }

    /// Absolute value (saturating at the extreme, which no parsed figure reaches).
    pub fn abs(self) -> Decimal {
        Decimal { mantissa: self.mantissa.saturating_abs(), scale: self.scale }
    }

    /// True when `self` lies within `permille`/1000 of `other`, relative to the larger
    /// magnitude: the tolerance check for approximate figures, done by cross-multiplication
    /// so it stays exact.
    pub fn within_permille(self, other: Decimal, permille: u32) -> bool {
        let Some(diff) = self.checked_sub(other) else { return false };
        let larger = if self.abs() >= other.abs() { self.abs() } else { other.abs() };
        // |diff| * 1000 <= larger * permille
        match (
            diff.abs().checked_mul(Decimal::from_int(1000)),
            larger.checked_mul(Decimal::from_int(i128::from(permille))),
        ) {
            (Some(l), Some(r)) => l <= r,
            _ => false,
        }
    }
}

/// Brings two decimals to a common scale. `None` on overflow.
fn align(a: Decimal, b: Decimal) -> Option<(i128, i128, u32)> {
    match a.scale.cmp(&b.scale) {
        Ordering::Equal => Some((a.mantissa, b.mantissa, a.scale)),
        Ordering::Less => {
            let f = 10i128.checked_pow(b.scale - a.scale)?;
            Some((a.mantissa.checked_mul(f)?, b.mantissa, b.scale))
        }
        Ordering::Greater => {
            let f = 10i128.checked_pow(a.scale - b.scale)?;
            Some((a.mantissa, b.mantissa.checked_mul(f)?, a.scale))
        }
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        if let Some((a, b, _)) = align(*self, *other) {
            return a.cmp(&b);
        }
        // Aligning overflowed: compare signs, then integer parts digit-wise via strings.
        match self.mantissa.signum().cmp(&other.mantissa.signum()) {
            Ordering::Equal => {}
            o => return o,
        }
        let ia = self.mantissa / 10i128.pow(self.scale.min(38));
        let ib = other.mantissa / 10i128.pow(other.scale.min(38));
        ia.cmp(&ib)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let scale = self.scale as usize;
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        if digits.len() > scale {
            let (int, frac) = digits.split_at(digits.len() - scale);
            write!(f, "{sign}{int}.{frac}")
        } else {
            write!(f, "{sign}0.{}{digits}", "0".repeat(scale - digits.len()))
        }
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({self})")
    }
}

/// Why a string is not a plain decimal (`-12.5`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDecimalError;

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a plain decimal number")
    }
}

impl std::error::Error for ParseDecimalError {}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Parses the canonical form this type prints (`-12.5`, `38000000000`); separators and
    /// locale forms belong to the grammar, not here.
    fn from_str(s: &str) -> Result<Decimal, ParseDecimalError> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.strip_prefix('+').unwrap_or(s)),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() && frac.is_empty() {
            return Err(ParseDecimalError);
        }
        let mut m: i128 = 0;
        for c in int.chars().chain(frac.chars()) {
            let d = c.to_digit(10).ok_or(ParseDecimalError)?;
            m = m.checked_mul(10).and_then(|m| m.checked_add(i128::from(d))).ok_or(ParseDecimalError)?;
        }
        let scale = u32::try_from(frac.len()).map_err(|_| ParseDecimalError)?;
        Decimal::new(if neg { -m } else { m }, scale).ok_or(ParseDecimalError)
    }
}

impl serde::Serialize for Decimal {
    /// Decimals serialize as strings: the public JSON never carries a float.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn normalizes_and_prints_exactly() {
        assert_eq!(d("38.000").to_string(), "38");
        assert_eq!(d("0.05").to_string(), "0.05");
        assert_eq!(d("-3.50").to_string(), "-3.5");
        assert_eq!(d("1.4").checked_mul_pow10(12).unwrap().to_string(), "1400000000000");
        assert_eq!(d("2.5").checked_mul_pow10(18).unwrap().to_string(), "2500000000000000000");
        assert_eq!(
            d("1400").checked_mul_pow10(9),
            d("1").checked_mul_pow10(12).map(|x| x.checked_mul(d("1.4")).unwrap())
        );
    }

    #[test]
    fn compares_across_scales() {
        assert!(d("1.5") > d("1.49"));
        assert!(d("-2") < d("0.1"));
        assert_eq!(d("5.0"), d("5"));
    }

    #[test]
    fn tolerance_is_relative() {
        assert!(d("4.9").within_permille(d("5"), 50));
        assert!(!d("4").within_permille(d("5"), 50));
    }

    #[test]
    fn rejects_garbage_and_overflow() {
        assert!("1.2.3".parse::<Decimal>().is_err());
        assert!("".parse::<Decimal>().is_err());
        assert!(d("1").checked_mul_pow10(60).is_none());
    }
}
