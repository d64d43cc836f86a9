use vstd::prelude::*;

verus! {

// Verus's auto-ext-equal: `==` on Seq, Set, Map and `#[verifier::ext_equal]` types in an
// assert, an ensures or a loop invariant is proved as `=~=`; `=~~=` compares nested
// collections deeply.

#[verifier::ext_equal]
struct Foo { a: Seq<int>, b: Set<int>, n: u8 }

proof fn seqs(s: Seq<int>) {
    let t = s.push(1).drop_last();
    assert(t == s);
    assert(s.len() > 0 ==> s.subrange(0, s.len() as int) == s);
}

proof fn sets() {
    let a = Set::<int>::empty().insert(1).insert(2);
    let b = Set::<int>::empty().insert(2).insert(1);
    assert(a == b);
}

proof fn maps(m: Map<int, int>) {
    let n = m.insert(1, 5).insert(1, 6);
    let o = m.insert(1, 6);
    assert(n == o);
}

proof fn structs(x: Seq<int>) {
    let f = Foo { a: x.push(3).drop_last(), b: Set::<int>::empty().insert(1), n: 3 };
    let g = Foo { a: x, b: Set::<int>::empty().insert(1).insert(1), n: 3 };
    assert(f == g);
}

proof fn nested(x: Seq<Seq<int>>)
    requires x.len() == 1,
{
    let y = seq![x[0].push(5).drop_last()];
    assert(y =~~= x);
    assert(y == x);
}

fn ens(v: Vec<u64>) -> (r: Ghost<Seq<u64>>)
    ensures r@ == v@.push(0).drop_last(),
{
    Ghost(v@)
}

proof fn loop_inv(s: Seq<int>) {
    let mut i: int = 0;
    let mut t = s;
    while i < 3
        invariant t == s.push(0).drop_last(),
        decreases 3 - i,
    {
        i = i + 1;
    }
}

fn main() {
}

} // verus!
