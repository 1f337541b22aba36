//! URL pieces: percent-encoding of one component (for the dialects' query
//! strings and the app's own links) and the app's routes, built in one place.

/// Percent-encodes a URL component (RFC 3986 unreserved characters stay).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// One path segment: [`encode`], and a segment that is only dots (`.`,
/// `..`) fully encoded, so an id can never walk up the path.
pub fn segment(text: &str) -> String {
    if !text.is_empty() && text.chars().all(|c| c == '.') {
        return "%2E".repeat(text.len());
    }
    encode(text)
}

/// The app path of a case's page (`/cases/<id>`), the id encoded.
pub fn case_path(id: &str) -> String {
    format!("/cases/{}", segment(id))
}

/// The app path of an incident's page (`/incidents/<id>`), the id encoded.
pub fn incident_path(id: &str) -> String {
    format!("/incidents/{}", segment(id))
}

/// The app path of a person's page (`/team/people/<id>`), the id encoded.
pub fn person_path(id: &str) -> String {
    format!("/team/people/{}", segment(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_keep_only_unreserved_characters() {
        assert_eq!(encode("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(encode("x/y?z=1&w#"), "x%2Fy%3Fz%3D1%26w%23");
        assert_eq!(encode("ç"), "%C3%A7");
        assert_eq!(case_path("case-1/../x"), "/cases/case-1%2F..%2Fx");
        assert_eq!(case_path(".."), "/cases/%2E%2E");
        assert_eq!(case_path("."), "/cases/%2E");
        assert_eq!(case_path("a.b"), "/cases/a.b");
        assert_eq!(incident_path("incident-1"), "/incidents/incident-1");
        assert_eq!(incident_path("../x"), "/incidents/..%2Fx");
        assert_eq!(person_path("p 1/.."), "/team/people/p%201%2F..");
        assert_eq!(person_path(".."), "/team/people/%2E%2E");
    }
}
