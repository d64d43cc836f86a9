//! The largest element of a sequence of integers (vstd's `Seq<int>::max`).
verus! {

impl Seq<int> {
    /// The largest element (0 for the empty sequence).
    pub open spec fn max(self) -> int
        recommends
            0 < self.len(),
        decreases self.len(),
    {
        if self.len() == 0 {
            0
        } else if self.len() == 1 {
            self[0]
        } else {
            let rest = self.drop_last().max();
            if self.last() >= rest { self.last() } else { rest }
        }
    }

    /// Every element is at most `max()`, which is an element when there is one.
    pub proof fn max_ensures(self)
        ensures
            forall|x: int| self.contains(x) ==> x <= self.max(),
            forall|i: int| 0 <= i < self.len() ==> self[i] <= self.max(),
            self.len() == 0 || self.contains(self.max()),
        decreases self.len(),
    {
        if self.len() == 1 {
            assert(self[0] == self.max());
        } else if self.len() > 1 {
            let d = self.drop_last();
            d.max_ensures();
            assert(self.max() == if self.last() >= d.max() { self.last() } else { d.max() });
            assert forall|i: int| 0 <= i < self.len() implies self[i] <= self.max() by {
                if i < d.len() {
                    assert(d[i] == self[i]);
                }
            }
            assert forall|x: int| self.contains(x) implies x <= self.max() by {
                let i = choose|i: int| 0 <= i < self.len() && self[i] == x;
                assert(self[i] <= self.max());
            }
            if self.last() >= d.max() {
                assert(self[self.len() - 1] == self.max());
            } else {
                let j = choose|j: int| 0 <= j < d.len() && d[j] == d.max();
                assert(self[j] == d[j]);
                assert(self[j] == self.max());
            }
        }
    }
}

} // verus!
