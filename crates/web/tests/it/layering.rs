//! The layering of `crates/web` as `docs/architecture.md` draws it, checked on the
//! sources: the top-level modules import each other without a circle, the shared modules
//! (state, layout, cookies, extractors, errors, services) import nothing from `pages/` or
//! `api/`, and no source file is over 800 lines (its unit tests aside).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Top-level module of `crates/web/src` → the top-level modules it names as `crate::x`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in files {
        let rel = f.strip_prefix(&src).expect("prefix");
        let first = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("")
            .trim_end_matches(".rs")
            .to_owned();
        // Code only: a doc link to another module is not an import.
        let text: String = std::fs::read_to_string(&f)
            .expect("read")
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let deps = g.entry(first.clone()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let name: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !name.is_empty() && name != first {
                deps.insert(name);
            }
        }
    }
    g
}

#[test]
fn no_import_circle_between_modules() {
    let g = graph();
    // Depth-first search for a back edge.
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut cycle = path[i..].to_vec();
            cycle.push(n.to_owned());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_owned());
        for d in g.get(n).into_iter().flatten() {
            if g.contains_key(d)
                && let Some(c) = visit(d, g, path, done)
            {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for n in g.keys() {
        if let Some(c) = visit(n, &g, &mut Vec::new(), &mut done) {
            panic!("import circle: {}", c.join(" → "));
        }
    }
}

#[test]
fn shared_modules_import_nothing_from_pages_or_api() {
    let g = graph();
    for (m, deps) in &g {
        if matches!(m.as_str(), "pages" | "api" | "router" | "lib") {
            continue;
        }
        for adapter in ["pages", "api", "router"] {
            assert!(
                !deps.contains(adapter),
                "{m} imports crate::{adapter}: shared code must not depend on an adapter"
            );
        }
    }
}

#[test]
fn no_source_file_over_800_lines() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crates")
        .to_path_buf();
    let mut files = Vec::new();
    for c in ["core", "store", "notify", "web", "latchkey"] {
        rust_files(&crates.join(c).join("src"), &mut files);
    }
    let mut long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let text = std::fs::read_to_string(f).ok()?;
            // Unit tests at the end of a file don't count.
            let code = text.split("\n#[cfg(test)]\nmod tests").next().unwrap_or("");
            let n = code.lines().count();
            (n > 800).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    long.sort();
    assert!(long.is_empty(), "split these: {long:?}");
}
