//! Charts drawn on the server as SVG: readable without JavaScript, and each one has a
//! table beside it for screen readers (the SVG is labelled, the table holds the numbers).

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Horizontal bars, one per (label, value, of-total); the bar shows value/total.
pub fn bars(id: &str, title: &str, rows: &[(String, u64, u64)]) -> String {
    let row_h = 28;
    let (w, label_w, bar_w) = (780, 270, 360);
    let h = row_h * rows.len().max(1) as i64 + 10;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="{id}-t"><title id="{id}-t">{}</title>"#,
        esc(title)
    );
    for (i, (label, value, total)) in rows.iter().enumerate() {
        let y = i as i64 * row_h + 5;
        let frac = if *total == 0 {
            0.0
        } else {
            *value as f64 / *total as f64
        };
        let len = (frac * f64::from(bar_w)).round() as i64;
        s.push_str(&format!(
            r##"<text x="0" y="{}" font-size="13" fill="#1b1b1b">{}</text><rect x="{label_w}" y="{y}" width="{bar_w}" height="18" fill="#edebe9"/><rect x="{label_w}" y="{y}" width="{len}" height="18" fill="#005a9e"/><text x="{}" y="{}" font-size="13" fill="#1b1b1b">{}</text>"##,
            y + 14,
            esc(label),
            label_w + bar_w + 8,
            y + 14,
            esc(&latchkey_i18n::tr(
                "admin-reports-bar",
                &[
                    ("value", value.to_string().into()),
                    ("total", total.to_string().into()),
                    ("percent", format!("{:.0}", frac * 100.0).into()),
                ]
            ))
        ));
    }
    s.push_str("</svg>");
    s
}

/// Stacked columns per day: (day, [succeeded, failed, blocked]).
pub fn days(id: &str, title: &str, rows: &[(String, [u64; 3])]) -> String {
    let (w, h, top, bottom) = (780i64, 220i64, 10i64, 30i64);
    let max = rows
        .iter()
        .map(|(_, v)| v.iter().sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let n = rows.len().max(1) as i64;
    let col = (w - 40) / n;
    let colors = ["#107c10", "#a4262c", "#595959"];
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="{id}-t"><title id="{id}-t">{}</title>"#,
        esc(title)
    );
    let plot = h - top - bottom;
    s.push_str(&format!(r##"<line x1="30" y1="{}" x2="{w}" y2="{}" stroke="#8a8886"/><text x="0" y="{}" font-size="11" fill="#1b1b1b">{max}</text>"##, h - bottom, h - bottom, top + 10));
    for (i, (day, v)) in rows.iter().enumerate() {
        let x = 34 + i as i64 * col;
        let mut y = h - bottom;
        for (k, count) in v.iter().enumerate() {
            let bh = (*count as f64 / max as f64 * plot as f64).round() as i64;
            if bh > 0 {
                y -= bh;
                s.push_str(&format!(
                    r#"<rect x="{x}" y="{y}" width="{}" height="{bh}" fill="{}"/>"#,
                    (col - 2).max(1),
                    colors[k]
                ));
            }
        }
        if rows.len() <= 14 || i % 5 == 0 {
            s.push_str(&format!(
                r##"<text x="{x}" y="{}" font-size="10" fill="#1b1b1b">{}</text>"##,
                h - bottom + 14,
                esc(day.get(5..).unwrap_or(day))
            ));
        }
    }
    s.push_str("</svg>");
    s
}

/// Columns per day of a share in percent (0 to 100): (day, percent). The axis is fixed
/// at 100 %, so days compare at a glance.
pub fn percent_days(id: &str, title: &str, rows: &[(String, u64)]) -> String {
    let (w, h, top, bottom) = (780i64, 200i64, 10i64, 30i64);
    let n = rows.len().max(1) as i64;
    let col = ((w - 40) / n).max(1);
    let plot = h - top - bottom;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="{id}-t"><title id="{id}-t">{}</title>"#,
        esc(title)
    );
    s.push_str(&format!(
        r##"<line x1="30" y1="{}" x2="{w}" y2="{}" stroke="#8a8886"/><text x="0" y="{}" font-size="11" fill="#1b1b1b">100%</text>"##,
        h - bottom,
        h - bottom,
        top + 10
    ));
    for (i, (day, pct)) in rows.iter().enumerate() {
        let x = 34 + i as i64 * col;
        let bh = ((*pct).min(100) as f64 / 100.0 * plot as f64).round() as i64;
        if bh > 0 {
            s.push_str(&format!(
                r##"<rect x="{x}" y="{}" width="{}" height="{bh}" fill="#005a9e"/>"##,
                h - bottom - bh,
                (col - 2).max(1)
            ));
        }
        if rows.len() <= 14 || i % 7 == 0 {
            s.push_str(&format!(
                r##"<text x="{x}" y="{}" font-size="10" fill="#1b1b1b">{}</text>"##,
                h - bottom + 14,
                esc(day.get(5..).unwrap_or(day))
            ));
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn bars_are_labelled_and_sized_by_share() {
        let svg = super::bars(
            "c",
            "Coverage <by method>",
            &[("Email".into(), 3, 4), ("App".into(), 0, 4)],
        );
        assert!(svg.contains(r#"role="img""#) && svg.contains("Coverage &lt;by method&gt;"));
        assert!(svg.contains(r#"width="270""#), "3 of 4 of 360 px: {svg}");
        assert!(svg.contains("3 of 4 (75%)") && svg.contains("0 of 4 (0%)"));
        let d = super::days(
            "d",
            "Resets",
            &[
                ("2026-11-01".into(), [2, 1, 0]),
                ("2026-11-02".into(), [0, 0, 0]),
            ],
        );
        assert!(d.contains("11-01") && d.matches("<rect").count() == 2);
        let p = super::percent_days(
            "p",
            "Coverage <over time>",
            &[("2026-11-01".into(), 50), ("2026-11-02".into(), 0)],
        );
        assert!(p.contains("Coverage &lt;over time&gt;") && p.contains("11-02"));
        assert!(p.contains(r#"height="80""#), "half of 160 px: {p}");
        assert_eq!(p.matches("<rect").count(), 1, "nothing drawn for 0 %");
    }
}
