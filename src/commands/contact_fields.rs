//! The flags of `contact add`, `edit` and `list`.

use clap::{Args, ValueEnum};

/// One flag per field, shared by `add` and `edit`.
#[derive(Debug, Args, Default)]
pub struct FieldArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long)]
    pub street: Option<String>,
    #[arg(long)]
    pub postcode: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub country: Option<String>,
    /// MM-DD, or YYYY-MM-DD when the year is known; DD/MM and DD/MM/YYYY
    /// in French (see `date_format` in the config).
    #[arg(long)]
    pub birthday: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// The shop's own customer number (kept as text: 007 stays 007).
    #[arg(long = "ref", value_name = "REF")]
    pub r#ref: Option<String>,
}

impl FieldArgs {
    fn pairs(&self) -> Vec<(&'static str, &Option<String>)> {
        vec![
            ("ref", &self.r#ref),
            ("name", &self.name),
            ("email", &self.email),
            ("phone", &self.phone),
            ("company", &self.company),
            ("street", &self.street),
            ("postcode", &self.postcode),
            ("city", &self.city),
            ("country", &self.country),
            ("birthday", &self.birthday),
            ("notes", &self.notes),
        ]
    }

    /// The fields given, by name, as typed (a slashed birthday read as
    /// the shop writes dates).
    pub fn changes(
        &self,
        order: crate::domain::dates::SlashDates,
    ) -> crate::error::Result<Vec<(&'static str, String)>> {
        self.pairs()
            .into_iter()
            .filter_map(|(f, v)| v.clone().map(|v| (f, v)))
            .map(|(f, v)| {
                if f == "birthday" {
                    let b = crate::domain::dates::birthday_from_slashes(&v, order)
                        .map_err(|e| crate::error::Error::invalid(e.0).for_flag("--birthday"))?;
                    return Ok((f, b));
                }
                Ok((f, v))
            })
            .collect()
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub fields: FieldArgs,
    /// A tag (repeat for several).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Add it even when a contact with the same email or phone exists.
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Keep in touch this often (60d, 8w, 2m): `carnet remind` says when it is time.
    #[arg(long, value_name = "PERIOD")]
    pub every: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    pub contact: String,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Keep in touch this often (60d, 8w, 2m); `none` stops it.
    #[arg(long, value_name = "PERIOD")]
    pub every: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    Name,
    Created,
    LastPurchase,
    TotalSpent,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only contacts with this tag (repeat: all of them).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Text in the name, ref, email, phone, company or city; ignores case and accents.
    #[arg(long, short)]
    pub search: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// Only archived contacts.
    #[arg(long, conflicts_with = "all")]
    pub archived: bool,
    /// Archived and active contacts.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value = "name")]
    pub sort: SortArg,
    #[arg(long, short = 'n')]
    pub limit: Option<u64>,
}
