//! Colour where it tells something, and nowhere else: a won deal green, a
//! lost one or an opt-out red, in the digest what is overdue red and what
//! is due today bold. Only when [`Output::color`](super::Output) says so
//! (`--color`, a terminal, `NO_COLOR`); never in JSON, CSV or workbooks.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Red,
    Green,
    Bold,
}

impl Paint {
    /// `text` wrapped in the ANSI codes of this paint.
    pub fn ansi(self, text: &str) -> String {
        let code = match self {
            Paint::Red => "31",
            Paint::Green => "32",
            Paint::Bold => "1",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }

    /// For a table cell (comfy-table styles it, keeping widths right).
    pub fn cell(self, text: String) -> comfy_table::Cell {
        let cell = comfy_table::Cell::new(text);
        match self {
            Paint::Red => cell.fg(comfy_table::Color::Red),
            Paint::Green => cell.fg(comfy_table::Color::Green),
            Paint::Bold => cell.add_attribute(comfy_table::Attribute::Bold),
        }
    }
}

/// The paint of a table cell, from its column and its value as the table
/// shows it (stable English values: stages and consent statuses are not
/// translated).
pub fn of_cell(header: &str, value: &str) -> Option<Paint> {
    match (header, value) {
        ("stage" | "status", "won") => Some(Paint::Green),
        ("stage" | "status", "lost") => Some(Paint::Red),
        ("status", "opted_out" | "bounced") => Some(Paint::Red),
        _ => None,
    }
}

/// The paint of a reminder's "when", from its message id.
pub fn of_when(when_id: &str) -> Option<Paint> {
    match when_id {
        "remind-overdue" => Some(Paint::Red),
        "remind-today" => Some(Paint::Bold),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_painted() {
        assert_eq!(of_cell("stage", "won"), Some(Paint::Green));
        assert_eq!(of_cell("stage", "lost"), Some(Paint::Red));
        assert_eq!(of_cell("status", "opted_out"), Some(Paint::Red));
        assert_eq!(of_cell("status", "opted_in"), None);
        assert_eq!(of_cell("name", "lost"), None, "a customer called Lost is not painted");
        assert_eq!(of_when("remind-overdue"), Some(Paint::Red));
        assert_eq!(of_when("remind-in"), None);
        assert_eq!(Paint::Red.ansi("x"), "\x1b[31mx\x1b[0m");
    }
}
