// Spec closures and `spec_fn` values: false claims about them fail, their true twins verify.
use vstd::prelude::*;

verus! {

proof fn seq_new_index_false() {
    assert(Seq::new(3, |i: int| i * 2)[1] == 3); //~ ERROR assertion failed
}
proof fn seq_new_index_true() {
    assert(Seq::new(3, |i: int| i * 2)[1] == 2);
}

proof fn seq_new_len_false() {
    assert(Seq::new(3, |i: int| i * 2).len() == 4); //~ ERROR assertion failed
}
proof fn seq_new_len_true() {
    assert(Seq::new(3, |i: int| i * 2).len() == 3);
}

// `==` on spec_fns is not extensional (as in Verus): two different closures are equal only
// once `=~=` has been proved of them
proof fn eq_without_ext_false() {
    let f = |x: int| x + x;
    let g = |x: int| 2 * x;
    assert(f == g); //~ ERROR assertion failed
}
proof fn eq_without_ext_true() {
    let f = |x: int| x + x;
    let g = |x: int| 2 * x;
    assert(f =~= g);
    assert(f == g);
}

proof fn ext_differs_false() {
    let f = |x: int| x + 1;
    let g = |x: int| x + 2;
    assert(f =~= g); //~ ERROR assertion failed
}
proof fn ext_differs_true() {
    let f = |x: int| x + 1;
    let g = |x: int| x + 2;
    assert(f(0) != g(0));
}

proof fn set_new_false() {
    assert(ISet::new(|x: int| x > 0).contains(0)); //~ ERROR assertion failed
}
proof fn set_new_true() {
    assert(ISet::new(|x: int| x > 0).contains(1));
    assert(!ISet::new(|x: int| x > 0).contains(0));
}

// a closure captures the value a local has where the closure is made
fn capture_false() {
    let mut y: u64 = 5;
    let ghost f = |i: int| i + y;
    y = 7;
    assert(f(0) == 7); //~ ERROR assertion failed
}
fn capture_true() {
    let mut y: u64 = 5;
    let ghost f = |i: int| i + y;
    y = 7;
    assert(f(0) == 5);
}

proof fn unknown_fn_false(f: spec_fn(int) -> int) {
    assert(f(1) == f(2)); //~ ERROR assertion failed
}
proof fn unknown_fn_true(f: spec_fn(int) -> int)
    requires
        forall|x: int| #[trigger] f(x) == 0,
{
    assert(f(1) == f(2));
}

proof fn result_type_false(f: spec_fn(int) -> nat) {
    assert(f(3) >= 1); //~ ERROR assertion failed
}
proof fn result_type_true(f: spec_fn(int) -> nat) {
    assert(f(3) >= 0);
}

proof fn nested_false() {
    let f = |x: int| Seq::new(2, |i: int| i + x);
    assert(f(5)[1] == 5); //~ ERROR assertion failed
}
proof fn nested_true() {
    let f = |x: int| Seq::new(2, |i: int| i + x);
    assert(f(5)[1] == 6);
}

proof fn map_values_false() {
    assert(seq![1int, 2].map_values(|x: int| x * 10)[1] == 2); //~ ERROR assertion failed
}
proof fn map_values_true() {
    assert(seq![1int, 2].map_values(|x: int| x * 10)[1] == 20);
}

proof fn seq_map_false() {
    assert(seq![5int, 5].map(|i: int, x: int| i + x)[1] == 5); //~ ERROR assertion failed
}
proof fn seq_map_true() {
    assert(seq![5int, 5].map(|i: int, x: int| i + x)[1] == 6);
}

proof fn filter_false() {
    assert(seq![1int, 2, 3].filter(|x: int| x > 1).len() == 3); //~ ERROR assertion failed
}
proof fn filter_true() {
    assert(seq![1int, 2, 3].filter(|x: int| x > 1).len() == 2);
    assert(seq![1int, 2, 3].filter(|x: int| x > 1)[0] == 2);
}

proof fn filter_contains_false(s: Seq<int>) {
    assert(s.filter(|x: int| x > 1).contains(1)); //~ ERROR assertion failed
}
proof fn filter_contains_true(s: Seq<int>) {
    assert(!s.filter(|x: int| x > 1).contains(1));
}

proof fn fold_left_false() {
    assert(seq![1int, 2, 3].fold_left(0int, |acc: int, x: int| acc * 10 + x) == 321); //~ ERROR assertion failed
}
proof fn fold_left_true() {
    assert(seq![1int, 2, 3].fold_left(0int, |acc: int, x: int| acc * 10 + x) == 123);
}

proof fn fold_right_false() {
    assert(seq![1int, 2, 3].fold_right(|x: int, acc: int| acc * 10 + x, 0int) == 123); //~ ERROR assertion failed
}
proof fn fold_right_true() {
    assert(seq![1int, 2, 3].fold_right(|x: int, acc: int| acc * 10 + x, 0int) == 321);
}

proof fn set_filter_false(s: Set<int>) {
    assert(s.filter(|x: int| x > 0).contains(1)); //~ ERROR assertion failed
}
proof fn set_filter_true(s: Set<int>) {
    assert(!s.filter(|x: int| x > 0).contains(-1));
    assert(s.contains(1) ==> s.filter(|x: int| x > 0).contains(1));
}

proof fn set_map_false() {
    let t = ISet::new(|x: int| 0 <= x < 3).map(|x: int| x * 2);
    assert(t.contains(3)); //~ ERROR assertion failed
}
proof fn set_map_true() {
    let s = ISet::new(|x: int| 0 <= x < 3);
    let t = s.map(|x: int| x * 2);
    assert(s.contains(2));
    assert(t.contains(4));
    assert(!t.contains(3));
}

proof fn map_new_false() {
    let m = IMap::new(|k: int| k > 0, |k: int| k * 2);
    assert(m.dom().contains(0)); //~ ERROR assertion failed
}
proof fn map_new_true() {
    let m = IMap::new(|k: int| k > 0, |k: int| k * 2);
    assert(m.dom().contains(3) && m[3] == 6);
}

proof fn map_map_values_false() {
    let m = IMap::new(|k: int| k > 0, |k: int| k * 2).map_values(|v: int| v + 1);
    assert(m[3] == 6); //~ ERROR assertion failed
}
proof fn map_map_values_true() {
    let m = IMap::new(|k: int| k > 0, |k: int| k * 2).map_values(|v: int| v + 1);
    assert(m.dom().contains(3) && m[3] == 7);
}

proof fn in_forall_false() {
    assert(forall|k: int| #[trigger] Seq::new(2, |i: int| i + k)[1] == k); //~ ERROR assertion failed
}
proof fn in_forall_true() {
    assert(forall|k: int| #[trigger] Seq::new(2, |i: int| i + k)[1] == k + 1);
}

proof fn set_range_false() {
    assert(Set::<usize>::range(3, 6).contains(6)); //~ ERROR assertion failed
}
proof fn set_range_true() {
    assert(Set::<usize>::range(3, 6).contains(5) && !Set::<usize>::range(3, 6).contains(6));
}

proof fn set_range_len_false(a: usize, b: usize)
    requires
        a <= b,
{
    assert(Set::<usize>::range(a, b).len() == b - a + 1); //~ ERROR assertion failed
}
proof fn set_range_len_true(a: usize, b: usize)
    requires
        a <= b,
{
    assert(Set::<usize>::range(a, b).finite() && Set::<usize>::range(a, b).len() == b - a);
    assert(Set::<usize>::range(b, a).len() == if a == b { 0int } else { 0int });
}

proof fn set_range_inclusive_false() {
    assert(Set::<u8>::range_inclusive(250, 255).len() == 5); //~ ERROR assertion failed
}
proof fn set_range_inclusive_true() {
    assert(Set::<u8>::range_inclusive(250, 255).contains(255));
    assert(Set::<u8>::range_inclusive(250, 255).len() == 6);
}

// vstd defines these with `Map::new` over closures
proof fn map_restrict_false(m: Map<int, int>, ks: Set<int>, k: int)
    requires
        m.dom().contains(k),
{
    assert(m.restrict(ks).dom().contains(k)); //~ ERROR assertion failed
}
proof fn map_restrict_true(m: Map<int, int>, ks: Set<int>, k: int)
    requires
        m.dom().contains(k),
        ks.contains(k),
{
    assert(m.restrict(ks).dom().contains(k) && m.restrict(ks)[k] == m[k]);
    assert(!m.remove_keys(ks).dom().contains(k));
}

proof fn map_union_prefer_right_false(a: Map<int, int>, b: Map<int, int>, k: int) {
    assert(a.dom().contains(k) ==> a.union_prefer_right(b)[k] == a[k]); //~ ERROR assertion failed
}
proof fn map_union_prefer_right_true(a: Map<int, int>, b: Map<int, int>, k: int) {
    assert(b.dom().contains(k) ==> a.union_prefer_right(b)[k] == b[k]);
    assert(a.dom().contains(k) && !b.dom().contains(k) ==> a.union_prefer_right(b)[k] == a[k]);
    assert(a.union_prefer_right(b).dom() =~= a.dom().union(b.dom()));
}

} // verus!
