// The module's view of memory: the guest memory map (which guest pages are the module's
// own and which belong to the guest OS) and the module's memory table (what the module
// itself validated and granted, per guest page).
use vstd::prelude::*;
use crate::hw::rmp::*;

verus! {

/// The guest physical layout, fixed at launch: the module's pages come first, then the
/// guest OS's range.
#[derive(Clone, Copy)]
pub struct MemoryMap {
    pub module_start: usize,
    pub module_end: usize,
    pub guest_start: usize,
    pub guest_end: usize,
}

impl MemoryMap {
    pub open spec fn wf(&self) -> bool {
        &&& self.module_start < self.module_end
        &&& self.module_end <= self.guest_start
        &&& self.guest_start < self.guest_end
        &&& self.guest_end <= NUM_GFNS
    }

    pub open spec fn is_module_gfn(&self, gfn: int) -> bool {
        self.module_start <= gfn < self.module_end
    }

    pub open spec fn is_guest_gfn(&self, gfn: int) -> bool {
        self.guest_start <= gfn < self.guest_end
    }

    /// The standard layout of the emulation: module pages 0..8, guest pages 8..64.
    pub fn standard() -> (m: MemoryMap)
        ensures
            m.wf(),
            m.module_start == 0,
            m.module_end == 8,
            m.guest_start == 8,
            m.guest_end == NUM_GFNS,
    {
        MemoryMap { module_start: 0, module_end: 8, guest_start: 8, guest_end: NUM_GFNS }
    }

    pub fn contains_module(&self, gfn: usize) -> (b: bool)
        ensures
            b == self.is_module_gfn(gfn as int),
    {
        self.module_start <= gfn && gfn < self.module_end
    }

    pub fn contains_guest(&self, gfn: usize) -> (b: bool)
        ensures
            b == self.is_guest_gfn(gfn as int),
    {
        self.guest_start <= gfn && gfn < self.guest_end
    }
}

/// Property 7 (part): the module's pages and the guest's range are disjoint.
pub proof fn lemma_module_guest_disjoint(m: MemoryMap, gfn: int)
    requires
        m.wf(),
    ensures
        !(m.is_module_gfn(gfn) && m.is_guest_gfn(gfn)),
{
}

/// What the module itself did to one guest page.
#[derive(Clone, Copy)]
pub struct PageRecord {
    /// The module validated the page (and has not invalidated it since).
    pub validated: bool,
    /// The module granted VMPL1 access to it.
    pub granted: bool,
}

/// The module's memory table: one record per guest page.
pub struct MemTable {
    pub records: Vec<PageRecord>,
}

impl MemTable {
    pub open spec fn wf(&self) -> bool {
        &&& self.records@.len() == NUM_GFNS
        &&& forall|g: int| 0 <= g < NUM_GFNS ==> (#[trigger] self.records@[g]).granted
            ==> self.records@[g].validated
    }

    pub open spec fn validated(&self, gfn: int) -> bool {
        self.records@[gfn].validated
    }

    pub open spec fn granted(&self, gfn: int) -> bool {
        self.records@[gfn].granted
    }

    /// Only the record of `gfn` may differ.
    pub open spec fn frame(&self, pre: &MemTable, gfn: int) -> bool {
        &&& self.records@.len() == pre.records@.len()
        &&& forall|g: int| 0 <= g < pre.records@.len() && g != gfn ==> #[trigger] self.records@[g]
            == pre.records@[g]
    }

    pub fn new() -> (t: MemTable)
        ensures
            t.wf(),
            forall|g: int| 0 <= g < NUM_GFNS ==> !(#[trigger] t.records@[g]).validated,
    {
        let mut records: Vec<PageRecord> = Vec::new();
        let mut i: usize = 0;
        while i < NUM_GFNS
            invariant
                i <= NUM_GFNS,
                records@.len() == i,
                forall|g: int| 0 <= g < i ==> !(#[trigger] records@[g]).validated,
                forall|g: int| 0 <= g < i ==> !(#[trigger] records@[g]).granted,
            decreases NUM_GFNS - i,
        {
            records.push(PageRecord { validated: false, granted: false });
            i = i + 1;
        }
        MemTable { records }
    }

    pub fn is_validated(&self, gfn: usize) -> (b: bool)
        requires
            self.wf(),
            gfn < NUM_GFNS,
        ensures
            b == self.validated(gfn as int),
    {
        self.records[gfn].validated
    }

    pub fn is_granted(&self, gfn: usize) -> (b: bool)
        requires
            self.wf(),
            gfn < NUM_GFNS,
        ensures
            b == self.granted(gfn as int),
    {
        self.records[gfn].granted
    }

    pub fn set(&mut self, gfn: usize, validated: bool, granted: bool)
        requires
            old(self).wf(),
            gfn < NUM_GFNS,
            granted ==> validated,
        ensures
            self.wf(),
            self.frame(old(self), gfn as int),
            self.validated(gfn as int) == validated,
            self.granted(gfn as int) == granted,
    {
        self.records.set(gfn, PageRecord { validated, granted });
        assert forall|g: int| 0 <= g < NUM_GFNS && (#[trigger] self.records@[g]).granted implies self.records@[g].validated by {
            if g != gfn as int {
                assert(self.records@[g] == old(self).records@[g]);
            }
        }
    }
}

} // verus!
