//! The output's own rules, apart from the binary: the CSV written on
//! two threads is the CSV written row by row.

use super::*;

crate::record! {
    struct Row {
        id: u32,
        name: String,
        total: crate::domain::money::Cents,
        day: chrono::NaiveDate,
    }
}

fn out(excel: bool) -> Output {
    Output {
        format: Format::Csv,
        quiet: true,
        money: MoneyStyle { symbol: "€".into(), symbol_after: true, decimal: '.', group: ',' },
        csv_delimiter: b',',
        excel,
        xlsx: false,
        to_file: true,
        pager: None,
        lang: crate::i18n::Lang::En,
        color: false,
    }
}

fn row(i: u32) -> Row {
    let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Duration::days((i % 400) as i64);
    let name = if i.is_multiple_of(7) { format!("=HYPERLINK({i}), \"quoted\"") } else { format!("Client {i}") };
    Row { id: i, name, total: crate::domain::money::Cents(i as i64 * 37 - 5_000), day }
}

/// The two-thread CSV of many rows is byte for byte the CSV of one push
/// after another, in the order given, excel form included.
#[test]
fn rows_pushed_all_at_once_are_the_rows_pushed_one_by_one() {
    let order: Vec<u32> = (0..150_000u32).rev().collect();
    for excel in [false, true] {
        let o = out(excel);
        let mut one = Vec::new();
        let mut sink = o.sink::<Row>(Box::new(&mut one)).unwrap();
        for &i in &order {
            sink.push(&row(i)).unwrap();
        }
        sink.finish().unwrap();
        let mut all = Vec::new();
        let mut sink = o.sink::<Row>(Box::new(&mut all)).unwrap();
        sink.push(&row(1)).unwrap();
        sink.push_all(&order[1..], row).unwrap();
        sink.push(&row(2)).unwrap();
        sink.finish().unwrap();
        let mut want = Vec::new();
        let mut sink = o.sink::<Row>(Box::new(&mut want)).unwrap();
        sink.push(&row(1)).unwrap();
        for &i in &order[1..] {
            sink.push(&row(i)).unwrap();
        }
        sink.push(&row(2)).unwrap();
        sink.finish().unwrap();
        assert!(one.len() > 1_000_000);
        assert!(all == want, "excel: {excel}");
    }
}
