//! Companies are contacts of their own kind: the rule that says when two
//! spellings name the same company.

/// A company's key: its name folded (lower case, no accents) with single
/// spaces, so `Atelier Roux`, `atelier  roux` and `ATELIER ROUX` are one
/// company, and `Hôtel du Parc` is `Hotel du Parc`.
pub fn key(name: &str) -> String {
    super::contact::fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A contact's kind: a person, or a company (which may have people).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Company,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Company => "company",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "person" => Some(Kind::Person),
            "company" => Some(Kind::Company),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_company_whatever_the_case_accents_and_spaces() {
        assert_eq!(key("Atelier Roux"), "atelier roux");
        assert_eq!(key("  ATELIER   roux "), "atelier roux");
        assert_eq!(key("Hôtel du Parc"), key("hotel du parc"));
        assert_ne!(key("Atelier Roux"), key("Atelier Rousse"));
    }

    #[test]
    fn kinds_read_back() {
        for k in [Kind::Person, Kind::Company] {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Kind::parse("firm"), None);
    }
}
