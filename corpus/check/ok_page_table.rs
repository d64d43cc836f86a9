//@ no-verify
// A larger, realistic module: tracked page permissions, a Vec-backed table, loops.
use vstd::prelude::*;

verus! {

pub const PAGE_SIZE: u64 = 4096;
pub const MAX_ENTRIES: usize = 512;

pub struct PagePerm {
    pub page: u64,
    pub valid: bool,
}

pub struct Entry {
    pub addr: u64,
    pub flags: u8,
}

pub struct Table {
    pub entries: Vec<Entry>,
    pub ghost owner: int,
}

impl Entry {
    pub open spec fn present(&self) -> bool {
        self.flags & 1 == 1
    }
}

impl Table {
    pub open spec fn wf(&self) -> bool {
        &&& self.entries.len() <= MAX_ENTRIES
        &&& forall|i: int| 0 <= i < self.entries.len() ==> #[trigger] self.entries[i].addr % PAGE_SIZE == 0
    }

    pub fn new() -> (t: Self)
        ensures
            t.wf(),
            t.entries.len() == 0,
    {
        Table { entries: Vec::new(), owner: 0 }
    }

    pub fn count_present(&self) -> (n: usize)
        requires
            self.wf(),
        ensures
            n <= self.entries.len(),
    {
        let mut n: usize = 0;
        let mut i = 0;
        while i < self.entries.len()
            invariant
                n <= i <= self.entries.len(),
            decreases self.entries.len() - i,
        {
            if self.entries[i].flags & 1 == 1 {
                n += 1;
            }
            i += 1;
        }
        n
    }

    pub fn add(&mut self, addr: u64) -> (ok: bool)
        requires
            old(self).wf(),
            addr % PAGE_SIZE == 0,
        ensures
            self.wf(),
            ok ==> self.entries@.len() == old(self).entries@.len() + 1,
    {
        if self.entries.len() >= MAX_ENTRIES {
            return false;
        }
        self.entries.push(Entry { addr, flags: 1 });
        true
    }
}

fn align_down(x: u64) -> (r: u64)
    ensures
        r <= x,
        r % PAGE_SIZE == 0,
{
    let r = x - x % PAGE_SIZE;
    assert(r % PAGE_SIZE == 0) by (nonlinear_arith)
        requires
            r == x - x % PAGE_SIZE,
    ;
    r
}

fn pick(a: Option<u64>, b: u64) -> u64 {
    let x = if a.is_some() { a.unwrap() } else { b };
    let mask = !0u64;
    let y = x & mask;
    let mut z = y >> 1;
    z <<= 1;
    z
}

fn sum_pages(v: &Vec<u64>) -> (s: u64)
    requires
        v.len() < 100,
        forall|i: int| 0 <= i < v.len() ==> v[i] < 1000,
{
    let mut s: u64 = 0;
    for i in 0..v.len()
        invariant
            v.len() < 100,
            forall|j: int| 0 <= j < v.len() ==> v[j] < 1000,
            s <= i * 1000,
    {
        s = s + v[i];
    }
    s
}

#[verifier::external_body]
fn validate(Tracked(perm): Tracked<&mut PagePerm>, page: u64)
    requires
        old(perm).page == page,
    ensures
        final(perm).valid,
        final(perm).page == page,
{
}

fn validate_all(Tracked(perm): Tracked<&mut PagePerm>) -> (r: u64)
    ensures
        final(perm).valid,
{
    let page = 7;
    proof {
        assume(perm.page == 7);
    }
    validate(Tracked(perm), page);
    page
}

fn main() {
}

} // verus!
