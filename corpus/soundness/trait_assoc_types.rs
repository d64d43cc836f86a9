// Associated types: `Self::X` is the trait's abstract type in the trait, the impl's
// `type X = T;` in an impl; members at a known type are the impl's, with its types.
use vstd::prelude::*;

verus! {

pub trait Mapping {
    type Key;
    type Val;

    spec fn get(&self, k: Self::Key) -> Option<Self::Val>;

    spec fn has(&self, k: Self::Key) -> bool;

    proof fn lemma_has(&self, k: Self::Key)
        requires self.has(k),
        ensures self.get(k).is_some();

    spec fn zero_key(&self) -> Self::Key;

    // it names no associated type, but its body's values are of them
    spec fn has_zero_key(&self) -> bool {
        self.has(self.zero_key())
    }

    // a default proof body over the abstract types
    proof fn lemma_has_twice(&self, k: Self::Key, j: Self::Key)
        requires self.has(k), self.has(j),
        ensures self.get(k).is_some() && self.get(j).is_some(),
    {
        self.lemma_has(k);
        self.lemma_has(j);
    }
}

pub struct Shift { pub base: int }

impl Mapping for Shift {
    type Key = u8;
    type Val = int;

    open spec fn get(&self, k: u8) -> Option<int> {
        if k < 100 { Some(self.base + k) } else { None }
    }

    open spec fn has(&self, k: Self::Key) -> bool {
        k < 100
    }

    proof fn lemma_has(&self, k: Self::Key) {}

    open spec fn zero_key(&self) -> u8 { 0 }
}

// at a known type: the impl's definitions at its types
proof fn known_false(s: Shift) {
    assert(s.get(3u8) == Some(s.base + 4)); //~ ERROR assertion failed
}
proof fn known_true(s: Shift) {
    assert(s.get(3u8) == Some(s.base + 3));
}

// the trait's lemma, as the impl proves it
proof fn lemma_false(s: Shift, k: u8)
    requires k < 50,
{
    s.lemma_has(k);
    assert(s.get(k).unwrap() == s.base); //~ ERROR assertion failed
}
proof fn lemma_true(s: Shift, k: u8)
    requires k < 50,
{
    s.lemma_has(k);
    assert(s.get(k).unwrap() == s.base + k);
}

// a default member over the trait's abstract types is not instantiated at the impl's
proof fn default_at_known_type(s: Shift) {
    s.lemma_has_twice(1, 2); //~ ERROR not supported: method `lemma_has_twice` of `Shift` (trait methods)
}

proof fn default_via_member(s: Shift) {
    assert(s.has_zero_key()); //~ ERROR not supported: method `has_zero_key` of `Shift` (trait methods)
}

// through a bound the members naming `Self::Key` are not reached (`T::Key` is not modelled)
proof fn through_bound<T: Mapping>(t: &T) -> bool {
    t.has(arbitrary()) //~ ERROR not supported: `has` of trait `Mapping` through a bound of `T` (it names the trait's associated types)
}

// each impl proves the trait's lemma at its own `Unit`: false for `bool`, true for `()`
pub trait Counter {
    type Unit;
    spec fn zero() -> Self::Unit;
    proof fn lemma_zero(x: Self::Unit)
        ensures x == Self::zero(); //~ ERROR postcondition not satisfied
}

pub struct C;
pub struct D;

impl Counter for C {
    type Unit = bool;
    open spec fn zero() -> bool { false }
    proof fn lemma_zero(x: bool) {} //~ NOTE at the end of the function body
}

impl Counter for D {
    type Unit = ();
    open spec fn zero() -> () { () }
    proof fn lemma_zero(x: ()) {}
}

fn main() {}

} // verus!
