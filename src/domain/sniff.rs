//! Reading a sales file's columns by their contents when no profile and no
//! header name says what they are: a column of emails that vary from row to
//! row is the customer, a column of dates is the date (its day order
//! settled by a day above 12), a column of money is the amount.

use super::columns::normalize;

/// The order of day and month in slashed or dotted dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    DayFirst,
    MonthFirst,
}

/// How the dates of a column are written, and what decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateShape {
    /// A chrono pattern for the day part (`%d/%m/%Y`).
    pub pattern: String,
    pub how: Settled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    /// ISO dates (`2026-11-17`): nothing to settle.
    Iso,
    /// A value with a day above 12 (`17/11/2026`) decided the order.
    ByValue,
    /// Every value could be read both ways: the shop's language or
    /// country decided.
    ByLocale,
}

/// The day part of a cell that may carry a time (`17/11/2026 14:03`).
fn day_part(cell: &str) -> &str {
    let t = cell.trim();
    match t.find([' ', 'T']) {
        Some(i) if i >= 6 => &t[..i],
        _ => t,
    }
}

/// `(a, b, year digits, separator)` of a slashed or dotted date.
fn slashed(s: &str) -> Option<(u32, u32, usize, char)> {
    let sep = ['/', '.', '-'].into_iter().find(|c| s.contains(*c))?;
    let parts: Vec<&str> = s.split(sep).collect();
    if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    if parts[0].len() > 2 || parts[1].len() > 2 || !(parts[2].len() == 2 || parts[2].len() == 4) {
        return None;
    }
    Some((parts[0].parse().ok()?, parts[1].parse().ok()?, parts[2].len(), sep))
}

fn is_iso(s: &str) -> bool {
    super::dates::fast_iso(s).is_some()
}

/// Is this cell a date as tills and spreadsheets write them?
pub fn is_date(cell: &str) -> bool {
    let d = day_part(cell);
    is_iso(d)
        || slashed(d).is_some_and(|(a, b, _, _)| (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12))
}

/// How a column of dates is written: ISO, or day/month settled by the
/// values (a day above 12), else by `fallback` (the shop's own order).
/// `None` when the cells are not all dates of one shape.
pub fn date_shape<'a>(cells: impl IntoIterator<Item = &'a str>, fallback: DayOrder) -> Option<DateShape> {
    let (mut iso, mut shape, mut day_first, mut month_first, mut any) = (0, None, false, false, false);
    for c in cells {
        let d = day_part(c);
        if d.is_empty() {
            continue;
        }
        any = true;
        if is_iso(d) {
            iso += 1;
            continue;
        }
        let (a, b, years, sep) = slashed(d)?;
        if *shape.get_or_insert((years, sep)) != (years, sep) {
            return None;
        }
        day_first |= a > 12;
        month_first |= b > 12;
    }
    if !any {
        return None;
    }
    let Some((years, sep)) = shape else {
        return Some(DateShape { pattern: "%Y-%m-%d".into(), how: Settled::Iso });
    };
    if iso > 0 || (day_first && month_first) {
        return None;
    }
    let y = if years == 4 { "%Y" } else { "%y" };
    let (order, how) = match (day_first, month_first) {
        (true, _) => (DayOrder::DayFirst, Settled::ByValue),
        (_, true) => (DayOrder::MonthFirst, Settled::ByValue),
        _ => (fallback, Settled::ByLocale),
    };
    let pattern = match order {
        DayOrder::DayFirst => format!("%d{sep}%m{sep}{y}"),
        DayOrder::MonthFirst => format!("%m{sep}%d{sep}{y}"),
    };
    Some(DateShape { pattern, how })
}

fn is_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((a, b)) => !a.is_empty() && b.contains('.') && !s.contains(' ') && !b.starts_with('.'),
        None => false,
    }
}

/// Is this cell money (`45,50 €`, `-$12.00`, `1 234.50`)?
fn is_money(cell: &str) -> bool {
    let t: String = cell.trim().chars().filter(|c| !matches!(c, '€' | '$' | '£' | '\u{a0}' | '\u{202f}')).collect();
    let t = t.trim().trim_end_matches("EUR").trim();
    !t.is_empty() && super::money::parse_amount(t).is_ok()
}

fn has_decimals(cell: &str) -> bool {
    let t = cell.trim().trim_end_matches(['€', ' ']);
    t.rfind(['.', ',']).is_some_and(|p| t.len() - p <= 3 && t.len() - p >= 2)
}

/// What the contents of each column look like.
#[derive(Debug, Clone, Default)]
pub struct ColumnLook {
    pub filled: usize,
    pub distinct: usize,
    pub dates: bool,
    pub money: bool,
    /// Some cells have cents or a currency (an amount, not a count or id).
    pub priced: bool,
    pub emails: bool,
    /// Short codes without spaces (`C0042`, `1187`).
    pub codes: bool,
    /// Words with spaces (names, descriptions).
    pub words: bool,
}

/// Look at the cells of each column of a sample of rows.
pub fn look(width: usize, rows: &[Vec<String>]) -> Vec<ColumnLook> {
    (0..width)
        .map(|i| {
            let cells: Vec<&str> =
                rows.iter().filter_map(|r| r.get(i)).map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
            let mut distinct: Vec<&str> = cells.clone();
            distinct.sort_unstable();
            distinct.dedup();
            let all = |f: &dyn Fn(&str) -> bool| !cells.is_empty() && cells.iter().all(|c| f(c));
            ColumnLook {
                filled: cells.len(),
                distinct: distinct.len(),
                dates: all(&is_date),
                money: all(&is_money),
                priced: cells.iter().any(|c| has_decimals(c) || c.contains(['€', '$'])),
                emails: all(&is_email),
                codes: all(&|c: &str| c.len() <= 20 && !c.contains(' ') && c.chars().any(|x| x.is_ascii_digit())),
                words: cells.iter().any(|c| c.contains(' ') && c.chars().any(char::is_alphabetic)),
            }
        })
        .collect()
}

/// Header words that mark a customer column.
const CUSTOMER_WORDS: &[&str] =
    &["client", "customer", "cliente", "kunde", "fidelite", "carte", "member", "adherent", "acheteur", "buyer"];
/// Header words that mark the gross amount among several money columns.
const AMOUNT_WORDS: &[&str] =
    &["total", "montant", "amount", "ttc", "gross", "brut", "paye", "paid", "collected", "encaisse"];

fn has_word(header: &str, words: &[&str]) -> bool {
    normalize(header).split(' ').any(|w| words.contains(&w))
}

/// The column that is most likely the customer, and whether it is sure
/// enough to be used without asking (emails that vary from row to row).
pub fn likely_customer(header: &[String], looks: &[ColumnLook], taken: &[usize]) -> Option<(usize, bool)> {
    let free = |i: &usize| !taken.contains(i);
    let varying = |l: &ColumnLook| l.distinct > 1;
    if let Some(i) = (0..looks.len()).filter(free).find(|&i| looks[i].emails && varying(&looks[i])) {
        return Some((i, true));
    }
    let named = |i: &usize| has_word(&header[*i], CUSTOMER_WORDS);
    if let Some(i) =
        (0..looks.len()).filter(free).filter(named).find(|&i| varying(&looks[i]) && !looks[i].money && !looks[i].dates)
    {
        return Some((i, false));
    }
    // Names typed in a description: words, varying, some repeated.
    (0..looks.len())
        .filter(free)
        .find(|&i| looks[i].words && varying(&looks[i]) && !looks[i].dates && !looks[i].money)
        .map(|i| (i, false))
}

/// The amount column: the one column of money with cents, or among
/// several the one whose header says total / montant.
pub fn likely_amount(header: &[String], looks: &[ColumnLook], taken: &[usize]) -> Option<(usize, bool)> {
    let cands: Vec<usize> = (0..looks.len())
        .filter(|i| !taken.contains(i) && looks[*i].money && looks[*i].priced && !looks[*i].dates)
        .collect();
    match cands.as_slice() {
        [] => None,
        [one] => Some((*one, true)),
        many => match many.iter().filter(|&&i| has_word(&header[i], AMOUNT_WORDS)).collect::<Vec<_>>().as_slice() {
            [one] => Some((**one, true)),
            _ => Some((many[0], false)),
        },
    }
}

/// The date column: the first column of dates.
pub fn likely_date(looks: &[ColumnLook], taken: &[usize]) -> Option<usize> {
    (0..looks.len()).find(|i| !taken.contains(i) && looks[*i].dates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_above_twelve_settles_the_order() {
        let s = date_shape(["03/11/2026", "17/11/2026 14:03"], DayOrder::MonthFirst).unwrap();
        assert_eq!((s.pattern.as_str(), s.how), ("%d/%m/%Y", Settled::ByValue));
        let s = date_shape(["11/03/2026", "11/17/2026"], DayOrder::DayFirst).unwrap();
        assert_eq!((s.pattern.as_str(), s.how), ("%m/%d/%Y", Settled::ByValue));
        // All ambiguous: the shop's order decides, and says so.
        let s = date_shape(["03/11/2026", "04/11/2026"], DayOrder::DayFirst).unwrap();
        assert_eq!((s.pattern.as_str(), s.how), ("%d/%m/%Y", Settled::ByLocale));
        let s = date_shape(["17.11.26"], DayOrder::MonthFirst).unwrap();
        assert_eq!(s.pattern, "%d.%m.%y");
        assert_eq!(date_shape(["2026-11-17 10:00:00 +0100"], DayOrder::DayFirst).unwrap().how, Settled::Iso);
        // Both orders seen, or not dates: no shape.
        assert_eq!(date_shape(["13/01/2026", "01/13/2026"], DayOrder::DayFirst), None);
        assert_eq!(date_shape(["hier"], DayOrder::DayFirst), None);
    }

    #[test]
    fn varying_emails_are_the_customer_and_a_constant_one_is_not() {
        let header: Vec<String> = ["Email", "Date", "Description", "Total", "Fee"].map(String::from).to_vec();
        let rows: Vec<Vec<String>> = [
            ["moi@boutique.fr", "17/11/2026", "Marie Dupont", "45,50 €", "0,80"],
            ["moi@boutique.fr", "18/11/2026", "Jean Martin", "12,00 €", "0,21"],
            ["moi@boutique.fr", "18/11/2026", "Marie Dupont", "8,00 €", "0,14"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
        let looks = look(5, &rows);
        assert!(looks[0].emails && looks[0].distinct == 1);
        // The merchant's own login never varies: the names are the likely customer.
        assert_eq!(likely_customer(&header, &looks, &[]), Some((2, false)));
        assert_eq!(likely_amount(&header, &looks, &[]), Some((3, true)));
        assert_eq!(likely_date(&looks, &[]), Some(1));
        let mut varying = rows.clone();
        varying[1][0] = "jean@exemple.fr".into();
        assert_eq!(likely_customer(&header, &look(5, &varying), &[]), Some((0, true)));
    }
}
