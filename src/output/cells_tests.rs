//! Unit tests of `cells.rs`: cell texts, the record macros, typed kinds.

use super::*;

crate::record! {
    struct Row {
        id: i64,
        r#ref: Option<String>,
        total: Cents,
        tags: Vec<String>,
    }
    numeric: [id, total]
}

crate::record! {
    struct Card {
        @flatten row: Row,
        note: String,
    }
}

#[test]
fn formulas_are_neutralized_and_numbers_are_not() {
    for (cell, want) in [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+33 6 12", "'+33 6 12"),
        ("-x", "'-x"),
        ("\tcmd", "'\tcmd"),
        ("-12.00", "-12.00"),
        ("--07-03", "--07-03"),
        ("--07-03x", "'--07-03x"),
        ("+3", "+3"),
        ("Hélène", "Hélène"),
        ("", ""),
    ] {
        assert_eq!(neutralize(cell.to_string()), want, "{cell}");
    }
}

#[test]
fn a_record_has_its_fields_as_headers_and_cells() {
    assert_eq!(Row::headers(), ["id", "ref", "total", "tags"]);
    assert_eq!(Row::numeric(), ["id", "total"]);
    let r = Row { id: 7, r#ref: Some("007".into()), total: Cents(4550), tags: vec!["a".into(), "b".into()] };
    assert_eq!(r.cells(&Cells::csv()), vec!["7", "007", "45.50", "a;b"]);
    assert_eq!(r.cells(&Cells::excel())[2], "45,50", "a French spreadsheet's decimal comma");
    let style = MoneyStyle { symbol: "€".into(), symbol_after: true, decimal: '.', group: ',' };
    assert_eq!(r.cells(&Cells::table(&style, crate::i18n::Lang::En))[3], "a, b");
    assert_eq!(serde_json::to_value(&r).unwrap()["ref"], "007");
    let card = Card { row: r, note: "n".into() };
    assert_eq!(Card::headers(), ["id", "ref", "total", "tags", "note"]);
    assert_eq!(Card::numeric(), ["id", "total"]);
    assert_eq!(card.cells(&Cells::csv()).last().unwrap(), "n");
    assert_eq!(serde_json::to_value(&card).unwrap()["note"], "n");
}

crate::record! {
    struct Every {
        n: u32,
        neg: Cents,
        day: chrono::NaiveDate,
        far: chrono::NaiveDate,
        none: Option<Cents>,
        some_day: Option<chrono::NaiveDate>,
        ratio: f64,
        text: String,
        segment: crate::domain::rfm::Segment,
    }
}

/// The buffer a big CSV is written through says exactly what the cells say.
#[test]
fn written_cells_are_the_cells() {
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let r = Every {
        n: 42,
        neg: Cents(-1205),
        day: day(2026, 3, 9),
        far: day(-44, 3, 15),
        none: None,
        some_day: Some(day(12, 12, 31)),
        ratio: 0.1234,
        text: "=1+1".into(),
        segment: crate::domain::rfm::Segment::CantLoseThem,
    };
    let style = MoneyStyle { symbol: "€".into(), symbol_after: true, decimal: ',', group: '\u{202f}' };
    for c in [Cells::csv(), Cells::excel(), Cells::table(&style, crate::i18n::Lang::Fr)] {
        let mut row = CellRow::default();
        r.write_cells(&c, &mut row);
        assert_eq!(row.cells().collect::<Vec<_>>(), r.cells(&c));
    }
    let mut row = CellRow::default();
    r.write_cells(&Cells::csv(), &mut row);
    assert_eq!(row.cells().nth(2), Some("2026-03-09"));
    assert_eq!(row.cells().nth(5), Some("0012-12-31"));
    let mut card = CellRow::default();
    Card { row: Row { id: 1, r#ref: None, total: Cents(5), tags: vec![] }, note: "n".into() }
        .write_cells(&Cells::csv(), &mut card);
    assert_eq!(card.cells().collect::<Vec<_>>(), ["1", "", "0.05", "", "n"]);
}

#[test]
fn a_record_knows_what_each_column_holds_from_its_types() {
    assert_eq!(Row::kinds(), [CellKind::Integer, CellKind::Text, CellKind::Money, CellKind::Text]);
    assert_eq!(kind_of(|d: &(chrono::NaiveDate, bool)| &d.0), CellKind::Date);
    assert_eq!(kind_of(|d: &(Option<f64>, bool)| &d.0), CellKind::Number);
    assert_eq!(kind_of(|d: &(Option<f64>, bool)| &d.1), CellKind::Bool);
}
