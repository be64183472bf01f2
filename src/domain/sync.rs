//! The rules of `carnet sync` that need no server: what an entry's hash
//! is, how carnet marks what it sent, and where an entry lives.

/// The hash of an entry as carnet writes it, its `DTSTAMP` left out (the
/// moment the file was written, not part of what it says): the same
/// contact or reminder hashes the same on every run.
pub fn hash(body: &str) -> String {
    let mut kept = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        if !line.starts_with("DTSTAMP") {
            kept.push_str(line);
        }
    }
    super::hash::content_hash(kept.as_bytes())[..32].to_string()
}

/// The property that carries the hash in what is sent, so a PUT whose
/// answer was lost (a killed run) is recognised on the server afterwards.
const MARK: &str = "X-CARNET-HASH:";

/// `body` with its hash put before the end of its (only) component.
pub fn mark(body: &str, hash: &str) -> String {
    for end in ["END:VCARD\r\n", "END:VEVENT\r\n", "END:VTODO\r\n"] {
        if let Some(i) = body.rfind(end) {
            return format!("{}{MARK}{hash}\r\n{}", &body[..i], &body[i..]);
        }
    }
    body.to_string()
}

/// The hash carnet marked an entry with, as a server gives it back.
pub fn marked(body: &str) -> Option<&str> {
    body.lines().find_map(|l| l.strip_prefix(MARK)).map(str::trim)
}

/// The name of an entry in its collection: its UID, with anything but
/// letters, digits, `-` and `.` made `-`, and the format's extension.
pub fn file_name(uid: &str, ext: &str) -> String {
    let name: String =
        uid.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '-' }).collect();
    format!("{name}.{ext}")
}

/// Whether an entry must be sent: never confirmed, or confirmed with
/// another content.
pub fn must_send(sent_hash: Option<&str>, pending_hash: Option<&str>, new_hash: &str) -> bool {
    sent_hash != Some(new_hash) || pending_hash.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVENT: &str = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20240630T080000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn the_hash_ignores_the_moment_of_writing_only() {
        let later = EVENT.replace("20240630T080000Z", "20240701T090000Z");
        assert_eq!(hash(EVENT), hash(&later));
        assert_ne!(hash(EVENT), hash(&EVENT.replace("SUMMARY:x", "SUMMARY:y")));
        assert_eq!(hash(EVENT).len(), 32);
    }

    #[test]
    fn the_mark_goes_inside_the_component_and_reads_back() {
        let m = mark(EVENT, "abc");
        assert!(m.contains("SUMMARY:x\r\nX-CARNET-HASH:abc\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), "{m}");
        assert_eq!(marked(&m), Some("abc"));
        let card = mark("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", "h");
        assert_eq!(card, "BEGIN:VCARD\r\nFN:A\r\nX-CARNET-HASH:h\r\nEND:VCARD\r\n");
        assert_eq!(marked("BEGIN:VCARD\r\nEND:VCARD\r\n"), None);
    }

    #[test]
    fn file_names_keep_only_safe_characters() {
        assert_eq!(file_name("urn:carnet:contact:12", "vcf"), "urn-carnet-contact-12.vcf");
        assert_eq!(file_name("carnet-birthday-3@carnet.local", "ics"), "carnet-birthday-3-carnet.local.ics");
    }

    #[test]
    fn an_entry_is_sent_when_new_changed_or_left_pending() {
        assert!(must_send(None, None, "h"));
        assert!(must_send(Some("g"), None, "h"));
        assert!(!must_send(Some("h"), None, "h"));
        assert!(must_send(Some("h"), Some("h"), "h"));
    }
}
