//! A purchase file's bytes: delimiter sniffing, the header check and every
//! cell through the amount and date parsers an import uses.
#![no_main]
use carnet::app::csv_input::{reader, sniff_delimiter, unneutralize, Columns};
use carnet::domain::dates::DateFormat;
use carnet::domain::money::parse_amount;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut rdr = reader(sniff_delimiter(bytes), bytes);
    if let Ok(h) = rdr.headers().cloned() {
        let _ = Columns::check("f.csv", &h, &["customer_id", "date", "amount"], &[], &["customer_id"]);
    }
    let iso = DateFormat::iso();
    for r in rdr.records().take(64).flatten() {
        for cell in r.iter() {
            let cell = unneutralize(cell);
            let _ = parse_amount(cell);
            let _ = iso.parse(cell);
        }
    }
});
