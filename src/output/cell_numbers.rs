//! Numbers and days written straight into a cell's text, as `Display`
//! writes them but without the formatting machinery: a CSV of a million
//! customers has a dozen of them a row, and `core::fmt` weighs on each.
//! Each writer is property-tested equal to `Display`.

use crate::domain::money::Cents;

/// `-12.05`: what `Cents`' `Display` writes, without its machinery.
pub(super) fn push_cents(c: Cents, out: &mut String) {
    if c.0 < 0 {
        out.push('-');
    }
    let abs = c.0.unsigned_abs();
    out.push_str(itoa::Buffer::new().format(abs / 100));
    out.push('.');
    let rest = (abs % 100) as u8;
    out.push(char::from(b'0' + rest / 10));
    out.push(char::from(b'0' + rest % 10));
}

/// A number that is a whole number of ten-thousandths (the rounded
/// probabilities and visits of the lifetime-value listing) as `Display`
/// writes it, `0.25` or `3`: its shortest form is those digits with the
/// trailing zeros cut, as no shorter decimal is the same double. False
/// (nothing written) for any other number.
pub(super) fn push_ten_thousandths(v: f64, out: &mut String) -> bool {
    if !v.is_finite() || v.abs() >= 1e9 {
        return false;
    }
    let n = (v * 10_000.0).round();
    if n / 10_000.0 != v || (n == 0.0 && v.is_sign_negative()) {
        return false;
    }
    let n = n as i64;
    if n < 0 {
        out.push('-');
    }
    let abs = n.unsigned_abs();
    out.push_str(itoa::Buffer::new().format(abs / 10_000));
    let mut frac = abs % 10_000;
    if frac != 0 {
        out.push('.');
        let mut digits = 4;
        while frac.is_multiple_of(10) {
            frac /= 10;
            digits -= 1;
        }
        let mut buf = [b'0'; 4];
        for b in buf[..digits].iter_mut().rev() {
            *b += (frac % 10) as u8;
            frac /= 10;
        }
        buf[..digits].iter().for_each(|&b| out.push(char::from(b)));
    }
    true
}

/// `YYYY-MM-DD`.
pub(super) fn iso_date(d: chrono::NaiveDate) -> String {
    let mut s = String::with_capacity(10);
    push_iso_date(d, &mut s);
    s
}

/// `YYYY-MM-DD` without the formatting machinery (a million-row CSV has
/// two dates a row); chrono's own for years outside 0–9999.
pub(super) fn push_iso_date(d: chrono::NaiveDate, s: &mut String) {
    use chrono::Datelike;
    let y = d.year();
    if !(0..=9999).contains(&y) {
        use std::fmt::Write;
        let _ = write!(s, "{d}");
        return;
    }
    let (y, m, day) = (y as u32, d.month(), d.day());
    let digit = |n: u32| char::from(b'0' + n as u8);
    for n in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
        s.push(digit(n));
    }
    s.push('-');
    s.push(digit(m / 10));
    s.push(digit(m % 10));
    s.push('-');
    s.push(digit(day / 10));
    s.push(digit(day % 10));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{Cells, ToCell};

    proptest::proptest! {
        /// The fast writers write what `Display` writes, for any value.
        #[test]
        fn numbers_are_written_as_display_writes_them(n in proptest::num::i64::ANY, k in -2_000_000_000i64..2_000_000_000, f in proptest::num::f64::ANY) {
            let mut out = String::new();
            push_cents(Cents(n), &mut out);
            proptest::prop_assert_eq!(&out, &Cents(n).to_string());
            for v in [k as f64 / 10_000.0, f, (f * 10_000.0).round() / 10_000.0] {
                let mut out = String::new();
                if push_ten_thousandths(v, &mut out) {
                    proptest::prop_assert_eq!(&out, &v.to_string());
                }
            }
            let mut out = String::new();
            n.write_cell(&Cells::csv(), &mut out);
            proptest::prop_assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn ten_thousandths_are_written_short() {
        for (v, want) in [(0.25, "0.25"), (3.0, "3"), (-0.0001, "-0.0001"), (0.1234, "0.1234"), (12.05, "12.05")] {
            let mut out = String::new();
            assert!(push_ten_thousandths(v, &mut out), "{v}");
            assert_eq!(out, want);
        }
        let mut out = String::new();
        assert!(!push_ten_thousandths(0.12345, &mut out) && !push_ten_thousandths(-0.0, &mut out) && out.is_empty());
        for (c, want) in [(Cents(-5), "-0.05"), (Cents(0), "0.00"), (Cents(i64::MIN), &Cents(i64::MIN).to_string())] {
            let mut out = String::new();
            push_cents(c, &mut out);
            assert_eq!(out, want);
        }
    }
}
