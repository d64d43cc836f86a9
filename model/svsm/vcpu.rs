// The module's vCPU table: for each vCPU the guest created, its VMSA page and its calling
// area (CA) page, both guest pages.
use vstd::prelude::*;
use crate::hw::rmp::*;

verus! {

pub const MAX_VCPUS: usize = 4;

#[derive(Clone, Copy)]
pub struct VcpuSlot {
    pub used: bool,
    pub apic_id: u64,
    pub vmsa_gfn: usize,
    pub caa_gfn: usize,
}

pub struct VcpuTable {
    pub slots: Vec<VcpuSlot>,
}

impl VcpuSlot {
    /// Property 10 (part): the VMSA page differs from the calling-area page.
    pub open spec fn wf(self) -> bool {
        self.used ==> {
            &&& self.vmsa_gfn != self.caa_gfn
            &&& self.vmsa_gfn < NUM_GFNS
            &&& self.caa_gfn < NUM_GFNS
        }
    }

    pub open spec fn uses(self, gfn: int) -> bool {
        self.used && (self.vmsa_gfn == gfn || self.caa_gfn == gfn)
    }

    pub fn empty() -> (s: VcpuSlot)
        ensures
            s.wf(),
            !s.used,
    {
        VcpuSlot { used: false, apic_id: 0, vmsa_gfn: 0, caa_gfn: 0 }
    }
}

impl VcpuTable {
    pub open spec fn wf(&self) -> bool {
        &&& self.slots@.len() == MAX_VCPUS
        &&& forall|k: int| 0 <= k < MAX_VCPUS ==> (#[trigger] self.slots@[k]).wf()
    }

    /// No vCPU uses `gfn` as its VMSA or calling area.
    pub open spec fn not_in_use(&self, gfn: int) -> bool {
        forall|k: int| 0 <= k < self.slots@.len() ==> !(#[trigger] self.slots@[k]).uses(gfn)
    }

    /// No vCPU uses `gfn` as its VMSA.
    pub open spec fn not_a_vmsa(&self, gfn: int) -> bool {
        forall|k: int|
            0 <= k < self.slots@.len() ==> !((#[trigger] self.slots@[k]).used && self.slots@[k].vmsa_gfn
                == gfn)
    }

    pub fn new() -> (t: VcpuTable)
        ensures
            t.wf(),
            forall|g: int| #[trigger] t.not_in_use(g),
    {
        let mut slots: Vec<VcpuSlot> = Vec::new();
        let mut i: usize = 0;
        while i < MAX_VCPUS
            invariant
                i <= MAX_VCPUS,
                slots@.len() == i,
                forall|k: int| 0 <= k < i ==> !(#[trigger] slots@[k]).used,
                forall|k: int| 0 <= k < i ==> (#[trigger] slots@[k]).wf(),
            decreases MAX_VCPUS - i,
        {
            slots.push(VcpuSlot::empty());
            i = i + 1;
        }
        let t = VcpuTable { slots };
        assert forall|g: int| #[trigger] t.not_in_use(g) by {
            assert forall|k: int| 0 <= k < t.slots@.len() implies !(#[trigger] t.slots@[k]).uses(g) by {
                assert(!t.slots@[k].used);
            }
        }
        t
    }

    /// Is `gfn` some vCPU's VMSA or calling area?
    pub fn page_in_use(&self, gfn: usize) -> (b: bool)
        requires
            self.wf(),
        ensures
            !b <==> self.not_in_use(gfn as int),
    {
        let mut k: usize = 0;
        while k < MAX_VCPUS
            invariant
                self.wf(),
                k <= MAX_VCPUS,
                forall|j: int| 0 <= j < k ==> !(#[trigger] self.slots@[j]).uses(gfn as int),
            decreases MAX_VCPUS - k,
        {
            let s = self.slots[k];
            if s.used && (s.vmsa_gfn == gfn || s.caa_gfn == gfn) {
                assert(self.slots@[k as int].uses(gfn as int));
                return true;
            }
            k = k + 1;
        }
        false
    }

    /// The slot whose VMSA is `gfn`, if any.
    pub fn find_by_vmsa(&self, gfn: usize) -> (r: Option<usize>)
        requires
            self.wf(),
        ensures
            r.is_some() ==> r.unwrap() < MAX_VCPUS,
            r.is_some() ==> self.slots@[r.unwrap() as int].used,
            r.is_some() ==> self.slots@[r.unwrap() as int].vmsa_gfn == gfn,
            r.is_none() ==> self.not_a_vmsa(gfn as int),
    {
        let mut k: usize = 0;
        while k < MAX_VCPUS
            invariant
                self.wf(),
                k <= MAX_VCPUS,
                forall|j: int|
                    0 <= j < k ==> !((#[trigger] self.slots@[j]).used && self.slots@[j].vmsa_gfn
                        == gfn),
            decreases MAX_VCPUS - k,
        {
            let s = self.slots[k];
            if s.used && s.vmsa_gfn == gfn {
                return Some(k);
            }
            k = k + 1;
        }
        None
    }

    /// A free slot, if any.
    pub fn find_free(&self) -> (r: Option<usize>)
        requires
            self.wf(),
        ensures
            r.is_some() ==> r.unwrap() < MAX_VCPUS,
            r.is_some() ==> !self.slots@[r.unwrap() as int].used,
    {
        let mut k: usize = 0;
        while k < MAX_VCPUS
            invariant
                self.wf(),
                k <= MAX_VCPUS,
            decreases MAX_VCPUS - k,
        {
            if !self.slots[k].used {
                return Some(k);
            }
            k = k + 1;
        }
        None
    }

    pub fn get(&self, k: usize) -> (s: VcpuSlot)
        requires
            self.wf(),
            k < MAX_VCPUS,
        ensures
            s == self.slots@[k as int],
            s.wf(),
    {
        self.slots[k]
    }

    /// Fill slot `k`.
    pub fn put(&mut self, k: usize, s: VcpuSlot)
        requires
            old(self).wf(),
            k < MAX_VCPUS,
            s.wf(),
        ensures
            self.wf(),
            self.slots@ == old(self).slots@.update(k as int, s),
    {
        self.slots.set(k, s);
        assert forall|j: int| 0 <= j < MAX_VCPUS implies (#[trigger] self.slots@[j]).wf() by {
            if j != k as int {
                assert(self.slots@[j] == old(self).slots@[j]);
            }
        }
    }
}

} // verus!
