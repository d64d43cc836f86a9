// The hypervisor is the adversary. At any step it may reassign a system page (RMPUPDATE,
// which clears `validated` and resets the permissions but keeps the contents) and change
// the guest-to-system mapping. The guest OS (VMPL1) may run RMPADJUST on its own pages and
// write the pages it has access to.
use vstd::prelude::*;
use crate::hw::rmp::*;
use crate::hw::machine::*;
use crate::hw::rmpadjust::*;
use crate::hw::access::*;

verus! {

/// Property 3: an adversary step never validates a page and never adds a permission or the
/// VMSA bit; every entry it changes comes out unvalidated, without lower permissions and
/// without the VMSA bit (any remap clears validation).
pub open spec fn adversary_step(pre: &Machine, post: &Machine) -> bool {
    &&& post.rmp@.len() == pre.rmp@.len()
    &&& forall|i: int|
        0 <= i < pre.rmp@.len() ==> #[trigger] post.rmp@[i] == pre.rmp@[i] || {
            &&& !post.rmp@[i].validated
            &&& post.rmp@[i].no_lower_perms()
            &&& !post.rmp@[i].vmsa
        }
}

/// Property 3, weaker form that also covers the guest's own RMPADJUST: nothing becomes
/// validated, and an entry that changes either loses everything (RMPUPDATE) or keeps its
/// assignment and validation and only has lower permissions changed within VMPL1's rights.
pub open spec fn never_validates(pre: &Machine, post: &Machine) -> bool {
    &&& post.rmp@.len() == pre.rmp@.len()
    &&& forall|i: int|
        0 <= i < pre.rmp@.len() ==> (#[trigger] post.rmp@[i]).validated ==> pre.rmp@[i].validated
}

impl Machine {
    /// RMPUPDATE by the hypervisor: (re)assign system page `spa` to the guest at `gfn`
    /// (or take it back). Contents are kept.
    pub fn hv_rmpupdate(&mut self, spa: usize, assigned: bool, gfn: usize)
        requires
            old(self).wf(),
            spa < NUM_SPAS,
        ensures
            self.wf(),
            self.only_rmp_changed(old(self)),
            rmp_frame(old(self).rmp@, self.rmp@, spa as int),
            self.rmp@[spa as int].assigned == assigned,
            assigned ==> self.rmp@[spa as int].maps_guest_page(gfn as int),
            !self.rmp@[spa as int].validated,
            !self.rmp@[spa as int].vmsa,
            self.rmp@[spa as int].no_lower_perms(),
            // property 3
            adversary_step(old(self), self),
            never_validates(old(self), self),
    {
        let e = RmpEntry::fresh_assignment(assigned, gfn);
        self.set_rmp_entry(spa, e);
    }

    /// The hypervisor changes the nested page table: guest page `gfn` now maps to `spa`
    /// (or to nothing when `spa == NO_SPA`).
    pub fn hv_remap(&mut self, gfn: usize, spa: usize)
        requires
            old(self).wf(),
            gfn < NUM_GFNS,
            spa <= NO_SPA,
        ensures
            self.wf(),
            self.rmp@ == old(self).rmp@,
            self.mem@ == old(self).mem@,
            self.npt@ == old(self).npt@.update(gfn as int, spa),
            // property 3
            adversary_step(old(self), self),
            never_validates(old(self), self),
    {
        self.npt.set(gfn, spa);
        assert forall|g: int| 0 <= g < NUM_GFNS implies #[trigger] self.npt@[g] <= NO_SPA by {
            if g != gfn as int {
                assert(self.npt@[g] == old(self).npt@[g]);
            }
        }
    }

    /// The hypervisor writes a system page directly. It may only do so for pages that are
    /// not assigned to the guest (the hardware blocks writes to guest-owned pages).
    pub fn hv_write(&mut self, spa: usize, word: u8, v: u64) -> (ok: bool)
        requires
            old(self).wf(),
            spa < NUM_SPAS,
            word < WORDS_PER_PAGE,
        ensures
            self.wf(),
            self.rmp@ == old(self).rmp@,
            self.npt@ == old(self).npt@,
            ok <==> !old(self).rmp@[spa as int].assigned,
            !ok ==> self.mem@ == old(self).mem@,
            ok ==> mem_frame(old(self).mem@, self.mem@, spa as int),
            adversary_step(old(self), self),
    {
        if self.rmp[spa].assigned {
            return false;
        }
        let d = self.mem[spa].with_word(word, v);
        self.mem.set(spa, d);
        true
    }

    /// The guest OS (VMPL1) adjusts the rights of VMPL2/3 on one of its pages. It can never
    /// grant more than VMPL1 holds itself.
    pub fn guest_rmpadjust(&mut self, gfn: usize, target: u8, p: Perms) -> (rc: u64)
        requires
            old(self).wf(),
            gfn < NUM_GFNS,
        ensures
            self.wf(),
            self.only_rmp_changed(old(self)),
            never_validates(old(self), self),
            rc != RMPADJUST_SUCCESS ==> self.rmp@ == old(self).rmp@,
            rc == RMPADJUST_SUCCESS ==> {
                &&& old(self).backs(gfn as int)
                &&& rmpadjust_allowed(
                    old(self).rmp@[old(self).spa_of(gfn as int)],
                    1,
                    target,
                    p,
                    old(self).rmp@[old(self).spa_of(gfn as int)].vmsa,
                )
                &&& rmpadjust_effect(
                    old(self),
                    self,
                    gfn as int,
                    target,
                    p,
                    old(self).rmp@[old(self).spa_of(gfn as int)].vmsa,
                )
            },
    {
        let cur = match self.guest_spa(gfn) {
            Some(s) => self.rmp[s].vmsa,
            None => false,
        };
        let huge = match self.guest_spa(gfn) {
            Some(s) => self.rmp[s].huge,
            None => false,
        };
        let rc = self.rmpadjust(1, gfn, huge, target, p, cur);
        proof {
            if rc == RMPADJUST_SUCCESS {
                let spa = old(self).spa_of(gfn as int);
                assert forall|i: int|
                    0 <= i < old(self).rmp@.len() && (#[trigger] self.rmp@[i]).validated
                        implies old(self).rmp@[i].validated by {
                    if i != spa {
                        assert(self.rmp@[i] == old(self).rmp@[i]);
                    }
                }
            }
        }
        rc
    }

    /// The guest OS writes one word of one of its pages as VMPL1.
    pub fn guest_write(&mut self, gfn: usize, word: u8, v: u64) -> (r: Access)
        requires
            old(self).wf(),
            gfn < NUM_GFNS,
            word < WORDS_PER_PAGE,
        ensures
            self.wf(),
            self.rmp@ == old(self).rmp@,
            self.npt@ == old(self).npt@,
            r is Done <==> access_allowed(old(self), 1, gfn as int, true),
            r is Done ==> mem_frame(old(self).mem@, self.mem@, old(self).spa_of(gfn as int)),
            !(r is Done) ==> self.mem@ == old(self).mem@,
    {
        self.write_word(1, gfn, word, v)
    }

    /// The guest OS reads one word of one of its pages as VMPL1.
    pub fn guest_read(&self, gfn: usize, word: u8) -> (r: Access)
        requires
            self.wf(),
            gfn < NUM_GFNS,
            word < WORDS_PER_PAGE,
        ensures
            r is Done <==> access_allowed(self, 1, gfn as int, false),
            r is Done ==> r == Access::Done(self.mem@[self.spa_of(gfn as int)].word(word)),
    {
        self.read_word(1, gfn, word)
    }
}

} // verus!
