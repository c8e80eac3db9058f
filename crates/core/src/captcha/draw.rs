//! The picture: six characters drawn as SVG strokes from a small built-in stroke font,
//! each glyph rotated, scaled, sheared and wobbled, among noise curves and dots.

use std::fmt::Write as _;

use rand::Rng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use super::{HEIGHT, IMAGE_CHARS, WIDTH};

/// Glyphs on a 4 x 6 grid (y down), as polylines.
pub(super) fn glyph(c: u8) -> &'static [&'static [(f32, f32)]] {
    match c {
        b'A' => &[
            &[(0.0, 6.0), (2.0, 0.0), (4.0, 6.0)],
            &[(0.8, 3.8), (3.2, 3.8)],
        ],
        b'C' => &[&[
            (4.0, 1.0),
            (3.0, 0.0),
            (1.0, 0.0),
            (0.0, 1.5),
            (0.0, 4.5),
            (1.0, 6.0),
            (3.0, 6.0),
            (4.0, 5.0),
        ]],
        b'D' => &[&[
            (0.0, 0.0),
            (0.0, 6.0),
            (2.5, 6.0),
            (4.0, 4.5),
            (4.0, 1.5),
            (2.5, 0.0),
            (0.0, 0.0),
        ]],
        b'E' => &[
            &[(4.0, 0.0), (0.0, 0.0), (0.0, 6.0), (4.0, 6.0)],
            &[(0.0, 3.0), (3.0, 3.0)],
        ],
        b'F' => &[
            &[(4.0, 0.0), (0.0, 0.0), (0.0, 6.0)],
            &[(0.0, 3.0), (3.0, 3.0)],
        ],
        b'H' => &[
            &[(0.0, 0.0), (0.0, 6.0)],
            &[(4.0, 0.0), (4.0, 6.0)],
            &[(0.0, 3.0), (4.0, 3.0)],
        ],
        b'J' => &[
            &[(1.0, 0.0), (4.0, 0.0)],
            &[(3.0, 0.0), (3.0, 5.0), (2.0, 6.0), (1.0, 6.0), (0.0, 5.0)],
        ],
        b'K' => &[
            &[(0.0, 0.0), (0.0, 6.0)],
            &[(4.0, 0.0), (0.0, 3.6)],
            &[(1.3, 2.5), (4.0, 6.0)],
        ],
        b'L' => &[&[(0.0, 0.0), (0.0, 6.0), (4.0, 6.0)]],
        b'M' => &[&[(0.0, 6.0), (0.0, 0.0), (2.0, 3.5), (4.0, 0.0), (4.0, 6.0)]],
        b'N' => &[&[(0.0, 6.0), (0.0, 0.0), (4.0, 6.0), (4.0, 0.0)]],
        b'P' => &[&[
            (0.0, 6.0),
            (0.0, 0.0),
            (3.0, 0.0),
            (4.0, 1.0),
            (4.0, 2.2),
            (3.0, 3.2),
            (0.0, 3.2),
        ]],
        b'R' => &[
            &[
                (0.0, 6.0),
                (0.0, 0.0),
                (3.0, 0.0),
                (4.0, 1.0),
                (4.0, 2.2),
                (3.0, 3.2),
                (0.0, 3.2),
            ],
            &[(2.0, 3.2), (4.0, 6.0)],
        ],
        b'T' => &[&[(0.0, 0.0), (4.0, 0.0)], &[(2.0, 0.0), (2.0, 6.0)]],
        b'U' => &[&[
            (0.0, 0.0),
            (0.0, 4.8),
            (1.0, 6.0),
            (3.0, 6.0),
            (4.0, 4.8),
            (4.0, 0.0),
        ]],
        b'W' => &[&[(0.0, 0.0), (1.0, 6.0), (2.0, 2.5), (3.0, 6.0), (4.0, 0.0)]],
        b'X' => &[&[(0.0, 0.0), (4.0, 6.0)], &[(4.0, 0.0), (0.0, 6.0)]],
        b'Y' => &[
            &[(0.0, 0.0), (2.0, 3.0), (4.0, 0.0)],
            &[(2.0, 3.0), (2.0, 6.0)],
        ],
        b'2' => &[&[
            (0.0, 1.2),
            (1.0, 0.0),
            (3.0, 0.0),
            (4.0, 1.2),
            (4.0, 2.3),
            (0.0, 6.0),
            (4.0, 6.0),
        ]],
        b'3' => &[
            &[
                (0.0, 0.8),
                (1.0, 0.0),
                (3.0, 0.0),
                (4.0, 1.0),
                (4.0, 2.0),
                (3.0, 3.0),
                (1.5, 3.0),
            ],
            &[
                (3.0, 3.0),
                (4.0, 4.0),
                (4.0, 5.0),
                (3.0, 6.0),
                (1.0, 6.0),
                (0.0, 5.2),
            ],
        ],
        b'6' => &[&[
            (3.8, 0.5),
            (3.0, 0.0),
            (1.0, 0.0),
            (0.0, 1.5),
            (0.0, 5.0),
            (1.0, 6.0),
            (3.0, 6.0),
            (4.0, 5.0),
            (4.0, 4.0),
            (3.0, 3.0),
            (1.0, 3.0),
            (0.0, 4.0),
        ]],
        b'7' => &[&[(0.0, 0.0), (4.0, 0.0), (1.5, 6.0)]],
        b'9' => &[&[
            (4.0, 2.0),
            (3.0, 3.0),
            (1.0, 3.0),
            (0.0, 2.0),
            (0.0, 1.0),
            (1.0, 0.0),
            (3.0, 0.0),
            (4.0, 1.0),
            (4.0, 4.5),
            (3.0, 6.0),
            (1.0, 6.0),
            (0.2, 5.5),
        ]],
        _ => &[],
    }
}

const INK: &[&str] = &[
    "#1f2937", "#1e3a8a", "#7c2d12", "#14532d", "#4c1d95", "#831843", "#0f172a", "#3f3f46",
];

pub(super) fn draw(text: &str, rng: &mut StdRng) -> String {
    let (w, h) = (WIDTH as f32, HEIGHT as f32);
    let mut elements: Vec<String> = Vec::new();

    let cell = (w - 24.0) / IMAGE_CHARS as f32;
    for (i, c) in text.bytes().enumerate() {
        let scale = rng.gen_range(4.8..6.0_f32);
        let angle = rng.gen_range(-0.42..0.42_f32);
        let shear = rng.gen_range(-0.2..0.2_f32);
        let cx = 12.0 + cell * (i as f32 + 0.5) + rng.gen_range(-3.0..3.0_f32);
        let cy = h / 2.0 + rng.gen_range(-6.0..6.0_f32);
        let (sin, cos) = angle.sin_cos();
        let width = rng.gen_range(2.6..3.6_f32);
        let ink = INK[rng.gen_range(0..INK.len())];
        for stroke in glyph(c) {
            let points: Vec<(f32, f32)> = stroke
                .iter()
                .map(|&(x, y)| {
                    let x = (x - 2.0 + rng.gen_range(-0.18..0.18_f32)) * scale;
                    let y = (y - 3.0 + rng.gen_range(-0.18..0.18_f32)) * scale;
                    let x = x + shear * y;
                    (cx + x * cos - y * sin, cy + x * sin + y * cos)
                })
                .collect();
            elements.push(stroke_path(&points, width, ink, rng));
        }
    }

    // Noise curves across the whole image, in the same inks.
    for _ in 0..rng.gen_range(3..=5) {
        let y = |rng: &mut StdRng| rng.gen_range(6.0..h - 6.0);
        let mut d = String::new();
        let _ = write!(
            d,
            "M{:.1} {:.1}C{:.1} {:.1} {:.1} {:.1} {:.1} {:.1}",
            rng.gen_range(-5.0..20.0_f32),
            y(rng),
            rng.gen_range(40.0..90.0_f32),
            rng.gen_range(-20.0..h + 20.0),
            rng.gen_range(110.0..160.0_f32),
            rng.gen_range(-20.0..h + 20.0),
            rng.gen_range(180.0..w + 5.0),
            y(rng),
        );
        elements.push(format!(
            r#"<path d="{d}" fill="none" stroke="{}" stroke-width="{:.1}" stroke-linecap="round"/>"#,
            INK[rng.gen_range(0..INK.len())],
            rng.gen_range(0.8..1.6_f32),
        ));
    }
    // Short stray strokes.
    for _ in 0..rng.gen_range(3..=5) {
        let x = rng.gen_range(5.0..w - 5.0);
        let y = rng.gen_range(5.0..h - 5.0);
        let points = [
            (x, y),
            (
                x + rng.gen_range(-12.0..12.0_f32),
                y + rng.gen_range(-12.0..12.0_f32),
            ),
        ];
        let width = rng.gen_range(0.8..1.6_f32);
        let ink = INK[rng.gen_range(0..INK.len())];
        elements.push(stroke_path(&points, width, ink, rng));
    }
    // Dots.
    for _ in 0..rng.gen_range(35..=50) {
        elements.push(format!(
            r#"<circle cx="{:.1}" cy="{:.1}" r="{:.1}" fill="{}"/>"#,
            rng.gen_range(0.0..w),
            rng.gen_range(0.0..h),
            rng.gen_range(0.6..1.8_f32),
            INK[rng.gen_range(0..INK.len())],
        ));
    }
    // The document order says nothing about which stroke belongs where.
    elements.shuffle(rng);

    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="CAPTCHA image"><title>CAPTCHA image</title><rect width="{WIDTH}" height="{HEIGHT}" fill="#f6f4ee"/>"##
    );
    for e in elements {
        svg.push_str(&e);
    }
    svg.push_str("</svg>");
    svg
}

/// A polyline drawn with slightly bowed segments, so no two renderings of a
/// glyph are the same shape.
fn stroke_path(points: &[(f32, f32)], width: f32, ink: &str, rng: &mut StdRng) -> String {
    let mut d = String::new();
    if let Some(&(x, y)) = points.first() {
        let _ = write!(d, "M{x:.1} {y:.1}");
    }
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let (dx, dy) = (x1 - x0, y1 - y0);
        let bow = rng.gen_range(-0.12..0.12_f32);
        let (qx, qy) = ((x0 + x1) / 2.0 - dy * bow, (y0 + y1) / 2.0 + dx * bow);
        let _ = write!(d, "Q{qx:.1} {qy:.1} {x1:.1} {y1:.1}");
    }
    format!(
        r#"<path d="{d}" fill="none" stroke="{ink}" stroke-width="{width:.1}" stroke-linecap="round" stroke-linejoin="round"/>"#
    )
}
