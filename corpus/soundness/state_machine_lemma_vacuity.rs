// tokenized_state_machine!: an inductive lemma's assumptions (the invariant before, the
// transition's relation) are not contradictory: `assert(false)` still fails in the lemmas of
// init! and transition!, and in a client after the exchange fns it calls. (The assert(false)
// self-check cannot plant into these lemmas: the macro wraps their bodies.)
use vstd::prelude::*;

verus! {

tokenized_state_machine!(counter {
    fields {
        #[sharding(variable)]
        pub n: nat,

        #[sharding(constant)]
        pub cap: nat,
    }

    #[invariant]
    pub fn below(&self) -> bool {
        self.n <= self.cap
    }

    init!{
        start(cap: nat) {
            init n = 0;
            init cap = cap;
        }
    }

    #[inductive(start)]
    fn start_inductive(post: Self, cap: nat) {
        assert(false); //~ ERROR assertion failed
    }

    transition!{
        inc() {
            require pre.n < pre.cap;
            update n = pre.n + 1;
        }
    }

    #[inductive(inc)]
    fn inc_inductive(pre: Self, post: Self) {
        assert(post.n <= post.cap);
        assert(false); //~ ERROR assertion failed
    }
});

proof fn client() {
    let tracked (Tracked(inst), Tracked(n)) = counter::Instance::start(1);
    let tracked mut n = n;
    inst.inc(&mut n);
    assert(n.value() == 1);
    assert(false); //~ ERROR assertion failed
}

fn main() {}

} // verus!
