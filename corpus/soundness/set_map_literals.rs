use vstd::prelude::*;

verus! {

// vstd's `set![..]` and `map![k => v]`: the sets and maps of their entries, nothing more.

proof fn set_member_false() {
    let s = set![1int, 2];
    assert(s.contains(3)); //~ ERROR assertion failed
}
proof fn set_member_true() {
    let s = set![1int, 2];
    assert(s.contains(1) && s.contains(2));
    assert(set![1int, 2] =~= set![2int, 1, 1]);
}

proof fn empty_set_false() {
    let e: Set<u8> = set![];
    assert(e.contains(0)); //~ ERROR assertion failed
}
proof fn empty_set_true() {
    let e: Set<u8> = set![];
    assert(e =~= Set::empty());
}

proof fn map_value_false() {
    let m = map![1int => 5int, 2 => 7];
    assert(m[2] == 5); //~ ERROR assertion failed
}
proof fn map_value_true() {
    let m = map![1int => 5int, 2 => 7];
    assert(m[1] == 5 && m[2] == 7 && m.dom() =~= set![1int, 2]);
}

proof fn map_later_key_wins_false() {
    let m = map![1int => 5int, 1 => 7];
    assert(m[1] == 5); //~ ERROR assertion failed
}
proof fn map_later_key_wins_true() {
    let m = map![1int => 5int, 1 => 7];
    assert(m[1] == 7);
}

} // verus!
