//@ no-verify
// An impl must match its trait: no requires of its own, the same modes, every bodiless member.
use vstd::prelude::*;

verus! {

pub struct S { pub x: u64 }

pub trait Tr {
    spec fn view_x(&self) -> int;
    fn get(&self) -> (r: u64)
        requires self.view_x() < 10,
        ensures r as int == self.view_x();
    proof fn lemma(&self);
    fn dflt(&self) -> u64 { 0 }
}

impl Tr for S { //~ ERROR not all trait items implemented, missing: `lemma`
    open spec fn view_x(&self) -> int { self.x as int }
    fn get(&self) -> (r: u64)
        requires self.x < 5, //~ ERROR trait method implementation cannot declare requires clauses
    {
        self.x
    }
    fn extra(&self) {} //~ ERROR method `extra` is not a member of trait `Tr`
}

pub struct T2 { pub y: u64 }

impl Tr for T2 {
    open spec fn view_x(&self) -> int { self.y as int }
    fn get(&self) -> (r: u64) { self.y }
    fn lemma(&self) {} //~ ERROR method `lemma` is exec here but proof in trait `Tr`
}

fn main() {}

} // verus!

pub struct Outside { pub z: u64 }

// an impl of a verified trait in plain Rust would be assumed to meet the trait's ensures
impl Tr for Outside { //~ ERROR an impl of the verified trait `Tr` outside verified code
    fn get(&self) -> u64 { 0 }
    fn lemma(&self) {}
}

verus! {

pub trait WithConst {
    const K: u64;
    const D: u64 = 3; //~ ERROR not supported: a default value for an associated const of a trait
}

pub struct C1;

impl WithConst for C1 { //~ ERROR not all trait items implemented, missing: `K`
    const D: u64 = 4;
    const Z: u64 = 1; //~ ERROR const `Z` is not a member of trait `WithConst`
}

fn through_bound<T: WithConst>() -> u64 {
    T::K //~ ERROR not supported: `T::K`
}

} // verus!
