//! Content hashes: the identity of an imported file or a consent wording.

use sha2::Digest;

/// Hex SHA-256 of some bytes.
pub fn content_hash(bytes: &[u8]) -> String {
    hex(&sha2::Sha256::digest(bytes))
}

pub fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A seed from a name: the same name always draws the same control group.
pub fn seed_of(name: &str) -> i64 {
    let h = content_hash(name.to_lowercase().as_bytes());
    i64::from_str_radix(&h[..15], 16).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_are_sha256_hex() {
        assert_eq!(super::content_hash(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(super::seed_of("Spring"), super::seed_of("spring"));
    }
}
