//! Money is always an `i64` count of cents. Parsing accepts what shopkeepers
//! and spreadsheets type (`45.50`, `45,50`, `1 234,50`, `1.234,50`) and
//! refuses anything that would silently lose a cent (three decimals).

use serde::{Serialize, Serializer};
use std::fmt;

/// An amount in cents. Serialises as a decimal string with two decimals
/// (`"45.50"`), which is what scripts and spreadsheets read without
/// floating-point surprises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Cents(pub i64);

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl Serialize for Cents {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Why an amount was refused; rendered into a one-line message by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    TooManyDecimals,
    NotANumber,
    TooLarge,
}

impl AmountError {
    /// The reason in words, in either language.
    pub fn text(&self) -> crate::i18n::Text {
        crate::i18n::Text::tr(
            match self {
                AmountError::Empty => "amount-empty",
                AmountError::TooManyDecimals => "amount-decimals",
                AmountError::NotANumber => "amount-not-a-number",
                AmountError::TooLarge => "amount-too-large",
            },
            vec![],
        )
    }
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().english())
    }
}

/// Is `c` a space a spreadsheet may put between thousands?
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')
}

/// Parse an amount into cents.
///
/// Rules: an optional sign; digits grouped by spaces (or by the separator
/// that is not the decimal one) in groups of three; then `.` or `,` and one
/// or two decimals. When both `.` and `,` appear, the last one is the
/// decimal separator. A lone separator followed by exactly three digits
/// (`1,234`) is refused as ambiguous rather than guessed.
/// An amount as a till or spreadsheet writes it, with the shop's currency
/// symbol or code (`45,50 €`, `€45.50`, `45.50 EUR`): the amount without
/// them, or why not (another currency is refused, never converted).
pub fn strip_currency<'a>(
    cell: &'a str,
    symbol: &str,
    code: &str,
) -> Result<std::borrow::Cow<'a, str>, crate::i18n::Text> {
    let t = cell.trim();
    if t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'-' | b'+' | b' ')) {
        return Ok(std::borrow::Cow::Borrowed(t));
    }
    let mut s = t.to_string();
    if !symbol.is_empty() {
        s = s.replace(symbol, "");
    }
    let upper = s.to_uppercase();
    if let Some(i) = upper.find(&code.to_uppercase()) {
        s.replace_range(i..i + code.len(), "");
    }
    for other in ["$", "£", "¥", "₣", "USD", "GBP", "CHF", "JPY", "CAD", "EUR", "€"] {
        if s.to_uppercase().contains(other) {
            return Err(crate::i18n::Text::tr("err-other-currency", crate::targs!["other" => other, "code" => code]));
        }
    }
    Ok(std::borrow::Cow::Owned(s.trim().to_string()))
}

/// The largest amount one purchase or deal may have: 999 999 999.99. A
/// shop's sale is far below it, and ten million of them still sum within
/// an `i64` (so totals can never wrap).
pub const MAX_AMOUNT: Cents = Cents(99_999_999_999);

pub fn parse_amount(input: &str) -> Result<Cents, AmountError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if body.is_empty() {
        return Err(AmountError::NotANumber);
    }
    let last_dot = body.rfind('.');
    let last_comma = body.rfind(',');
    let decimal_pos = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(p), None) | (None, Some(p)) => {
            // A single separator: decimal unless it appears several times
            // (then it groups thousands, as in 1.234.567).
            let sep = body.as_bytes()[p] as char;
            if body.matches(sep).count() > 1 {
                None
            } else {
                Some(p)
            }
        }
        (None, None) => None,
    };
    let (int_part, frac_part) = match decimal_pos {
        Some(p) => (&body[..p], Some(&body[p + 1..])),
        None => (body, None),
    };
    let group_sep = decimal_pos.map(|p| if body.as_bytes()[p] == b'.' { ',' } else { '.' });
    let units = parse_integer_part(int_part, group_sep, decimal_pos.is_none())?;
    let cents_part = match frac_part {
        None => 0,
        Some(f) => {
            if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                return Err(AmountError::NotANumber);
            }
            match f.len() {
                1 => (f.as_bytes()[0] - b'0') as i64 * 10,
                2 => ((f.as_bytes()[0] - b'0') as i64) * 10 + (f.as_bytes()[1] - b'0') as i64,
                _ => return Err(AmountError::TooManyDecimals),
            }
        }
    };
    let total = units.checked_mul(100).and_then(|u| u.checked_add(cents_part)).ok_or(AmountError::TooLarge)?;
    if total > MAX_AMOUNT.0 {
        return Err(AmountError::TooLarge);
    }
    Ok(Cents(if negative { -total } else { total }))
}

/// The part before the decimal separator: digits, optionally grouped by
/// spaces or by `group_sep` in groups of three.
fn parse_integer_part(s: &str, group_sep: Option<char>, no_decimal: bool) -> Result<i64, AmountError> {
    if s.is_empty() {
        return Err(AmountError::NotANumber);
    }
    // Plain digits (nearly every row of an import): no grouping to check.
    if s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(s.bytes().fold(0, |v, b| v * 10 + (b - b'0') as i64));
    }
    let is_sep = |c: char| is_group_space(c) || Some(c) == group_sep || (no_decimal && (c == '.' || c == ','));
    let groups: Vec<&str> = s.split(is_sep).collect();
    if groups.iter().any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit())) {
        return Err(AmountError::NotANumber);
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(AmountError::NotANumber);
    }
    let mut value: i64 = 0;
    for b in groups.concat().bytes() {
        value = value.checked_mul(10).and_then(|v| v.checked_add((b - b'0') as i64)).ok_or(AmountError::TooLarge)?;
    }
    Ok(value)
}

/// How tables show money: the configured symbol, before or after, and a
/// thin space between thousands so `1 234.50 €` reads at a glance.
#[derive(Debug, Clone)]
pub struct MoneyStyle {
    pub symbol: String,
    pub symbol_after: bool,
    /// The decimal mark (`.` or `,`) and the thousands separator.
    pub decimal: char,
    pub group: char,
}

impl MoneyStyle {
    pub fn format(&self, c: Cents) -> String {
        let plain = c.to_string();
        let (sign, digits) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain.as_str()),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, "00"));
        let mut grouped = String::with_capacity(int.len() + int.len() / 3);
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push(self.group);
            }
            grouped.push(ch);
        }
        let d = self.decimal;
        if self.symbol.is_empty() {
            format!("{sign}{grouped}{d}{frac}")
        } else if self.symbol_after {
            // A no-break space: the amount and its symbol never part.
            format!("{sign}{grouped}{d}{frac}\u{a0}{}", self.symbol)
        } else {
            format!("{sign}{}{grouped}{d}{frac}", self.symbol)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> i64 {
        parse_amount(s).unwrap_or_else(|e| panic!("{s}: {e}")).0
    }

    #[test]
    fn accepts_the_forms_shopkeepers_type() {
        assert_eq!(ok("45.50"), 4550);
        assert_eq!(ok("45,50"), 4550);
        assert_eq!(ok("45"), 4500);
        assert_eq!(ok("45.5"), 4550);
        assert_eq!(ok("1 234,50"), 123450);
        assert_eq!(ok("1\u{a0}234,50"), 123450);
        assert_eq!(ok("1.234,50"), 123450);
        assert_eq!(ok("1,234.50"), 123450);
        assert_eq!(ok("1.234.567"), 123456700);
        assert_eq!(ok("0"), 0);
        assert_eq!(ok("0.01"), 1);
        assert_eq!(ok(" 12.00 "), 1200);
    }

    #[test]
    fn refunds_are_negative() {
        assert_eq!(ok("-12.30"), -1230);
        assert_eq!(ok("-0,05"), -5);
    }

    #[test]
    fn refuses_what_would_lose_or_guess() {
        assert_eq!(parse_amount("45.505"), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount("1,234"), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount(""), Err(AmountError::Empty));
        for bad in ["abc", "12a", "1 23,00", "€12", "12.", ".5", "-", "1..2", "12 34", "1,2,3.4.5"] {
            assert!(parse_amount(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(parse_amount("99999999999999999999"), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("999 999 999,99"), Ok(MAX_AMOUNT));
        assert_eq!(parse_amount("1 000 000 000"), Err(AmountError::TooLarge));
    }

    #[test]
    fn currency_marks_are_taken_off_and_other_currencies_refused() {
        let p = |c: &str| strip_currency(c, "€", "EUR").map(|s| parse_amount(&s));
        for c in ["45,50 €", "€45.50", "45.50 EUR", "45,50€", "eur 45,50"] {
            assert_eq!(p(c), Ok(Ok(Cents(4550))), "{c}");
        }
        assert!(p("$45.50").is_err());
        assert!(p("45.50 USD").is_err());
        assert_eq!(strip_currency("12", "€", "EUR").unwrap(), "12");
    }

    #[test]
    fn display_has_two_decimals() {
        assert_eq!(Cents(4550).to_string(), "45.50");
        assert_eq!(Cents(-5).to_string(), "-0.05");
        assert_eq!(Cents(100000).to_string(), "1000.00");
        assert_eq!(Cents(i64::MIN).to_string(), "-92233720368547758.08");
    }

    #[test]
    fn table_style_groups_thousands() {
        let eur = MoneyStyle { symbol: "€".into(), symbol_after: true, decimal: '.', group: ',' };
        let usd = MoneyStyle { symbol: "$".into(), symbol_after: false, decimal: '.', group: ',' };
        let fr = MoneyStyle { symbol: "€".into(), symbol_after: true, decimal: ',', group: '\u{202f}' };
        assert_eq!(fr.format(Cents(123450)), "1\u{202f}234,50\u{a0}€", "French: narrow space, decimal comma");
        assert_eq!(fr.format(Cents(-5)), "-0,05\u{a0}€");
        assert_eq!(eur.format(Cents(123450)), "1,234.50\u{a0}€");
        assert_eq!(usd.format(Cents(-4550)), "-$45.50");
        assert_eq!(usd.format(Cents(100000000)), "$1,000,000.00");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,20}") {
            let _ = parse_amount(&s);
        }

        #[test]
        fn display_round_trips(c in -MAX_AMOUNT.0..=MAX_AMOUNT.0) {
            proptest::prop_assert_eq!(parse_amount(&Cents(c).to_string()), Ok(Cents(c)));
        }

        #[test]
        fn amounts_past_the_bound_are_refused(c in MAX_AMOUNT.0 + 1..i64::MAX) {
            proptest::prop_assert_eq!(parse_amount(&Cents(c).to_string()), Err(AmountError::TooLarge));
            proptest::prop_assert_eq!(parse_amount(&Cents(-c).to_string()), Err(AmountError::TooLarge));
        }
    }
}
