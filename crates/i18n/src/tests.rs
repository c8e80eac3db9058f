//! The catalogue test: every language has every message English has, and no other, with
//! the same attributes and the same placeholders; every file parses.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use time::macros::datetime;

use super::*;

/// Message or term id (`-term`), with `.attr` for attributes → the placeholders it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn vars_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_of_expression(expression, out);
        }
    }
}

fn vars_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            vars_of_inline(selector, out);
            for v in variants {
                vars_of_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => vars_of_inline(i, out),
    }
}

fn vars_of_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                vars_of_inline(p, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_of_expression(expression, out),
        _ => {}
    }
}

fn shape(lang: Lang, area: usize, src: &str) -> Shape {
    let res = fluent_syntax::parser::parse(src).unwrap_or_else(|(_, errors)| {
        panic!(
            "{}/{}.ftl doesn't parse: {errors:?}",
            lang.code(),
            AREAS[area]
        )
    });
    let mut out = Shape::new();
    for entry in &res.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(v) = value {
            vars_of_pattern(v, &mut vars);
        }
        assert!(
            out.insert(id.clone(), vars).is_none(),
            "{}/{}.ftl: {id} is defined twice",
            lang.code(),
            AREAS[area]
        );
        for a in attributes {
            let mut vars = BTreeSet::new();
            vars_of_pattern(&a.value, &mut vars);
            out.insert(format!("{id}.{}", a.id.name), vars);
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let mut problems = vec![];
    let english: Vec<Shape> = sources(Lang::En)
        .iter()
        .enumerate()
        .map(|(i, s)| shape(Lang::En, i, s))
        .collect();
    // No message is in two areas: one key, one text.
    let mut seen = BTreeMap::new();
    for (i, s) in english.iter().enumerate() {
        for k in s.keys() {
            if let Some(other) = seen.insert(k.clone(), AREAS[i]) {
                problems.push(format!(
                    "en: {k} is in both {other}.ftl and {}.ftl",
                    AREAS[i]
                ));
            }
        }
    }
    for lang in Lang::ALL.into_iter().skip(1) {
        for (i, src) in sources(lang).iter().enumerate() {
            let theirs = shape(lang, i, src);
            let file = format!("{}/{}.ftl", lang.code(), AREAS[i]);
            for (k, vars) in &english[i] {
                match theirs.get(k) {
                    None => problems.push(format!("{file}: {k} is missing")),
                    Some(v) if v != vars => {
                        problems.push(format!("{file}: {k} uses {v:?}, English uses {vars:?}"))
                    }
                    Some(_) => {}
                }
            }
            for k in theirs.keys().filter(|k| !english[i].contains_key(*k)) {
                problems.push(format!("{file}: {k} is not in English"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    // Placeholders filled with a string and a number, so selectors on either work.
    for lang in Lang::ALL {
        let b = &bundles()[lang.index()];
        for (i, src) in sources(lang).iter().enumerate() {
            for (k, vars) in shape(lang, i, src) {
                if k.starts_with('-') {
                    continue;
                }
                let (id, attr) = match k.split_once('.') {
                    Some((id, a)) => (id, Some(a)),
                    None => (k.as_str(), None),
                };
                let Some(msg) = b.get_message(id) else {
                    panic!("{}: {k} didn't load", lang.code());
                };
                let Some(pattern) = (match attr {
                    Some(a) => msg.get_attribute(a).map(|a| a.value()),
                    None => msg.value(),
                }) else {
                    continue;
                };
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(v.clone(), FluentValue::from(2));
                }
                let mut errors = vec![];
                let out = b.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {k}: {errors:?}", lang.code());
                assert!(!out.trim().is_empty(), "{}: {k} is empty", lang.code());
            }
        }
    }
}

#[test]
fn languages_are_chosen_by_accept_language_quality() {
    assert_eq!(Lang::negotiate("de-CH, de;q=0.9, en;q=0.8"), Some(Lang::De));
    assert_eq!(Lang::negotiate("ja, fr;q=0.5, en;q=0.3"), Some(Lang::Fr));
    assert_eq!(Lang::negotiate("en;q=0.2, ar;q=0.9"), Some(Lang::Ar));
    assert_eq!(Lang::negotiate("ja, zh"), None);
    assert_eq!(Lang::negotiate(""), None);
    assert_eq!(Lang::parse("ES-mx"), Some(Lang::Es));
    assert_eq!(Lang::parse("pt"), None);
}

#[test]
fn the_current_language_is_per_task_and_english_outside() {
    assert_eq!(current(), Lang::En);
    assert_eq!(with_lang(Lang::De, current), Lang::De);
    let de = with_lang(Lang::De, || t("lang-picker-label"));
    assert_ne!(de, t("lang-picker-label"), "German differs from English");
    assert_eq!(tr_in(Lang::Fr, "no-such-message", &[]), "no-such-message");
}

#[test]
fn dates_and_numbers_per_language() {
    let at = datetime!(2026-11-30 20:23:45 UTC);
    assert_eq!(format_datetime(Lang::En, at), "30 Nov 2026, 20:23 UTC");
    assert_eq!(format_datetime(Lang::De, at), "30.11.2026, 20:23 UTC");
    assert_eq!(format_datetime(Lang::Fr, at), "30/11/2026 20:23 UTC");
    assert_eq!(format_number(Lang::En, 1_234_567), "1,234,567");
    assert_eq!(format_number(Lang::De, 1_234_567), "1.234.567");
    assert_eq!(format_number(Lang::Fr, 12_345), "12\u{202F}345");
    assert_eq!(format_number(Lang::Es, 1234), "1234");
    assert_eq!(format_number(Lang::Es, 12_345), "12.345");
    assert_eq!(format_number(Lang::En, -1000), "-1,000");
}
