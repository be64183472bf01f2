//! vCard text below the properties: folded lines joined, a property split
//! into name, parameters and value, quoted-printable and escapes undone.

/// vCard 2.1 (Android, Outlook) continues a quoted-printable value on the
/// next line after a soft line break (`=` at the end), which is no RFC
/// folding: join those lines first, keeping the line count for messages by
/// leaving an empty line in place of each joined one.
pub(super) fn join_soft_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut joined = 0;
    let mut in_qp = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\r', '\n']);
        let starts_qp =
            !in_qp && body.split(':').next().is_some_and(|h| h.to_ascii_uppercase().contains("QUOTED-PRINTABLE"));
        if (in_qp || starts_qp) && body.ends_with('=') {
            out.push_str(&body[..body.len() - 1]);
            in_qp = true;
            joined += 1;
            continue;
        }
        out.push_str(line);
        for _ in 0..joined {
            out.push('\n');
        }
        joined = 0;
        in_qp = false;
    }
    out
}

/// The logical lines of a file, each with the physical line it starts on.
/// A line that begins with a space or a tab continues the one before. RFC
/// 6350 (and 2426) folding removes the line break and that one
/// whitespace: `NOTE:un deux` then ` ⏎  trois` reads `un deux trois`.
/// vCard 2.1 folds only where there is white space already, and unfolding
/// removes the line break alone, so a 2.1 card keeps the whitespace.
pub(super) fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut v21 = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match line.chars().next() {
            Some(c @ (' ' | '\t')) if !out.is_empty() && !line.trim().is_empty() => {
                let last = &mut out.last_mut().expect("not empty").1;
                if last.is_empty() {
                    // A blank line (after base64 data) is no property to continue.
                    *last = line.trim_start().to_string();
                } else if v21 {
                    last.push_str(line);
                } else {
                    last.push_str(&line[c.len_utf8()..]);
                }
            }
            _ => {
                let head = line.trim().to_ascii_uppercase();
                if head == "BEGIN:VCARD" {
                    v21 = false;
                } else if head == "VERSION:2.1" {
                    v21 = true;
                }
                out.push((i + 1, line.to_string()));
            }
        }
    }
    out
}

pub(super) fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// `item1.NAME;PARAM=x:value` → (item1, NAME, params, value). The first
/// `:` outside quotes ends the name.
pub(super) fn split_property(line: &str) -> Option<(&str, &str, &str, String)> {
    let mut in_quotes = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            in_quotes = !in_quotes;
            None
        }
        ':' if !in_quotes => Some(i),
        _ => None,
    })?;
    let head = &line[..colon];
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    let (group, name) = name.rsplit_once('.').unwrap_or(("", name));
    if name.is_empty() {
        return None;
    }
    Some((group, name, params, line[colon + 1..].to_string()))
}

/// Decode a quoted-printable value (`Fran=C3=A7ois`) in its charset; with
/// no charset, UTF-8 when the bytes are UTF-8, else Windows-1252 (what
/// Outlook and old phones write).
pub(super) fn decode_qp(raw: &str, charset: Option<&str>) -> String {
    let b = raw.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            if let Some(v) = raw.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                bytes.push(v);
                i += 3;
                continue;
            }
        }
        bytes.push(b[i]);
        i += 1;
    }
    let enc = match charset {
        Some(c) => encoding_rs::Encoding::for_label(c.trim_matches('"').as_bytes()).unwrap_or(encoding_rs::UTF_8),
        None if std::str::from_utf8(&bytes).is_ok() => encoding_rs::UTF_8,
        None => encoding_rs::WINDOWS_1252,
    };
    enc.decode(&bytes).0.into_owned()
}

/// A parameter's value (`CHARSET=UTF-8`), case aside.
pub(super) fn param<'a>(params: &'a str, key: &str) -> Option<&'a str> {
    params
        .split(';')
        .find_map(|p| p.split_once('=').filter(|(k, _)| k.trim().eq_ignore_ascii_case(key)).map(|(_, v)| v.trim()))
}

/// Split on an unescaped separator, then unescape each part.
pub(super) fn split_components(raw: &str, sep: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            cur.push(c);
            if let Some(n) = chars.next() {
                cur.push(n);
            }
        } else if c == sep {
            parts.push(unescape(&cur));
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    parts.push(unescape(&cur));
    parts
}

pub(super) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}
