// vstd's tracked moves and memory contents: `tracked_swap` exchanges two tracked values,
// `Seq::tracked_empty`/`tracked_push` and `Map::tracked_empty` build tracked collections,
// `MemContents` is `Init(v)` or `Uninit`, and `Seq<int>::max_ensures` bounds every element.
use vstd::prelude::*;
use vstd::modes::tracked_swap;
use vstd::simple_pptr::MemContents;

verus! {

pub struct Tok { v: u8 }

proof fn swap_false(tracked a: &mut Tok, tracked b: &mut Tok)
    ensures a.v == old(a).v, //~ ERROR postcondition not satisfied
{
    tracked_swap(a, b);
}
proof fn swap_true(tracked a: &mut Tok, tracked b: &mut Tok)
    ensures a.v == old(b).v, b.v == old(a).v,
{
    tracked_swap(a, b);
}

proof fn seqs<T>(n: nat) -> (tracked ret: Seq<Seq<T>>)
    ensures ret.len() == n, forall|i: int| 0 <= i < n ==> ret[i].len() == 0,
    decreases n,
{
    if n == 0 {
        Seq::tracked_empty()
    } else {
        let tracked mut r = seqs((n - 1) as nat);
        r.tracked_push(Seq::tracked_empty());
        r
    }
}

proof fn tracked_empty_false() {
    let tracked s = seqs::<u8>(2);
    assert(s[1].len() == 1); //~ ERROR assertion failed
}
proof fn tracked_empty_true() {
    let tracked s = seqs::<u8>(2);
    assert(s.len() == 2 && s[1].len() == 0);
    let tracked m = Map::<int, u8>::tracked_empty();
    assert(m == Map::<int, u8>::empty());
}

proof fn tracked_ops_false(tracked m: &mut Map<int, Tok>, tracked t: Tok, tracked s: &mut Seq<Tok>)
    requires old(s).len() == 2,
{
    m.tracked_insert(3, t);
    let tracked r = m.tracked_remove(3);
    let tracked x = s.tracked_remove(0);
    assert(m.dom().contains(3) || x == old(s)[1]); //~ ERROR assertion failed
}
proof fn tracked_ops_true(tracked m: &mut Map<int, Tok>, tracked t: Tok, tracked s: &mut Seq<Tok>)
    requires old(s).len() == 2,
{
    m.tracked_insert(3, t);
    let tracked r = m.tracked_remove(3);
    assert(r == t && !m.dom().contains(3));
    m.tracked_insert(3, r);
    let tracked b = m.tracked_borrow(3);
    assert(*b == t);
    let tracked x = s.tracked_remove(0);
    assert(x == old(s)[0] && s.len() == 1);
    let tracked y = s.tracked_borrow(0);
    assert(*y == old(s)[1]);
    s.tracked_insert(0, x);
    assert(s.len() == 2 && s[0] == old(s)[0] && s[1] == old(s)[1]);
    let tracked e = Map::<int, Tok>::tracked_empty();
    m.tracked_union_prefer_right(e);
    assert(m.dom().contains(3));
}

spec fn val(m: MemContents<u8>) -> Option<u8> {
    if m.is_init() { Some(m.value()) } else { None }
}

proof fn mem_contents_false() {
    assert(val(MemContents::Uninit) == Some(0u8)); //~ ERROR assertion failed
}
proof fn mem_contents_true() {
    assert(val(MemContents::Init(3)) == Some(3u8));
    assert(val(MemContents::Uninit) is None);
    assert(MemContents::<u8>::Uninit.is_uninit());
}

proof fn max_false(s: Seq<int>) requires s.len() > 1 {
    s.max_ensures();
    assert(s[0] == s.max()); //~ ERROR assertion failed
}
proof fn max_true(s: Seq<int>) requires s.len() > 1 {
    s.max_ensures();
    assert(s[0] <= s.max() && s[1] <= s.max());
    assert(s.contains(s.max()));
}

fn main() {}

} // verus!
