//! The flags of `contact add`, `edit` and `list`.

use clap::{Args, ValueEnum};

/// One flag per field, shared by `add` and `edit`.
#[derive(Debug, Args, Default)]
pub struct FieldArgs {
    /// The name, as you say it: "Hélène Dupont", "Atelier Roux".
    #[arg(long)]
    pub name: Option<String>,
    /// The primary email (more with --add-email).
    #[arg(long)]
    pub email: Option<String>,
    /// The primary phone, written any way: "06 12 34 56 78", "+33 6 12 34 56 78" (more with --add-phone).
    #[arg(long)]
    pub phone: Option<String>,
    /// The company they work for or are.
    #[arg(long)]
    pub company: Option<String>,
    /// Street and number.
    #[arg(long)]
    pub street: Option<String>,
    /// Postcode.
    #[arg(long)]
    pub postcode: Option<String>,
    /// City.
    #[arg(long)]
    pub city: Option<String>,
    /// Country.
    #[arg(long)]
    pub country: Option<String>,
    /// MM-DD, or YYYY-MM-DD when the year is known; DD/MM and DD/MM/YYYY
    /// in French (see `date_format` in the config).
    #[arg(long)]
    pub birthday: Option<String>,
    /// Free notes about them.
    #[arg(long)]
    pub notes: Option<String>,
    /// The shop's own customer number (kept as text: 007 stays 007).
    #[arg(long = "ref", value_name = "REF")]
    pub r#ref: Option<String>,
    /// The type of the primary email: home, work, other...
    #[arg(long, value_name = "TYPE")]
    pub email_type: Option<String>,
    /// The type of the primary phone: cell, home, work...
    #[arg(long, value_name = "TYPE")]
    pub phone_type: Option<String>,
    /// The title before the name, kept apart from it: Mme, M., Dr
    #[arg(long, value_name = "TITLE")]
    pub honorific: Option<String>,
    /// One more email, with its type in brackets if you like: "paul@work.fr (work)"
    /// (repeat for several; the first email is the primary one).
    #[arg(long = "add-email", value_name = "EMAIL")]
    pub add_email: Vec<String>,
    /// One more phone number: "04 78 00 00 00 (home)" (repeat for several).
    #[arg(long = "add-phone", value_name = "PHONE")]
    pub add_phone: Vec<String>,
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
            ("email_type", &self.email_type),
            ("phone_type", &self.phone_type),
            ("honorific", &self.honorific),
        ]
    }

    /// The fields given, by name, as typed (a slashed birthday read as
    /// the shop writes dates).
    pub fn changes(
        &self,
        order: crate::domain::dates::SlashDates,
    ) -> crate::error::Result<Vec<(&'static str, String)>> {
        let added =
            self.add_email.iter().map(|v| ("add_email", v)).chain(self.add_phone.iter().map(|v| ("add_phone", v)));
        self.pairs()
            .into_iter()
            .filter_map(|(f, v)| v.clone().map(|v| (f, v)))
            .chain(added.map(|(f, v)| (f, v.clone())))
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
    /// `company` for a company (a restaurant, a hotel): it buys like anyone,
    /// and people name it with --company.
    #[arg(long, value_enum, default_value = "person", conflicts_with = "company")]
    pub kind: KindArg,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum KindArg {
    Person,
    Company,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    pub contact: String,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Forget one of their emails (the next one becomes the primary).
    #[arg(long = "remove-email", value_name = "EMAIL")]
    pub remove_email: Vec<String>,
    /// Forget one of their phone numbers.
    #[arg(long = "remove-phone", value_name = "PHONE")]
    pub remove_phone: Vec<String>,
    /// Make one of their other emails the primary one (campaigns write to it).
    #[arg(long = "primary-email", value_name = "EMAIL")]
    pub primary_email: Option<String>,
    /// Make one of their other numbers the primary one.
    #[arg(long = "primary-phone", value_name = "PHONE")]
    pub primary_phone: Option<String>,
    /// Keep in touch this often (60d, 8w, 2m); `none` stops it.
    #[arg(long, value_name = "PERIOD")]
    pub every: Option<String>,
    /// A key date `remind` announces like a birthday: mariage=2027-06-12 (--06-12 without the year)
    #[arg(long = "date", value_name = "LABEL=DATE")]
    pub dates: Vec<String>,
    /// Forget the key date of that label.
    #[arg(long = "remove-date", value_name = "LABEL")]
    pub remove_dates: Vec<String>,
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
    /// Only the people of this company (its name, any case or accents).
    #[arg(long, value_name = "COMPANY")]
    pub company: Option<String>,
    /// Only archived contacts.
    #[arg(long, conflicts_with = "all")]
    pub archived: bool,
    /// Archived and active contacts.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value = "name")]
    pub sort: SortArg,
    /// At most this many rows (up to a billion).
    #[arg(long, short = 'n', value_parser = clap::value_parser!(u64).range(0..=crate::commands::flags::MAX_LIMIT))]
    pub limit: Option<u64>,
}
