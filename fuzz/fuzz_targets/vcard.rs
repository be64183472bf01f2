//! An address book file's bytes (vCard 2.1, 3.0, 4.0: folding,
//! quoted-printable, charsets, base64 photos).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = carnet::domain::vcard::parse(bytes);
});
