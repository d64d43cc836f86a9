// Trait impls of the crate for tuple, array and reference types: method calls, `<T as Tr>::m`
// and uses through a bound at a known type mean the impl's members, at each instantiation.
use vstd::prelude::*;

verus! {

pub trait CountTrait {
    spec fn count(&self) -> nat;
}

impl<T> CountTrait for (T, nat) {
    open spec fn count(&self) -> nat { self.1 }
}

impl<T> CountTrait for (T, bool) {
    open spec fn count(&self) -> nat { if self.1 { 1 } else { 0 } }
}

impl CountTrait for [u8; 2] {
    open spec fn count(&self) -> nat { (self[0] + self[1]) as nat }
}

pub open spec fn total<T: CountTrait>(a: T, b: T) -> nat {
    a.count() + b.count()
}

proof fn through_bound_true(x: Option<u8>, n: nat, m: nat) {
    assert(total((x, n), (x, m)) == n + m);
    assert(total((3u8, true), (4u8, false)) == 1);
}

proof fn through_bound_false(x: Option<u8>, n: nat, m: nat) {
    assert(total((x, n), (x, m)) == n + m + 1); //~ ERROR assertion failed
}

// a claim about another instantiation's count
proof fn other_instantiation_true(x: Option<u8>) {
    assert(total((x, true), (x, true)) == 2);
}

proof fn other_instantiation_false(x: Option<u8>) {
    assert(total((x, true), (x, true)) == 1); //~ ERROR assertion failed
}

proof fn methods_true(x: u8, n: nat) {
    assert((x, n).count() == n);
    assert((x, false).count() == 0);
    assert(<(u8, nat) as CountTrait>::count(&(x, n)) == n);
    let a: [u8; 2] = [1u8, 2u8];
    assert(a.count() == 3);
}

proof fn methods_false(x: u8, n: nat) {
    assert((x, n).count() == n + 1); //~ ERROR assertion failed
}

proof fn array_true() {
    let a: [u8; 2] = [1u8, 2u8];
    assert(a.count() == 3);
}

proof fn array_false() {
    let a: [u8; 2] = [1u8, 2u8];
    assert(a.count() == 4); //~ ERROR assertion failed
}

// an exec member of a tuple impl is verified against the trait's ensures, and callers use them
pub trait Pick {
    spec fn picked(&self) -> int;
    fn pick(&self) -> (r: u64)
        ensures r as int == self.picked(); //~ ERROR postcondition not satisfied
}

impl Pick for (u64, u64) {
    open spec fn picked(&self) -> int { if self.0 >= self.1 { self.0 as int } else { self.1 as int } }
    fn pick(&self) -> (r: u64) {
        if self.0 >= self.1 { self.0 } else { self.1 }
    }
}

// (wrong when the flag is false: the trait's ensures, at the trait's clause, fails for this impl)
impl Pick for (u64, bool) {
    open spec fn picked(&self) -> int { self.0 as int }
    fn pick(&self) -> (r: u64) {
        if self.1 { self.0 } else { 0 }
    }
}

fn pick_twice<P: Pick>(p: &P) -> (r: u64)
    requires p.picked() < 100,
    ensures r == 2 * p.picked(),
{
    let x = p.pick();
    x + x
}

fn use_pick_true() {
    let p = (3u64, 7u64);
    let a = p.pick();
    assert(a == 7);
    let r = pick_twice(&p);
    assert(r == 14);
}

fn use_pick_false() {
    let p = (3u64, 7u64);
    let r = pick_twice(&p);
    assert(r == 6); //~ ERROR assertion failed
}

fn main() {}

} // verus!
