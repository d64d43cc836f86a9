// Spec closures as svsm's allocator specs write them: types inferred from the expected
// `spec_fn` type, captured `self` fields, nested closures, closures returning sequences.
use vstd::prelude::*;

verus! {

pub struct Lists {
    pub avail: Seq<Seq<u64>>,
    pub order: usize,
}

impl Lists {
    proof fn lengths(&self)
        requires
            self.avail.len() == 2,
            self.avail[0].len() == 3,
    {
        let lens = self.avail.map_values(|l: Seq<u64>| l.len() as usize);
        assert(lens[0] == 3);
        let copy = Seq::new(self.avail.len(), |i| Seq::new(self.avail[i].len(), |k| self.avail[i][k]));
        assert(copy[0].len() == 3);
        assert(copy[0][2] == self.avail[0][2]);
    }

    proof fn countdown(&self)
        requires
            self.order == 5,
    {
        let s = Seq::new((self.order - 2) as nat, |i| (self.order - i) as usize);
        assert(s.len() == 3);
        assert(s[1] == 4);
    }
}

proof fn empty_lists(n: nat) {
    let s: Seq<Seq<u64>> = Seq::new(n, |i| Seq::empty());
    assert(forall|i: int| 0 <= i < n ==> #[trigger] s[i].len() == 0);
}

proof fn filter_domain(m: Map<int, int>, k: int)
    requires
        m.dom().contains(k),
        m[k] > 0,
{
    let pos = m.dom().filter(|i| m[i] > 0);
    assert(pos.contains(k));
}

spec fn in_order(s: Seq<int>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
}

proof fn sorted_new() {
    let s = Seq::new(4, |i: int| 2 * i);
    assert(in_order(s));
}

proof fn block_bodies() {
    let f = |x: int| -> int {
        let y = x + 1;
        y * 2
    };
    assert(f(1) == 4);
    let g = move |x: int| if x > 0 { x } else { -x };
    assert(g(-3) == 3);
}

proof fn fn_spec_path(f: FnSpec<(int,), bool>, g: spec_fn(int) -> bool)
    requires
        forall|x: int| f(x) == g(x),
{
    assert(f =~= g);
    assert(f == g);
}

} // verus!
