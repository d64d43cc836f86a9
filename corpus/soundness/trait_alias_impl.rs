// A trait impl for a type alias to an instantiated generic type (`type W8 = Wrap<u8>`,
// as svsm's `impl ValidPageInfo for PInfoPerm`): its members are Wrap<u8>'s, their
// definitions known at that type.
use vstd::prelude::*;

verus! {

pub struct Wrap<T> { pub v: T }

type W8 = Wrap<u8>;

trait Info {
    spec fn small(&self) -> bool;
    spec fn val(&self) -> int;
    proof fn lemma_small(&self)
        requires self.small(),
        ensures self.val() < 10; //~ ERROR postcondition not satisfied
}

impl Info for W8 {
    open spec fn small(&self) -> bool { self.v < 10 }
    open spec fn val(&self) -> int { self.v as int }
    proof fn lemma_small(&self) {}
}

proof fn known_false(w: Wrap<u8>)
    requires w.small(),
{
    assert(w.val() < 9); //~ ERROR assertion failed
}
proof fn known_true(w: Wrap<u8>)
    requires w.small(),
{
    assert(w.val() < 10);
}

proof fn lemma_false(w: W8)
    requires w.small(),
{
    w.lemma_small();
    assert(w.val() < 5); //~ ERROR assertion failed
}
proof fn lemma_true(w: W8)
    requires w.small(),
{
    w.lemma_small();
    assert(w.val() <= 9);
}

// impls for two instantiations of one type: a call picks the receiver's
type W16 = Wrap<u16>;

impl Info for W16 {
    open spec fn small(&self) -> bool { self.v < 1000 }
    open spec fn val(&self) -> int { 2 * self.v }
    // (small at 5..999 is not val < 10 here)
    proof fn lemma_small(&self) {} //~ NOTE at the end of the function body
}

proof fn two_false(a: Wrap<u8>, b: Wrap<u16>)
    requires a.v == 5, b.v == 5,
{
    assert(a.val() == b.val()); //~ ERROR assertion failed
}
proof fn two_true(a: Wrap<u8>, b: Wrap<u16>)
    requires a.v == 5, b.v == 5,
{
    assert(a.val() == 5 && b.val() == 10);
    assert(a.small() && b.small());
}

fn main() {}

} // verus!
