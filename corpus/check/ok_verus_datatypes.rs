//@ no-verify
// Ghost and tracked datatypes, `tracked` receivers, broadcast groups (also nested and
// used from another module), `assert` as a block's tail, `unsafe` blocks and `old(x,)`.
use vstd::prelude::*;

verus! {

pub ghost struct Region {
    pub base: nat,
    pub size: nat,
}

pub tracked struct Token {
    pub ghost id: int,
}

pub struct Node {
    pub next: Option<Box<Self>>,
}

pub ghost enum Shape {
    Empty,
    Span(Region),
}

impl Token {
    pub proof fn id_of(tracked &self) -> (r: int)
        ensures
            r == self.id,
    {
        self.id
    }

    pub proof fn bump(tracked &mut self)
        ensures
            self.id == old(self,).id + 1,
    {
        self.id = self.id + 1;
    }
}

pub open spec fn ends(r: Region) -> nat {
    r.base + r.size
}

pub broadcast proof fn lemma_ends_ge(r: Region)
    ensures
        #[trigger] ends(r) >= r.base,
{
}

pub broadcast proof fn lemma_ends_ge_size(r: Region)
    ensures
        #[trigger] ends(r) >= r.size,
{
}

pub struct Holder<T> {
    pub v: T,
}

impl<T> Holder<T> {
    pub open spec fn get(self) -> T {
        self.v
    }

    pub broadcast proof fn lemma_get(h: Holder<T>)
        ensures
            #[trigger] h.get() == h.v,
    {
    }
}

pub broadcast group region_lemmas {
    lemma_ends_ge,
    Holder::<_>::lemma_get,
}

pub broadcast group all_region_lemmas {
    region_lemmas,
    lemma_ends_ge_size,
}

mod user {
    use super::*;

    broadcast use super::all_region_lemmas;

    proof fn uses(r: Region) {
        assert(ends(r) >= r.base)
    }
}

// A module and a fn of the same name: modules and values are separate namespaces.
mod width {
    pub const BITS: u64 = 64;
}

spec fn width() -> u64 {
    width::BITS
}

proof fn uses_both() {
    assert(width() == width::BITS);
}

// The same, with the value brought in by a glob import.
mod sizes {
    pub open spec fn size_of_page() -> nat {
        4096
    }
}

mod size_of_page {
    pub const ALIGN: nat = 4096;
}

mod user_of_sizes {
    use super::sizes::*;
    use super::*;

    proof fn both() {
        assert(size_of_page() == size_of_page::ALIGN);
    }
}

fn add_one(x: u64) -> (r: u64)
    requires
        x < 100,
    ensures
        r == x + 1,
{
    let y = unsafe { x + 1 };
    proof {
        assert(y == x + 1)
    }
    y
}

fn main() {
}

} // verus!
