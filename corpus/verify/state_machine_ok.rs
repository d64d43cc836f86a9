// tokenized_state_machine! (VerusSync): a lock box whose key token stands for the value
// stored in it. The invariants are proved inductive, the safety conditions hold, and a client
// uses the generated token exchange functions.
use vstd::prelude::*;

verus! {

tokenized_state_machine!(lockbox<T> {
    fields {
        #[sharding(storage_option)]
        pub storage: Option<T>,

        #[sharding(option)]
        pub key: Option<T>,

        #[sharding(option)]
        pub vacant: Option<bool>,

        #[sharding(map)]
        pub tickets: Map<nat, nat>,

        #[sharding(constant)]
        pub limit: nat,
    }

    #[invariant]
    pub fn key_agrees(&self) -> bool {
        self.key == self.storage
    }

    #[invariant]
    pub fn vacant_iff_empty(&self) -> bool {
        (self.vacant is Some) <==> (self.storage is None)
    }

    #[invariant]
    pub fn tickets_below_limit(&self) -> bool {
        forall |n: nat| #[trigger] self.tickets.dom().contains(n) ==> n < self.limit
    }

    init!{
        initialize(limit: nat) {
            require limit > 0;
            init storage = Option::None;
            init key = Option::None;
            init vacant = Option::Some(true);
            init tickets = Map::empty();
            init limit = limit;
        }
    }

    #[inductive(initialize)]
    fn initialize_inductive(post: Self, limit: nat) { }

    transition!{
        put(t: T) {
            remove vacant -= Some(true);
            add key += Some(t);
            deposit storage += Some(t);
        }
    }

    #[inductive(put)]
    fn put_inductive(pre: Self, post: Self, t: T) { }

    transition!{
        take(t: T) {
            remove key -= Some(t);
            add vacant += Some(true);
            withdraw storage -= Some(t);
        }
    }

    #[inductive(take)]
    fn take_inductive(pre: Self, post: Self, t: T) { }

    transition!{
        bump(n: nat, v: nat) {
            remove tickets -= [n => v];
            add tickets += [n => v + 1];
        }
    }

    #[inductive(bump)]
    fn bump_inductive(pre: Self, post: Self, n: nat, v: nat) {
        assert(post.tickets.dom() =~= pre.tickets.dom());
    }

    property!{
        borrow(t: T) {
            have key >= Some(t);
            guard storage >= Some(t);
        }
    }

    // a readonly transition has relations (and its safety conditions proved) but no exchange fn
    readonly!{
        look(t: T) {
            have key >= Some(t);
            guard storage >= Some(t);
        }
    }

    property!{
        ticket_bound(n: nat, v: nat) {
            have tickets >= [n => v];
            assert n < pre.limit;
        }
    }
});

proof fn client_lockbox(tracked t: u64, tracked u: u64) {
    let tracked (Tracked(inst), Tracked(key), Tracked(vacant), Tracked(tickets)) = lockbox::Instance::<u64>::initialize(5, None);
    assert(inst.limit() == 5);
    assert(key is None);
    assert(vacant is Some);
    let tracked vacant = vacant.tracked_unwrap();
    assert(vacant.value() == true);
    let tracked key = inst.put(t, t, vacant);
    assert(key.value() == t);
    let tracked r = inst.borrow(t, &key);
    assert(*r == t);
    let tracked (Tracked(back), Tracked(vacant2)) = inst.take(t, key);
    assert(back == t);
    assert(vacant2.instance_id() == inst.id());
}


// `variable` fields: a token taken `&mut` when updated, `&` when read; birds_eye reads come back as ghost outputs
tokenized_state_machine!(counter {
    fields {
        #[sharding(variable)]
        pub n: nat,

        #[sharding(variable)]
        pub hi: nat,

        #[sharding(constant)]
        pub cap: nat,
    }

    #[invariant]
    pub fn below(&self) -> bool {
        self.n <= self.hi && self.hi <= self.cap
    }

    init!{
        start(cap: nat) {
            init n = 0;
            init hi = 0;
            init cap = cap;
        }
    }

    #[inductive(start)]
    fn start_inductive(post: Self, cap: nat) { }

    transition!{
        inc() {
            require pre.n < pre.hi;
            update n = pre.n + 1;
        }
    }

    #[inductive(inc)]
    fn inc_inductive(pre: Self, post: Self) { }

    transition!{
        raise() {
            require pre.hi < pre.cap;
            update hi = pre.hi + 1;
        }
    }

    #[inductive(raise)]
    fn raise_inductive(pre: Self, post: Self) { }

    property!{
        bounded() {
            assert pre.n <= pre.cap;
        }
    }

    transition!{
        peek() {
            birds_eye let x = pre.hi;
            assert x <= pre.cap;
        }
    }

    #[inductive(peek)]
    fn peek_inductive(pre: Self, post: Self) { }
});

proof fn client_counter() {
    let tracked (Tracked(inst), Tracked(n), Tracked(hi)) = counter::Instance::start(3);
    assert(n.value() == 0);
    let tracked mut n = n;
    let tracked mut hi = hi;
    inst.raise(&mut hi);
    assert(hi.value() == 1);
    inst.inc(&mut n, &hi);
    assert(n.value() == 1);
    let h = inst.peek();
    assert(h <= 3);
}


// `imap` (vstd's possibly infinite IMap, the built-in Map here): every key has a token from the start
tokenized_state_machine!(registry {
    fields {
        #[sharding(imap)]
        pub owner: IMap<int, Option<nat>>,
    }

    #[invariant]
    pub fn total(&self) -> bool {
        self.owner.dom() =~= ISet::full()
    }

    init!{
        start() {
            init owner = IMap::new(|k: int| true, |k: int| Option::<nat>::None);
        }
    }

    #[inductive(start)]
    fn start_inductive(post: Self) { }

    transition!{
        claim(k: int, who: nat) {
            remove owner -= [k => Option::None];
            add owner += [k => Option::Some(who)];
        }
    }

    #[inductive(claim)]
    fn claim_inductive(pre: Self, post: Self, k: int, who: nat) {
        assert(post.owner.dom() =~= pre.owner.dom());
    }
});

proof fn registry_client() {
    let tracked (Tracked(inst), Tracked(owners)) = registry::Instance::start();
    assert(owners.map().dom().contains(7));
    let tracked mut owners = owners;
    let tracked t = owners.remove(7);
    assert(t.key() == 7 && t.value() == Option::<nat>::None);
    let tracked t2 = inst.claim(7, 3, t);
    assert(t2.value() == Option::Some(3nat));
}

// `if`/`else` in an operation (require, assert, let, update inside)
tokenized_state_machine!(toggle {
    fields {
        #[sharding(variable)]
        pub n: nat,

        #[sharding(variable)]
        pub on: bool,

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
            init on = false;
            init cap = cap;
        }
    }

    #[inductive(start)]
    fn start_inductive(post: Self, cap: nat) { }

    transition!{
        step(reset: bool) {
            if reset {
                update n = 0;
            } else if pre.n < pre.cap {
                let m = pre.n + 1;
                update n = m;
                update on = true;
            } else {
                assert pre.n == pre.cap;
            }
        }
    }

    #[inductive(step)]
    fn step_inductive(pre: Self, post: Self, reset: bool) { }

});

proof fn client_toggle() {
    let tracked (Tracked(inst), Tracked(n), Tracked(on)) = toggle::Instance::start(2);
    let tracked mut n = n;
    let tracked mut on = on;
    inst.step(false, &mut n, &mut on);
    assert(n.value() == 1 && on.value());
    inst.step(false, &mut n, &mut on);
    assert(n.value() == 2);
    inst.step(false, &mut n, &mut on);
    assert(n.value() == 2);
    inst.step(true, &mut n, &mut on);
    assert(n.value() == 0 && on.value());
}

}
