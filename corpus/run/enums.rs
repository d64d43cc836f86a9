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
            Shape::Square(s) => *s * *s,
            Shape::Rect { w, h } => *w * *h,
        }
    }

    fn grow(&mut self) {
        match self {
            Shape::Square(s) => { *s = *s + 1; },
            Shape::Rect { w, .. } => { *w = *w + 1; },
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
    assert(e.area() == 0);
    assert(s.area() == 9);
    assert(r.area() == 10);
    r.grow();
    assert(r.area() == 15);
    assert(r is Rect);
    assert(!(s is Empty));
    assert(classify(0) == 0 && classify(2) == 1 && classify(9) == 2);
    assert(classify(12) == 3 && classify(13) == 4);
    assert(Level::Low as u8 == 1 && Level::Mid as u8 == 2 && Level::High as u8 == 10);
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
    assert(first_even(&w).is_none());
    assert(first_even(&w).unwrap_or(7) == 7);
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
    assert(s.area() == 15);
}

} // verus!
