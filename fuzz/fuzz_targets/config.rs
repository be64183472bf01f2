//! The config file's text: TOML syntax, types, and every bound checked.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = carnet::config::Config::from_text(text, std::path::Path::new("config.toml"));
});
