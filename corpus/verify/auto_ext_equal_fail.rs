use vstd::prelude::*;

verus! {

#[verifier::ext_equal]
struct Foo { a: Seq<int>, n: u8 }

struct Plain { a: Seq<int> }

// sequences differing in one element are not equal
proof fn seqs(s: Seq<int>)
    requires s.len() == 3,
{
    let t = s.update(1, s[1] + 1);
    assert(t == s); //~ ERROR assertion failed
}

proof fn lengths(s: Seq<int>) {
    assert(s.push(1).drop_last().push(2) == s); //~ ERROR assertion failed
}

proof fn sets() {
    let a = Set::<int>::empty().insert(1).insert(2);
    let b = Set::<int>::empty().insert(2).insert(3);
    assert(a == b); //~ ERROR assertion failed
}

proof fn maps(m: Map<int, int>) {
    assert(m.insert(1, 5) == m.insert(1, 6)); //~ ERROR assertion failed
}

proof fn map_domains(m: Map<int, int>) {
    assert(m.insert(1, 5) == m.insert(2, 5)); //~ ERROR assertion failed
}

proof fn structs(x: Seq<int>) {
    let f = Foo { a: x.push(3), n: 3 };
    let g = Foo { a: x.push(4), n: 3 };
    assert(f == g); //~ ERROR assertion failed
}

proof fn struct_other_field(x: Seq<int>) {
    let f = Foo { a: x.push(3).drop_last(), n: 3 };
    let g = Foo { a: x, n: 4 };
    assert(f == g); //~ ERROR assertion failed
}

// without the attribute a datatype's == is not extensional (as in Verus)
proof fn plain(x: Seq<int>) {
    let f = Plain { a: x.push(3).drop_last() };
    let g = Plain { a: x };
    assert(f == g); //~ ERROR assertion failed
}

// `=~=` is shallow: the inner sequences are compared with ==
proof fn shallow(x: Seq<Seq<int>>)
    requires x.len() == 1,
{
    let y = seq![x[0].push(5).drop_last()];
    assert(y =~= x); //~ ERROR assertion failed
}

proof fn deep_differs(x: Seq<Seq<int>>)
    requires x.len() == 1,
{
    let y = seq![x[0].push(5)];
    assert(y =~~= x); //~ ERROR assertion failed
}

// in a negative position `==` keeps its meaning: nothing is proved from a mere hypothesis
proof fn hypothesis(s: Seq<int>, t: Seq<int>)
    requires s.len() == t.len(),
{
    assert((s == t) ==> (forall|i: int| 0 <= i < s.len() ==> s[i] == t[i]));
    assert(s == t); //~ ERROR assertion failed
}

fn ens(v: Vec<u64>) -> (r: Ghost<Seq<u64>>)
    ensures r@ == v@.push(0), //~ ERROR postcondition not satisfied
{
    Ghost(v@)
}

proof fn loop_inv(s: Seq<int>) {
    let mut i: int = 0;
    while i < 3
        invariant s == s.push(0).drop_last().push(1), //~ ERROR invariant not satisfied before loop
        decreases 3 - i,
    {
        i = i + 1;
    }
}

fn main() {
}

} // verus!
