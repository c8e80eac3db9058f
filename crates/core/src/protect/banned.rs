//! Banned passwords, evaluated in the manner of Entra password protection:
//!
//! 1. normalise the password (see [`normalise`](super::normalise));
//! 2. find banned terms in it: terms of 5 or more characters also match with one edit
//!    (a letter changed, added or removed); 4-character terms must match exactly; the
//!    user's first and last name and the organisation name (4+ characters) are banned
//!    as exact substrings;
//! 3. score one point per banned term found and one per character left over;
//! 4. accept at 5 points or more.
//!
//! Terms are indexed by their one-deletion neighbourhood, so a check costs a few hash
//! lookups per substring of the password instead of a scan of every term.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the keys are short strings and not attacker-chosen at scale, so a fast
/// non-cryptographic hash beats SipHash here.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

use super::normalise::normalise;

/// Where a banned term came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// Latchkey's built-in list of common passwords.
    Common,
    /// The organisation's custom list.
    Custom,
    /// The user's own name or the organisation's name.
    Name,
}

/// A banned term found in a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The term as listed, normalised (see [`normalise`](super::normalise)).
    pub term: String,
    /// Which list it came from.
    pub source: Source,
}

/// The outcome of scoring a password with [`evaluate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// Points: one per banned term found plus one per character outside them.
    pub score: usize,
    /// The banned terms found, longest first, each covering its own characters.
    pub found: Vec<Found>,
}

impl Evaluation {
    /// The lowest score accepted (5, as in Entra password protection).
    pub const PASSING_SCORE: usize = 5;

    /// Whether the score reaches [`Self::PASSING_SCORE`].
    pub fn passes(&self) -> bool {
        self.score >= Self::PASSING_SCORE
    }
}

/// A compiled list of banned terms.
#[derive(Debug, Default, Clone)]
pub struct BannedList {
    terms: Vec<(String, Source)>,
    /// The same terms as characters, for the edit check.
    chars: Vec<Vec<char>>,
    exact: FastMap<u32>,
    /// One-deletion variants of terms of 5+ characters → term ids.
    deletions: FastMap<Vec<u32>>,
}

/// Shortest banned term, in characters; shorter terms are ignored.
pub const MIN_TERM: usize = 4;
/// Longest banned term, in characters; longer terms are ignored.
pub const MAX_TERM: usize = 16;
const FUZZY_FROM: usize = 5;

fn deletions_of(s: &[char], mut f: impl FnMut(&str)) {
    let mut buf = String::with_capacity(s.len() * 4);
    deletions_into(s, &mut buf, &mut f);
}

/// Calls `f` with each string made by deleting one character of `s`, reusing `buf`.
fn deletions_into(s: &[char], buf: &mut String, f: &mut impl FnMut(&str)) {
    for skip in 0..s.len() {
        buf.clear();
        buf.extend(s[..skip].iter().chain(&s[skip + 1..]));
        f(buf);
    }
}

fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if prefix == la.min(lb) {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => ra[1..] == rb[1..],
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

impl BannedList {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a term (normalised here). Terms outside 4–16 characters are ignored.
    pub fn add(&mut self, term: &str, source: Source) {
        let n = normalise(term.trim());
        let chars: Vec<char> = n.chars().collect();
        if !(MIN_TERM..=MAX_TERM).contains(&chars.len()) || self.exact.contains_key(&n) {
            return;
        }
        let id = self.terms.len() as u32;
        self.terms.push((n.clone(), source));
        self.chars.push(chars.clone());
        self.exact.insert(n, id);
        if chars.len() >= FUZZY_FROM {
            deletions_of(&chars, |d| {
                self.deletions.entry(d.to_owned()).or_default().push(id)
            });
        }
    }

    /// How many distinct terms the list holds.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether the list holds no term.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Every (start, end, term id) where a term matches the normalised password.
    fn matches(&self, p: &[char], out: &mut Vec<(usize, usize, u32, bool)>) {
        let mut key = String::new();
        let mut buf = String::new();
        let mut candidates: Vec<u32> = Vec::new();
        for start in 0..p.len() {
            for len in (MIN_TERM - 1)..=(MAX_TERM + 1) {
                let end = start + len;
                if end > p.len() {
                    break;
                }
                let s = &p[start..end];
                key.clear();
                key.extend(s.iter());
                if len >= MIN_TERM
                    && let Some(&id) = self.exact.get(key.as_str())
                {
                    out.push((start, end, id, true));
                    continue;
                }
                if len + 1 < FUZZY_FROM {
                    continue;
                }
                // A term one insertion away has this substring among its deletions; one
                // substitution away shares a deletion; one deletion away is a deletion of s.
                candidates.clear();
                if let Some(ids) = self.deletions.get(key.as_str()) {
                    candidates.extend(ids);
                }
                deletions_into(s, &mut buf, &mut |d: &str| {
                    if let Some(&id) = self.exact.get(d) {
                        candidates.push(id);
                    }
                    if let Some(ids) = self.deletions.get(d) {
                        candidates.extend(ids);
                    }
                });
                if candidates.is_empty() {
                    continue;
                }
                candidates.sort_unstable();
                candidates.dedup();
                for &id in &candidates {
                    let t = &self.chars[id as usize];
                    if t.len() >= FUZZY_FROM && within_one_edit(s, t) {
                        out.push((start, end, id, false));
                    }
                }
            }
        }
    }
}

/// The built-in list, compiled once.
pub fn builtin() -> &'static BannedList {
    static LIST: OnceLock<BannedList> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut l = BannedList::new();
        for line in include_str!("../../data/banned-passwords.txt").lines() {
            if !line.starts_with('#') && !line.trim().is_empty() {
                l.add(line, Source::Common);
            }
        }
        l
    })
}

/// Scores a password against the built-in list, the custom list and the names.
pub fn evaluate(password: &str, lists: &[&BannedList], names: &[&str]) -> Evaluation {
    let p: Vec<char> = normalise(password).chars().collect();
    // (start, end, term, source, exact)
    let mut hits: Vec<(usize, usize, String, Source, bool)> = Vec::new();
    let mut raw = Vec::new();
    for list in lists {
        raw.clear();
        list.matches(&p, &mut raw);
        hits.extend(raw.iter().map(|&(s, e, id, exact)| {
            let (t, src) = &list.terms[id as usize];
            (s, e, t.clone(), *src, exact)
        }));
    }
    for name in names {
        let n: Vec<char> = normalise(name.trim())
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if n.len() < MIN_TERM || n.len() > p.len() {
            continue;
        }
        for start in 0..=(p.len() - n.len()) {
            if p[start..start + n.len()] == n[..] {
                hits.push((
                    start,
                    start + n.len(),
                    n.iter().collect(),
                    Source::Name,
                    true,
                ));
            }
        }
    }
    // Longest banned term first; for the same term an exact match before a fuzzy one (a
    // fuzzy match must not swallow a neighbouring character the exact match leaves over);
    // then earliest. Each character is covered by at most one term.
    hits.sort_by(|a, b| {
        let (ta, tb) = (a.2.chars().count(), b.2.chars().count());
        tb.cmp(&ta)
            .then(b.4.cmp(&a.4))
            .then(a.0.cmp(&b.0))
            .then(b.3.cmp(&a.3))
    });
    let mut covered = vec![false; p.len()];
    let mut found: Vec<Found> = Vec::new();
    for (s, e, term, source, _) in hits {
        if covered[s..e].iter().any(|c| *c) {
            continue;
        }
        covered[s..e].iter_mut().for_each(|c| *c = true);
        found.push(Found { term, source });
    }
    let leftover = covered.iter().filter(|c| !**c).count();
    Evaluation {
        score: found.len() + leftover,
        found,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(terms: &[&str], source: Source) -> BannedList {
        let mut l = BannedList::new();
        for t in terms {
            l.add(t, source);
        }
        l
    }

    #[test]
    fn entras_documented_example() {
        // Organisation "Contoso", custom banned word "blank": the name, the word and two
        // more characters score 4 and are refused; one more character makes 5.
        let custom = list(&["blank"], Source::Custom);
        let e = evaluate("ContosoBlank12", &[&custom], &["Contoso"]);
        assert_eq!(e.score, 4, "{e:?}");
        assert!(!e.passes());
        let e = evaluate("ContosoBlank123", &[&custom], &["Contoso"]);
        assert_eq!(e.score, 5);
        assert!(e.passes());
    }

    #[test]
    fn common_passwords_with_substitutions_and_one_edit_are_caught() {
        let b = builtin();
        assert!(b.len() > 1500, "{}", b.len());
        for p in [
            "password",
            "P@ssw0rd",
            "Passw0rd1",
            "passwurd",
            "pasword",
            "passwords!",
            "Qwerty123",
        ] {
            let e = evaluate(p, &[b], &[]);
            assert!(!e.passes(), "{p} scored {}", e.score);
            assert!(
                e.found.iter().any(|f| f.source == Source::Common),
                "{p}: {e:?}"
            );
        }
        let e = evaluate("correct horse battery staple", &[b], &[]);
        assert!(e.passes(), "{e:?}");
        let e = evaluate("Blue-Otter-Harbor-42", &[b], &[]);
        assert!(e.passes(), "{e:?}");
    }

    #[test]
    fn names_are_banned_substrings() {
        let e = evaluate("MiaSteele2026", &[], &["Mia", "Steele", "Contoso"]);
        assert_eq!(
            e.found.len(),
            1,
            "Mia is too short to count; Steele counts: {e:?}"
        );
        assert_eq!(e.found[0].source, Source::Name);
        assert_eq!(e.score, 1 + 3 + 4);
    }

    #[test]
    fn matching_is_within_one_edit_exactly() {
        let l = list(&["dragonfly"], Source::Custom);
        for (p, hit) in [
            ("dragonfly", true),
            ("dragonfy", true),
            ("dragonflyy", true),
            ("dragomfly", true),
            ("drgonfy", false),
            ("xxdrag0nflyxx", true),
            ("dargonfly", false),
        ] {
            let e = evaluate(p, &[&l], &[]);
            assert_eq!(!e.found.is_empty(), hit, "{p}: {e:?}");
        }
        let short = list(&["blue"], Source::Custom);
        assert!(
            evaluate("blux", &[&short], &[]).found.is_empty(),
            "4-letter terms match exactly only"
        );
        assert_eq!(evaluate("myblue!", &[&short], &[]).found.len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn a_term_with_one_edit_inside_any_password_is_found(
            term in "[a-z]{5,12}",
            prefix in "[0-9#_ ]{0,4}",
            suffix in "[0-9#_ ]{0,4}",
            edit in 0usize..3,
            at in 0usize..5,
        ) {
            let l = list(&[&term], Source::Custom);
            let mut t: Vec<char> = term.chars().collect();
            let at = at.min(t.len() - 1);
            match edit {
                0 => t[at] = if t[at] == 'x' { 'y' } else { 'x' },
                1 => { t.remove(at); }
                _ => t.insert(at, 'q'),
            }
            let changed: String = t.into_iter().collect();
            let e = evaluate(&format!("{prefix}{changed}{suffix}"), &[&l], &[]);
            proptest::prop_assert!(e.found.iter().any(|f| f.term == term), "{} in {:?}", term, e);
        }

        #[test]
        fn the_score_counts_terms_and_leftovers(pw in "[a-z0-9]{0,30}") {
            let e = evaluate(&pw, &[builtin()], &[]);
            let covered: usize = e.found.iter().map(|f| f.term.chars().count()).sum();
            // Fuzzy matches may cover one character more or less than their term.
            proptest::prop_assert!(e.score >= e.found.len());
            proptest::prop_assert!(e.score <= pw.chars().count().max(1) + e.found.len());
            proptest::prop_assert!(covered <= pw.chars().count() + e.found.len());
        }
    }

    #[test]
    fn one_edit_agrees_with_a_plain_levenshtein() {
        fn lev(a: &[char], b: &[char]) -> usize {
            let mut prev: Vec<usize> = (0..=b.len()).collect();
            for (i, ca) in a.iter().enumerate() {
                let mut cur = vec![i + 1];
                for (j, cb) in b.iter().enumerate() {
                    cur.push(
                        (prev[j] + usize::from(ca != cb))
                            .min(prev[j + 1] + 1)
                            .min(cur[j] + 1),
                    );
                }
                prev = cur;
            }
            prev[b.len()]
        }
        let alphabet = ['a', 'b', 'c'];
        let mut seed: u64 = 7;
        for _ in 0..5000 {
            let mut next = || {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                seed >> 40
            };
            let (la, lb) = (next() % 6, next() % 6);
            let a: Vec<char> = (0..la).map(|_| alphabet[next() as usize % 3]).collect();
            let b: Vec<char> = (0..lb).map(|_| alphabet[next() as usize % 3]).collect();
            assert_eq!(within_one_edit(&a, &b), lev(&a, &b) <= 1, "{a:?} {b:?}");
        }
    }
}
