//! Long output for a person goes through a pager, as git does: only when
//! stdout is a terminal and the text is taller than it, never for a pipe.

use std::io::{IsTerminal, Write};

/// The terminal's height in lines, if stdout is one.
fn terminal_rows() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let (_, rows) = crossterm::terminal::size().ok()?;
    (rows > 0).then_some(rows as usize)
}

/// Show `text` through `pager` (a shell command line such as `less -FRX`)
/// when it does not fit on the terminal. Returns false when it was not
/// paged (no terminal, short text, or the pager could not start), so the
/// caller prints it as usual.
pub fn page(pager: &str, text: &str) -> bool {
    let Some(rows) = terminal_rows() else { return false };
    if text.lines().count() < rows || pager.trim().is_empty() {
        return false;
    }
    let Ok(mut child) = std::process::Command::new("sh")
        .arg("-c")
        .arg(pager)
        .env("LESS", std::env::var("LESS").unwrap_or_else(|_| "FRX".into()))
        .stdin(std::process::Stdio::piped())
        .spawn()
    else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The reader may quit early (q in less): not an error.
        let _ = stdin.write_all(text.as_bytes());
    }
    let _ = child.wait();
    true
}
