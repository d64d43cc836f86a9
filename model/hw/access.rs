// Memory accesses by the guest's VMPLs, with the hardware checks: a private page that is
// not validated raises #VC (error code 0x404); a VMPL permission violation raises a
// nested page fault.
use vstd::prelude::*;
use crate::hw::rmp::*;
use crate::hw::machine::*;

verus! {

/// #VC error code for an access to an unvalidated private page.
pub const VC_PAGE_NOT_VALIDATED: u64 = 0x404;

/// The outcome of one access.
pub enum Access {
    /// The access went through; for reads, the word read.
    Done(u64),
    /// #VC raised with this error code.
    VcFault(u64),
    /// Nested page fault: the VMPL lacks the permission, or the page is not the guest's.
    NestedPageFault,
}

/// May `vmpl` read (`write == false`) or write guest page `gfn` now?
pub open spec fn access_allowed(m: &Machine, vmpl: u8, gfn: int, write: bool) -> bool {
    &&& m.backs(gfn)
    &&& m.rmp@[m.spa_of(gfn)].validated
    &&& (vmpl != 0 ==> {
        &&& !m.rmp@[m.spa_of(gfn)].vmsa
        &&& (if write {
            m.rmp@[m.spa_of(gfn)].perms(vmpl).write
        } else {
            m.rmp@[m.spa_of(gfn)].perms(vmpl).read
        })
    })
}

/// The access check's verdict: allowed.
pub const ACCESS_OK: u64 = 0;
/// The access check's verdict: nested page fault.
pub const ACCESS_NPF: u64 = 1;

/// The fault an access check verdict other than ACCESS_OK raises.
pub fn fault_of(code: u64) -> (r: Access)
    requires
        code != ACCESS_OK,
    ensures
        !(r is Done),
        code == VC_PAGE_NOT_VALIDATED ==> r == Access::VcFault(VC_PAGE_NOT_VALIDATED),
{
    if code == VC_PAGE_NOT_VALIDATED {
        Access::VcFault(VC_PAGE_NOT_VALIDATED)
    } else {
        Access::NestedPageFault
    }
}

impl Machine {
    /// The hardware access check: ACCESS_OK, VC_PAGE_NOT_VALIDATED (#VC) or ACCESS_NPF.
    pub fn check_access(&self, vmpl: u8, gfn: usize, write: bool) -> (code: u64)
        requires
            self.wf(),
            gfn < NUM_GFNS,
            vmpl <= MAX_VMPL,
        ensures
            code == ACCESS_OK || code == VC_PAGE_NOT_VALIDATED || code == ACCESS_NPF,
            code == ACCESS_OK <==> access_allowed(self, vmpl, gfn as int, write),
            code == VC_PAGE_NOT_VALIDATED ==> self.backs(gfn as int) && !self.rmp@[self.spa_of(
                gfn as int,
            )].validated,
    {
        let spa = match self.guest_spa(gfn) {
            Some(s) => s,
            None => {
                return ACCESS_NPF;
            },
        };
        let e = self.rmp_entry(spa);
        if !e.validated {
            return VC_PAGE_NOT_VALIDATED;
        }
        if vmpl != 0 {
            if e.vmsa {
                return ACCESS_NPF;
            }
            let p = e.get_perms(vmpl);
            let ok = if write {
                p.write
            } else {
                p.read
            };
            if !ok {
                return ACCESS_NPF;
            }
        }
        ACCESS_OK
    }

    /// Read one word of guest page `gfn` as VMPL `vmpl`.
    pub fn read_word(&self, vmpl: u8, gfn: usize, word: u8) -> (r: Access)
        requires
            self.wf(),
            gfn < NUM_GFNS,
            vmpl <= MAX_VMPL,
            word < WORDS_PER_PAGE,
        ensures
            r is Done <==> access_allowed(self, vmpl, gfn as int, false),
            r is Done ==> r == Access::Done(self.mem@[self.spa_of(gfn as int)].word(word)),
    {
        let c = self.check_access(vmpl, gfn, false);
        if c != ACCESS_OK {
            return fault_of(c);
        }
        let spa = self.npt[gfn];
        Access::Done(self.mem[spa].get(word))
    }

    /// Write one word of guest page `gfn` as VMPL `vmpl`.
    pub fn write_word(&mut self, vmpl: u8, gfn: usize, word: u8, v: u64) -> (r: Access)
        requires
            old(self).wf(),
            gfn < NUM_GFNS,
            vmpl <= MAX_VMPL,
            word < WORDS_PER_PAGE,
        ensures
            self.wf(),
            self.rmp@ == old(self).rmp@,
            self.npt@ == old(self).npt@,
            r is Done <==> access_allowed(old(self), vmpl, gfn as int, true),
            !(r is Done) ==> self.mem@ == old(self).mem@,
            r is Done ==> mem_frame(old(self).mem@, self.mem@, old(self).spa_of(gfn as int)),
            r is Done ==> self.mem@[old(self).spa_of(gfn as int)].word(word) == v,
    {
        let c = self.check_access(vmpl, gfn, true);
        if c != ACCESS_OK {
            return fault_of(c);
        }
        let spa = self.npt[gfn];
        let d = self.mem[spa].with_word(word, v);
        self.mem.set(spa, d);
        Access::Done(0)
    }

    /// Zero guest page `gfn` as VMPL `vmpl` (the module's clearing step).
    pub fn zero_page(&mut self, vmpl: u8, gfn: usize) -> (r: Access)
        requires
            old(self).wf(),
            gfn < NUM_GFNS,
            vmpl <= MAX_VMPL,
        ensures
            self.wf(),
            self.rmp@ == old(self).rmp@,
            self.npt@ == old(self).npt@,
            r is Done <==> access_allowed(old(self), vmpl, gfn as int, true),
            !(r is Done) ==> self.mem@ == old(self).mem@,
            r is Done ==> mem_frame(old(self).mem@, self.mem@, old(self).spa_of(gfn as int)),
            r is Done ==> self.mem@[old(self).spa_of(gfn as int)].is_zero(),
    {
        let c = self.check_access(vmpl, gfn, true);
        if c != ACCESS_OK {
            return fault_of(c);
        }
        let spa = self.npt[gfn];
        self.mem.set(spa, PageData::zeroed());
        Access::Done(0)
    }
}

} // verus!
