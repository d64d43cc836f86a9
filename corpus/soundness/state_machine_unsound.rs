// tokenized_state_machine!: the exchange functions are trusted, so every invariant must be
// proved inductive and every safety condition proved; tokens of another instance, or forged
// ones, are refused.
use vstd::prelude::*;

verus! {

tokenized_state_machine!(bounded {
    fields {
        #[sharding(option)]
        pub slot: Option<nat>,

        #[sharding(map)]
        pub marks: Map<nat, bool>,

        #[sharding(storage_option)]
        pub stash: Option<u8>,

        #[sharding(constant)]
        pub bound: nat,
    }

    #[invariant]
    pub fn slot_below_bound(&self) -> bool {
        self.slot is Some ==> self.slot->Some_0 < self.bound
    }

    #[invariant]
    pub fn marks_below_bound(&self) -> bool {
        forall |n: nat| #[trigger] self.marks.dom().contains(n) ==> n < self.bound
    }

    #[invariant]
    pub fn stash_small(&self) -> bool {
        self.stash is Some ==> self.stash->Some_0 < 10
    }

    init!{
        initialize(bound: nat) {
            init slot = Option::Some(bound); // breaks slot_below_bound
            init marks = Map::empty();
            init stash = Option::None;
            init bound = bound;
        }
    }

    #[inductive(initialize)]
    fn initialize_inductive(post: Self, bound: nat) { } //~ ERROR could not show invariant `slot_below_bound` on the `post` state

    init!{
        initialize_ok(bound: nat) {
            require bound > 0;
            init slot = Option::Some(0);
            init marks = Map::empty();
            init stash = Option::None;
            init bound = bound;
        }
    }

    #[inductive(initialize_ok)]
    fn initialize_ok_inductive(post: Self, bound: nat) { }

    // the `require n < pre.bound` is missing: the invariant breaks
    transition!{
        refill(n: nat) {
            remove slot -= Some(n);
            add slot += Some(n + 1);
        }
    }

    #[inductive(refill)]
    fn refill_inductive(pre: Self, post: Self, n: nat) { } //~ ERROR could not show invariant `slot_below_bound` on the `post` state

    transition!{
        refill_ok(n: nat) {
            remove slot -= Some(n);
            require n + 1 < pre.bound;
            add slot += Some(n + 1);
        }
    }

    #[inductive(refill_ok)]
    fn refill_ok_inductive(pre: Self, post: Self, n: nat) { }

    // a second token for a key that may already have one
    transition!{
        mark(n: nat) {
            require n < pre.bound;
            add marks += [n => true]; //~ ERROR unable to prove inherent safety condition: the given key must be absent from the map before the update
        }
    }

    #[inductive(mark)]
    fn mark_inductive(pre: Self, post: Self, n: nat) { }

    transition!{
        put(v: u8) {
            require v < 20;
            deposit stash += Some(v); //~ ERROR unable to prove inherent safety condition: to deposit a value into Some(_), the field must be None before the deposit
        }
    }

    #[inductive(put)]
    fn put_inductive(pre: Self, post: Self, v: u8) { } //~ ERROR could not show invariant `stash_small` on the `post` state

    transition!{
        get(v: u8) {
            withdraw stash -= Some(v); //~ ERROR precondition not satisfied
        }
    }

    #[inductive(get)]
    fn get_inductive(pre: Self, post: Self, v: u8) { }

    property!{
        peek(v: u8) {
            guard stash >= Some(v); //~ ERROR unable to prove inherent safety condition: the value being guarded must be stored
        }
    }

    property!{
        slot_small(n: nat) {
            have slot >= Some(n);
            assert n < pre.bound;
        }
    }

    readonly!{
        slot_tiny_ro(n: nat) {
            have slot >= Some(n);
            assert n < 1; //~ ERROR unable to prove assertion safety condition
        }
    }

    property!{
        slot_tiny(n: nat) {
            have slot >= Some(n);
            assert n < 1; //~ ERROR unable to prove assertion safety condition
        }
    }
});

proof fn use_ok(tracked o: Option<bounded::slot>, tracked i: bounded::Instance)
    requires
        o is Some,
        o->Some_0.instance_id() == i.id(),
{
    let tracked s = o.tracked_unwrap();
    i.slot_small(s.value(), &s);
    assert(s.value() < i.bound());
}

proof fn use_wrong_instance(tracked o: Option<bounded::slot>, tracked i: bounded::Instance, j: bounded::Instance)
    requires
        o is Some,
        o->Some_0.instance_id() == j.id(),
{
    let tracked s = o.tracked_unwrap();
    i.slot_small(s.value(), &s); //~ ERROR precondition not satisfied
}

proof fn use_wrong_value(tracked o: Option<bounded::slot>, tracked i: bounded::Instance)
    requires
        o is Some,
        o->Some_0.instance_id() == i.id(),
{
    let tracked s = o.tracked_unwrap();
    i.slot_small(3, &s); //~ ERROR precondition not satisfied
}

proof fn use_twice(tracked o: Option<bounded::slot>, tracked i: bounded::Instance)
    requires
        o is Some,
        o->Some_0.instance_id() == i.id(),
        o->Some_0.value() + 2 < i.bound(),
{
    let tracked s = o.tracked_unwrap();
    let v = s.value();
    let tracked s2 = i.refill_ok(v, s);
    let tracked s3 = i.refill_ok(v, s); //~ ERROR use of moved value: `s`
}

proof fn forge(i: bounded::Instance) -> (tracked s: bounded::slot) {
    bounded::slot { unforgeable: None } //~ ERROR field `unforgeable` of struct `slot` is private
}

tokenized_state_machine!(counter {
    fields {
        #[sharding(variable)]
        pub n: nat,

        #[sharding(variable)]
        pub hi: nat,
    }

    #[invariant]
    pub fn below(&self) -> bool {
        self.n <= self.hi
    }

    init!{
        start() {
            init n = 0;
            init hi = 0;
        }
    }

    #[inductive(start)]
    fn start_inductive(post: Self) { }

    // no `require pre.n < pre.hi`
    transition!{
        inc() {
            update n = pre.n + 1;
        }
    }

    #[inductive(inc)]
    fn inc_inductive(pre: Self, post: Self) { } //~ ERROR could not show invariant `below` on the `post` state

    transition!{
        inc_ok() {
            require pre.n < pre.hi;
            update n = pre.n + 1;
        }
    }

    #[inductive(inc_ok)]
    fn inc_ok_inductive(pre: Self, post: Self) { }
});

proof fn counter_client() {
    let tracked (Tracked(inst), Tracked(n), Tracked(hi)) = counter::Instance::start();
    let tracked mut n = n;
    inst.inc_ok(&mut n, &hi); //~ ERROR precondition not satisfied
}

proof fn counter_other_instance(tracked hi2: counter::hi)
    requires
        hi2.value() > 0,
{
    let tracked (Tracked(inst), Tracked(n), Tracked(hi)) = counter::Instance::start();
    let tracked mut n = n;
    inst.inc_ok(&mut n, &hi2); //~ ERROR precondition not satisfied
}

// the machine's own lemmas cannot forge its tokens either
tokenized_state_machine!(forger {
    fields {
        #[sharding(option)]
        pub s: Option<u8>,
    }

    #[invariant]
    pub fn trivial(&self) -> bool {
        true
    }

    init!{
        start() {
            init s = Option::None;
        }
    }

    #[inductive(start)]
    fn start_inductive(post: Self) {
        let tracked i = Instance { unforgeable: None }; //~ ERROR field `unforgeable` of struct `Instance` is private
    }
});

tokenized_state_machine!(registry {
    fields {
        #[sharding(imap)]
        pub owner: IMap<int, Option<nat>>,
    }

    init!{
        start() {
            init owner = IMap::new(|k: int| true, |k: int| Option::<nat>::None);
        }
    }

    // every key already has its token: a second one cannot be made
    transition!{
        claim_again(k: int, who: nat) {
            add owner += [k => Option::Some(who)]; //~ ERROR unable to prove inherent safety condition: the given key must be absent from the imap before the update
        }
    }
});

tokenized_state_machine!(toggle {
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
    fn start_inductive(post: Self, cap: nat) { }

    // the bound is checked on one branch only
    transition!{
        step(b: bool) {
            if b {
                require pre.n < pre.cap;
                update n = pre.n + 1;
            } else {
                update n = pre.n + 2;
            }
        }
    }

    #[inductive(step)]
    fn step_inductive(pre: Self, post: Self, b: bool) { } //~ ERROR could not show invariant `below` on the `post` state

    transition!{
        check(b: bool) {
            if b {
                assert pre.n <= pre.cap;
            } else {
                assert pre.n < pre.cap; //~ ERROR unable to prove assertion safety condition
            }
        }
    }

    #[inductive(check)]
    fn check_inductive(pre: Self, post: Self, b: bool) { }
});

proof fn toggle_client() {
    let tracked (Tracked(inst), Tracked(n)) = toggle::Instance::start(5);
    let tracked mut n = n;
    inst.step(false, &mut n);
    assert(n.value() == 2);
    inst.step(true, &mut n);
    assert(n.value() == 2); //~ ERROR assertion failed
}

} // verus!
