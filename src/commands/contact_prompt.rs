//! `contact add` on a terminal without --name: ask for the name, email
//! and phone, each checked as it is typed, so one mistake asks again for
//! that field instead of throwing away everything typed.

use super::contact_fields::FieldArgs;
use crate::domain::contact::ContactFields;
use crate::error::Result;

pub fn ask(fields: &mut FieldArgs) -> Result<()> {
    let label = |id: &str| crate::i18n::tr(crate::i18n::current(), id);
    fields.name = Some(ask_one(&label("prompt-name"), "name", false)?.unwrap_or_default());
    if fields.email.is_none() {
        fields.email = ask_one(&label("prompt-email"), "email", true)?;
    }
    if fields.phone.is_none() {
        fields.phone = ask_one(&label("prompt-phone"), "phone", true)?;
    }
    Ok(())
}

/// One field, asked until its value is accepted (or left empty when optional).
fn ask_one(label: &str, field: &str, optional: bool) -> Result<Option<String>> {
    loop {
        let v = crate::output::prompt::input(label, optional)?;
        if optional && v.trim().is_empty() {
            return Ok(None);
        }
        match ContactFields::default().set(field, &v) {
            Ok(()) => return Ok(Some(v)),
            Err(e) => crate::output::prompt::say_problem(&e.0.render(crate::i18n::current())),
        }
    }
}
