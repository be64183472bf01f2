//! A progress bar on stderr, only when stderr is a terminal: the bytes
//! read, then what a long job is doing once the file is read (building
//! the index of a big import takes seconds of its own).

use crate::app::Progress;

pub struct Bar(Option<indicatif::ProgressBar>);

impl Bar {
    /// A bar for `total` bytes; nothing at all when stderr is not a terminal.
    pub fn new(total: u64) -> Self {
        use std::io::IsTerminal;
        if !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let bar = indicatif::ProgressBar::new(total);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {percent:>3}% {bytes}/{total_bytes} {eta}")
        {
            bar.set_style(style);
        }
        Bar(Some(bar))
    }
}

impl Progress for Bar {
    fn set(&self, pos: u64) {
        if let Some(b) = &self.0 {
            b.set_position(pos);
        }
    }

    /// A spinner saying what is being done now.
    fn stage(&self, what: &'static str) {
        if let Some(b) = &self.0 {
            if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}") {
                b.set_style(style);
            }
            b.set_message(what);
            b.enable_steady_tick(std::time::Duration::from_millis(120));
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}

/// Clears the bar however the job ends, before its last message.
impl Drop for Bar {
    fn drop(&mut self) {
        self.finish();
    }
}
