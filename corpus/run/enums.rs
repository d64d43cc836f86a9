// match on enums, Option, `is`, guards, struct variants.
use vstd::prelude::*;

verus! {

pub enum Shape {
    Empty,
    Square(u64),
    Rect { w: u64, h: u64 },
}

pub enum Level {
    Low = 1,
    Mid,
    High = 10,
}

impl Shape {
    fn area(&self) -> u64 {
        match self {
            Shape::Empty => 0,
            Shape::Square(s) => s * s,
            Shape::Rect { w, h } => w * h,
        }
    }

    fn grow(&mut self) {
        match *self {
            Shape::Square(ref mut s) => { *s = *s + 1; },
            Shape::Rect { ref mut w, .. } => { *w = *w + 1; },
            _ => {},
        }
    }
}

fn classify(n: u64) -> u8 {
    match n {
        0 => 0,
        1 | 2 | 3 => 1,
        4..=9 => 2,
        x if x % 2 == 0 => 3,
        _ => 4,
    }
}

fn first_even(v: &Vec<u64>) -> Option<u64> {
    for i in 0..v.len() {
        if v[i] % 2 == 0 {
            return Some(v[i]);
        }
    }
    None
}

#[test]
fn ok_match() {
    let e = Shape::Empty;
    let s = Shape::Square(3);
    let mut r = Shape::Rect { w: 2, h: 5 };
    let (a0, a1, a2) = (e.area(), s.area(), r.area());
    assert(a0 == 0 && a1 == 9 && a2 == 10);
    r.grow();
    let a3 = r.area();
    assert(a3 == 15);
    assert(r is Rect);
    assert(!(s is Empty));
    let c = (classify(0), classify(2), classify(9), classify(12), classify(13));
    assert(c.0 == 0 && c.1 == 1 && c.2 == 2 && c.3 == 3 && c.4 == 4);
}

#[test]
fn ok_option() {
    let v = vec![1u64, 3, 8, 5];
    let f = first_even(&v);
    assert(f.is_some());
    assert(f.unwrap() == 8);
    let got = match f {
        Some(x) => x + 1,
        None => 0,
    };
    assert(got == 9);
    let w = vec![1u64];
    let g = first_even(&w);
    assert(g.is_none());
    let d = g.unwrap_or(7);
    assert(d == 7);
    let mut o = Some(4u64);
    match o {
        Some(ref mut x) => { *x = 5; },
        None => {},
    }
    assert(o == Some(5u64));
}

#[test]
fn fail_wrong_area() {
    let s = Shape::Square(4);
    let a = s.area();
    assert(a == 15);
}

} // verus!

// Plain Rust (not verified, so not annotated by the checker): the emulator runs it too.
#[test]
fn ok_discriminants_plain_rust() {
    let lo = Level::Low as u8;
    let hi = Level::High as u32;
    assert!(lo == 1 && Level::Mid as u8 == 2 && hi == 10);
    let sq = Shape::Square(7);
    let n = match sq {
        Shape::Square(k) if k > 5 => k - 5,
        _ => 0,
    };
    assert_eq!(n, 2);
}
