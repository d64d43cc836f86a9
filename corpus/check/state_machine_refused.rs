//@ no-verify
// tokenized_state_machine!: what is outside the supported subset is refused at its place (the
// machine is then not made), and the macro's own errors are Verus's.
use vstd::prelude::*;

verus! {

tokenized_state_machine!(counter {
    fields {
        #[sharding(count)] //~ ERROR not supported: sharding strategy `count` in `tokenized_state_machine!`
        pub n: nat,
    }
});

tokenized_state_machine!(strategies {
    fields {
        #[sharding(bogus)] //~ ERROR unrecognized sharding strategy: 'bogus'
        pub n: nat,
    }
});

tokenized_state_machine!(shapes {
    fields {
        #[sharding(option)]
        pub n: nat, //~ ERROR type of a field with sharding strategy 'option' must be Option<_>
    }
});

tokenized_state_machine!(branches {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    transition!{
        tr(b: bool) {
            if b {
                add n += Some(1); //~ ERROR currently, 'add' statements are not supported inside conditionals
            }
        }
    }
});

tokenized_state_machine!(matches {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    transition!{
        tr(b: bool) {
            match b { //~ ERROR not supported: `match` in a state machine operation
                true => { require b; }
                false => { }
            }
        }
    }
});

tokenized_state_machine!(general {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    transition!{
        tr(x: Option<nat>) {
            add n += (x); //~ ERROR not supported: the general form `add n += (..)` in a state machine operation
        }
    }
});

tokenized_state_machine!(patterns {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    transition!{
        tr() {
            remove n -= Some(let x); //~ ERROR not supported: the pattern form `Some(let pat)` in a state machine operation
        }
    }
});

tokenized_state_machine!(readonly_ops {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    readonly!{
        ro() {
            add n += Some(1); //~ ERROR 'add' statement not allowed in readonly transition
        }
    }
});

tokenized_state_machine!(no_lemma { //~ ERROR missing inductiveness proofs for 1 transition(s)
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    #[invariant]
    pub fn small(&self) -> bool {
        self.n is Some ==> self.n->Some_0 < 5
    }

    init!{
        start() {
            init n = Option::None;
        }
    }

    #[inductive(start)]
    fn start_inductive(post: Self) { }

    transition!{
        set() {
            add n += Some(1);
        }
    }
});

tokenized_state_machine!(bad_params {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    #[invariant]
    pub fn small(&self) -> bool {
        true
    }

    init!{
        start(k: nat) {
            init n = Option::Some(k);
        }
    }

    #[inductive(start)]
    fn start_inductive(post: Self) { } //~ ERROR params for 'inductive' lemma should be: `post: Self, k: nat`
});

tokenized_state_machine!(bad_order {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    transition!{
        tr() {
            add n += Some(1);
            remove n -= Some(1); //~ ERROR updates for a field should always go in order 'remove -> have -> add'
        }
    }
});

tokenized_state_machine!(bad_birds_eye {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    transition!{
        tr() {
            birds_eye let x = pre.n;
            remove n -= Some(1); //~ ERROR 'remove' statements should not be in the scope of a `birds_eye` let-binding
        }
    }
});

tokenized_state_machine!(bad_read {
    fields {
        #[sharding(option)]
        pub n: Option<nat>,
    }

    transition!{
        tr() {
            require pre.n is Some; //~ ERROR A 'option' field cannot be directly referenced here
        }
    }
});

tokenized_state_machine!(bad_storage_op {
    fields {
        #[sharding(storage_option)]
        pub s: Option<u8>,
    }

    transition!{
        tr() {
            add s += Some(1); //~ ERROR 'add' statement not allowed for field with sharding strategy 'storage_option'
        }
    }
});

tokenized_state_machine!(bad_update {
    fields {
        #[sharding(option)]
        pub s: Option<u8>,
    }

    transition!{
        tr() {
            update s = Option::None; //~ ERROR 'update' statement not allowed for field with sharding strategy 'option'
        }
    }
});

tokenized_state_machine!(bad_guard {
    fields {
        #[sharding(storage_option)]
        pub s: Option<u8>,
    }

    transition!{
        tr() {
            guard s >= Some(1); //~ ERROR 'guard' statement only allowed in 'readonly' transition or 'property' definition
        }
    }
});

tokenized_state_machine!(helpers {
    fields {
        #[sharding(option)]
        pub s: Option<u8>,
    }

    pub open spec fn fine(&self) -> bool {
        self.s is None
    }

    pub proof fn forge() { //~ ERROR not supported: a `proof` or exec fn inside `tokenized_state_machine!`
    }
});

tokenized_state_machine!(
    #[verifier::reject_recursive_types(T)] //~ ERROR not supported: attributes on a `tokenized_state_machine!`
    attrs<T> {
    fields {
        #[sharding(option)]
        pub s: Option<T>,
    }
});

tokenized_state_machine!(labels {
    fields {
        #[sharding(option)]
        pub s: Option<u8>,
    }

    pub struct Label { pub x: u8 } //~ ERROR not supported: this item in `tokenized_state_machine!`
});

state_machine!(plain { //~ ERROR not supported: `state_machine!`
    fields {
        pub n: nat,
    }
});

fn uses_refused(i: counter::Instance) { //~ ERROR not supported
}

} // verus!
