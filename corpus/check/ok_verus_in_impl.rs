//@ no-verify
// `verus! { .. }` wrapped around members inside an impl (or a trait): they are the impl's
// members, found by method calls like any other.
use vstd::prelude::*;

verus! {

pub enum Outcome<V, E> {
    Done(V),
    Failed(V, E),
}

impl<V, E> Outcome<V, E> {
    verus! {
        pub open spec fn value(&self) -> V {
            match self {
                Outcome::Done(v) => *v,
                Outcome::Failed(v, _) => *v,
            }
        }

        pub open spec fn failed(&self) -> bool {
            self is Failed
        }
    }

    pub open spec fn done(&self) -> bool {
        !self.failed()
    }
}

spec fn value_of(o: Outcome<u64, bool>) -> u64 {
    if o.done() { o.value() } else { 0 }
}

fn main() {
}

} // verus!
