// A generic fn used at a type over the caller's parameter of the same name (`T` at
// `Wrap<T>`, `Option<PointsTo<T>>`-like): the callee's `T` is the caller's `Wrap<T>`, once,
// never substituted again (that would make it `Wrap<Wrap<T>>`, or not end).
use vstd::prelude::*;

verus! {

pub struct Wrap<T> {
    pub v: T,
    pub n: nat,
}

pub open spec fn get<T>(w: Wrap<T>) -> T {
    w.v
}

pub open spec fn pair<T>(w: Wrap<T>) -> (Option<T>, nat) {
    (Some(w.v), w.n)
}

proof fn lemma_get<T>(w: Wrap<T>)
    ensures
        get(w) == w.v,
        pair(w).1 == w.n,
{
}

proof fn nested_true<T>(w: Wrap<Wrap<T>>) {
    lemma_get::<Wrap<T>>(w);
    assert(get(w) == w.v);
    assert(get(get(w)) == w.v.v);
    assert(pair(w).0 == Some(w.v));
    assert(pair(w).1 == w.n);
    assert(pair(get(w)).1 == w.v.n);
}

proof fn nested_false<T>(w: Wrap<Wrap<T>>, x: Wrap<T>) {
    lemma_get::<Wrap<T>>(w);
    assert(get(w) == x); //~ ERROR assertion failed
}

proof fn nested_false_count<T>(w: Wrap<Wrap<T>>) {
    assert(pair(w).1 == w.v.n); //~ ERROR assertion failed
}

fn main() {}

} // verus!
