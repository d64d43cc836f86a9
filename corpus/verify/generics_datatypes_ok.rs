use vstd::prelude::*;
verus! {
pub struct Wrap<T> { pub inner: T, pub n: u8 }
impl<T> Wrap<T> {
    pub open spec fn get(&self) -> T { self.inner }
    pub fn new(x: T) -> (w: Self)
        ensures w.get() == x, w.n == 0,
    { Wrap { inner: x, n: 0 } }
}
spec fn first<A>(s: Seq<A>) -> A { s[0] }
fn use_it() {
    let w = Wrap::new(5u64);
    assert(w.get() == 5);
    let o: Option<Option<u8>> = Some(Some(3));
    assert(o.unwrap().unwrap() == 3);
    let t = (1u8, (2u16, true));
    assert(t.1.1);
}
proof fn q(s: Seq<u8>) requires s.len() > 0, s[0] == 4 {
    assert(first(s) == 4);
}
proof fn m() {
    let a: Map<int, bool> = Map::empty().insert(1, true);
    let b: Map<int, bool> = Map::empty().insert(1, true);
    assert(a =~= b);
    let s: Set<int> = Set::empty().insert(3);
    assert(s.union(Set::empty().insert(4)).contains(4));
}
fn main() {}
}
