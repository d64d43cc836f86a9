// &mut through calls, fields and methods; struct update.
use vstd::prelude::*;

verus! {

pub struct Point {
    pub x: u64,
    pub y: u64,
}

pub struct Pair {
    pub a: Point,
    pub b: Point,
    pub tag: u8,
}

fn bump(v: &mut u64) {
    *v = *v + 1;
}

fn swap(a: &mut u64, b: &mut u64) {
    let t = *a;
    *a = *b;
    *b = t;
}

impl Point {
    fn new(x: u64, y: u64) -> Point {
        Point { x, y }
    }

    fn sum(&self) -> u64 {
        self.x + self.y
    }

    fn shift(&mut self, d: u64) {
        self.x = self.x + d;
        bump(&mut self.y);
    }

    fn into_x(self) -> u64 {
        self.x
    }
}

fn shift_pair(p: &mut Pair) {
    p.a.shift(1);
    p.b.shift(10);
}

#[test]
fn ok_mut_params() {
    let mut n: u64 = 5;
    bump(&mut n);
    bump(&mut n);
    assert(n == 7);
    let mut a: u64 = 1;
    let mut b: u64 = 2;
    swap(&mut a, &mut b);
    assert(a == 2 && b == 1);
}

#[test]
fn ok_fields_and_methods() {
    let mut p = Point::new(1, 2);
    let s = p.sum();
    assert(s == 3);
    p.shift(5);
    assert(p.x == 6);
    assert(p.y == 3);
    bump(&mut p.x);
    assert(p.x == 7);
    let mut pair = Pair { a: Point::new(0, 0), b: Point { x: 5, ..p }, tag: 1 };
    assert(pair.b.y == 3);
    shift_pair(&mut pair);
    assert(pair.a.x == 1 && pair.a.y == 1);
    assert(pair.b.x == 15 && pair.b.y == 4);
    let bx = pair.b.into_x();
    assert(bx == 15);
}

#[test]
fn ok_copies_are_independent() {
    let p = Point::new(1, 1);
    let mut q = Point { ..p };
    q.x = 9;
    assert(p.x == 1);
    assert(q.x == 9);
    let t = (1u8, 2u8);
    let mut u = t;
    u.0 = 7;
    assert(t.0 == 1 && u.0 == 7);
}

#[test]
fn fail_overflow_through_ref() {
    let mut n: u64 = u64::MAX;
    bump(&mut n);
}

} // verus!
