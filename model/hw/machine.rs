// The machine state the emulated instructions act on: the RMP, the contents of every
// system physical page, and the nested page table (guest page -> system page) that the
// hypervisor controls.
use vstd::prelude::*;
use crate::hw::rmp::*;

verus! {

/// Number of 64-bit words the emulation keeps per page. Page contents stay with the
/// physical page, not with the guest address that maps it.
pub const WORDS_PER_PAGE: u8 = 4;

/// The contents of one emulated page.
#[derive(Clone, Copy)]
pub struct PageData {
    pub w0: u64,
    pub w1: u64,
    pub w2: u64,
    pub w3: u64,
}

impl PageData {
    pub open spec fn is_zero(self) -> bool {
        self.w0 == 0 && self.w1 == 0 && self.w2 == 0 && self.w3 == 0
    }

    pub open spec fn word(self, i: u8) -> u64 {
        if i == 0 {
            self.w0
        } else if i == 1 {
            self.w1
        } else if i == 2 {
            self.w2
        } else {
            self.w3
        }
    }

    pub fn zeroed() -> (d: PageData)
        ensures
            d.is_zero(),
    {
        PageData { w0: 0, w1: 0, w2: 0, w3: 0 }
    }

    pub fn get(&self, i: u8) -> (v: u64)
        requires
            i < WORDS_PER_PAGE,
        ensures
            v == self.word(i),
    {
        if i == 0 {
            self.w0
        } else if i == 1 {
            self.w1
        } else if i == 2 {
            self.w2
        } else {
            self.w3
        }
    }

    pub fn with_word(&self, i: u8, v: u64) -> (d: PageData)
        requires
            i < WORDS_PER_PAGE,
        ensures
            d.word(i) == v,
            forall|j: u8| j < WORDS_PER_PAGE && j != i ==> #[trigger] d.word(j) == self.word(j),
    {
        if i == 0 {
            PageData { w0: v, w1: self.w1, w2: self.w2, w3: self.w3 }
        } else if i == 1 {
            PageData { w0: self.w0, w1: v, w2: self.w2, w3: self.w3 }
        } else if i == 2 {
            PageData { w0: self.w0, w1: self.w1, w2: v, w3: self.w3 }
        } else {
            PageData { w0: self.w0, w1: self.w1, w2: self.w2, w3: v }
        }
    }

    pub fn is_zero_exec(&self) -> (b: bool)
        ensures
            b == self.is_zero(),
    {
        self.w0 == 0 && self.w1 == 0 && self.w2 == 0 && self.w3 == 0
    }
}

/// The hardware state.
pub struct Machine {
    /// One entry per system physical page.
    pub rmp: Vec<RmpEntry>,
    /// The contents of each system physical page.
    pub mem: Vec<PageData>,
    /// Nested page table: guest page -> system page, or NO_SPA. Hypervisor controlled.
    pub npt: Vec<usize>,
}

/// Only RMP entry `spa` may differ between `pre` and `post`.
pub open spec fn rmp_frame(pre: Seq<RmpEntry>, post: Seq<RmpEntry>, spa: int) -> bool {
    &&& post.len() == pre.len()
    &&& forall|j: int| 0 <= j < pre.len() && j != spa ==> #[trigger] post[j] == pre[j]
}

/// Only page `spa` may differ between `pre` and `post`.
pub open spec fn mem_frame(pre: Seq<PageData>, post: Seq<PageData>, spa: int) -> bool {
    &&& post.len() == pre.len()
    &&& forall|j: int| 0 <= j < pre.len() && j != spa ==> #[trigger] post[j] == pre[j]
}

impl Machine {
    /// The shape of the state, and property 1 for every RMP entry.
    pub open spec fn wf(&self) -> bool {
        &&& self.rmp@.len() == NUM_SPAS
        &&& self.mem@.len() == NUM_SPAS
        &&& self.npt@.len() == NUM_GFNS
        &&& forall|i: int| 0 <= i < NUM_SPAS ==> (#[trigger] self.rmp@[i]).wf()
        &&& forall|g: int| 0 <= g < NUM_GFNS ==> #[trigger] self.npt@[g] <= NO_SPA
    }

    /// The system page guest page `gfn` is mapped to (NO_SPA when unmapped).
    pub open spec fn spa_of(&self, gfn: int) -> int {
        self.npt@[gfn] as int
    }

    /// Guest page `gfn` is mapped to a system page that is assigned to the guest at `gfn`.
    pub open spec fn backs(&self, gfn: int) -> bool {
        &&& 0 <= gfn < NUM_GFNS
        &&& self.spa_of(gfn) < NUM_SPAS
        &&& self.rmp@[self.spa_of(gfn)].maps_guest_page(gfn)
    }

    /// Nothing but the RMP changed.
    pub open spec fn only_rmp_changed(&self, pre: &Machine) -> bool {
        &&& self.mem@ == pre.mem@
        &&& self.npt@ == pre.npt@
    }

    /// The machine at power on: no page assigned, all memory zero, the identity mapping.
    pub fn new() -> (m: Machine)
        ensures
            m.wf(),
            forall|i: int| 0 <= i < NUM_SPAS ==> !(#[trigger] m.rmp@[i]).assigned,
            forall|i: int| 0 <= i < NUM_SPAS ==> (#[trigger] m.rmp@[i]).no_lower_perms(),
            forall|i: int| 0 <= i < NUM_SPAS ==> !(#[trigger] m.rmp@[i]).vmsa,
            forall|i: int| 0 <= i < NUM_SPAS ==> (#[trigger] m.mem@[i]).is_zero(),
    {
        let mut rmp: Vec<RmpEntry> = Vec::new();
        let mut mem: Vec<PageData> = Vec::new();
        let mut i: usize = 0;
        while i < NUM_SPAS
            invariant
                i <= NUM_SPAS,
                rmp@.len() == i,
                mem@.len() == i,
                forall|j: int| 0 <= j < i ==> (#[trigger] rmp@[j]).wf(),
                forall|j: int| 0 <= j < i ==> !(#[trigger] rmp@[j]).assigned,
                forall|j: int| 0 <= j < i ==> (#[trigger] rmp@[j]).no_lower_perms(),
                forall|j: int| 0 <= j < i ==> !(#[trigger] rmp@[j]).vmsa,
                forall|j: int| 0 <= j < i ==> (#[trigger] mem@[j]).is_zero(),
            decreases NUM_SPAS - i,
        {
            rmp.push(RmpEntry::unassigned());
            mem.push(PageData::zeroed());
            i = i + 1;
        }
        let mut npt: Vec<usize> = Vec::new();
        let mut g: usize = 0;
        while g < NUM_GFNS
            invariant
                g <= NUM_GFNS,
                npt@.len() == g,
                forall|j: int| 0 <= j < g ==> #[trigger] npt@[j] <= NO_SPA,
            decreases NUM_GFNS - g,
        {
            // The identity mapping, as the hypervisor sets it up before launch.
            npt.push(g);
            g = g + 1;
        }
        Machine { rmp, mem, npt }
    }

    /// Guest page -> system page through the nested page table.
    pub fn translate(&self, gfn: usize) -> (spa: Option<usize>)
        requires
            self.wf(),
            gfn < NUM_GFNS,
        ensures
            spa.is_some() <==> self.spa_of(gfn as int) < NUM_SPAS,
            spa.is_some() ==> spa.unwrap() == self.spa_of(gfn as int),
    {
        let s = self.npt[gfn];
        if s < NUM_SPAS {
            Some(s)
        } else {
            None
        }
    }

    /// Translate and check that the RMP says the page belongs to the guest at `gfn`.
    pub fn guest_spa(&self, gfn: usize) -> (spa: Option<usize>)
        requires
            self.wf(),
            gfn < NUM_GFNS,
        ensures
            spa.is_some() <==> self.backs(gfn as int),
            spa.is_some() ==> spa.unwrap() == self.spa_of(gfn as int),
    {
        match self.translate(gfn) {
            Some(s) => {
                if self.rmp[s].is_guest_page(gfn) {
                    Some(s)
                } else {
                    None
                }
            },
            None => None,
        }
    }

    /// RMPQUERY: the RMP entry backing guest page `gfn`, if it belongs to the guest there.
    pub fn rmp_query(&self, gfn: usize) -> (e: Option<RmpEntry>)
        requires
            self.wf(),
            gfn < NUM_GFNS,
        ensures
            e.is_some() <==> self.backs(gfn as int),
            e.is_some() ==> e.unwrap() == self.rmp@[self.spa_of(gfn as int)],
            e.is_some() ==> e.unwrap().wf(),
    {
        match self.guest_spa(gfn) {
            Some(s) => Some(self.rmp[s]),
            None => None,
        }
    }

    pub fn rmp_entry(&self, spa: usize) -> (e: RmpEntry)
        requires
            self.wf(),
            spa < NUM_SPAS,
        ensures
            e == self.rmp@[spa as int],
            e.wf(),
    {
        self.rmp[spa]
    }

    /// Replace one RMP entry; the instruction emulations are the only callers.
    pub fn set_rmp_entry(&mut self, spa: usize, e: RmpEntry)
        requires
            old(self).wf(),
            spa < NUM_SPAS,
            e.wf(),
        ensures
            self.wf(),
            self.rmp@ == old(self).rmp@.update(spa as int, e),
            rmp_frame(old(self).rmp@, self.rmp@, spa as int),
            self.rmp@[spa as int] == e,
            self.only_rmp_changed(old(self)),
    {
        self.rmp.set(spa, e);
        assert forall|i: int| 0 <= i < NUM_SPAS implies (#[trigger] self.rmp@[i]).wf() by {
            if i != spa as int {
                assert(self.rmp@[i] == old(self).rmp@[i]);
            }
        }
    }
}

} // verus!
